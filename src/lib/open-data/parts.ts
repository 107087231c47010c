/**
 * Data files that stay under the per-file limit of common static hosts (Cloudflare Pages: 25 MiB) however
 * large the corpus: a list is written in parts ("tasks.json", then "tasks-2.json", …), each part a whole
 * file of its own (valid JSON, or a CSV with its header) that names the next; bulk downloads are gzipped
 * NDJSON in parts. Written as the records come, so memory stays flat.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';

/** Bytes a part may hold: under the 25 MiB per-file limit, with room to spare. */
export const PART_BYTES = 20 * 1024 * 1024;

export interface PartInfo {
  /** The path under the site's root ("/data/tasks-2.json"). */
  path: string;
  records: number;
  bytes: number;
}

/** The path of part n of a file: "tasks.json", "tasks-2.json", … */
export function partName(base: string, ext: string, n: number): string {
  return n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
}

interface Format {
  ext: string;
  head: (n: number) => string;
  /** The text before a record (a separator after the first). */
  before: (first: boolean) => string;
  tail: (next: string | undefined) => string;
}

/** `{"key": [record, …], "next": "/data/key-2.json"}`, one record a line ("next" in every part but the last). */
export const jsonListFormat = (key: string): Format => ({
  ext: '.json',
  head: () => `{${JSON.stringify(key)}:[`,
  before: (first) => (first ? '\n' : ',\n'),
  tail: (next) => `\n]${next ? `,"next":${JSON.stringify(next)}` : ''}}\n`,
});

/** A CSV with its byte-order mark (so spreadsheets read UTF-8) and header in every part. */
export const csvFormat = (header: string): Format => ({ ext: '.csv', head: () => `\uFEFF${header}`, before: () => '', tail: () => '' });

/** Writes a list in parts of at most `maxBytes`, under `dir` (the data folder) as `base`, `base-2`, … */
export class PartedWriter {
  readonly parts: PartInfo[] = [];
  private fd: number | undefined;
  private first = true;
  private readonly dir: string;
  private readonly urlDir: string;
  private readonly base: string;
  private readonly format: Format;
  private readonly maxBytes: number;
  constructor(dir: string, urlDir: string, base: string, format: Format, maxBytes = PART_BYTES) {
    this.dir = dir;
    this.urlDir = urlDir;
    this.base = base;
    this.format = format;
    this.maxBytes = maxBytes;
  }

  private open() {
    const n = this.parts.length + 1;
    const name = partName(this.base, this.format.ext, n);
    this.fd = fs.openSync(path.join(this.dir, name), 'w');
    this.first = true;
    const head = this.format.head(n);
    fs.writeSync(this.fd, head);
    this.parts.push({ path: `${this.urlDir}/${name}`, records: 0, bytes: Buffer.byteLength(head) });
  }

  /** Adds one record, already serialized (without separators). */
  add(text: string) {
    const size = Buffer.byteLength(text) + 2;
    const current = this.parts.at(-1);
    if (this.fd === undefined) this.open();
    else if (current && current.records > 0 && current.bytes + size + 64 > this.maxBytes) {
      this.finish(partName(this.base, this.format.ext, this.parts.length + 1));
      this.open();
    }
    const part = this.parts.at(-1)!;
    const chunk = this.format.before(this.first) + text;
    fs.writeSync(this.fd!, chunk);
    part.bytes += Buffer.byteLength(chunk);
    part.records++;
    this.first = false;
  }

  private finish(next: string | undefined) {
    const tail = this.format.tail(next && `${this.urlDir}/${next}`);
    fs.writeSync(this.fd!, tail);
    this.parts.at(-1)!.bytes += Buffer.byteLength(tail);
    fs.closeSync(this.fd!);
    this.fd = undefined;
  }

  /** Ends the last part; a list without records is still written, empty. */
  close(): PartInfo[] {
    if (this.fd === undefined && !this.parts.length) this.open();
    if (this.fd !== undefined) this.finish(undefined);
    return this.parts;
  }
}

/** Gzipped NDJSON in parts of at most `maxBytes` compressed: one record a line. */
export class BulkWriter {
  readonly parts: PartInfo[] = [];
  private gzip: zlib.Gzip | undefined;
  private out: fs.WriteStream | undefined;
  private written = 0;
  private unflushed = 0;
  private readonly dir: string;
  private readonly urlDir: string;
  private readonly base: string;
  private readonly maxBytes: number;
  constructor(dir: string, urlDir: string, base: string, maxBytes = PART_BYTES) {
    this.dir = dir;
    this.urlDir = urlDir;
    this.base = base;
    this.maxBytes = maxBytes;
  }

  private open() {
    const name = `${this.base}-${this.parts.length + 1}.ndjson.gz`;
    this.out = fs.createWriteStream(path.join(this.dir, name));
    this.gzip = zlib.createGzip({ level: 9 });
    this.written = 0;
    this.unflushed = 0;
    this.gzip.on('data', (chunk: Buffer) => (this.written += chunk.length));
    this.gzip.pipe(this.out);
    this.parts.push({ path: `${this.urlDir}/${name}`, records: 0, bytes: 0 });
  }

  async add(text: string) {
    if (this.gzip && this.parts.at(-1)!.records > 0 && this.written > this.maxBytes * 0.9) await this.finish();
    if (!this.gzip) this.open();
    const line = `${text}\n`;
    if (!this.gzip!.write(line)) await once(this.gzip!, 'drain');
    this.parts.at(-1)!.records++;
    // Compressed output is always smaller than what went in: flushing once per half a part of input keeps
    // the count of compressed bytes close enough without costing the compression much.
    this.unflushed += Buffer.byteLength(line);
    if (this.unflushed >= this.maxBytes / 2) {
      await new Promise<void>((resolve) => this.gzip!.flush(() => resolve()));
      this.unflushed = 0;
    }
  }

  private async finish() {
    const gzip = this.gzip!;
    const out = this.out!;
    gzip.end();
    await once(out, 'close');
    this.parts.at(-1)!.bytes = fs.statSync(out.path as string).size;
    this.gzip = undefined;
    this.out = undefined;
  }

  async close(): Promise<PartInfo[]> {
    if (this.gzip) await this.finish();
    return this.parts;
  }
}
