/** The translation rules and terms (src/content/glossary.yaml), checked against their schema. */
import fs from 'node:fs';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { glossarySchema, type Glossary } from '../schemas.ts';
import { readYamlData } from '../yaml-file.ts';

export function readGlossary(file: string, errors: ContentError[]): Glossary {
  if (!fs.existsSync(file)) return { rules: [], terms: [] };
  const read = readYamlData(file, errors);
  return (read && checkSchema(read.y, glossarySchema, read.data ?? {}, [], errors)) || { rules: [], terms: [] };
}
