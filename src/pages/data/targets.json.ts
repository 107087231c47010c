import type { APIRoute } from 'astro';
import { registry } from '../../lib/site/registry.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { paths } from '../../lib/site/urls.ts';
import { jsonListResponse } from '../../lib/open-data/stream.ts';
import { absoluteUrl } from '../../lib/site/origin.ts';

/** Open data: quantified goals and dated milestones, each pointing at its clause. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (p: string) => absoluteUrl(p, site);
  const { targets } = await registry();
  return jsonListResponse('targets', targets, (t) => ({
    ...t,
    value: t.value ?? null,
    year: t.year ?? null,
    period: t.period ?? null,
    url: Object.fromEntries(LANGS.map((l) => [l, abs(paths.clause(l, t.document, t.clause))])),
  }));
};
