import type { APIRoute } from 'astro';
import { registry, tasksOf, documentsIssuedBy } from '../../lib/site/registry.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { paths } from '../../lib/site/urls.ts';
import { jsonListResponse } from '../../lib/open-data/stream.ts';
import { absoluteUrl } from '../../lib/site/origin.ts';
import { hasCalendar } from '../../lib/open-data/calendars.ts';

/** Open data: every agency, with its names, place in the hierarchy, what it leads, coordinates and issued, and how often the texts name it. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (p: string) => absoluteUrl(p, site);
  const { agencies, mentions } = await registry();
  // One agency at a time: an agency's task and mention lists run to hundreds of thousands at scale.
  async function* records() {
    for (const a of agencies) {
      const tasks = await tasksOf(a.id);
      yield {
        id: a.id,
        name: a.name,
        abbr: a.abbr ?? null,
        aliases: a.aliases,
        level: a.level,
        parent: a.parent ?? null,
        url: Object.fromEntries(LANGS.map((l) => [l, abs(paths.agency(l, a.id))])),
        // Only agencies with dated tasks have a calendar (an empty one is not valid iCalendar).
        calendar: (await hasCalendar(a.id)) ? Object.fromEntries(LANGS.map((l) => [l, abs(paths.calendar(l, a.id))])) : null,
        tasks: { lead: tasks.lead.map((t) => t.id), partner: tasks.partner.map((t) => t.id), directing: tasks.directing.map((t) => t.id) },
        issued: (await documentsIssuedBy(a.id)).map((d) => d.id),
        // How often the texts name it; where, each document's own file says (its "mentions"): a list of every
        // mention here would grow with the corpus past a static host's per-file limit.
        mentionCount: (mentions.get(a.id) ?? []).length,
      };
    }
  }
  return jsonListResponse('agencies', records(), (a) => a);
};
