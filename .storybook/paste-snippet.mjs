// A story-test command (vitest.config.mjs): pastes a "Show code" snippet into a page of its
// own, in the browser running the stories, with the built package (`dist/`) served where the
// snippet says (`/assets/`), and reports what its widgets show. No server: the page's requests
// are answered from disk.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const origin = 'https://snippet.test';
const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * @param {{ page: import('playwright-core').Page }} context
 * @param {string} snippet
 * @returns {Promise<{ tag: string; error?: string; notice?: string }[] | string>} each widget's
 *   error and notice once every widget has rendered, or why none could be read
 */
export async function pasteSnippet(context, snippet) {
  const page = await context.page.context().newPage();
  try {
    await page.route(`${origin}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') {
        const body = `<!doctype html><html lang="en"><body>${snippet}</body></html>`;
        return route.fulfill({ contentType: 'text/html', body });
      }
      if (!pathname.startsWith('/assets/')) return route.fulfill({ status: 404, body: '' });
      try {
        const body = await readFile(new URL(pathname.slice('/assets/'.length), dist));
        return route.fulfill({ contentType: types[extname(pathname)], body });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    });
    const loader = await readFile(new URL('big-local-widgets.min.js', dist)).catch(() => null);
    if (!loader) return 'dist/ is missing: run npm run build before the story tests';
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () => {
        const widgets = [...globalThis.document.body.querySelectorAll('*')].filter((element) =>
          element.localName.startsWith('bl-'),
        );
        return (
          widgets.length > 0 &&
          widgets.every((element) => element.shadowRoot && !element.matches(':state(loading)'))
        );
      },
      undefined,
      { timeout: 30_000 },
    );
    return await page.evaluate(() => {
      const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const widgets = [...globalThis.document.body.querySelectorAll('*')].filter((element) =>
        element.localName.startsWith('bl-'),
      );
      return widgets.map((element) => {
        const alert = element.shadowRoot.querySelector('[role="alert"], [part~="error"]');
        const error =
          alert || element.matches(':state(error)') ? text(alert) || 'error' : undefined;
        const notice = text(element.shadowRoot.querySelector('[part~="notice"]')) || undefined;
        return { tag: element.localName, error, notice };
      });
    });
  } finally {
    await page.close();
  }
}
