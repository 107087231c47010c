import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { builtPage, readJson, readJsonParts } from './helpers.ts';
import { SOURCES } from '../fidelity/sources.ts';

interface Task { id: string; document: string; clause: string; lead: string[]; partners: string[]; directedBy: string[]; due: string | null; text: { vi: string; en: string }; url: { vi: string; en: string } }
const tasks = readJsonParts<Task>('data/tasks.json', 'tasks');
const agencies = readJson<{ agencies: { id: string; name: { vi: string; en: string }; tasks: { lead: string[]; partner: string[]; directing: string[] }; url: { vi: string } }[] }>('data/agencies.json').agencies;
const byId = new Map(tasks.map((t) => [t.id, t]));
const yamlTasks = fs.readdirSync('src/content/tasks').flatMap((f) => (parse(fs.readFileSync(path.join('src/content/tasks', f), 'utf8')) as { tasks: unknown[] }).tasks);

test('the data files count what the content holds', () => {
  assert.equal(tasks.length, yamlTasks.length);
  assert.ok(tasks.length >= 60, `${tasks.length} tasks`);
  assert.equal(agencies.length, (parse(fs.readFileSync('src/content/agencies.yaml', 'utf8')) as unknown[]).length);
  const csv = fs.readFileSync('dist/data/tasks.csv', 'utf8').trim().split('\r\n');
  assert.equal(csv.length, tasks.length + 1, 'one CSV row per task plus the header');
  for (const lang of ['vi', 'en']) {
    // The list is cut into pages of 50, each linking the next: together they hold every task once.
    const ids: string[] = [];
    let rel: string | undefined = `${lang}/tasks/index.html`;
    let pages = 0;
    while (rel) {
      const page = builtPage(rel);
      const rows = selectAll('table.task-table tbody tr', page);
      assert.ok(rows.length > 0 && rows.length <= 50, `${rel}: ${rows.length} rows`);
      ids.push(...rows.map((r) => String(r.properties.id)));
      pages++;
      const next = select('.pagination a[rel="next"]', page)?.properties.href;
      rel = next ? `${String(next).replace(/^\//, '')}index.html` : undefined;
    }
    assert.equal(pages, Math.ceil(tasks.length / 50), `${lang}: pages of 50`);
    assert.deepEqual(ids, tasks.map((t) => `task-${t.id}`), `${lang} task pages list every task once, in the order of tasks.json`);
    const last = builtPage(`${lang}/tasks/${pages}/index.html`);
    assert.equal(select('.pagination a[rel="next"]', last), undefined, 'the last page links no next page');
    assert.ok(select('.pagination a[rel="prev"]', last), 'the last page links the one before');
    assert.equal(toText(select('.pagination [aria-current="page"]', last)!), String(pages));
  }
});

test('the task filters link the page of every document with tasks, which counts each', () => {
  const byDoc = new Map<string, number>();
  for (const t of tasks) byDoc.set(t.document, (byDoc.get(t.document) ?? 0) + 1);
  for (const lang of ['vi', 'en']) {
    const links = selectAll('main ul.agency-list a', builtPage(`${lang}/tasks/document/index.html`));
    assert.deepEqual(new Set(links.map((a) => String(a.properties.href))), new Set([...byDoc.keys()].map((id) => `/${lang}/tasks/document/${id}/`)));
    const filters = builtPage(`${lang}/tasks/index.html`);
    assert.ok(select(`.task-filters a[href="/${lang}/tasks/document/"]`, filters), 'the filters link the page of all documents with tasks');
  }
});

