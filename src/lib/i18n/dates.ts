/** Dates as each language writes them. Browser-safe. */
import type { Lang } from './languages.ts';

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * Vietnamese dates are dd/mm/yyyy; English dates are written out ("3 October 2025").
 * Takes an ISO calendar date (yyyy-mm-dd, yyyy-mm or yyyy) and never shifts it by a time zone.
 */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: "${iso}"`);
  const [, y, mo, d] = m;
  if (lang === 'vi') {
    if (d) return `${d}/${mo}/${y}`;
    if (mo) return `tháng ${mo}/${y}`;
    return `năm ${y}`;
  }
  if (d) return `${Number(d)} ${EN_MONTHS[Number(mo) - 1]} ${y}`;
  if (mo) return `${EN_MONTHS[Number(mo) - 1]} ${y}`;
  return y;
}
