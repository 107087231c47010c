/**
 * Browser-safe. The interface strings the clause tools script builds its toolbar and its unknown-clause notice
 * from (src/client/clause-tools.ts). The browser gets them from the module `virtual:clause-tools-strings`,
 * which holds these keys of ui.ts in every language and nothing else of it
 * (src/integrations/clause-tools-strings.ts).
 */
import type { Lang } from './languages.ts';
import type { UiKey } from './ui.ts';

export const CLAUSE_TOOLS_KEYS = [
  'clauseTools',
  'copyLink',
  'linkCopied',
  'citeClause',
  'copyCitation',
  'citationCopied',
  'sharePage',
  'closeTools',
  'citationVi',
  'citationEn',
  'unknownClause',
  'unknownClauseHelp',
] as const satisfies readonly UiKey[];

export type ClauseToolsStrings = Record<Lang, Record<(typeof CLAUSE_TOOLS_KEYS)[number], string>>;

export const CLAUSE_TOOLS_STRINGS_MODULE = 'virtual:clause-tools-strings';
