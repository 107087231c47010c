import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { builtPage } from './helpers.ts';
import { AGENCY_TASKS_SHOWN, TARGETS_PER_PAGE, TASKS_PER_PAGE, pageFile, readSiteData, sitePath, type DocumentData } from '../../scripts/lib/built-site.ts';
import { SOURCES } from '../fidelity/sources.ts';
import { readContentDigest, type DigestDocument } from '../../src/lib/content/digest.ts';
import { relationLabels } from '../../src/lib/i18n/labels.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { LANGS, type Lang } from '../../src/lib/i18n/languages.ts';
import { nameKey } from '../../src/lib/i18n/vietnamese.ts';

const { documents, tasks, agencies, targets } = readSiteData();
const documentById = new Map(documents.map((d) => [d.id, d]));
const byTaskId = new Map(tasks.map((t) => [t.id, t]));

/**
 * The tasks of a list's rows, read as a reader reads them: the clause the row links and the words it quotes
 * (a list's rows carry no ids; a task's address is on its document's page). Tasks with the same clause and
 * words are taken in turn.
 */
function rowReader(lang: Lang): (rows: Element[]) => string[] {
  const pending = new Map<string, string[]>();
  for (const t of tasks) {
    const key = `${t.document}#${t.clause}|${t.text[lang]}`;
    pending.set(key, [...(pending.get(key) ?? []), t.id]);
  }
  return (rows) => rows.map((r) => {
    const link = select('td:first-child > a', r);
    const m = /\/documents\/([^/]+)\/#(.+)$/.exec(String(link?.properties.href));
    const key = `${m?.[1]}#${m?.[2]}|${toText(select('blockquote', r)!)}`;
    const id = pending.get(key)?.shift();
    assert.ok(id, `a row quoting "${key}" matches no task of tasks.json (or one more time than it is listed)`);
    return id!;
  });
}

const contentDocuments = new Map<string, DigestDocument>();
for await (const d of (await readContentDigest()).documents()) contentDocuments.set(d.id, d);

/** Every entry of the content's YAML lists (src/content/{tasks,targets}/*.yaml), with the document it belongs to. */
function yamlEntries<T>(kind: 'tasks' | 'targets'): (T & { document: string })[] {
  const dir = path.join('src/content', kind);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => {
    const list = (parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, T[]>)[kind] ?? [];
    return list.map((entry) => ({ ...entry, document: f.replace(/\.yaml$/, '') }));
  });
}

interface YamlTask {
  id: string;
  clause: string;
  lead: string[];
  partners?: string[];
  directedBy?: string[];
  due?: string | null;
  quote: { vi: string; en: string };
}
const yamlTasks = yamlEntries<YamlTask>('tasks');
const yamlTargets = yamlEntries<{ id: string }>('targets');

test('the data files hold what the content holds: every task, target and agency, once', () => {
  assert.deepEqual(tasks.map((t) => t.id).sort(), yamlTasks.map((t) => t.id).sort(), 'tasks.json: the tasks of src/content/tasks');
  assert.deepEqual(targets.map((t) => t.id).sort(), yamlTargets.map((t) => t.id).sort(), 'targets.json: the targets of src/content/targets');
  const registry = parse(fs.readFileSync('src/content/agencies.yaml', 'utf8')) as { id: string }[];
  assert.deepEqual(agencies.map((a) => a.id).sort(), registry.map((a) => a.id).sort(), 'agencies.json: the registry');
  const csv = fs.readFileSync('dist/data/tasks.csv', 'utf8').trim().split('\r\n');
  assert.equal(csv.length, tasks.length + 1, 'one CSV row per task plus the header');
});

/** The last day a task's deadline allows (a period's end), "" without a deadline: the order of a list by deadline. */
const deadlineOf = (t: { due: string | null; period: { to: string } | null }) => (t.due ?? t.period?.to ? lastDay((t.due ?? t.period?.to)!) : '');

