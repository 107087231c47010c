import type { APIRoute } from 'astro';
import { registry } from '../../lib/site/registry.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { paths } from '../../lib/site/urls.ts';
import { jsonListResponse } from '../../lib/open-data/stream.ts';
import { absoluteUrl } from '../../lib/site/origin.ts';

/** Open data: every task, pointing at the clause that assigns it. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (p: string) => absoluteUrl(p, site);
  const { tasks } = await registry();
  return jsonListResponse('tasks', tasks, (t) => ({
    id: t.id,
    document: t.document,
    clause: t.clause,
    lead: t.lead,
    partners: t.partners,
    directedBy: t.directedBy,
    due: t.due,
    period: t.period ?? null,
    recurrence: t.recurrence ?? null,
    text: t.quote,
    url: Object.fromEntries(LANGS.map((l) => [l, abs(paths.clause(l, t.document, t.clause))])),
  }));
};
