import type { APIRoute } from 'astro';
import { registry } from '../../lib/site/registry.ts';
import { jsonListResponse } from '../../lib/open-data/stream.ts';
import { targetData } from '../../lib/open-data/records.ts';

/** Open data: quantified goals and dated milestones, each naming its document and clause (read at clauseUrl). */
export const GET: APIRoute = async () => {
  const { targets } = await registry();
  return jsonListResponse('targets', targets, (t) => targetData(t, t.document));
};
