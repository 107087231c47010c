declare module 'virtual:clause-tools-strings' {
  const strings: import('./lib/i18n/clause-tools-strings.ts').ClauseToolsStrings;
  export default strings;
}
