import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../lib/i18n/languages.ts';
import { registry, tasksOf, deadlineDay } from '../../../../lib/site/registry.ts';
import { toIcs } from '../../../../lib/open-data/ics.ts';
import { paths } from '../../../../lib/site/urls.ts';
import { siteOrigin, absoluteUrl } from '../../../../lib/site/origin.ts';

export async function getStaticPaths() {
  const { agencies } = await registry();
  return LANGS.flatMap((lang) => agencies.map((a) => ({ params: { lang, agency: a.id } })));
}

/** A calendar an agency can subscribe to: the deadlines of the tasks it leads or coordinates on. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const { byId } = await registry();
  const agency = byId.get(params.agency!)!;
  const { lead, partner } = await tasksOf(agency.id);
  const host = siteOrigin(site).host;
  const events = [...lead, ...partner]
    .filter((t) => t.due)
    .map((t) => ({
      uid: `${t.id}@${host}`,
      date: deadlineDay(t.due!),
      summary: t.quote[lang].length > 120 ? `${t.quote[lang].slice(0, 117)}…` : t.quote[lang],
      description: t.quote[lang],
      url: absoluteUrl(paths.clause(lang, t.document, t.clause), site),
    }));
  return new Response(toIcs(agency.name[lang], events), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