test('the task list is cut into pages that together hold every task once, in deadline order, each due year a headed group', () => {
  const expectedPages = Math.max(1, Math.ceil(tasks.length / TASKS_PER_PAGE));
  for (const lang of LANGS) {
    const ids: string[] = [];
    let rel: string | undefined = `${lang}/tasks/index.html`;
    const rowTasks = rowReader(lang);
    let pages = 0;
    let last = builtPage(rel);
    while (rel) {
      const page = builtPage(rel);
      last = page;
      const rows = selectAll('table.task-table tbody tr:not(.due-year)', page) as Element[];
      assert.ok(rows.length <= TASKS_PER_PAGE, `${rel}: ${rows.length} rows`);
      if (tasks.length) assert.ok(rows.length > 0, `${rel}: no rows`);
      const pageIds = rowTasks(rows);
      ids.push(...pageIds);
      const taskOfRow = new Map(rows.map((r, i) => [r, pageIds[i]]));
      // Each group of rows is the tasks due in its year, under a heading naming it.
      for (const group of selectAll('table.task-table tbody', page)) {
        const year = String(group.properties.id).replace(/^due-/, '');
        assert.ok(select('tr.due-year th', group), `${rel}: due-${year} has a heading`);
        for (const r of selectAll('tr:not(.due-year)', group)) {
          const t = byTaskId.get(taskOfRow.get(r as Element)!)!;
          assert.equal(deadlineOf(t).slice(0, 4) || 'none', year, `${rel}: ${t.id} under due-${year}`);
        }
      }
      // The filters by agency and document are on the first page; a later one links there.
      const filters = selectAll('.task-filters details', page).length;
      if (pages === 0) assert.equal(filters, 3, `${rel}: filters by agency, document and deadline`);
      else {
        assert.equal(filters, 1, `${rel}: only the filter by deadline`);
        assert.ok(selectAll('.task-filters a', page).some((a) => a.properties.href === `/${lang}/tasks/` && toText(a) === ui[lang].moreFilters), `${rel}: a link to the first page's filters`);
      }
      pages++;
      const next: unknown = select('.pagination a[rel="next"]', page)?.properties.href;
      rel = next ? pageFile(String(next)) : undefined;
    }
    assert.equal(pages, expectedPages, `${lang}: pages of ${TASKS_PER_PAGE}`);
    assert.equal(ids.length, tasks.length, `${lang}: as many rows as tasks`);
    assert.deepEqual(new Set(ids), new Set(tasks.map((t) => t.id)), `${lang}: every task listed once`);
    const days = ids.map((id) => deadlineOf(byTaskId.get(id)!) || '\uffff');
    assert.deepEqual(days, [...days].sort(), `${lang}: in deadline order, tasks without a deadline last`);
    assert.equal(select('.pagination a[rel="next"]', last), undefined, 'the last page links no next page');
    if (pages > 1) {
      assert.ok(select('.pagination a[rel="prev"]', last), 'the last page links the one before');
      assert.equal(toText(select('.pagination [aria-current="page"]', last)!), String(pages));
    }
  }
});

test('the task filters link the tasks of every document with tasks, which counts each', () => {
  const byDoc = new Map<string, number>();
  for (const t of tasks) byDoc.set(t.document, (byDoc.get(t.document) ?? 0) + 1);
  for (const lang of LANGS) {
    const links = selectAll('main ul.agency-list a', builtPage(`${lang}/tasks/document/index.html`));
    // A document's tasks are a table on its page; only one with more than a list page has a list of its own.
    const expected = [...byDoc].map(([id, n]) => (n > TASKS_PER_PAGE ? `/${lang}/tasks/document/${id}/` : `/${lang}/documents/${id}/#tasks`));
    assert.deepEqual(new Set(links.map((a) => String(a.properties.href))), new Set(expected));
    const filters = builtPage(`${lang}/tasks/index.html`);
    assert.ok(select(`.task-filters a[href="/${lang}/tasks/document/"]`, filters), 'the filters link the page of all documents with tasks');
  }
});

test("a document's page lists the tasks it assigns, in the order of tasks.json, and no task list of its own is written for it", () => {
  const byDoc = new Map<string, string[]>();
  for (const t of tasks) byDoc.set(t.document, [...(byDoc.get(t.document) ?? []), `task-${t.id}`]);
  assert.ok(byDoc.size > 0, 'the content assigns tasks');
  for (const [id, ids] of byDoc) {
    for (const lang of LANGS) {
      const page = builtPage(`${lang}/documents/${id}/index.html`);
      const rows = selectAll('#tasks table.task-table tbody tr', page).map((r) => String(r.properties.id));
      assert.deepEqual(rows, ids.slice(0, TASKS_PER_PAGE), `${lang} ${id}`);
      assert.match(toText(select('#tasks h2', page)!), new RegExp(`\\(${ids.length}\\)$`));
      assert.ok(select(`.doc-tools a[href="#tasks"], .doc-tools a[href="/${lang}/documents/${id}/#tasks"]`, page), `${lang} ${id}: the header links the table`);
      assert.equal(fs.existsSync(`dist/${lang}/tasks/document/${id}/index.html`), ids.length > TASKS_PER_PAGE, `${lang} ${id}: a list of its own only past one list page`);
    }
  }
});

