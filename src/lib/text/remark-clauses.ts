import path from 'node:path';
import type { Root, RootContent, Paragraph, ListItem, PhrasingContent, FootnoteDefinition } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  CLAUSE_KINDS,
  clauseSegment,
  isAuthoredKind,
  isHeadedKind,
  joinClauseId,
  normalizeNumber,
} from './clause-ids.ts';
import { ContentError } from '../content/errors.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { ui } from '../i18n/ui.ts';
import { unitLabel } from './citation.ts';
import { publishRecords, publishProblems, type ClauseOrigin, type ClauseRecord, type NoteRun, type TextProblem } from './records.ts';

type Parent = { children: RootContent[] };

/** Nodes that end a line of text: a space separates their text from what follows. */
const BLOCKS = new Set(['paragraph', 'listItem', 'list', 'heading', 'mdxJsxFlowElement', 'clause', 'footnoteDefinition']);

/**
 * Plain text of a unit as a reader sees it; a footnote reference shows as its label in brackets. With
 * `known`, each node's text is worked out once: an article's text holds its clauses', whose texts hold their
 * points', and a long law's units would otherwise be read once per level above them.
 */
export function plainText(node: unknown, known?: WeakMap<object, string>): string {
  const n = node as { type?: string; value?: string; identifier?: string; label?: string; children?: unknown[] };
  if (n.type === 'footnoteReference') return `[${n.label ?? n.identifier}]`;
  // A translator's note is the site's, not the document's: it is no part of the clause's text.
  if (n.type === 'editorialNote' || n.type === 'noteLabel') return '';
  if (n.type === 'break') return ' ';
  if (typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) return n.value;
  if (!Array.isArray(n.children)) return '';
  const seen = known?.get(n);
  if (seen !== undefined) return seen;
  const text = n.children
    .map((c) => plainText(c, known) + (BLOCKS.has((c as { type?: string }).type ?? '') ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  known?.set(n, text);
  return text;
}
/** The translator's notes inside a unit (not those of the units nested in it, which record their own). */
function notesOf(node: unknown): NoteRun[][] {
  const notes: NoteRun[][] = [];
  const runs = (n: { type?: string; children?: unknown[] }): NoteRun[] =>
    (n.children ?? []).flatMap((c) => {
      const child = c as { type?: string; children?: unknown[] };
      if (child.type === 'noteLabel') return [];
      if (child.type === 'foreignWords') return [{ text: plainText(child), lang: 'vi' as const }];
      return [{ text: plainText(child) }];
    });
  const visit = (n: { type?: string; children?: unknown[] }) => {
    if (n.type === 'editorialNote') notes.push(runs(n));
    else if (n.type !== 'clause' && n.type !== 'mdxJsxFlowElement' && n.type !== 'list') for (const c of n.children ?? []) visit(c as never);
  };
  visit(node as never);
  return notes;
}

type HData = { hName?: string; hProperties?: Record<string, unknown> };

/** The language of a text comes from its file name: `<document>/vi.mdx`, `<document>/en.mdx`. */
export function langOfFile(file: VFile): Lang {
  const name = path.basename(file.path ?? '', path.extname(file.path ?? ''));
  if (!isLang(name)) {
    throw new ContentError(
      file.path ?? '<unknown file>',
      undefined,
      `a document text must be named vi.mdx or en.mdx, not "${path.basename(file.path ?? '')}".`,
      'rename the file after its language.',
    );
  }
  return name;
}

function attr(node: MdxJsxFlowElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name) {
      if (typeof a.value === 'string') return a.value;
    }
  }
  return undefined;
}

function setData(node: { data?: unknown }, hName: string | undefined, props: Record<string, unknown>) {
  const data = ((node.data as HData | undefined) ?? {}) as HData;
  if (hName) data.hName = hName;
  data.hProperties = { ...(data.hProperties ?? {}), ...props };
  node.data = data as never;
}

