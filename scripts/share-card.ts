/**
 * Draws the site's card (public/share-card.png, 1200 × 630), the image every link preview of a share page
 * shows: the site's name and purpose in both languages. Run again when the name or the colours change:
 *   node scripts/share-card.ts
 */
import path from 'node:path';
import { launchChromium } from './lib/site.ts';
import { ui } from '../src/lib/i18n/ui.ts';
import { SHARE_CARD } from '../src/lib/share/share-pages.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: ${SHARE_CARD.width}px; height: ${SHARE_CARD.height}px; background: #fdfcf9; color: #1d1d1b;
    font-family: 'Noto Serif', 'DejaVu Serif', serif; display: flex; flex-direction: column; justify-content: center;
    padding: 0 90px; box-sizing: border-box; border-left: 28px solid #8a1c1c; }
  h1 { font-size: 64px; line-height: 1.15; margin: 0 0 18px; }
  h2 { font-size: 40px; line-height: 1.2; margin: 0 0 40px; color: #57534e; font-weight: 400; }
  p { font-family: 'DejaVu Sans', sans-serif; font-size: 28px; line-height: 1.4; margin: 0; color: #0b5394; }
</style></head><body>
  <h1>${escape(ui.vi.siteName)}</h1>
  <h2>${escape(ui.en.siteName)}</h2>
  <p>${escape(ui.vi.siteTagline)}</p>
</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SHARE_CARD.width, height: SHARE_CARD.height } });
  await page.setContent(html);
  const out = path.resolve('public', SHARE_CARD.path.slice(1));
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
}
