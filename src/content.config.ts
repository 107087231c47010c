/**
 * The collections pages read. Every one is loaded from the content validator's digest (src/lib/content/
 * loaders.ts): the YAML and MDX of src/content/ are parsed and checked once, before Astro syncs content, and
 * nothing here parses them again. The schemas are the one description of the content (src/lib/content/
 * schemas.ts); the validator checks with them first, with file and line, and the content layer types with them.
 */
import { defineCollection } from 'astro:content';
import { compiledContentLoader } from './lib/content/loaders.ts';
import { agencySchema, documentSchema, newsFeedSchema, targetFileSchema, taskFileSchema, textFrontmatter } from './lib/content/schemas.ts';

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

export const collections = { documents, texts, agencies, news, tasks, targets };
