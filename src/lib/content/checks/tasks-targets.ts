/**
 * Tasks and targets (src/content/{tasks,targets}/<document>.yaml) point at a clause of their document and
 * quote it in both languages: the clause must be there, and each quote must stand in it, so that a task
 * can never drift from its source. A text with mistakes, or whose languages differ in structure, has its
 * quotes checked once it is corrected (its mistakes are reported already).
 */
import type { z } from 'astro/zod';
import { LANGS } from '../../i18n/languages.ts';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { targetFileSchema, taskFileSchema, type Target, type Task } from '../schemas.ts';
import { lineOf, type YamlFile } from '../yaml-file.ts';
import { checkAgencyIds, type AgencyRegistry } from './agencies.ts';
import type { DocumentSet } from './documents.ts';
import { clausesOf, type TextSet } from './texts.ts';

export interface PointerFile {
  name: string;
  y: YamlFile;
  data: unknown;
}

export interface PointerContext {
  registry: AgencyRegistry;
  documents: DocumentSet;
  texts: TextSet;
  /** Ids of the tasks and targets seen so far, with the file that has each: ids are unique across both. */
  seenIds: Map<string, string>;
}

type Pointer = { id: string; clause: string; quote: { vi: string; en: string } };

const collapse = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();

function checkPointers<T extends Pointer>(
  folder: 'tasks' | 'targets',
  files: readonly PointerFile[],
  schema: z.ZodType<Record<string, T[]>>,
  context: PointerContext,
  errors: ContentError[],
  extra: (y: YamlFile, item: T, i: number) => void = () => {},
): (T & { document: string })[] {
  const { documents, texts, seenIds } = context;
  const out: (T & { document: string })[] = [];
  for (const { name, y, data } of files) {
    const documentId = name.replace(/\.yaml$/, '');
    if (!documents.known.has(documentId)) {
      errors.push(new ContentError(y.file, 1, `${folder}/${name} names no document ("${documentId}").`, 'name the file after the id of the document whose clauses it points at.'));
      continue;
    }
    const clauses = clausesOf(texts, documentId);
    if (clauses === undefined) {
      errors.push(new ContentError(y.file, 1, `document "${documentId}" has no text on the site, so ${folder}/${name} has no clauses to point at.`, `add src/content/texts/${documentId}/, or remove this file.`));
      continue;
    }
    const parsed = checkSchema(y, schema, data, [], errors);
    if (!parsed) continue;
    const entry = texts.get(documentId)!;
    parsed[folder].forEach((item, i) => {
      const other = seenIds.get(item.id);
      if (other) errors.push(new ContentError(y.file, lineOf(y, [folder, i, 'id']), `id "${item.id}" is used twice (also in ${other}).`, 'give each entry its own id.'));
      seenIds.set(item.id, `${folder}/${name}`);
      extra(y, item, i);
      out.push({ ...item, document: documentId });
      if (clauses === 'unchecked') return;
      if (!clauses.has(item.clause)) {
        errors.push(new ContentError(y.file, lineOf(y, [folder, i, 'clause']), `"${item.id}" points at clause "${item.clause}", which document "${documentId}" does not have.`, 'use a clause id of that document (see /data/documents.json).'));
        return;
      }
      if (!entry.sameStructure) return;
      for (const lang of LANGS) {
        const text = entry.byLang[lang];
        if (text === undefined || text === 'failed') continue;
        const clauseText = collapse(text.clauseById.get(item.clause)?.text ?? '').replace(/\[(\w+)\]/g, '$1');
        if (!clauseText.includes(collapse(item.quote[lang]))) {
          errors.push(new ContentError(y.file, lineOf(y, [folder, i, 'quote', lang]), `the ${lang} quote of "${item.id}" is not in clause "${item.clause}".`, 'copy the assigning text exactly as it stands in that clause (no markup), or point at the clause that holds it.'));
        }
      }
    });
  }
  return out;
}

export function checkTasks(files: readonly PointerFile[], context: PointerContext, errors: ContentError[]): (Task & { document: string })[] {
  return checkPointers<Task>('tasks', files, taskFileSchema as never, context, errors, (y, task, i) => {
    for (const role of ['lead', 'partners', 'directedBy'] as const) {
      checkAgencyIds(context.registry, y, task[role], (j) => ['tasks', i, role, j], (agencyId) => `task "${task.id}" names an unknown agency "${agencyId}" in ${role}.`, errors);
    }
  });
}

export function checkTargets(files: readonly PointerFile[], context: PointerContext, errors: ContentError[]): (Target & { document: string })[] {
  return checkPointers<Target>('targets', files, targetFileSchema as never, context, errors);
}
