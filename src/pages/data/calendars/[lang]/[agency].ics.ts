import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../lib/i18n/languages.ts';
import { registry, deadlineDay } from '../../../../lib/site/registry.ts';
import { datedTasksOf, hasCalendar } from '../../../../lib/open-data/calendars.ts';
import { toIcs } from '../../../../lib/open-data/ics.ts';
import { paths } from '../../../../lib/site/urls.ts';
import { siteOrigin, absoluteUrl } from '../../../../lib/site/origin.ts';
import { documentsById, shortForm } from '../../../../lib/site/documents.ts';
import { clauseCitation } from '../../../../lib/text/citation.ts';

export async function getStaticPaths() {
  const { agencies } = await registry();
  const withDates: string[] = [];
  for (const a of agencies) if (await hasCalendar(a.id)) withDates.push(a.id);
  return LANGS.flatMap((lang) => withDates.map((agency) => ({ params: { lang, agency } })));
}

/** When this build made the calendars (their DTSTAMP). */
const MADE = new Date();

/** A calendar an agency can subscribe to: the deadlines of the tasks it leads or coordinates on. UIDs and URLs use the site's origin (SITE_URL). */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const { byId } = await registry();
  const agency = byId.get(params.agency!)!;
  const host = siteOrigin(site).host;
  const docs = await documentsById();
  // The task's words whole as the title (a calendar shortens a title where it must and shows it whole when the
  // event is opened); the description cites where they come from. The words cut to a title and again whole in
  // the description were a third of every calendar.
  const events = (await datedTasksOf(agency.id)).map((t) => {
    const doc = docs.get(t.document);
    return {
      uid: `${t.id}@${host}`,
      date: deadlineDay(t.due!),
      summary: t.quote[lang],
      description: clauseCitation(lang, t.clause, doc ? shortForm(doc, lang) : t.document),
      url: absoluteUrl(paths.clause(lang, t.document, t.clause), site),
    };
  });
  return new Response(toIcs(agency.name[lang], events, MADE), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