test('every task in tasks.json is its content entry: document, clause, lead, partners, director, deadline and quote', () => {
  const data = new Map(tasks.map((t) => [t.id, t]));
  for (const y of yamlTasks) {
    const t = data.get(y.id);
    assert.ok(t, y.id);
    assert.deepEqual(
      { document: t.document, clause: t.clause, lead: t.lead, partners: t.partners, directedBy: t.directedBy, due: t.due, text: t.text },
      { document: y.document, clause: y.clause, lead: y.lead, partners: y.partners ?? [], directedBy: y.directedBy ?? [], due: y.due ?? null, text: y.quote },
      y.id,
    );
  }
});

test('every task of a Vietnamese source text quotes its source file verbatim', () => {
  // Hard wraps, emphasis marks and footnote markers are the only differences a quote may have from the raw file.
  const flat = (s: string) => s.replace(/\*\*|\*|[⁽⁾¹²³⁴⁵⁶⁷⁸⁹⁰]|[\s\u00a0]+/g, '');
  // Text a page break moved (a footnote between two halves of a sentence) is taken out first.
  const cleaned = new Map<string, string>();
  const source = (file: string) => {
    if (!cleaned.has(file)) {
      let text = fs.readFileSync(path.join('provenance/sources', file), 'utf8');
      for (const [moved] of SOURCES.find((s) => s.file === file)?.moved ?? []) text = text.replace(moved, '');
      cleaned.set(file, flat(text));
    }
    return cleaned.get(file)!;
  };
  const checked = tasks.filter((t) => contentDocuments.get(t.document)?.texts.vi?.origin === 'source');
  for (const t of checked) {
    const files = contentDocuments.get(t.document)!.meta.sources.filter((s) => s.languages.includes('vi')).map((s) => s.file);
    assert.ok(files.length > 0, `${t.id}: ${t.document} is a Vietnamese source text without a Vietnamese source file`);
    assert.ok(files.some((f) => source(f).includes(flat(t.text.vi))), `${t.id}: not verbatim in ${files.join(', ')}`);
  }
});

test('every task points at a clause that exists on both language pages and holds its quote', () => {
  for (const t of tasks) {
    for (const lang of LANGS) {
      const el = select(`[id="${t.clause}"]`, builtPage(pageFile(t.url[lang])));
      assert.ok(el, `${t.id} ${lang}`);
      assert.ok(toText(el!).replace(/\s+/g, ' ').includes(t.text[lang].replace(/\s+/g, ' ')), `${t.id} ${lang}: quote on the page`);
    }
  }
});

/** The ids of the tasks of a task list, following its pages. */
function taskListIds(first: string, lang: Lang): string[] {
  const ids: string[] = [];
  const rowTasks = rowReader(lang);
  for (let rel: string | undefined = first; rel; ) {
    const page = builtPage(rel);
    ids.push(...rowTasks(selectAll('table.task-table tbody tr:not(.due-year)', page) as Element[]));
    const next = select('.pagination a[rel="next"]', page)?.properties.href;
    rel = next ? pageFile(String(next)) : undefined;
  }
  return ids;
}

test('agency pages name the agency and list its tasks by role; a long list goes on in a task list of its own', () => {
  for (const a of agencies) {
    const roles = { lead: a.tasks.lead, partner: a.tasks.partner, directing: a.tasks.directing };
    const long = Object.values(roles).some((list) => list.length > AGENCY_TASKS_SHOWN);
    for (const lang of LANGS) {
      const tree = builtPage(pageFile(a.url[lang]));
      assert.equal(toText(select('main h1', tree)!), a.name[lang], `${a.id} ${lang}: name`);
      for (const [role, list] of Object.entries(roles)) {
        const rows = rowReader(lang)(selectAll(`#tasks-${role} + table tbody tr`, tree) as Element[]);
        assert.deepEqual(rows, list.slice(0, AGENCY_TASKS_SHOWN), `${a.id} ${lang}: ${role} tasks`);
      }
      const more = (selectAll('.more-link a', tree) as Element[]).map((l) => String(l.properties.href)).find((href) => href.includes('/tasks/'));
      if (!long) continue;
      assert.ok(more, `${a.id} ${lang}: more tasks than its page shows, and no link to the rest`);
      assert.deepEqual(new Set(taskListIds(pageFile(more), lang)), new Set(Object.values(roles).flat()), `${a.id} ${lang}: its task list holds every task it leads, coordinates or directs`);
    }
  }
});