test('sample tasks match the source text: lead, partners, director, clause and deadline', () => {
  const notice = byId.get('tb-2-1-2-a')!;
  assert.deepEqual(notice.lead, ['moh-party-committee']);
  assert.deepEqual(notice.partners, ['central-policy-strategy-commission']);
  assert.deepEqual(notice.directedBy, ['government-party-committee']);
  assert.equal(notice.clause, 'item-2__item-2.1__point-2__para-1');
  assert.equal(notice.due, '2025-05');
  const directive = tasks.find((t) => t.document === 'chi-thi-52-ct-tw-2025' && t.clause === 'item-7__bullet-5')!;
  assert.deepEqual(directive.lead, ['central-propaganda-mass-mobilization-commission']);
  const plan = tasks.filter((t) => t.document === 'ke-hoach-an-giang-thuc-hien-chi-thi-52' && t.clause.startsWith('part-III__item-3'));
  assert.ok(plan.some((t) => t.lead.includes('an-giang-inspection-commission')));
  // A law's article whose first paragraph names the partners ("Chủ trì, phối hợp với …") and whose khoản are the duties.
  const law = tasks.find((t) => t.document === 'luat-bao-hiem-y-te-2008' && t.clause === 'dieu-6__khoan-1__para-1')!;
  assert.deepEqual(law.lead, ['ministry-of-health']);
  assert.deepEqual(law.partners, ['ministries-and-ministerial-level-agencies', 'relevant-agencies']);
  const roadmap = tasks.find((t) => t.document === 'luat-bao-hiem-y-te-2008' && t.clause === 'dieu-51__khoan-2__diem-dd__para-1')!;
  assert.deepEqual([roadmap.lead, roadmap.due], [['government'], '2014-01-01']);
});

test('every task quotes its source verbatim (Vietnamese source texts)', () => {
  // Each document's Vietnamese source file, as its metadata names it.
  const sourceOf = (doc: string): string => {
    const meta = parse(fs.readFileSync(path.join('src/content/documents', `${doc}.yaml`), 'utf8')) as { sources: { file: string; languages: string[] }[] };
    const source = meta.sources.find((s) => s.languages.includes('vi'));
    assert.ok(source, `${doc}: a Vietnamese source file`);
    return source.file;
  };
  // Hard wraps, emphasis marks and footnote markers are the only differences a quote may have from the raw file.
  const flat = (s: string) => s.replace(/\*\*|\*|⁽¹⁾|[\s\u00a0]+/g, '');
  // Text a page break moved (a footnote between two halves of a sentence) is taken out first.
  const cache = new Map<string, string>();
  const cleaned = (file: string) => {
    if (!cache.has(file)) {
      let text = fs.readFileSync(path.join('provenance/sources', file), 'utf8');
      for (const [moved] of SOURCES.find((s) => s.file === file)?.moved ?? []) text = text.replace(moved, '');
      cache.set(file, flat(text));
    }
    return cache.get(file)!;
  };
  for (const t of tasks) {
    const file = sourceOf(t.document);
    assert.ok(cleaned(file).includes(flat(t.text.vi)), `${t.id}: not verbatim in ${file}`);
  }
});

test('every task points at a clause that exists on both language pages', () => {
  for (const t of tasks) {
    for (const lang of ['vi', 'en'] as const) {
      const tree = builtPage(`${new URL(t.url[lang]).pathname.slice(1)}index.html`);
      const el = select(`[id="${t.clause}"]`, tree);
      assert.ok(el, `${t.id} ${lang}`);
      assert.ok(toText(el!).replace(/\s+/g, ' ').includes(t.text[lang].replace(/\s+/g, ' ')), `${t.id} ${lang}: quote on the page`);
    }
  }
});

test('agency pages list the tasks they lead and coordinate, in both languages; a long list goes on in pages of its own', () => {
  const SHOWN = 20;
  let listed = 0;
  for (const a of agencies) {
    for (const lang of ['vi', 'en']) {
      const tree = builtPage(`${lang}/agencies/${a.id}/index.html`);
      const lead = selectAll('#tasks-lead + table tbody tr', tree);
      assert.equal(lead.length, Math.min(a.tasks.lead.length, SHOWN), `${a.id} ${lang}: lead tasks`);
      const all = new Set([...a.tasks.lead, ...a.tasks.partner, ...a.tasks.directing]);
      if ([a.tasks.lead, a.tasks.partner, a.tasks.directing].some((l) => l.length > SHOWN)) {
        listed++;
        const rows: string[] = [];
        for (let n = 1; fs.existsSync(`dist/${lang}/tasks/agency/${a.id}/${n > 1 ? `${n}/` : ''}index.html`); n++) {
          rows.push(...(selectAll('table.task-table tbody tr', builtPage(`${lang}/tasks/agency/${a.id}/${n > 1 ? `${n}/` : ''}index.html`)) as Element[]).map((r) => String(r.properties.id).replace(/^task-/, '')));
        }
        assert.deepEqual(new Set(rows), all, `${a.id} ${lang}: its task list holds every task it leads, coordinates or directs`);
      }
    }
  }
  assert.ok(listed > 0 || agencies.every((a) => a.tasks.lead.length <= SHOWN), 'agencies with long lists have task lists');
  const moh = builtPage('vi/agencies/moh-party-committee/index.html');
  assert.match(toText(select('main', moh)!), /Đảng uỷ Bộ Y tế/);
});

