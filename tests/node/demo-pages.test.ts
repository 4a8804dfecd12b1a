// Every demo page as a reader meets it, in headless Chromium on the built package served the way
// `npm start` serves it: nothing moves while its widgets load (layout shift, measured by the
// browser's own `layout-shift` entries, at most 0.02 on a phone and on a desktop), nothing
// scrolls sideways at 320 px, every page has a description for search results, and no page
// starts a request it then abandons. `npm run audit` runs Lighthouse on the same pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { chromiumFlags, findChromium } from '../../scripts/chromium.mjs';
import { demoPages, startDemoServer } from '../../scripts/demo-server.mjs';
import type { Server } from 'node:http';

/** The most a page may shift while it loads: Lighthouse's "good" is 0.1; ours is 0.02. */
const maxShift = 0.02;
/** Lighthouse's phone and desktop. */
const forms = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true },
  desktop: { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1, isMobile: false },
  '320 px': { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, isMobile: true },
};

let browser: Browser;
let server: Server;
let origin: string;

before(async () => {
  ({ server, origin } = await startDemoServer({ port: 0, cacheable: true }));
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Adds up the page's layout shifts from its first paint, as the Layout Instability API reports. */
function recordShifts() {
  const shifts: { value: number; sources: string[] }[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) => {
        const node = source.node as Element | undefined;
        return node?.localName ? `${node.localName}${node.id ? `#${node.id}` : ''}` : '?';
      });
      shifts.push({ value: entry.value, sources });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  Object.assign(window, {
    layoutShifts: () => {
      record(observer.takeRecords());
      return shifts;
    },
  });
}

/**
 * True once every widget in the page (in shadow roots and same-origin frames too) is defined
 * and no longer loading, and every provider has its dataset: a page that adds widgets when its
 * data arrives (the gallery) has added them by then.
 */
function widgetsLoaded(): boolean {
  const pending: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const name = element.localName;
      if (name.startsWith('bl-')) {
        const loading =
          !customElements.get(name) ||
          element.matches(':state(loading)') ||
          (name === 'bl-programme' &&
            !(element as Element & { loadedDataset?: unknown }).loadedDataset);
        if (loading) pending.push(name);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
      if (element instanceof HTMLIFrameElement && element.contentDocument) {
        if (element.contentDocument.readyState !== 'complete') pending.push('iframe');
        else walk(element.contentDocument);
      }
    }
  };
  walk(document);
  return document.readyState === 'complete' && pending.length === 0;
}

/** Waits for the widgets, then for two frames, so the last layout is painted and reported. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(widgetsLoaded, undefined, { timeout: 30_000, polling: 'raf' });
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/** Opens `path` in a fresh context shaped like `form` and waits for its widgets. */
async function open(path: string, form: keyof typeof forms) {
  const context = await browser.newContext(forms[form]);
  const page = await context.newPage();
  // The TypeScript loader names functions through a helper of its own, which the page lacks.
  await page.addInitScript('globalThis.__name = (target) => target');
  await page.addInitScript(recordShifts);
  const failed: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('requestfailed', (request) =>
    failed.push(`${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? '?'}`),
  );
  await page.goto(`${origin}/${path}`);
  await settle(page);
  return { page, context, failed, requested };
}

const pages = demoPages();

test('the demo has its pages', () => {
  assert.ok(pages.length >= 7, pages.join(', '));
  assert.equal(pages[0], 'index.html');
});

for (const path of pages) {
  for (const form of ['phone', 'desktop'] as const) {
    test(`${path} on a ${form} does not move while its widgets load`, async (t) => {
      const { page, context, failed } = await open(path, form);
      try {
        const shifts = (await page.evaluate('layoutShifts()')) as {
          value: number;
          sources: string[];
        }[];
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        t.diagnostic(`layout shift ${total.toFixed(4)}`);
        const moved = shifts.map((shift) => `${shift.value.toFixed(4)} ${shift.sources.join(' ')}`);
        assert.ok(total <= maxShift, `shifted ${total.toFixed(4)}:\n${moved.join('\n')}`);
        assert.deepEqual(failed, [], 'requests started and abandoned');
      } finally {
        await context.close();
      }
    });
  }

  test(`${path} at 320 px scrolls only down, with a description for search results`, async () => {
    const { page, context } = await open(path, '320 px');
    try {
      const { scrollWidth, clientWidth, description } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        description: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content,
      }));
      assert.ok(scrollWidth <= clientWidth, `${scrollWidth} px wide in ${clientWidth} px`);
      assert.ok((description?.trim().length ?? 0) >= 50, `description: ${description}`);
    } finally {
      await context.close();
    }
  });
}

test('the area page on the real areas never asks for the illustrative data', async () => {
  const { context, requested, failed } = await open(
    'area.html?area=whitley-bay&data=default',
    'desktop',
  );
  try {
    assert.ok(!requested.includes('/dist/data/illustrative.json'), requested.join('\n'));
    assert.deepEqual(failed, []);
  } finally {
    await context.close();
  }
});
