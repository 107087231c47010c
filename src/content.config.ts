import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { textsLoader } from './lib/content/loaders.ts';
import { agencySchema, documentSchema, newsFeedSchema, targetFileSchema, taskFileSchema, textFrontmatter } from './lib/content/schemas.ts';

/** Language-independent metadata, one YAML file per document; the id is the file name. */
const documents = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/documents' }),
  schema: documentSchema,
});

/** The text of a document in one language: texts/<document>/<lang>.mdx, id "<document>/<lang>". */
const texts = defineCollection({
  loader: textsLoader('src/content/texts'),
  schema: textFrontmatter,
});

const agencies = defineCollection({
  loader: file('./src/content/agencies.yaml'),
  schema: agencySchema,
});

/** News lists as the sources give them (headlines with their date and time). */
const news = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/news' }),
  schema: newsFeedSchema,
});

/** Assignments of each document (tasks/<document>.yaml), validated against its clauses at build start. */
const tasks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/tasks' }),
  schema: taskFileSchema,
});

/** Quantified goals and dated milestones of each document. */
const targets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/targets' }),
  schema: targetFileSchema,
});

export const collections = { documents, texts, agencies, news, tasks, targets };
