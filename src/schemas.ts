/**
 * The one description of the content: every collection's Zod schema. The content layer validates with
 * these, and so does the content validator (which adds file:line to each error).
 */
import { z } from 'astro/zod';

export const localized = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();

/** An ISO calendar date, or a month or year when the source gives no more. */
export const isoDate = z.preprocess(
  // Astro's YAML loader turns an unquoted 2025-10-03 into a Date; the validator's parser keeps a string.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date must be yyyy-mm-dd (or yyyy-mm, yyyy)'),
);

export const DOCUMENT_TYPES = [
  'directive',
  'resolution',
  'conclusion',
  'notice',
  'plan',
  'guidance',
  'law',
  'decision',
  'news-article',
  'interview',
] as const;

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
    /** A document id (the file name of its metadata, without .yaml). */
    target: z.string().min(1),
    /** Optionally the clause of the target that is meant. */
    clause: z.string().min(1).optional(),
    /** The clause of this document where the relation is stated. */
    from: z.string().min(1).optional(),
  })
  .strict();

export const sourceRecord = z
  .object({
    /** The raw source file, kept in provenance/sources/. */
    file: z.string().regex(/^[\w.-]+\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
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
    /** Needed only for documents the site has no text of; text titles come from each MDX file. */
    title: localized.optional(),
    /** Agency ids. Identity is issuer + type + number + date, never the number alone. */
    issuer: z.array(z.string().min(1)).min(1),
    signer: z
      .object({ name: localized, role: localized })
      .strict()
      .nullable(),
    date: isoDate.nullable(),
    /** What the sources say about a date they do not give exactly. */
    dateNote: localized.optional(),
    place: localized.nullable(),
    field: z.array(localized),
    status: localized.nullable(),
    /** The language of the source text the site reproduces (the other language is a translation). */
    sourceLanguage: z.enum(['vi', 'en']),
    /** Whether the site has the document's text (texts/<id>/vi.mdx and en.mdx). */
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
  'collective',
] as const;

export const agencySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'an agency id is lower-case ASCII words joined by "-"'),
    name: localized,
    abbr: z.string().optional(),
    aliases: z.array(z.string().min(1)).default([]),
    level: z.enum(AGENCY_LEVELS),
    parent: z.string().optional(),
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
    id: z.string().regex(/^[\w-]+$/),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
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
export type Agency = z.infer<typeof agencySchema>;
export type Relation = z.infer<typeof relation>;
