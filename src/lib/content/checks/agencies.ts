/**
 * The agency registry (src/content/agencies.yaml): one entry per body, each id once, no body twice under a
 * spelling variant, parents that exist, and scoped aliases that name existing documents. Other files name
 * agencies by id; they are checked against `known`, which holds every id the file lists, valid entry or
 * not, so that one broken entry is reported once and not again at every place that names it.
 */
import type { Agency } from '../schemas.ts';
import { agencySchema } from '../schemas.ts';
import { ContentError } from '../errors.ts';
import { checkSchema } from '../schema-errors.ts';
import { lineOf, readYamlData, type YamlFile } from '../yaml-file.ts';
import { nameKey } from '../../i18n/vietnamese.ts';

export interface AgencyRegistry {
  file: string;
  /** The valid agencies, by id. */
  agencies: Map<string, Agency>;
  /** Every id the file lists; undefined if the file does not parse, and no reference to an agency can be checked. */
  known?: Set<string>;
  y?: YamlFile;
  /** The valid entries with their position in the file's list (the registry's order is not the file's). */
  entries: { index: number; agency: Agency }[];
}

export function readAgencies(file: string, errors: ContentError[]): AgencyRegistry {
  const registry: AgencyRegistry = { file, agencies: new Map(), entries: [] };
  const read = readYamlData(file, errors);
  if (!read) return registry;
  const { y, data: list } = read;
  registry.y = y;
  if (!Array.isArray(list)) {
    errors.push(new ContentError(file, lineOf(y, []) ?? 1, 'agencies.yaml must be a list of agencies.', 'write one "- id: ..." entry per agency.'));
    return registry;
  }
  registry.known = new Set(list.flatMap((raw) => (typeof raw?.id === 'string' ? [raw.id as string] : [])));
  const byName = new Map<string, string>();
  list.forEach((raw, index) => {
    const agency = checkSchema(y, agencySchema, raw, [index], errors);
    if (!agency) return;
    if (registry.agencies.has(agency.id)) {
      errors.push(new ContentError(file, lineOf(y, [index, 'id']), `agency id "${agency.id}" is listed twice (first at line ${lineOf(y, [registry.entries.find((e) => e.agency.id === agency.id)!.index, 'id'])}).`, 'merge the two entries into one.'));
      return;
    }
    for (const name of [agency.name.vi, ...agency.aliases]) {
      const key = nameKey(name);
      const other = byName.get(key);
      if (other && other !== agency.id) {
        errors.push(
          new ContentError(file, lineOf(y, [index, 'id']), `agency "${agency.id}" has the name "${name}", which is a spelling variant of agency "${other}".`, `one body is one agency: merge "${agency.id}" into "${other}" and keep "${name}" as an alias.`),
        );
      }
      byName.set(key, agency.id);
    }
    registry.agencies.set(agency.id, agency);
    registry.entries.push({ index, agency });
  });
  for (const { index, agency } of registry.entries) {
    if (agency.parent && !registry.known.has(agency.parent)) {
      errors.push(new ContentError(file, lineOf(y, [index, 'parent']), `agency "${agency.id}" has an unknown parent "${agency.parent}".`, 'use the id of an agency listed in agencies.yaml.'));
    }
    if (agency.partyCommitteeOf && !registry.known.has(agency.partyCommitteeOf)) {
      errors.push(new ContentError(file, lineOf(y, [index, 'partyCommitteeOf']), `agency "${agency.id}" is the Party committee of an unknown agency "${agency.partyCommitteeOf}".`, 'use the id of an agency listed in agencies.yaml.'));
    }
  }
  return registry;
}

/** A scoped alias names the body only inside the documents it lists, which must exist. */
export function checkAgencyScopes(registry: AgencyRegistry, documentIds: ReadonlySet<string>, errors: ContentError[]): void {
  const { y } = registry;
  if (!y) return;
  for (const { index, agency } of registry.entries) {
    agency.scopedAliases.forEach((scope, s) => {
      scope.documents.forEach((documentId, d) => {
        if (!documentIds.has(documentId)) {
          errors.push(new ContentError(registry.file, lineOf(y, [index, 'scopedAliases', s, 'documents', d]), `agency "${agency.id}" has aliases scoped to an unknown document "${documentId}".`, 'use the id (file name without .yaml) of a document in src/content/documents/.'));
        }
      });
    });
  }
}

/**
 * Reports each id in `ids` that names no agency, at its line (`at(i)` is the path of the i-th id). Nothing
 * can be checked if agencies.yaml does not parse: that one error is reported already.
 */
export function checkAgencyIds(registry: AgencyRegistry, y: YamlFile, ids: readonly string[], at: (i: number) => PropertyKey[], problem: (id: string) => string, errors: ContentError[]): void {
  if (!registry.known) return;
  ids.forEach((id, i) => {
    if (!registry.known!.has(id)) errors.push(new ContentError(y.file, lineOf(y, at(i)), problem(id), 'use an id from src/content/agencies.yaml, or add the agency there.'));
  });
}
