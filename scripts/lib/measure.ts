/** Figures the measuring scripts share: a command's wall time and peak memory, output sizes, query cost. */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';

export interface RunFigures {
  seconds: number;
  /** Highest sum of resident memory over the command's whole process tree, sampled every 100 ms. */
  peakRssMb: number;
}

function treeRssKb(root: number): number {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion, echoing its output, and fails with its exit code. */
export function runMeasured(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, treeRssKb(child.pid!));
      } catch {
        // The tree can change between listing and reading; the next sample counts.
      }
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}`));
      else resolve({ seconds: (performance.now() - t0) / 1000, peakRssMb: peak / 1024 });
    });
  });
}

export interface OutputFigures {
  pages: number;
  files: number;
  bytes: number;
}

/** HTML pages, files and bytes under a built site. */
export function outputFigures(dir: string): OutputFigures {
  const figures = { pages: 0, files: 0, bytes: 0 };
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        figures.files++;
        figures.bytes += fs.statSync(p).size;
        if (e.name.endsWith('.html')) figures.pages++;
      }
    }
  };
  walk(dir);
  return figures;
}

/** Bytes of a Pagefind bundle by language ("vi", "en"), with the wasm and language-independent files apart. */
export function pagefindSizes(dir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const lang = /(?:^|[._])(vi|en)_[0-9a-f]+/.exec(e.name)?.[1] ?? (e.name.startsWith('wasm.') ? 'wasm' : 'shared');
        sizes[lang] = (sizes[lang] ?? 0) + fs.statSync(p).size;
      }
    }
  };
  walk(dir);
  return sizes;
}

export interface QueryFigures {
  ms: number;
  /** As `astro preview` serves them (uncompressed). */
  kb: number;
  /** As a gzip-serving static host sends them (Pagefind's own index, fragment and wasm files are already gzipped). */
  gzipKb: number;
  files: string[];
}

/** Bytes of /pagefind/ requests and the time until `done` holds in the page, for one search action. */
export async function measureQuery(page: Page, action: () => Promise<unknown>, done: () => Promise<unknown>): Promise<QueryFigures> {
  let bytes = 0;
  let gzipBytes = 0;
  const files: string[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (r: { url(): string; body(): Promise<Buffer> }) => {
    if (!r.url().includes('/pagefind/')) return;
    pending.push(
      r.body().then(
        (body) => {
          bytes += body.length;
          gzipBytes += /\.(js|json|css)(\?|$)/.test(r.url()) ? gzipSync(body).length : body.length;
          files.push(`${r.url().split('/pagefind/')[1]} ${body.length}`);
        },
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  const t0 = Date.now();
  await action();
  await done();
  const ms = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return { ms, kb: bytes / 1024, gzipKb: gzipBytes / 1024, files };
}