test('every mention the compiler found links its agency in its clause, agencies.json counts them, and every spelling of a name links that one agency', async () => {
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const counted = new Map<string, number>();
  for (const d of documents) {
    if (!d.mentions.length) continue;
    const page = builtPage(pageFile(d.url.vi));
    for (const m of d.mentions) {
      const a = agencyById.get(m.agency);
      assert.ok(a, `${d.id}#${m.clause}: names ${m.agency}, which agencies.json does not list`);
      const links = (selectAll(`[id="${m.clause}"] a.agency`, page) as Element[]).filter((l) => l.properties.href === sitePath(a.url.vi));
      assert.ok(links.length > 0, `${d.id}#${m.clause}: no link to ${a.id}`);
      counted.set(a.id, (counted.get(a.id) ?? 0) + 1);
    }
  }
  assert.ok(counted.size > 0, 'the documents name agencies');
  for (const a of agencies) assert.equal(a.mentionCount, counted.get(a.id) ?? 0, `${a.id}: mentionCount`);
  // The registry's names of each agency in each language, under the key that makes spelling variants equal
  // ("Đảng ủy" and "Đảng uỷ", NFC and NFD), plus the short forms a document declares for itself.
  const registry = (await readContentDigest()).agencyById;
  const namesOf = (id: string, lang: Lang, document: string) => {
    const a = registry.get(id)!;
    const names = [a.name[lang], ...(lang === 'vi' ? a.aliases : a.aliasesEn), ...a.scopedAliases.filter((s) => s.documents.includes(document)).flatMap((s) => s[lang])];
    return new Set(names.map(nameKey));
  };
  for (const d of documents.filter((x) => x.hasText)) {
    for (const lang of LANGS) {
      // A text shown in another language (a Vietnamese-only document's English page) names agencies in its
      // own language and links them in the page's.
      const page = builtPage(pageFile(d.url[lang]));
      const textLang = (select('article.doc-body > div[lang]', page) as Element | undefined)?.properties.lang as Lang | undefined ?? lang;
      for (const l of selectAll('article a.agency', page) as Element[]) {
        const id = new RegExp(`^/${lang}/agencies/([^/]+)/$`).exec(String(l.properties.href))?.[1];
        assert.ok(id && registry.has(id), `${d.id} ${lang}: a mention links ${l.properties.href}, no agency of the registry`);
        assert.ok(namesOf(id, textLang, d.id).has(nameKey(toText(l))), `${d.id} ${lang}: "${toText(l)}" links ${id}, which has no such name`);
      }
    }
  }
});

/** Whether a relations list item reads "<label>: <link to href>". */
function listsRelation(d: DocumentData, lang: Lang, label: string, href: string): boolean {
  return (selectAll('.relations li', builtPage(pageFile(d.url[lang]))) as Element[]).some(
    (li) => toText(select('.relation-type', li) ?? li) === `${label}:` && (selectAll('a', li) as Element[]).some((a) => a.properties.href === href),
  );
}

test('every relation is listed on both documents, forward and backward, and drawn in both diagrams, in both languages', () => {
  const related = documents.filter((d) => d.relations.length > 0);
  for (const d of related) {
    for (const r of d.relations) {
      const target = documentById.get(r.target)!;
      for (const lang of LANGS) {
        const labels = relationLabels[r.type as keyof typeof relationLabels];
        const there = `${sitePath(target.url[lang])}${r.clause ? `#${r.clause}` : ''}`;
        assert.ok(listsRelation(d, lang, labels.forward[lang], there), `${d.id} ${lang}: "${labels.forward[lang]}" ${there}`);
        const back = `${sitePath(d.url[lang])}${r.from ? `#${r.from}` : ''}`;
        assert.ok(listsRelation(target, lang, labels.backward[lang], back), `${target.id} ${lang}: "${labels.backward[lang]}" ${back}`);
        for (const [page, other] of [[d, target], [target, d]] as const) {
          const boxes = (selectAll('.relations-diagram svg a', builtPage(pageFile(page.url[lang]))) as Element[]).map((a) => a.properties.href);
          assert.ok(boxes.includes(sitePath(other.url[lang])), `${page.id} ${lang}: the diagram links ${other.id}`);
        }
      }
    }
  }
});

