import type { APIRoute } from 'astro';
import { registry } from '../../lib/site/registry.ts';
import { csvLine } from '../../lib/open-data/csv.ts';
import { textLinesResponse } from '../../lib/open-data/stream.ts';
import { paths } from '../../lib/site/urls.ts';
import { absoluteUrl } from '../../lib/site/origin.ts';

/** Tasks as a spreadsheet: one row per task, agencies by id and by Vietnamese name. */
export const GET: APIRoute = async ({ site }) => {
  const abs = (p: string) => absoluteUrl(p, site);
  const { tasks, byId } = await registry();
  const names = (ids: string[]) => ids.map((id) => byId.get(id)?.name.vi ?? id).join('; ');
  const header = ['id', 'document', 'clause', 'lead', 'lead_names', 'partners', 'partner_names', 'directed_by', 'due', 'period_from', 'period_to', 'recurrence', 'text_vi', 'text_en', 'url_vi', 'url_en'];
  // A byte-order mark makes spreadsheet programs read the Vietnamese as UTF-8.
  return textLinesResponse(
    `\uFEFF${csvLine(header)}`,
    tasks,
    (t) => csvLine([
      t.id, t.document, t.clause, t.lead.join(';'), names(t.lead), t.partners.join(';'), names(t.partners), t.directedBy.join(';'),
      t.due, t.period?.from, t.period?.to, t.recurrence, t.quote.vi, t.quote.en,
      abs(paths.clause('vi', t.document, t.clause)), abs(paths.clause('en', t.document, t.clause)),
    ]),
    'text/csv; charset=utf-8',
  );
};
