/** Figures the measuring scripts share: a command's wall time and peak memory, output sizes, query cost. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';

export interface RunFigures {
  seconds: number;
  /** Highest sum of resident memory over the command's whole process tree, sampled every 100 ms. */
  peakRssMb: number;
  /** The processes of the tree at that peak, largest first ("2,484 MB astro build"), to say who holds it. */
  peakProcesses?: string[];
  /** The machine's CPU time while the command ran (it runs alone: this is the command's), and what the host took. */
  cpu?: MachineCpu;
}

/** CPU time of the whole machine, in seconds: what ran (user, system, interrupts) and what the hypervisor stole. */
export interface MachineCpu {
  busy: number;
  steal: number;
}

/**
 * The machine's CPU times from the first line of /proc/stat ("cpu  user nice system idle iowait irq softirq
 * steal …", in ticks of 1/100 s). Steal is time a virtual machine was ready to run and the host ran someone
 * else: the benchmark's times move with it, so the bench reports it beside each build.
 */
export function machineCpu(procStat: string): MachineCpu {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) throw new Error('no "cpu" line in /proc/stat');
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return { busy: (user + nice + system + irq + softirq) / 100, steal: (steal ?? 0) / 100 };
}

const readMachineCpu = (): MachineCpu | undefined => {
  try {
    return machineCpu(fs.readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
};

/**
 * Resident memory of a process tree, read from /proc: cheap enough to sample often without the sampler
 * itself taking a share of the 2 cores it measures (spawning `ps` ten times a second did).
 */
function treeRss(root: number): { kb: number; processes: string[] } {
  const page = 4; // KB; Linux on x86-64
  const rows: { pid: number; ppid: number; kb: number }[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: state ppid ... rss (24th field).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      rows.push({ pid: Number(name), ppid: Number(fields[1]), kb: Number(fields[21]) * page });
    } catch {
      // The process ended between listing and reading.
    }
  }
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const byPid = new Map(rows.map((r) => [r.pid, r]));
  const tree: typeof rows = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const row = byPid.get(pid);
    if (row) tree.push(row);
    stack.push(...(children.get(pid) ?? []));
  }
  const command = (pid: number) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).map((a) => path.basename(a)).join(' ').slice(0, 80);
    } catch {
      return String(pid);
    }
  };
  return {
    kb: tree.reduce((sum, r) => sum + r.kb, 0),
    processes: tree.sort((a, b) => b.kb - a.kb).slice(0, 4).map((r) => `${Math.round(r.kb / 1024)} MB ${command(r.pid)}`),
  };
}

/** Runs a command to completion, echoing its output, and fails with its exit code. */
export function runMeasured(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cpu0 = readMachineCpu();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    let peak = 0;
    let peakProcesses: string[] = [];
    const timer = setInterval(() => {
      try {
        const now = treeRss(child.pid!);
        if (now.kb > peak) [peak, peakProcesses] = [now.kb, now.processes];
      } catch {
        // The tree can change between listing and reading; the next sample counts.
      }
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const cpu1 = readMachineCpu();
      const cpu = cpu0 && cpu1 ? { busy: cpu1.busy - cpu0.busy, steal: cpu1.steal - cpu0.steal } : undefined;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${cwd}`));
      else resolve({ seconds: (performance.now() - t0) / 1000, peakRssMb: peak / 1024, peakProcesses, cpu });
    });
  });
}

export interface OutputFigures {
  pages: number;
  files: number;
  bytes: number;
  /** The largest file, for the per-file limit of static hosts (25 MiB on Cloudflare Pages). */
  maxFile: number;
  maxFilePath: string;
}

/** HTML pages, files and bytes under a built site. */
export function outputFigures(dir: string): OutputFigures {
  const figures = { pages: 0, files: 0, bytes: 0, maxFile: 0, maxFilePath: '' };
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        figures.files++;
        const size = fs.statSync(p).size;
        figures.bytes += size;
        if (size > figures.maxFile) {
          figures.maxFile = size;
          figures.maxFilePath = path.relative(dir, p);
        }
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
