/**
 * The collections pages read. Every one is loaded from the content validator's digest (src/lib/content/
 * loaders.ts): the YAML and MDX of src/content/ are parsed and checked once, before Astro syncs content, and
 * nothing here parses them again. The schemas are the one description of the content (src/lib/content/
 * schemas.ts); the validator checks with them first, with file and line, and the content layer types with them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { compiledContentLoader } from './lib/content/loaders.ts';
import { agencySchema, documentSchema, glossarySchema, newsFeedSchema, targetFileSchema, taskFileSchema, textFrontmatter } from './lib/content/schemas.ts';

/** Language-independent metadata, one YAML file per document (src/content/documents/<id>.yaml). */
const documents = defineCollection({ loader: compiledContentLoader('documents'), schema: documentSchema });

/** The title and origin of a document's text in one language (texts/<document>/<lang>.mdx), id "<document>/<lang>". */
const texts = defineCollection({ loader: compiledContentLoader('texts'), schema: textFrontmatter });

const agencies = defineCollection({ loader: compiledContentLoader('agencies'), schema: agencySchema });

/** News lists as the sources give them (headlines with their date and time). */
const news = defineCollection({ loader: compiledContentLoader('news'), schema: newsFeedSchema });

/** Assignments of each document (tasks/<document>.yaml), checked against its clauses. */
const tasks = defineCollection({ loader: compiledContentLoader('tasks'), schema: taskFileSchema });

/** Quantified goals and dated milestones of each document. */
const targets = defineCollection({ loader: compiledContentLoader('targets'), schema: targetFileSchema });

/** The translation rules and terms (glossary.yaml): one entry. */
const glossary = defineCollection({ loader: compiledContentLoader('glossary'), schema: glossarySchema });

/**
 * The site's own pages (About, How to cite, Open data, Search help, Translation policy), in MDX per language
 * (src/content/site/<lang>/<page>.mdx), rendered by @astrojs/mdx: pages about the site, not documents, so
 * they go through Astro's MDX pipeline rather than the document validator.
 */
const sitePages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/site' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1), order: z.number().int() }).strict(),
});

export const collections = { documents, texts, agencies, news, tasks, targets, glossary, sitePages };