test('mentions in the text link to their agency, spelling variants to one agency', () => {
  const tree = builtPage('vi/documents/chi-thi-52-ct-tw-2025/index.html');
  const links = (selectAll('article a.agency', tree) as Element[]).map((a) => [toText(a), String(a.properties.href)]);
  // The Directive writes "Đảng ủy Chính phủ"; the registry's name is "Đảng uỷ Chính phủ".
  assert.ok(links.some(([text, href]) => text === 'Đảng ủy Chính phủ' && href === '/vi/agencies/government-party-committee/'));
  assert.ok(links.some(([, href]) => href === '/vi/agencies/ministry-of-health/'));
  const en = (selectAll('article a.agency', builtPage('en/documents/chi-thi-52-ct-tw-2025/index.html')) as Element[]).map((a) => String(a.properties.href));
  assert.ok(en.includes('/en/agencies/government-party-committee/'));
});

test('the Directive lists the plan that implements it and the plan links to the Directive, in both languages', () => {
  for (const [lang, label] of [['vi', 'Được thực hiện bởi'], ['en', 'Implemented by']] as const) {
    const directive = toText(select('.relations', builtPage(`${lang}/documents/chi-thi-52-ct-tw-2025/index.html`))!);
    assert.match(directive, new RegExp(`${label}:`));
    const relations = selectAll('.relations a', builtPage(`${lang}/documents/chi-thi-52-ct-tw-2025/index.html`)) as Element[];
    assert.ok(relations.some((a) => String(a.properties.href).startsWith(`/${lang}/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/`)), 'the implementing plan, at the clause that says so');
    const plan = selectAll('.relations a', builtPage(`${lang}/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/index.html`)) as Element[];
    assert.ok(plan.some((a) => a.properties.href === `/${lang}/documents/chi-thi-52-ct-tw-2025/`));
    const svgLinks = selectAll('.relations-diagram svg a', builtPage(`${lang}/documents/chi-thi-52-ct-tw-2025/index.html`)) as Element[];
    assert.ok(svgLinks.some((a) => a.properties.href === `/${lang}/documents/ke-hoach-an-giang-thuc-hien-chi-thi-52/`), 'diagram links the plan');
  }
});

test('cited documents without a text have a page with their backlinks', () => {
  const tree = builtPage('en/documents/chi-thi-38-ct-tw-2009/index.html');
  const relations = toText(select('.relations', tree)!);
  assert.match(relations, /Followed by: Directive of the Secretariat on implementing universal health insurance/);
  assert.match(relations, /Cited by: Plan for implementing Directive No\. 52-CT\/TW/);
});

test('an agency calendar is valid iCalendar with one event per dated task', () => {
  const ics = fs.readFileSync('dist/data/calendars/vi/moh-party-committee.ics', 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20250531\r\n/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, 'lines folded at 75 octets');
  const dated = tasks.filter((t) => t.due && (t.lead.includes('moh-party-committee') || t.partners.includes('moh-party-committee')));
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length ?? 0, dated.length);
});

test('the timeline lists every target with a link to its clause', () => {
  const targets = readJson<{ targets: { id: string }[] }>('data/targets.json').targets;
  assert.ok(targets.length >= 15);
  const tree = builtPage('vi/timeline/index.html');
  for (const t of targets) assert.ok(select(`[id="target-${t.id}"] a`, tree), t.id);
  assert.match(toText(select('main', tree)!), /trên 95%/);
});
