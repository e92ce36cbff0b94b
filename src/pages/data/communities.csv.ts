import type { APIRoute } from 'astro';
import { communityRecords, recordColumns } from '../../features/open-data/community-data.ts';
import { toCsv } from '../../features/open-data/csv.ts';

/** /data/communities.csv: the same records as the JSON, for spreadsheets. Licence: CC BY 4.0 (see /data/communities.json). */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(recordColumns, await communityRecords(site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
