/**
 * The one description of the content: every collection's Zod schema. The content layer validates with
 * these, and so does the content validator (which adds file:line to each error).
 */
import { z } from 'astro/zod';
import { DOCUMENT_TYPES } from './document-types.ts';

export const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();

/** An ISO calendar date, or a month or year when the source gives no more. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date must be yyyy-mm-dd (or yyyy-mm, yyyy)')
  .describe('date (yyyy-mm-dd, yyyy-mm or yyyy)');

/**
 * Ids of other content, described in the words a content error uses ("must be a list of agency ids"); the
 * validator checks that each names something that exists.
 */
const agencyId = z.string().min(1).describe('agency id (from src/content/agencies.yaml)');
const documentId = z.string().min(1).describe('document id (a file name in src/content/documents/, without .yaml)');
const clauseId = z.string().min(1).describe('clause id');

export const RELATION_TYPES = [
  'implements',
  'cites',
  'follows',
  'reviews',
  'replaces',
  'about',
  'commissioned-by',
] as const;

export const relation = z
  .object({
    type: z.enum(RELATION_TYPES),
    target: documentId,
    /** Optionally the clause of the target that is meant. */
    clause: clauseId.optional(),
    /** The clause of this document where the relation is stated. */
    from: clauseId.optional(),
  })
  .strict();

export const sourceRecord = z
  .object({
    /** The raw source file, kept in provenance/sources/. */
    file: z.string().regex(/^[\w.-]+\.txt$/, 'a source is a .txt file name in provenance/sources/, without folders'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hexadecimal digits'),
    publisher: localized,
    url: z.url().optional(),
    /** Which language versions of this document come from this source. */
    languages: z.array(z.enum(['vi', 'en'])).min(1),
    note: localized.optional(),
  })
  .strict();

export const documentSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    /** As printed ("52-CT/TW"); null when the sources do not give it. */
    number: z.string().min(1).nullable(),
    /**
     * The title in each language the site has no text in: every language of a document without text, English
     * for a Vietnamese-only document (the site's translation of the title). Text titles come from each MDX file.
     */
    title: localized.optional(),
    /** Agency ids. Identity is issuer + type + number + date, never the number alone. */
    issuer: z.array(agencyId),
    /**
     * The issuing body as the document prints it, when the registry has no entry for it (then `issuer` is
     * empty): an imported document builds and says so, until an editor adds the body to agencies.yaml.
     */
    issuerPrinted: z.string().min(1).optional(),
    signer: z
      .object({ name: localized, role: localized })
      .strict()
      .nullable(),
    date: isoDate.nullable(),
    /** A short name for lists and previews, where type and number cannot serve (a document without a number). */
    shortTitle: localized.optional(),
    /** What the sources say about a date they do not give exactly. */
    dateNote: localized.optional(),
    place: localized.nullable(),
    field: z.array(localized),
    status: localized.nullable(),
    /** Which version of the text the site holds, where that matters (a law as enacted, without its amendments). */
    textVersion: localized.optional(),
    /** The language of the source text the site reproduces (the other language is a translation). */
    sourceLanguage: z.enum(['vi', 'en']),
    /** Whether the site has the document's text (texts/<id>/vi.mdx, and en.mdx where an English text exists). */
    hasText: z.boolean(),
    sources: z.array(sourceRecord),
    relations: z.array(relation).default([]),
    summary: localized.optional(),
  })
  .strict();

export const AGENCY_LEVELS = [
  'central-party',
  'national-assembly',
  'government',
  'ministry',
  'department',
  'mass-organization',
  'province',
  'provincial-party',
  'press',
  'health-facility',
  'education',
  'international',
  'collective',
] as const;

export const agencySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'an agency id is lower-case ASCII words joined by "-"'),
    name: localized,
    abbr: z.string().optional(),
    /** Other spellings and short forms in Vietnamese; tone-mark variants match without being listed. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Other English forms the texts use. */
    aliasesEn: z.array(z.string().min(1)).default([]),
    /** Short forms that name this body only inside the given documents ("Sở Y tế" in An Giang's plan). */
    scopedAliases: z.array(z.object({ documents: z.array(documentId).min(1), vi: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).strict()).default([]),
    level: z.enum(AGENCY_LEVELS),
    parent: agencyId.optional(),
    /** For a Party committee: the body it is the Party committee of (Đảng ủy Bộ Y tế: the Ministry of Health). */
    partyCommitteeOf: agencyId.optional(),
  })
  .strict();

export const textFrontmatter = z
  .object({
    title: z.string().min(1),
    origin: z.enum(['source', 'unofficial']),
  })
  .strict();

