type CsvRow = (string | number | null | undefined)[];

/** One RFC 4180 CSV line: every field quoted, quotes doubled, ended by CRLF. */
export function csvLine(row: CsvRow): string {
  return `${row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')}\r\n`;
}

