import { siteOrigin } from '../../scripts/browser/browser.ts';

/** One community as the built site's open data (/data/communities.json) gives it. */
export interface CommunityRecord {
  id: string;
  kind: string;
  themes: string;
  provinces: string;
  top_sectors: string;
  url_en: string;
}

/** Every community in the open data of the site under test: what the pages must agree with. */
export async function communityRecords(): Promise<CommunityRecord[]> {
  const response = await fetch(`${siteOrigin()}/data/communities.json`);
  return ((await response.json()) as { communities: CommunityRecord[] }).communities;
}

/** The values of a list field, written `a; b; c` in the open data. */
export const listOf = (value: string): string[] => value.split('; ').filter(Boolean);
