/**
 * A deterministic, seeded corpus of N documents shaped like the real ones, for the scale benchmark.
 *
 * Each generated document takes one of the five seed texts as its template (or, for the fixture corpus, any
 * text the project holds): the same clause tree in both
 * languages (parts, items, points, paragraphs, bullets, footnotes, letterhead and signature blocks), with
 * every line of text replaced by real sentences of about the same length. Vietnamese sentences come from
 * the 206 laws in ../shared/corpus/laws (or any folder of plain-text laws given with --corpus), so the
 * search index sees real vocabulary; English sentences come from the project's own English texts.
 * Tasks and targets are written into chosen paragraphs as sentences naming registry agencies (so the
 * mention matcher finds them), with their quotes, clause ids and deadlines; relations point at clauses of
 * earlier documents. The registry, news feed and provenance are the project's own.
 *
 * Usage: node scripts/bench/generate-corpus.ts --docs N --out DIR [--seed S] [--corpus DIR]
 * DIR receives a complete content folder (documents/, texts/, tasks/, targets/, agencies.yaml, ...).
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildContentIndex, defaultPaths, type ContentIndex } from '../../src/lib/content/content-index.ts';
import type { DocumentMeta } from '../../src/lib/content/schemas.ts';
import { documentTypeLabels } from '../../src/lib/i18n/labels.ts';

export interface CorpusOptions {
  docs: number;
  out: string;
  seed?: number;
  /** Folder of plain-text Vietnamese laws; when absent, the project's own Vietnamese texts are used. */
  corpus?: string;
  /** The project whose templates, registry and news are used. */
  root?: string;
  /**
   * The texts generated documents copy: the five seed texts (the default, so figures stay comparable with
   * every run since November; real laws are measured by `npm run bench -- --real`), or every text the
   * project holds (the fixture corpus, which must cover every shape the site renders).
   */
  templates?: 'seeds' | 'all';
}

/**
 * The scale benchmark's templates: the five texts the site started from (../shared/seeds), whose shapes the
 * 100-, 1,000- and 10,000-document figures in BENCHMARKS.md describe.
 */
export const SEED_TEXTS = ['thong-bao-ket-luan-2025-04-23', 'tin-bo-y-te-2025-12-11', 'chi-thi-52-ct-tw-2025', 'phong-van-nghi-quyet-72-nq-tw-2025-09-17', 'ke-hoach-an-giang-thuc-hien-chi-thi-52'];

export interface CorpusSummary {
  docs: number;
  clauses: number;
  tasks: number;
  targets: number;
  relations: number;
  bytes: number;
  vocabularySource: string;
}

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters with a meaning in MDX or Markdown; sentences holding them are skipped rather than escaped.
// Sentences opening like a list item would change the clause structure.
const MARKUP = /[{}<>*_[\]|#`~\\$^]|https?:|^\s*(?:[-+•]|\d+[.)])/;

/** Sentences of plain prose from law texts: no headings, numbering stripped, markup-free. */
export function lawSentences(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^(?:\d+(?:\.\d+)*\.|[a-zđ]\)|\(\d+\))\s+/u, '');
    if (line.length < 30 || /^(Chương|CHƯƠNG|Mục|MỤC|Điều|Phần|PHẦN)\b/u.test(line)) continue;
    if (line === line.toUpperCase()) continue;
    for (const s of line.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
      if (s.length >= 30 && s.length <= 600 && !MARKUP.test(s)) out.push(s);
    }
  }
  return out;
}

function englishSentences(index: ContentIndex): string[] {
  const out = new Set<string>();
  for (const byLang of index.texts.values()) {
    for (const c of byLang.en?.clauses ?? []) {
      if (/^(para|bullet)$/.test(c.kind)) {
        for (const s of c.text.split(/(?<=[.;])\s+(?=[A-Z])/)) if (s.length >= 30 && !MARKUP.test(s)) out.add(s.trim());
      }
    }
  }
  return [...out].sort();
}

