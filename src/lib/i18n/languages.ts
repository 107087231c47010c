/** The site's languages: every list of languages, route and data field is derived from LANGS. Browser-safe. */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}
