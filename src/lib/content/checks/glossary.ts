/** The translation rules and terms (src/content/glossary.yaml), checked against their schema. */
import fs from 'node:fs';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { glossarySchema, type Glossary } from '../schemas.ts';
import { readYaml } from '../yaml-file.ts';

export function readGlossary(file: string, errors: ContentError[]): Glossary {
  if (!fs.existsSync(file)) return { rules: [], terms: [] };
  const y = readYaml(file, errors);
  return (y && checkSchema(y, glossarySchema, y.doc.toJS() ?? {}, [], errors)) || { rules: [], terms: [] };
}