function vietnameseSentences(corpus: string | undefined, index: ContentIndex): { sentences: string[]; source: string } {
  if (corpus && fs.existsSync(corpus)) {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    const sentences = files.flatMap((f) => lawSentences(fs.readFileSync(path.join(corpus, f), 'utf8')));
    if (sentences.length) return { sentences, source: `${files.length} laws in ${corpus}` };
  }
  const sentences = new Set<string>();
  for (const byLang of index.texts.values()) {
    for (const c of byLang.vi?.clauses ?? []) {
      for (const s of c.text.split(/(?<=[.;])\s+(?=\p{Lu})/u)) if (s.length >= 30 && !MARKUP.test(s)) sentences.add(s.trim());
    }
  }
  return { sentences: [...sentences].sort(), source: 'the project\'s own Vietnamese texts (no law corpus found)' };
}

// A line of MDX: markup that must stay (heading, bullet, footnote definition, unofficial marker), then text.
const LINE_PREFIX = /^((?:#{1,6} |- |> |\\- |\[\^[^\]]+\]: |<Unofficial \/>)*)(.*)$/;
const FOOTNOTE_REF = /\[\^[^\]]+\]/g;

interface Template {
  id: string;
  meta: DocumentMeta;
  /** The template's MDX lines; no English for a text the site holds in Vietnamese only. */
  lines: { vi: string[]; en?: string[] };
  /** Leaf paragraphs and bullets with their line (0-based) in each file, for placing tasks and targets. */
  leaves: { line: Record<'vi' | 'en', number>; id: string }[];
  clauseIds: string[];
  tasks: number;
  targets: number;
}

function loadTemplates(index: ContentIndex, which: 'seeds' | 'all'): Template[] {
  const templates: Template[] = [];
  if (which === 'seeds') {
    const missing = SEED_TEXTS.filter((id) => !index.texts.has(id));
    if (missing.length) throw new Error(`the benchmark's template texts are missing: ${missing.join(', ')} (scripts/bench/generate-corpus.ts, SEED_TEXTS)`);
  }
  const texts = [...index.texts.entries()].filter(([id]) => which === 'all' || SEED_TEXTS.includes(id));
  for (const [id, byLang] of texts.sort(([a], [b]) => a.localeCompare(b))) {
    const vi = byLang.vi!;
    const en = byLang.en;
    const lines = { vi: fs.readFileSync(vi.file, 'utf8').split('\n'), en: en && fs.readFileSync(en.file, 'utf8').split('\n') };
    const parents = new Set(vi.clauses.map((c) => c.parent));
    // Tasks and targets quote both languages, so they go only into texts held in both (leaves need an English line).
    const enLine = new Map((en?.clauses ?? []).map((c) => [c.id, c.line]));
    const plain = (line: string | undefined) => line !== undefined && /^(?:- )?[^\s<#\\[-]/.test(line);
    const leaves = vi.clauses
      .filter((c) => /^(para|bullet)$/.test(c.kind) && !parents.has(c.id) && c.line && enLine.get(c.id) && !/^(fn|header|title|signature|recipients|caption)/.test(c.id))
      .map((c) => ({ line: { vi: c.line! - 1, en: enLine.get(c.id)! - 1 }, id: c.id }))
      .filter((c) => plain(lines.vi[c.line.vi]) && plain(lines.en?.[c.line.en]));
    templates.push({
      id,
      meta: index.documents.get(id)!.meta,
      lines,
      leaves,
      clauseIds: vi.clauses.map((c) => c.id),
      tasks: index.tasks.filter((t) => t.document === id).length,
      targets: index.targets.filter((t) => t.document === id).length,
    });
  }
  return templates;
}

const TYPE_SLUG: Record<string, string> = {
  directive: 'chi-thi', resolution: 'nghi-quyet', conclusion: 'ket-luan', notice: 'thong-bao', plan: 'ke-hoach',
  guidance: 'huong-dan', law: 'luat', decision: 'quyet-dinh', 'news-article': 'tin', interview: 'phong-van',
};
const TYPE_CODE: Record<string, string> = {
  directive: 'CT', resolution: 'NQ', conclusion: 'KL', notice: 'TB', plan: 'KH', guidance: 'HD', law: 'QH', decision: 'QĐ',
};

export async function generateCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const root = options.root ?? process.cwd();
  const index = await buildContentIndex(defaultPaths(root));
  const random = seededRandom(options.seed ?? 20251003);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const vi = vietnameseSentences(options.corpus, index);
  const en = englishSentences(index);
  const templates = loadTemplates(index, options.templates ?? 'seeds');
  const agencies = [...index.agencies.values()].filter((a) => a.level !== 'collective' && a.level !== 'press');
  const issuers = agencies.filter((a) => /^(central-party|government|ministry|province|provincial-party|department|national-assembly)$/.test(a.level));
  const targetLabels = index.targets.map((t) => t.label);

  const fill = (pool: string[], length: number): string => {
    const parts: string[] = [];
    let n = 0;
    do {
      let s = pick(pool);
      // Short lines (titles, letterheads) get a cut sentence, so lengths follow the template's.
      if (n + s.length > length * 1.2) s = s.slice(0, Math.max(s.indexOf(' ', length - n), 1)).replace(/[\s,;:]+$/, '') || s;
      parts.push(s);
      n += s.length + 1;
    } while (n < length);
    return parts.join(' ');
  };
  const rewrite = (line: string, lang: 'vi' | 'en'): string => {
    if (!line.trim() || /^\s*<\/?Clause\b/.test(line) || /^\s*\|/.test(line) || /^---$/.test(line)) return line;
    const [, prefix, text] = LINE_PREFIX.exec(line)!;
    if (!text.trim()) return line;
    const refs = text.match(FOOTNOTE_REF)?.join('') ?? '';
    return `${prefix}${fill(lang === 'vi' ? vi.sentences : en, text.length - refs.length)}${refs}`;
  };

  fs.rmSync(options.out, { recursive: true, force: true });
  for (const dir of ['documents', 'texts', 'tasks', 'targets']) fs.mkdirSync(path.join(options.out, dir), { recursive: true });
  const content = path.join(root, 'src/content');
  // Everything that is not per document is the project's own: the registry, news, glossary, the site's pages.
  const generated = new Set(['documents', 'texts', 'tasks', 'targets', 'redirects.yaml']);
  for (const entry of fs.readdirSync(content)) {
    if (!generated.has(entry)) fs.cpSync(path.join(content, entry), path.join(options.out, entry), { recursive: true });
  }
  fs.writeFileSync(path.join(options.out, 'redirects.yaml'), 'clauses: []\ndocuments: []\n');

  const summary: CorpusSummary = { docs: 0, clauses: 0, tasks: 0, targets: 0, relations: 0, bytes: 0, vocabularySource: vi.source };
  const written: { id: string; template: Template }[] = [];
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    summary.bytes += Buffer.byteLength(text);
  };

  for (let i = 1; i <= options.docs; i++) {
    const template = templates[(i - 1) % templates.length];
    const type = template.meta.type;
    const year = 2010 + Math.floor(random() * 17);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const id = `${TYPE_SLUG[type]}-${String(i).padStart(5, '0')}-${year}`;
    const issuer = pick(issuers);
    const titleVi = `${documentTypeLabels[type].vi} về ${pick(vi.sentences).split(' ').slice(0, 12).join(' ').replace(/[,;:.]+$/, '')}`;
    const titleEn = `${documentTypeLabels[type].en} on ${pick(en).split(' ').slice(0, 10).join(' ').replace(/[,;:.]+$/, '')}`;
    const langs = template.lines.en ? (['vi', 'en'] as const) : (['vi'] as const);
    const lines: Record<'vi' | 'en', string[]> = { vi: [...template.lines.vi], en: [...(template.lines.en ?? [])] };
    const end = lines.vi.indexOf('---', 1);
    for (const lang of langs) {
      for (let l = end + 1; l < lines[lang].length; l++) lines[lang][l] = rewrite(lines[lang][l], lang);
      lines[lang][1] = `title: ${JSON.stringify(lang === 'vi' ? titleVi : titleEn)}`;
      lines[lang][2] = `origin: ${lang === 'vi' ? 'source' : 'unofficial'}`;
    }

    // Tasks and targets: one sentence each, added to a leaf paragraph; quotes are those sentences.
    const tasks: object[] = [];
    const targets: object[] = [];
    const slots = [...template.leaves];
    const take = () => slots.splice(Math.floor(random() * slots.length), 1)[0];
    for (let k = 0; k < template.tasks && slots.length; k++) {
      const slot = take();
      const lead = pick(agencies);
      const partner = pick(agencies);
      const due = random() < 0.6 ? `${year + 1 + Math.floor(random() * 5)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` : null;
      const [y, m, d] = due?.split('-').map(Number) ?? [];
      const quote = {
        vi: `${lead.name.vi} chủ trì, phối hợp với ${partner.name.vi} tổ chức thực hiện nội dung này${due ? `, hoàn thành trước ngày ${d}/${m}/${y}` : ', thực hiện thường xuyên'}.`,
        en: `The ${lead.name.en} shall lead the implementation of this content in coordination with the ${partner.name.en}${due ? `, to be completed by ${d}/${m}/${y}` : ', on an ongoing basis'}.`,
      };
      for (const lang of ['vi', 'en'] as const) lines[lang][slot.line[lang]] += ` ${quote[lang]}`;
      tasks.push({ id: `${id}-task-${k + 1}`, clause: slot.id, lead: [lead.id], partners: partner.id === lead.id ? [] : [partner.id], quote, due, ...(due ? {} : { recurrence: 'ongoing' }) });
    }
    for (let k = 0; k < template.targets && slots.length; k++) {
      const slot = take();
      const label = pick(targetLabels);
      const ty = year + 2 + Math.floor(random() * 10);
      const value = `${60 + Math.floor(random() * 40)}%`;
      const quote = { vi: `Phấn đấu đến năm ${ty}, ${label.vi.toLowerCase()} đạt ${value}.`, en: `By ${ty}, ${label.en.toLowerCase()} shall reach ${value}.` };
      for (const lang of ['vi', 'en'] as const) lines[lang][slot.line[lang]] += ` ${quote[lang]}`;
      targets.push({ id: `${id}-target-${k + 1}`, clause: slot.id, kind: 'target', label, value, year: ty, quote });
    }

    const relations = [];
    for (let k = 0, n = written.length ? 1 + Math.floor(random() * 3) : 0; k < n; k++) {
      const target = written[Math.floor(random() * written.length)];
      relations.push({ type: pick(['implements', 'cites', 'follows'] as const), target: target.id, clause: pick(target.template.clauseIds), from: pick(template.clauseIds) });
    }
    const meta: DocumentMeta = {
      type,
      number: TYPE_CODE[type] ? `${i}/${TYPE_CODE[type]}-${issuer.abbr ?? 'CP'}` : null,
      issuer: [issuer.id],
      signer: null,
      date,
      place: null,
      field: [{ vi: 'Y tế', en: 'Health' }],
      status: null,
      sourceLanguage: 'vi',
      hasText: true,
      sources: [],
      relations,
      summary: { vi: pick(vi.sentences), en: pick(en) },
      // A Vietnamese-only document's English page needs the site's English title.
      ...(template.lines.en ? {} : { title: { vi: titleVi, en: titleEn } }),
    };
    write(path.join(options.out, 'documents', `${id}.yaml`), `# Generated by scripts/bench/generate-corpus.ts (template: ${template.id}).\n${stringify(meta)}`);
    for (const lang of langs) write(path.join(options.out, 'texts', id, `${lang}.mdx`), lines[lang].join('\n'));
    if (tasks.length) write(path.join(options.out, 'tasks', `${id}.yaml`), stringify({ tasks }));
    if (targets.length) write(path.join(options.out, 'targets', `${id}.yaml`), stringify({ targets }));
    written.push({ id, template });
    summary.docs++;
    summary.clauses += template.clauseIds.length;
    summary.tasks += tasks.length;
    summary.targets += targets.length;
    summary.relations += relations.length;
  }
  return summary;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = Number(argValue('docs') ?? 100);
  const out = argValue('out');
  if (!out || !Number.isInteger(docs) || docs < 1) {
    console.error('usage: node scripts/bench/generate-corpus.ts --docs N --out DIR [--seed S] [--corpus DIR]');
    process.exit(2);
  }
  const summary = await generateCorpus({ docs, out: path.resolve(out), seed: Number(argValue('seed') ?? 20251003), corpus: argValue('corpus') ?? path.resolve('../shared/corpus/laws') });
  console.log(JSON.stringify(summary));
}
