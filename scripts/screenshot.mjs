// `npm run screenshot -- URL [name]`: screenshots a page in headless Chromium, light and dark,
// wide and 320 px, into screens/ (ignored by git), to look at what a reader sees.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumFlags, ensureChromium } from './chromium.mjs';

const [url = 'http://localhost:8000/', name = 'demo'] = process.argv.slice(2);
mkdirSync('screens', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1100, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const file = `screens/${name}-${colorScheme}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
