/** The built site served locally, and Debian's Chromium, for the measuring scripts. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';

export interface PreviewServer {
  base: string;
  stop: () => void;
}

/** Serves a project's dist/ with `astro preview` (kept in the foreground) and waits until it answers. */
export async function startPreview(port: number, cwd = process.cwd(), probe = '/vi/'): Promise<PreviewServer> {
  const server = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  // A large dist/ takes astro preview a while to start serving.
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(`${base}${probe}`);
      return { base, stop: () => server.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${base}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
}