test('a document without a text says so on its page, in both languages', () => {
  for (const d of documents.filter((x) => !x.hasText)) {
    for (const lang of LANGS) {
      const tree = builtPage(pageFile(d.url[lang]));
      assert.equal(toText(select('.notice-box', tree) ?? tree).trim(), ui[lang].notOnSite, `${d.id} ${lang}`);
      assert.equal(select('article.doc-body .clause', tree), undefined, `${d.id} ${lang}: no text`);
    }
  }
});

/** The last day an ISO deadline allows: 2025-05 -> 20250531, 2030 -> 20301231. */
function lastDay(due: string): string {
  const [y, m, d] = due.split('-').map(Number);
  const day = d ?? (m ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 31);
  return `${y}${String(m ?? 12).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

test('an agency with dated tasks has a calendar, valid iCalendar with one event on the last allowed day of each; the data links only calendars that exist', () => {
  for (const a of agencies) {
    const dated = tasks.filter((t) => t.due && (t.lead.includes(a.id) || t.partners.includes(a.id)));
    for (const lang of LANGS) {
      const file = a.calendar?.[lang] ? path.join('dist', new URL(a.calendar[lang]).pathname) : undefined;
      if (!dated.length) {
        // RFC 5545 wants at least one event in a calendar: an agency without deadlines has none to offer.
        assert.ok(!file || fs.existsSync(file), `${a.id} ${lang}: agencies.json links the calendar ${a.calendar?.[lang]}, which does not exist`);
        continue;
      }
      assert.ok(file && fs.existsSync(file), `${a.id} ${lang}: a calendar for its ${dated.length} dated tasks`);
      const ics = fs.readFileSync(file, 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/, file);
      for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${file}: lines folded at 75 octets`);
      const unfolded = ics.replace(/\r\n /g, '');
      // iCalendar escapes commas, semicolons and backslashes in text values.
      const name = /^X-WR-CALNAME:(.*)\r$/m.exec(unfolded)?.[1].replace(/\\([,;\\])/g, '$1');
      assert.equal(name, a.name[lang], `${file}: named for the agency`);
      const events = [...unfolded.matchAll(/^UID:([^@\r]+)@[^\r]*\r\n(?:[^\r]*\r\n)*?DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((m) => `${m[1]} ${m[2]}`);
      assert.deepEqual(events.sort(), [...new Set(dated.map((t) => `${t.id} ${lastDay(t.due!)}`))].sort(), file);
      // Each event's title is its task's words, whole; its description cites the clause they come from.
      const unescape = (s: string) => s.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
      for (const m of unfolded.matchAll(/^UID:([^@\r]+)@[^\r]*\r\n(?:[^\r]*\r\n)*?SUMMARY:([^\r]*)\r\nDESCRIPTION:([^\r]*)\r$/gm)) {
        const t = byTaskId.get(m[1])!;
        assert.equal(unescape(m[2]), t.text[lang], `${file}: ${t.id} titled by its words`);
        assert.ok(unescape(m[3]).includes(documentById.get(t.document)!.short[lang]), `${file}: ${t.id} cites its document`);
      }
    }
  }
});

test('the timeline shows every target with its label, its quote and a link to its clause, in both languages', () => {
  for (const lang of LANGS) {
    // Every page of it, by following "next".
    const pages: ReturnType<typeof builtPage>[] = [];
    for (let rel: string | undefined = `${lang}/timeline/index.html`; rel; ) {
      const page = builtPage(rel);
      pages.push(page);
      const next = select('.pagination a[rel="next"]', page)?.properties.href;
      rel = next ? pageFile(String(next)) : undefined;
    }
    assert.equal(pages.length, Math.max(1, Math.ceil(targets.length / TARGETS_PER_PAGE)), `${lang}: pages of ${TARGETS_PER_PAGE}`);
    const listed = pages.flatMap((p) => selectAll('li[id^="target-"]', p).map((li) => String(li.properties.id)));
    assert.equal(new Set(listed).size, listed.length, `${lang}: no target twice`);
    for (const t of targets) {
      const item = pages.map((p) => select(`[id="target-${t.id}"]`, p)).find(Boolean);
      assert.ok(item, `${t.id} ${lang}`);
      assert.equal(toText(select('strong', item)!), t.label[lang], `${t.id} ${lang}: label`);
      assert.equal(toText(select('blockquote', item)!).replace(/\s+/g, ' '), t.quote[lang].replace(/\s+/g, ' '), `${t.id} ${lang}: the quote`);
      assert.ok(select(`a[href="${sitePath(t.url[lang])}"]`, item), `${t.id} ${lang}: a link to its clause`);
    }
  }
});
