import { textRecords } from '../../lib/content/compiled.ts';
import type { APIRoute } from 'astro';
import { allDocuments, textLanguages } from '../../lib/site/documents.ts';
import type { ClauseRecord } from '../../lib/text/records.ts';
import { LANGS } from '../../lib/i18n/languages.ts';
import { paths } from '../../lib/site/urls.ts';
import { jsonListResponse } from '../../lib/open-data/stream.ts';
import { siteOrigin } from '../../lib/site/origin.ts';

/** Open data: every document with its metadata, relations and clause permalinks in both languages. */
export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const abs = (p: string) => new URL(p, origin).href;
  const docs = await allDocuments();
  // Each document's clause records are read when its line is written, and dropped after.
  return jsonListResponse('documents', docs, (d) => {
    const text = d.texts.vi;
    const clauses: ClauseRecord[] = text ? textRecords(d.id, 'vi').clauses : [];
    return {
      id: d.id,
      type: d.meta.type,
      number: d.meta.number,
      title: d.title,
      issuer: d.meta.issuer,
      // The issuing body as printed, where the registry has no entry for it (issuer is then empty).
      ...(d.meta.issuerPrinted && { issuerPrinted: d.meta.issuerPrinted }),
      signer: d.meta.signer,
      date: d.meta.date,
      hasText: d.meta.hasText,
      /** The languages the text can be read in ([] for a document the site only cites). */
      languages: textLanguages(d),
      url: Object.fromEntries(LANGS.map((lang) => [lang, abs(paths.document(lang, d.id))])),
      relations: d.meta.relations.map((r) => ({ type: r.type, target: r.target, ...(r.clause && { clause: r.clause }), ...(r.from && { from: r.from }) })),
      sources: d.meta.sources.map((s) => ({ file: s.file, sha256: s.sha256, publisher: s.publisher, url: s.url ?? null, languages: s.languages, raw: abs(paths.source(s.file)) })),
      clauses: clauses.map((c) => ({
        id: c.id,
        kind: c.kind,
        num: c.num ?? null,
        parent: c.parent ?? null,
        url: Object.fromEntries(LANGS.map((lang) => [lang, abs(paths.clause(lang, d.id, c.id))])),
        share: Object.fromEntries(LANGS.map((lang) => [lang, abs(paths.share(lang, d.id, c.id))])),
      })),
    };
  });
};
