/**
 * Turns the legal references of a text into links (legal-references.ts): "khoản 1 Điều 12 của Luật này"
 * to that clause of the same document, "Luật Bảo hiểm y tế" or "Chỉ thị số 38-CT/TW" to the document, "Điều
 * 22 Luật Bảo hiểm y tế" to the article of the law. Runs after remarkClauses, so it knows the clause each
 * reference stands in and every clause id of its own text; references into another document are recorded
 * and checked by the validator once every text is compiled. What cannot be resolved stays text, recorded.
 */
import path from 'node:path';
import type { Root, RootContent, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { paths } from '../site/urls.ts';
import { ARTICLED_DOCUMENT_TYPES } from '../content/document-types.ts';
import { documentCatalogue, findLegalReferences, resolveReference, type CatalogueEntry, type ReferenceContext } from './legal-references.ts';
import { publishRecords, type ReferenceRecord } from './records.ts';

const ARTICLED = new Set<string>(ARTICLED_DOCUMENT_TYPES);
const SKIPPED = new Set(['link', 'clauseNumber', 'clauseAnchor', 'editorialNote']);

export function remarkLegalReferences(options: { documents: CatalogueEntry[] }) {
  const catalogue = documentCatalogue(options.documents);
  const byId = new Map(options.documents.map((d) => [d.id, d]));
  return function transform(tree: Root, file: VFile) {
    const lang = file.data.clauses?.lang;
    if (!lang) return;
    const documentId = path.basename(path.dirname(file.path ?? ''));
    const self = byId.get(documentId);
    const ownClauses = new Set(file.data.clauses!.clauses.map((c) => c.id));
    const records: ReferenceRecord[] = [];
    const names = catalogue.names[lang];

    const walk = (node: { type: string; children?: RootContent[]; data?: { hProperties?: { id?: unknown } } }, clause: string | undefined) => {
      const id = node.data?.hProperties?.id;
      const here = typeof id === 'string' && node.type !== 'footnoteDefinition' ? id : clause;
      // Links are not linked again (a unit's own number is a link to itself); a translator's note is the
      // site's words, not the document's.
      if (!node.children || SKIPPED.has(node.type)) return;
      const next: RootContent[] = [];
      for (const child of node.children) {
        if (child.type !== 'text') {
          walk(child as never, child.type === 'footnoteDefinition' ? `fn-${(child as { identifier: string }).identifier}` : here);
          next.push(child);
          continue;
        }
        const value = (child as Text).value;
        const found = findLegalReferences(value, lang, names);
        if (!found.length) {
          next.push(child);
          continue;
        }
        const segments = (here ?? '').split('__');
        const context: ReferenceContext = {
          document: documentId,
          normative: ARTICLED.has(self?.type ?? ''),
          date: self?.date ?? null,
          article: segments.find((s) => s.startsWith('dieu-')),
          clause: segments.find((s) => s.startsWith('khoan-')) && here,
        };
        const line = child.position?.start.line;
        let last = 0;
        for (const ref of found) {
          const words = value.slice(ref.start, ref.end);
          const resolved = resolveReference(ref, context, catalogue, lang);
          if (!resolved) continue;
          if ('missing' in resolved) {
            records.push({ clause: here ?? '', text: words, document: null, missing: resolved.missing, line });
            continue;
          }
          const inSelf = resolved.document === documentId;
          if (inSelf && resolved.clause && !ownClauses.has(resolved.clause)) {
            records.push({ clause: here ?? '', text: words, document: documentId, target: resolved.clause, line, dangling: true });
            continue;
          }
          records.push({ clause: here ?? '', text: words, document: resolved.document, ...(resolved.clause && { target: resolved.clause }), line });
          const url = inSelf ? `#${resolved.clause}` : `${paths.document(lang, resolved.document)}${resolved.clause ? `#${resolved.clause}` : ''}`;
          if (ref.start > last) next.push({ type: 'text', value: value.slice(last, ref.start) });
          next.push({ type: 'link', url, children: [{ type: 'text', value: words }], data: { hProperties: { className: ['ref'] } } } as PhrasingContent as RootContent);
          last = ref.end;
        }
        if (last === 0) next.push(child);
        else if (last < value.length) next.push({ type: 'text', value: value.slice(last) });
      }
      node.children = next;
    };
    walk(tree as never, undefined);
    publishRecords(file, { references: records });
  };
}