export const newsItemSchema = z
  .object({
    id: z.string().regex(/^[\w-]+$/, 'a news item id is letters, digits, "_" and "-"'),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/, 'a publication time is yyyy-mm-ddThh:mm:ss+07:00 (Vietnam time)'),
    dateline: z.string().min(1),
    title: localized,
  })
  .strict();

export const newsFeedSchema = z
  .object({
    heading: localized,
    publisher: localized,
    /** The raw source file in provenance/sources/ and its SHA-256. */
    source: sourceRecord,
    items: z.array(newsItemSchema).min(1),
  })
  .strict();

export type DocumentMeta = z.infer<typeof documentSchema>;
export type TextFrontmatter = z.infer<typeof textFrontmatter>;
export type NewsFeed = z.infer<typeof newsFeedSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type Relation = z.infer<typeof relation>;

/**
 * One assignment in a document. `quote` is the assigning text exactly as it stands in the clause (both
 * languages); the build checks it is there, so a task can never drift from its source.
 */
export const taskSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'a task id is lower-case ASCII words joined by "-"'),
    /** The clause that assigns it. */
    clause: clauseId,
    /** Agencies that lead (chủ trì / are assigned); collective addressees are agencies of level "collective". */
    lead: z.array(agencyId).min(1),
    /** Agencies that coordinate (phối hợp). */
    partners: z.array(agencyId).default([]),
    /** The body that directs the lead to do it (e.g. the Government Party Committee directs ...). */
    directedBy: z.array(agencyId).default([]),
    quote: localized,
    /** Deadline when the text gives one (yyyy, yyyy-mm or yyyy-mm-dd); null when it gives none. */
    due: isoDate.nullable(),
    /** A period the task runs over, when the text gives one. */
    period: z.object({ from: isoDate, to: isoDate }).strict().optional(),
    /** Regular duties: "annual" (hằng năm), "periodic" (định kỳ), "ongoing" (thường xuyên). */
    recurrence: z.enum(['annual', 'periodic', 'ongoing']).optional(),
  })
  .strict();

export const taskFileSchema = z.object({ tasks: z.array(taskSchema) }).strict();

/** A quantified goal or dated milestone, pointing at the clause that sets it. */
export const targetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'a target id is lower-case ASCII words joined by "-"'),
    clause: clauseId,
    kind: z.enum(['target', 'milestone']),
    /** A short name of what is measured or done. */
    label: localized,
    /** The value aimed at, as the text states it ("> 95%", "100%"), when there is one. */
    value: z.string().optional(),
    /** The year or period the goal is for. */
    year: z.number().int().min(1900).max(2100).optional(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).strict().optional(),
    quote: localized,
  })
  .strict();

export const targetFileSchema = z.object({ targets: z.array(targetSchema) }).strict();

export type Task = z.infer<typeof taskSchema>;
export type Target = z.infer<typeof targetSchema>;

/**
 * Published clause URLs never break: when a clause id changes, the old id is declared here and readers
 * arriving at it are sent to the new one. Document ids that change are declared likewise.
 */
export const redirectsSchema = z
  .object({
    clauses: z.array(z.object({ document: documentId, from: clauseId, to: clauseId }).strict()).default([]),
    documents: z.array(z.object({ from: documentId, to: documentId }).strict()).default([]),
  })
  .strict();

export type Redirects = z.infer<typeof redirectsSchema>;

/**
 * The translation rules and terms every unofficial translation follows (src/content/glossary.yaml), shown on
 * the translation policy page. Agency names are the registry's (agencies.yaml), not repeated here.
 */
export const GLOSSARY_TOPICS = ['modality', 'terms', 'spelling', 'names', 'notes', 'structure'] as const;
export const TERM_SOURCES = ['directive-52-official', 'site', 'agency-own-name'] as const;
export const glossarySchema = z
  .object({
    rules: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/, 'a rule id is lower-case ASCII words joined by "-"'),
          topic: z.enum(GLOSSARY_TOPICS),
          /** The Vietnamese word or pattern and its English rendering ("" when the rule is not about a word). */
          vi: z.string(),
          en: z.string(),
          rule: localized,
        })
        .strict(),
    ),
    terms: z.array(
      z
        .object({
          vi: z.string().min(1),
          en: z.string().min(1),
          /** Where the rendering comes from: the official English of Directive 52-CT/TW, the site, the body's own name. */
          source: z.enum(TERM_SOURCES),
          note: localized.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type Glossary = z.infer<typeof glossarySchema>;
