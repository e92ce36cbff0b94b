import type { APIRoute } from 'astro';
import { DATA_LICENCE, communityRecords } from '../../features/open-data/community-data.ts';

/** /data/communities.json: every community profile as open data, with its licence. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify({ licence: DATA_LICENCE, communities: await communityRecords(site) }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