/** `<Unofficial />` at the start of a paragraph marks that paragraph as the project's translation. */
function takeUnofficialMarker(paragraph: Paragraph): boolean {
  const first = paragraph.children[0] as PhrasingContent | { type: string; name?: string } | undefined;
  if (!first || first.type !== 'mdxJsxTextElement' || (first as { name?: string }).name !== 'Unofficial') return false;
  paragraph.children.shift();
  const next = paragraph.children[0];
  if (next && next.type === 'text') next.value = next.value.replace(/^\s+/, '');
  return true;
}

/**
 * The permalink of a unit: an empty link whose accessible name says which unit it is ("khoản 2 Điều 5"; a
 * screen reader says "link" itself, as for the § links of the side-by-side view). It has no text of its own
 * (the glyph comes from CSS), so the document's text stays exactly the source's.
 */
function clauseAnchor(lang: Lang, id: string): PhrasingContent {
  return {
    type: 'clauseAnchor',
    data: { hName: 'a', hProperties: { className: ['clause-anchor'], href: `#${id}`, ariaLabel: unitLabel(lang, id) } },
    children: [],
  } as unknown as PhrasingContent;
}

function originNote(lang: Lang): RootContent {
  return {
    type: 'originNote',
    data: { hName: 'span', hProperties: { className: ['origin-note'] } },
    children: [{ type: 'text', value: ui[lang].unofficialClause }],
  } as unknown as RootContent;
}

/** Groupings print number and title on two lines, as the texts do; an article prints them on one. */
const TITLE_ON_OWN_LINE = new Set<string>(['phan', 'chuong', 'muc', 'tieu-muc']);

function unitHeading(kind: string, id: string, num: string | undefined, title: string | undefined, level: number): RootContent {
  const children: PhrasingContent[] = [];
  if (num !== undefined) {
    children.push({ type: 'clauseNumber', data: { hName: 'a', hProperties: { className: ['clause-num'], href: `#${id}` } }, children: [{ type: 'text', value: num }] } as unknown as PhrasingContent);
  }
  if (title !== undefined) {
    if (TITLE_ON_OWN_LINE.has(kind)) {
      children.push({ type: 'unitTitle', data: { hName: 'span', hProperties: { className: ['unit-title'] } }, children: [{ type: 'text', value: title }] } as unknown as PhrasingContent);
    } else {
      if (children.length) children.push({ type: 'text', value: ' ' });
      children.push({ type: 'text', value: title });
    }
  }
  return { type: 'heading', depth: level as 1, children, data: { hProperties: { className: ['unit-heading'] } } } as unknown as RootContent;
}

/**
 * `<Vi>…</Vi>` marks Vietnamese words inside an English text (lang="vi"); they stay part of the text.
 * `<Note>…</Note>` inside a paragraph is a translator's note: the site's remark on the text (a slip in a
 * source translation, a gloss of an idiom), shown as a labelled aside and kept out of the clause's text, so
 * the text itself stays exactly the source's. Any other inline element is a mistake.
 */
function convertNotes(tree: Root, lang: Lang, report: Report) {
  visit(tree, 'mdxJsxTextElement', (node) => {
    if (node.name === 'Note') {
      const note = node as unknown as { type: string; data?: unknown; children: PhrasingContent[]; attributes?: unknown; name?: unknown };
      note.type = 'editorialNote';
      delete note.attributes;
      delete note.name;
      note.children = [
        { type: 'noteLabel', data: { hName: 'span', hProperties: { className: ['note-label'] } }, children: [{ type: 'text', value: `${ui[lang].translatorNote}: ` }] } as unknown as PhrasingContent,
        ...note.children,
      ];
      setData(note, 'span', { className: ['editorial-note'], role: 'note' });
    } else if (node.name === 'Vi') {
      // Vietnamese words inside an English text (a quoted term in a note): marked so readers' tools and
      // the page's language checks know.
      const words = node as unknown as { type: string; data?: unknown; attributes?: unknown; name?: unknown };
      words.type = 'foreignWords';
      delete words.attributes;
      delete words.name;
      setData(words, 'span', { lang: 'vi' });
    } else if (node.name !== 'Unofficial') {
      report(node.position?.start.line, `unknown element <${node.name ?? ''}> inside a paragraph.`, 'inside text only <Note>…</Note> (a translator\'s note), <Vi>…</Vi> (Vietnamese words in an English text) and the <Unofficial /> marker are allowed.');
    }
  });
}

