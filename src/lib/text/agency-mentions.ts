/**
 * Finds the agencies a text names and links each mention to the agency's page. Spelling variants match
 * ("Đảng uỷ"/"Đảng ủy", NFC/NFD); the longest name wins ("Đảng uỷ Bộ Y tế" over "Bộ Y tế"). Collective
 * addressees ("các cơ quan liên quan") are not linked: they name no one body.
 */
import path from 'node:path';
import type { Root, RootContent, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Agency } from '../content/schemas.ts';
import type { Lang } from '../i18n/languages.ts';
import { normalizeToneMarks } from '../i18n/vietnamese.ts';
import { publishRecords, type Mention } from './records.ts';
import { phraseIndex, type PhraseIndex } from './phrase-index.ts';


type Matcher = PhraseIndex<string>;

const key = (s: string) => normalizeToneMarks(s.normalize('NFC')).replace(/\s+/g, ' ').trim();
const firstLower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

function buildMatcher(names: [string, string][]): Matcher | undefined {
  // A sentence may capitalise a name's first letter or not; the rest must match as written.
  const byName = new Map<string, string>();
  for (const [name, id] of names) {
    byName.set(key(name), id);
    byName.set(firstLower(key(name)), id);
  }
  return phraseIndex(byName);
}

export function createMentionIndex(agencies: Agency[]) {
  // One matcher per language and set of scoped aliases, not per document: most documents share one.
  const cache = new Map<string, Matcher | undefined>();
  return function matcherFor(lang: Lang, documentId: string): Matcher | undefined {
    const scoped: [string, string][] = agencies.flatMap((a) =>
      a.level === 'collective' ? [] : a.scopedAliases.filter((s) => s.documents.includes(documentId)).flatMap((s) => s[lang].map((n): [string, string] => [n, a.id])),
    );
    const k = `${lang}:${scoped.map(([n, id]) => `${id}=${n}`).join('|')}`;
    if (!cache.has(k)) {
      const names: [string, string][] = [];
      for (const a of agencies) {
        if (a.level === 'collective') continue;
        for (const n of lang === 'vi' ? [a.name.vi, ...a.aliases] : [a.name.en, ...a.aliasesEn]) names.push([n, a.id]);
      }
      // A document's own short forms come last, so they win over a general name spelled the same.
      cache.set(k, buildMatcher([...names, ...scoped]));
    }
    return cache.get(k);
  };
}


/** Splits one text node into text and agency links. */
export function linkMentions(value: string, matcher: Matcher, href: (id: string) => string): { nodes: PhrasingContent[]; agencies: string[] } | undefined {
  const normalized = normalizeToneMarks(value.normalize('NFC'));
  const source = value.normalize('NFC');
  // Tone-mark normalisation keeps NFC length for Vietnamese, so offsets map back to the original text.
  if (normalized.length !== source.length) return undefined;
  const nodes: PhrasingContent[] = [];
  const agencies: string[] = [];
  let last = 0;
  for (const { start, end, value: id } of matcher.find(normalized)) {
    if (start > last) nodes.push({ type: 'text', value: source.slice(last, start) });
    nodes.push({
      type: 'link',
      url: href(id),
      children: [{ type: 'text', value: source.slice(start, end) }],
      data: { hProperties: { className: ['agency'] } },
    });
    agencies.push(id);
    last = end;
  }
  if (agencies.length === 0) return undefined;
  if (last < source.length) nodes.push({ type: 'text', value: source.slice(last) });
  return { nodes, agencies };
}

/** Remark plugin: runs after remarkClauses, so every mention is recorded against the clause it is in. */
export function remarkAgencyMentions(options: { agencies: Agency[] }) {
  const matcherFor = createMentionIndex(options.agencies);
  return function transform(tree: Root, file: VFile) {
    const lang = file.data.clauses?.lang;
    if (!lang) return;
    const documentId = path.basename(path.dirname(file.path ?? ''));
    const matcher = matcherFor(lang, documentId);
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    if (matcher) {
      const walk = (node: { type: string; children?: RootContent[]; data?: { hProperties?: { id?: unknown } } }, clause: string | undefined) => {
        const id = node.data?.hProperties?.id;
        const here = typeof id === 'string' && node.type !== 'footnoteDefinition' ? id : clause;
        // A translator's note is the site's words, not the document's: its names are not the document's mentions.
        if (!node.children || node.type === 'link' || node.type === 'editorialNote') return;
        const next: RootContent[] = [];
        for (const child of node.children) {
          if (child.type === 'text') {
            const linked = linkMentions((child as Text).value, matcher, (a) => `/${lang}/agencies/${a}/`);
            if (linked) {
              next.push(...(linked.nodes as RootContent[]));
              for (const a of linked.agencies) {
                const k = `${here ?? ''}|${a}`;
                if (here && !seen.has(k)) {
                  seen.add(k);
                  mentions.push({ clause: here, agency: a });
                }
              }
              continue;
            }
          } else if (child.type === 'footnoteDefinition') {
            walk(child as never, `fn-${(child as { identifier: string }).identifier}`);
          } else {
            walk(child as never, here);
          }
          next.push(child);
        }
        node.children = next;
      };
      walk(tree as never, undefined);
    }
    publishRecords(file, { mentions });
  };
}
