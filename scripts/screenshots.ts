/**
 * Screenshots of the pages a reader walks through, on a phone (390 px) and a laptop (1280 px), first screen
 * only: what a reader sees before scrolling. For reviews of layout changes, before and after.
 * Run after `npm run build`:  node scripts/screenshots.ts --out DIR [--dist DIR] [--port N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, startPreview } from './lib/site.ts';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const out = path.resolve(option('out', 'screenshots'));
const cwd = path.resolve(option('dist', 'dist'), '..');
const PAGES: [string, string][] = [
  ['home', '/vi/'],
  ['document', '/vi/documents/chi-thi-52-ct-tw-2025/'],
  ['tasks', '/vi/tasks/'],
  ['agency', '/vi/agencies/ministry-of-health/'],
];
const WIDTHS: [number, number][] = [
  [390, 844],
  [1280, 800],
];

fs.mkdirSync(out, { recursive: true });
const server = await startPreview(Number(option('port', '4392')), cwd);
const browser = await launchChromium();
try {
  for (const [width, height] of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, url] of PAGES) {
      await page.goto(`${server.base}${url}`, { waitUntil: 'networkidle' });
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
