/**
 * The module `virtual:clause-tools-strings`: the clause tools' interface strings in every language, made at
 * build time from ui.ts. The toolbar is built by its script, since it only ever works with JavaScript; as
 * markup it was 1.2 KB on every document page, 23 MB at 10,000 documents, and importing ui.ts whole would put
 * every string of the site into the script.
 */
import type { Plugin } from 'vite';
import { LANGS } from '../lib/i18n/languages.ts';
import { t } from '../lib/i18n/ui.ts';
import { CLAUSE_TOOLS_KEYS, CLAUSE_TOOLS_STRINGS_MODULE, type ClauseToolsStrings } from '../lib/i18n/clause-tools-strings.ts';

const RESOLVED = `\0${CLAUSE_TOOLS_STRINGS_MODULE}`;

export function clauseToolsStrings(): Plugin {
  return {
    name: 'clause-tools-strings',
    resolveId: (id) => (id === CLAUSE_TOOLS_STRINGS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const strings = Object.fromEntries(LANGS.map((lang) => [lang, Object.fromEntries(CLAUSE_TOOLS_KEYS.map((key) => [key, t(lang, key)]))])) as ClauseToolsStrings;
      return `export default ${JSON.stringify(strings)};`;
    },
  };
}
