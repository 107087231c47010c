/**
 * What an import tells the editor: what it found in the source, what it guessed (and from which line), and
 * what needs a person. Warnings never stop an import: the imported document builds and reads correctly
 * before anyone acts on them. An error (ImportError) stops it and nothing is written.
 */

export type ReportKind = 'found' | 'guessed' | 'warning';

export interface ReportEntry {
  kind: ReportKind;
  /** Source lines (1-based) the entry is about, when it is about a place in the source. */
  lines?: [number, number];
  message: string;
}

export class ImportError extends Error {
  /** What the editor can do about it. */
  readonly fix: string;
  readonly line?: number;
  constructor(message: string, fix: string, line?: number) {
    super(message);
    this.fix = fix;
    this.line = line;
  }
}

export class Report {
  readonly entries: ReportEntry[] = [];

  private add(kind: ReportKind, message: string, from?: number, to?: number) {
    this.entries.push({ kind, message, ...(from !== undefined && { lines: [from, to ?? from] as [number, number] }) });
  }
  found(message: string, from?: number, to?: number) {
    this.add('found', message, from, to);
  }
  guessed(message: string, from?: number, to?: number) {
    this.add('guessed', message, from, to);
  }
  warn(message: string, from?: number, to?: number) {
    this.add('warning', message, from, to);
  }

  get warnings(): ReportEntry[] {
    return this.entries.filter((e) => e.kind === 'warning');
  }

  /** The report as the CLI prints it: three sections, each entry with its lines. */
  format(): string {
    const where = (e: ReportEntry) => (e.lines ? (e.lines[0] === e.lines[1] ? `line ${e.lines[0]}: ` : `lines ${e.lines[0]}-${e.lines[1]}: `) : '');
    const section = (title: string, kind: ReportKind) => {
      const list = this.entries.filter((e) => e.kind === kind);
      return list.length ? [`${title} (${list.length}):`, ...list.map((e) => `  - ${where(e)}${e.message}`)] : [`${title}: none`];
    };
    return [...section('Found', 'found'), ...section('Guessed', 'guessed'), ...section('Needs a person (warnings)', 'warning')].join('\n');
  }
}
