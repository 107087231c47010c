/** iCalendar (RFC 5545) for an agency's dated tasks: one all-day event on the last day each deadline allows. */
export interface CalendarEvent {
  uid: string;
  /** yyyy-mm-dd */
  date: string;
  summary: string;
  description: string;
  url: string;
}

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded (continuation lines start with a space), never inside a character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  let limit = 75;
  // Octets counted from code points: a Buffer per character made the calendars a tenth of the page stage.
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > limit) {
      out.push(line.slice(start, i));
      start = i;
      bytes = 0;
      limit = 74;
    }
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

/** A calendar of `events`, made at `stamp` (DTSTAMP is when the calendar was made, RFC 5545 3.8.7.2). */
export function toIcs(name: string, events: CalendarEvent[], stamp: Date): string {
  if (!events.length) throw new Error(`calendar "${name}" has no event: RFC 5545 requires at least one`);
  const made = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vn-health-policy//tasks//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    const day = e.date.replace(/-/g, '');
    const next = new Date(`${e.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${made}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replace(/-/g, '')}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