/** Where a problem of the file is: its line, what is wrong, what to do (the compiler adds the file). */
type Report = (line: number | undefined, problem: string, fix: string) => void;

/**
 * An error of the MDX parser has a place in the file: it is the editor's mistake, reported like any other.
 * Anything else thrown while parsing is a bug of the code and goes up as it is.
 */
function syntaxProblem(e: unknown): TextProblem | undefined {
  const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string; source?: string };
  // A tag left open at the end of the file has no place of its own; the place of its opening tag is in the words.
  const unclosed = err.source === 'mdast-util-mdx-jsx' ? /^Expected a closing tag for `(<[^`]*>)` \((\d+):\d+-\d+:\d+\)/.exec(err.reason ?? '') : null;
  if (unclosed) return { line: Number(unclosed[2]), problem: `${unclosed[1]} is not closed.`, fix: 'close it with </Clause> on a line of its own, after the last line it holds.' };
  const line = typeof err.line === 'number' ? err.line : (err.place?.start?.line ?? err.place?.line);
  if (typeof line !== 'number') return undefined;
  return { line, problem: `the MDX does not parse: ${err.reason ?? err.message}.`, fix: SYNTAX_FIXES[err.source ?? ''] ?? 'correct the markup (see CONTENT.md).' };
}

/** What an editor does about a syntax error, by the part of the MDX parser that found it. */
const SYNTAX_FIXES: Record<string, string> = {
  'micromark-extension-mdx-expression': 'a brace in the text is written \\{ or \\} (in MDX, { starts code).',
  'micromark-extension-mdx-jsx': 'a "<" in the text is written &lt; (in MDX, < starts a tag); a tag is written <Clause kind="…" num="…">.',
  'mdast-util-mdx-jsx': 'close every <Clause> with </Clause>, each tag on a line of its own, nested ones inside their parent.',
};

/**
 * Gives every addressable unit of a document text its id and records it. `<Clause>` elements become
 * plain HTML wrappers here, in the Markdown tree, so pages render no component per clause: that keeps the
 * build linear in clauses and the HTML small.
 *
 * A mistake in the text does not stop the walk: every problem of the file is collected and published with
 * the records (publishProblems), so one build lists them all. Nothing is thrown for a content mistake, also
 * because Astro's renderer logs every error it throws, stack and all, before passing it on. A unit that
 * cannot get its id (unknown kind, bad number, duplicate) is walked under an id of its own that nothing
 * else has, so that its inner mistakes are found and its children raise no duplicates of their own.
 */
export function remarkClauses(this: Processor) {
  const parse = this.parser;
  if (parse) {
    this.parser = (doc, file) => {
      try {
        return parse(doc, file);
      } catch (e) {
        const problem = syntaxProblem(e);
        if (!problem) throw e;
        (file.data.textProblems ??= []).push(problem);
        return { type: 'root', children: [] } as Root;
      }
    };
  }
  return function transform(tree: Root, file: VFile) {
    const lang = langOfFile(file);
    const problems = (file.data.textProblems ??= []);
    const report: Report = (line, problem, fix) => problems.push({ line, problem, fix });
    const records: ClauseRecord[] = [];
    const seen = new Map<string, number | undefined>();
    let unnamed = 0;
    // A unit is registered, and its text read, before the walk changes anything inside it (numbers, anchors,
    // markers), so a text worked out for an enclosing unit is still the unit's own.
    const known = new WeakMap<object, string>();
    const textOf = (node: unknown) => plainText(node, known);
    /** The id of a unit whose own id is wrong: unique, and no id a reader could link to. */
    const standIn = () => `?${++unnamed}`;

    /** Registers a unit; false if its id is taken (the problem is reported). */
    const register = (record: ClauseRecord): boolean => {
      if (seen.has(record.id)) {
        const other = seen.get(record.id);
        report(
          record.line,
          `duplicate clause id "${record.id}"${other ? ` (first used at line ${other})` : ''}.`,
          record.kind === 'footnote' ? 'give each footnote its own label, as the source numbers it.' : 'give each <Clause> of the same kind under one parent its own num, as printed in the document.',
        );
        return false;
      }
      seen.set(record.id, record.line);
      records.push(record);
      return true;
    };

    /** `inherited`: a unit inside a clause the project translated is the project's translation too. */
    const walk = (parent: Parent, parentId: string | undefined, depth: number, inherited: ClauseOrigin, headingLevel: number) => {
      const counters = new Map<string, number>();
      const next = (kind: string) => {
        const n = (counters.get(kind) ?? 0) + 1;
        counters.set(kind, n);
        return n;
      };

      for (const child of parent.children) {
        const line = child.position?.start.line;

        if (child.type === 'mdxJsxFlowElement') {
          const el = child as MdxJsxFlowElement;
          if (el.name !== 'Clause') {
            report(line, `unknown element <${el.name ?? ''}> in a document text.`, 'only <Clause kind=... num=...> blocks and the <Unofficial /> marker are allowed.');
            walk(el as unknown as Parent, standIn(), depth + 1, inherited, headingLevel);
            continue;
          }
          const kind = attr(el, 'kind');
          if (!kind || !isAuthoredKind(kind)) {
            report(line, `<Clause> has ${kind ? `an unknown kind "${kind}"` : 'no kind'}.`, `use one of: ${CLAUSE_KINDS.join(', ')}.`);
            walk(el as unknown as Parent, standIn(), depth + 1, inherited, headingLevel);
            continue;
          }
          const num = attr(el, 'num');
          const originAttr = attr(el, 'origin');
          if (originAttr !== undefined && originAttr !== 'unofficial') {
            report(line, `<Clause> has origin="${originAttr}".`, 'the only origin a clause can declare is "unofficial".');
          }
          const title = attr(el, 'title');
          const headed = isHeadedKind(kind);
          if (title !== undefined && !headed) {
            report(line, `<Clause kind="${kind}"> has a title, which only parts, chapters, sections and articles (phan, chuong, muc, tieu-muc, dieu) print.`, 'move the words into the text of the unit.');
          }
          let segment: string | undefined;
          try {
            segment = clauseSegment(kind, { num, position: next(kind) });
          } catch (e) {
            report(line, (e as Error).message + '.', 'write the number as the document prints it.');
          }
          const origin: ClauseOrigin = originAttr === 'unofficial' ? 'unofficial' : inherited;
          let id = segment === undefined ? undefined : joinClauseId(parentId, segment, kind);
          if (id !== undefined && !register({ id, kind, num, ...(title !== undefined && headed && { title }), parent: parentId, depth, text: textOf(el), origin, line })) id = undefined;
          const ownId = id ?? standIn();

          walk(el as unknown as Parent, ownId, depth + 1, origin, headed ? headingLevel + 1 : headingLevel);

          const body = el.children as RootContent[];
          if (headed) {
            // Parts, chapters, sections and articles print their number and title as a heading of their own
            // ("Điều 1. Phạm vi điều chỉnh"; "CHƯƠNG I" over "NHỮNG QUY ĐỊNH CHUNG"), at the level of their nesting.
            body.unshift(unitHeading(kind, ownId, num, title, Math.min(headingLevel, 6)));
          } else if (num !== undefined) {
            const numberNode = {
              type: 'clauseNumber',
              data: { hName: 'a', hProperties: { className: ['clause-num'], href: `#${ownId}` } },
              children: [{ type: 'text', value: num }],
            } as unknown as PhrasingContent;
            const first = body[0];
            if (first && first.type === 'paragraph') {
              first.children.unshift(numberNode, { type: 'text', value: ' ' });
            } else {
              body.unshift({ type: 'paragraph', children: [numberNode] });
            }
          }
          if (origin === 'unofficial') body.unshift(originNote(lang));

          const converted = child as unknown as { type: string; children: RootContent[]; attributes?: unknown; name?: unknown; data?: unknown };
          converted.type = 'clause';
          delete converted.attributes;
          delete converted.name;
          const props = { id: ownId, className: ['clause', `clause-${kind}`], dataOrigin: origin === 'unofficial' ? 'unofficial' : undefined };
          if (kind === 'caption') {
            converted.children = [
              { type: 'captionText', data: { hName: 'figcaption' }, children: body } as unknown as RootContent,
            ];
            setData(converted, 'figure', props);
          } else {
            setData(converted, 'div', props);
          }
          continue;
        }

        if (child.type === 'paragraph') {
          const unofficial = takeUnofficialMarker(child);
          const id = joinClauseId(parentId, clauseSegment('para', { position: next('para') }));
          const notes = notesOf(child);
          register({ id, kind: 'para', parent: parentId, depth, text: textOf(child), origin: unofficial ? 'unofficial' : inherited, ...(notes.length && { notes }), line });
          if (unofficial) child.children.unshift(originNote(lang) as unknown as PhrasingContent);
          child.children.unshift(clauseAnchor(lang, id));
          setData(child, undefined, { id, className: ['clause'], dataOrigin: unofficial ? 'unofficial' : undefined });
          continue;
        }

        if (child.type === 'list') {
          for (const item of child.children as ListItem[]) {
            const itemLine = item.position?.start.line;
            const firstPara = item.children[0]?.type === 'paragraph' ? (item.children[0] as Paragraph) : undefined;
            const unofficial = firstPara ? takeUnofficialMarker(firstPara) : false;
            const id = joinClauseId(parentId, clauseSegment('bullet', { position: next('bullet') }));
            const notes = notesOf(item);
            register({ id, kind: 'bullet', parent: parentId, depth, text: textOf(item), origin: unofficial ? 'unofficial' : inherited, ...(notes.length && { notes }), line: itemLine });
            if (unofficial && firstPara) firstPara.children.unshift(originNote(lang) as unknown as PhrasingContent);
            if (firstPara) firstPara.children.unshift(clauseAnchor(lang, id));
            else item.children.unshift({ type: 'paragraph', children: [clauseAnchor(lang, id)] });
            setData(item, undefined, { id, className: ['clause'], dataOrigin: unofficial ? 'unofficial' : undefined });
          }
          continue;
        }

        if (child.type === 'heading') {
          const id = joinClauseId(parentId, clauseSegment('heading', { position: next('heading') }));
          register({ id, kind: 'heading', parent: parentId, depth, text: textOf(child), origin: inherited, line });
          child.children.unshift(clauseAnchor(lang, id));
          setData(child, undefined, { id, className: ['clause'] });
          continue;
        }
      }
    };

    convertNotes(tree, lang, report);
    // Units' headings start at <h2>: the page's <h1> is the document's title.
    walk(tree as unknown as Parent, undefined, 0, 'source', 2);

    // GFM footnotes are rendered by remark-rehype with ids fn-<label> (clobberPrefix is empty).
    for (const child of tree.children) {
      if (child.type !== 'footnoteDefinition') continue;
      const def = child as FootnoteDefinition;
      try {
        const label = normalizeNumber(def.identifier);
        register({ id: `fn-${label}`, kind: 'footnote', depth: 0, text: plainText(def), origin: 'source', line: def.position?.start.line });
      } catch (e) {
        report(def.position?.start.line, `footnote [^${def.identifier}]: ${(e as Error).message}.`, 'label footnotes with the number the source prints.');
      }
    }

    file.data.clauses = { lang, clauses: records };
    publishRecords(file, { clauses: records });
    if (problems.length) publishProblems(file, problems);
  };
}
