import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Resolves once Astro has written its first page in this build: one of the pages every build has
 * (src/pages/404.astro, index.astro, [lang]/index.astro), in the folder of static files (dist/, or
 * dist/client/ when an adapter serves some routes on request).
 */
export function firstPageWritten(config: { outDir: URL; build: { client: URL } }, buildOutput: 'static' | 'server'): Promise<void> {
  const dir = fileURLToPath(buildOutput === 'server' ? config.build.client : config.outDir);
  return firstFileWritten(['404.html', 'index.html', 'vi/index.html', 'en/index.html'].map((p) => path.join(dir, p)));
}

/**
 * Resolves once any of `files` has been written since `since` (a page left by an earlier build does not
 * count): Astro has begun writing pages. Its polls never keep the process alive, so a build that fails before
 * its first page still exits.
 */
export function firstFileWritten(files: string[], everyMs = 250, since = Date.now()): Promise<void> {
  const fresh = (f: string) => {
    try {
      return fs.statSync(f).mtimeMs >= since;
    } catch {
      return false;
    }
  };
  return new Promise((resolve) => {
    const poll = () => (files.some(fresh) ? resolve() : setTimeout(poll, everyMs).unref());
    poll();
  });
}

/**
 * Runs a build stage's script (src/integrations/<stage>/…) in its own process: beside Astro's page stage, which
 * uses one core, it gets the other; before it (content validation), its memory is returned when it ends.
 * Resolves with the script's last line of output; rejects with all of it (also as the error's `output`).
 * `nice` lowers its priority, so that work which can wait never slows the pages down. `heapMb` caps its
 * JavaScript heap: a step that streams holds little, but V8 lets garbage pile up to far more than that
 * before it collects, and the build's peak is the sum of every process at once.
 */
export function runBuildStep(root: string, script: string, args: string[], options: { nice?: number; heapMb?: number } = {}): Promise<{ seconds: number; last: string; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const flags = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
    const child = spawn(process.execPath, [...flags, path.join(root, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    if (options.nice && child.pid) {
      try {
        os.setPriority(child.pid, options.nice);
      } catch {
        // Not allowed here: it only runs at the same priority.
      }
    }
    // If Astro stops early (a failing page), the step has nothing left to serve.
    const stop = () => child.kill();
    process.once('exit', stop);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('exit', stop);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, last: output.trim().split('\n').at(-1) ?? '', output: output.trim() });
      else reject(Object.assign(new Error(`${path.basename(script)} failed (${signal ?? `exit ${code}`}) after ${seconds.toFixed(1)} s:\n${output.trim()}`), { output: output.trim() }));
    });
  });
}
