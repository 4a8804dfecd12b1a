// Before-and-after screenshots of the finishing issue's defects, for its closing note.
//
//   node docs/finishing/shoot.mjs --base http://127.0.0.1:8742 --storybook http://127.0.0.1:8744 \
//     --out docs/finishing --label after [--only name,name]
//
// --base is a demo server of the build to shoot (`PORT=… node scripts/start.mjs --no-build`);
// --storybook a static server of its `npm run build-storybook` output (the Storybook shots are
// left out without it). Each defect gives `<name>.<label>.png`, a crop of the element that shows
// it, and the figures it measures go to `figures.<label>.json`. Every shot waits for what it shows
// (widgets drawn, a request held, a key's scroll settled), never for a time. The demo pages and
// story ids are the same at both commits, and each selector finds its element in both builds.
// What page.evaluate runs is browser code.
/* global document, customElements, matchMedia, getComputedStyle, requestAnimationFrame, scrollX, scrollY, scrollTo */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
// The repository's headless flags: a sandbox with no network but loopback.
import { chromiumFlags } from '../../scripts/chromium.mjs';

const { values: options } = parseArgs({
  options: {
    base: { type: 'string' },
    storybook: { type: 'string' },
    out: { type: 'string', default: 'docs/finishing' },
    label: { type: 'string' },
    only: { type: 'string' },
  },
});
if (!options.base || !/^(before|after)$/.test(options.label ?? '')) {
  console.error(
    'usage: node docs/finishing/shoot.mjs --base URL [--storybook URL] --out DIR --label before|after',
  );
  process.exit(2);
}
const base = options.base.replace(/\/$/, '');
const storybook = options.storybook?.replace(/\/$/, '');
const only = options.only ? new Set(options.only.split(',')) : undefined;
mkdirSync(options.out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });

/** Figures measured along the way, by shot. */
const figures = {};
/** How long a shot may wait for what it shows. */
const timeout = 60_000;

/** A page in a fresh context: width, colour scheme, anything else Playwright takes. */
async function open({ width = 1100, height = 900, colorScheme = 'light', ...rest } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    reducedMotion: 'reduce',
    ...rest,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  return page;
}

/**
 * Resolves once every `bl-*` element in the page, those in shadow roots included, is defined and
 * none shows its loading state.
 */
async function drawn(page) {
  await page.waitForFunction(
    () => {
      const all = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('bl-')) all.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return (
        all.length > 0 &&
        all.every(
          (element) =>
            customElements.get(element.localName) &&
            element.shadowRoot &&
            !element.shadowRoot.querySelector('[part~="loading"]'),
        )
      );
    },
    undefined,
    { timeout, polling: 100 },
  );
  await page.evaluate(() => document.fonts.ready);
}

/** Opens `path` on the demo server and waits until its widgets are drawn. */
async function demo(path, context) {
  const page = await open(context);
  await page.goto(base + path);
  await drawn(page);
  return page;
}

/**
 * A page of our own on the demo server's origin, loading the build's script-tag bundle, for a
 * defect no demo page shows on its own.
 */
async function fixture(body, context) {
  const page = await open(context);
  const url = `${base}/shots-fixture.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/dist/big-local-widgets.min.js"></script></head>
<body style="margin:0;padding:12px;font:16px system-ui,sans-serif">${body}</body></html>`,
    }),
  );
  await page.goto(url);
  await drawn(page);
  return page;
}

/** A Storybook story (or docs page) alone in its iframe, drawn. */
async function story(id, context, viewMode = 'story') {
  const page = await open(context);
  await page.goto(`${storybook}/iframe.html?id=${id}&viewMode=${viewMode}`);
  await page.waitForFunction(
    () => document.querySelector('#storybook-root > *, #storybook-docs > *'),
    undefined,
    { timeout },
  );
  if (viewMode === 'story') {
    await drawn(page);
    return page;
  }
  // A docs page shows every story, loading ones too: it is there once its height holds.
  let last = 0;
  let same = 0;
  while (same < 10) {
    await frames(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    same = height === last ? same + 1 : 0;
    last = height;
  }
  return page;
}

/** The file a shot writes. */
const fileOf = (name) => join(options.out, `${name}.${options.label}.png`);

/** Screenshots `locator` with `pad` CSS pixels of the page around it. */
async function crop(page, locator, name, { pad = 8, maxHeight = 1400 } = {}) {
  await locator.first().scrollIntoViewIfNeeded();
  const box = await locator.first().boundingBox();
  if (!box) throw new Error(`${name}: the element to shoot has no box`);
  await clip(page, box, name, { pad, maxHeight });
}

/** Screenshots the union of the boxes of `locators`. */
async function cropAll(page, locators, name, options) {
  const boxes = [];
  for (const locator of locators) {
    const box = await locator.first().boundingBox();
    if (box) boxes.push(box);
  }
  if (!boxes.length) throw new Error(`${name}: none of the elements has a box`);
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  await clip(page, { x, y, width: right - x, height: bottom - y }, name, options);
}

/** Screenshots a box of the viewport, grown by `pad` and kept within the page. */
async function clip(page, box, name, { pad = 8, maxHeight = 1400 } = {}) {
  const viewport = page.viewportSize();
  // Boxes are the viewport's; a full-page clip is the page's.
  const [scrollX, scrollY] = await page.evaluate(() => [scrollX, scrollY]);
  const x = Math.max(0, box.x + scrollX - pad);
  const y = Math.max(0, box.y + scrollY - pad);
  const width = Math.min(viewport.width - x, box.width + 2 * pad);
  const height = Math.min(maxHeight, box.height + 2 * pad);
  const path = fileOf(name);
  await page.screenshot({ path, clip: { x, y, width, height }, fullPage: true });
  console.log(path);
}

/** Draws a labelled outline over a box of the page, above everything (for focus and overflow). */
async function mark(page, boxes, colour = '#d00') {
  await page.evaluate(
    ({ boxes, colour }) => {
      for (const { x, y, width, height, text } of boxes) {
        const outline = document.createElement('div');
        Object.assign(outline.style, {
          position: 'absolute',
          left: `${x + scrollX}px`,
          top: `${y + scrollY}px`,
          width: `${width}px`,
          height: `${height}px`,
          outline: `3px dashed ${colour}`,
          outlineOffset: '1px',
          zIndex: '2147483647',
          pointerEvents: 'none',
          font: 'bold 13px system-ui, sans-serif',
          color: '#fff',
        });
        if (text) {
          const badge = document.createElement('span');
          badge.textContent = text;
          Object.assign(badge.style, {
            position: 'absolute',
            left: '-6px',
            top: '-10px',
            background: colour,
            borderRadius: '9px',
            padding: '0 5px',
          });
          outline.append(badge);
        }
        document.body.append(outline);
      }
    },
    { boxes, colour },
  );
}

/** The element that has focus, through shadow roots, as its box and a short description. */
const deepFocus = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return undefined;
    const { x, y, width, height } = element.getBoundingClientRect();
    const host = element.getRootNode().host?.localName ?? '';
    return { x, y, width, height, what: `${host} ${element.localName}`.trim() };
  });

/** Two animation frames: what a key press scrolled is painted. */
const frames = (page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

/** Holds every request matching `pattern` until the returned release() is called. */
async function hold(page, pattern) {
  const held = [];
  let released = false;
  await page.route(pattern, (route) => (released ? route.continue() : held.push(route)));
  return {
    count: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

/** WCAG contrast of the first swatch of the matrix legend against the surface under it. */
const lowestLevelContrast = (page) =>
  page.evaluate(() => {
    const matrix = document.querySelector('bl-conditions-matrix');
    const item = matrix.shadowRoot.querySelector('[part="legend"] li');
    const rgb = (colour) =>
      colour
        .match(/[\d.]+/g)
        .slice(0, 4)
        .map(Number);
    const alpha = (colour) => rgb(colour)[3] ?? 1;
    // A level's fill is its swatch's ::before.
    const swatch = item.querySelector('.level');
    const fill = getComputedStyle(swatch, '::before').backgroundColor;
    let surface = swatch.parentElement;
    while (surface && !alpha(getComputedStyle(surface).backgroundColor)) {
      surface = surface.parentElement ?? surface.getRootNode().host;
    }
    const luminance = (colour) => {
      const [r, g, b] = rgb(colour).map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // No surface of its own: the canvas, Chromium's dark one when the page is dark.
    const dark =
      matchMedia('(prefers-color-scheme: dark)').matches &&
      getComputedStyle(document.documentElement).colorScheme.includes('dark');
    const canvas = dark ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)';
    const under = surface ? getComputedStyle(surface).backgroundColor : canvas;
    const [high, low] = [luminance(fill), luminance(under)].sort((a, b) => b - a);
    return { fill, surface: under, ratio: Math.round(((high + 0.05) / (low + 0.05)) * 100) / 100 };
  });

/** The sum of the page's layout shifts so far (Chromium's layout-shift entries). */
const layoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const total = list
            .getEntries()
            .filter((entry) => !entry.hadRecentInput)
            .reduce((sum, entry) => sum + entry.value, 0);
          done(Math.round(total * 1000) / 1000);
        }).observe({ type: 'layout-shift', buffered: true });
        // A page that never shifted has no entry to report: say 0 once a frame has passed.
        requestAnimationFrame(() => requestAnimationFrame(() => done(0)));
      }),
  );

/** A demo page mid-load (its chunks and data held back), then drawn: the same crop of both. */
function loadingShots(name, path, region) {
  return {
    name,
    files: [`${name}-loading`, `${name}-loaded`],
    async run() {
      // Half scale: the page's outline is what these show, and they stay small.
      const page = await open({ width: 1100, height: 900, deviceScaleFactor: 0.5 });
      const held = await hold(page, /\/dist\/(chunks|data)\//);
      // Held chunks hold back the module scripts and so every load event: the page is there
      // once its HTML is parsed.
      await page.goto(base + path, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      while (!held.count()) await frames(page);
      await frames(page);
      const box = { x: 0, y: 0, width: 1100, height: 760 };
      await clip(page, box, `${name}-loading`, { pad: 0 });
      await held.release();
      await drawn(page);
      await page.evaluate(() => scrollTo(0, 0));
      await clip(page, box, `${name}-loaded`, { pad: 0 });
      const fresh = await demo(path, { width: 1100, height: 900 });
      figures[name] = { cls: await layoutShift(fresh), region };
    },
  };
}

/** Focus moved by `key` settles: the focused element's box stays put for three frames. */
async function settle(page) {
  let last = '';
  let same = 0;
  while (same < 3) {
    await frames(page);
    const now = JSON.stringify(await deepFocus(page));
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

const shots = [
  // Theme
  {
    name: 'theme-cms-dark',
    async run() {
      const page = await demo('/cms.html', { colorScheme: 'dark' });
      const post = page.locator('main');
      await cropAll(page, [post.locator('h2').first(), post.locator('bl-area-card')], this.name, {
        pad: 12,
        maxHeight: 560,
      });
    },
  },
  {
    name: 'theme-dark-panels',
    async run() {
      const page = await demo('/', { colorScheme: 'dark' });
      await crop(page, page.locator('bl-outcomes'), this.name, { pad: 20, maxHeight: 380 });
    },
  },
  {
    name: 'theme-card-corners-dark',
    async run() {
      const page = await demo('/', { colorScheme: 'dark' });
      await crop(page, page.locator('bl-area-card[area="barrowcliff"]'), this.name, { pad: 10 });
    },
  },
  ...['light', 'dark'].map((colorScheme) => ({
    name: `theme-matrix-palette-${colorScheme}`,
    async run() {
      const page = await demo('/', { colorScheme });
      await crop(page, page.locator('bl-conditions-matrix [role="grid"]'), this.name, {
        pad: 4,
        maxHeight: 400,
      });
    },
  })),

  // Contrast
  ...['light', 'dark'].map((colorScheme) => ({
    name: `contrast-matrix-lowest-${colorScheme}`,
    async run() {
      const page = await demo('/', { colorScheme });
      await crop(page, page.locator('bl-conditions-matrix [part="legend"] ul').first(), this.name, {
        pad: 6,
      });
      figures[this.name] = await lowestLevelContrast(page);
    },
  })),
  {
    name: 'contrast-ring-marker-dark',
    async run() {
      const page = await demo('/', { colorScheme: 'dark' });
      const rings = page.locator('.pair bl-area-card bl-outcome-rings');
      await cropAll(
        page,
        [rings.locator('bl-outcome-ring').nth(0), rings.locator('bl-outcome-ring').nth(1)],
        this.name,
        { pad: 6 },
      );
    },
  },

  // Layout shift
  loadingShots('shift-programme', '/', 'the first 760 px of the programme page'),
  loadingShots('shift-cms', '/cms.html', 'the first 760 px of the CMS page'),
  loadingShots('shift-builder', '/builder.html', 'the first 760 px of the builder page'),

  // Typography and layout
  {
    name: 'type-place-footnote',
    async run() {
      const page = await demo('/', { width: 1100 });
      await crop(page, page.locator('bl-area-card[area="ramsey"]'), this.name, { pad: 6 });
    },
  },
  {
    name: 'layout-case-study-grid',
    async run() {
      const page = await demo('/', { width: 1100 });
      await crop(page, page.locator('.cards'), this.name, { pad: 6, maxHeight: 720 });
    },
  },
  {
    name: 'type-figures-funding',
    async run() {
      const page = await demo('/');
      await crop(page, page.locator('bl-programme-facts'), this.name, { pad: 6, maxHeight: 760 });
    },
  },
  {
    name: 'type-figures-people',
    async run() {
      const page = await fixture(
        '<bl-programme-facts facts="people-total-consultancy | area-size-blog"></bl-programme-facts>',
        { width: 560 },
      );
      await crop(page, page.locator('bl-programme-facts'), this.name, { pad: 6, maxHeight: 820 });
    },
  },
  {
    name: 'type-footnotes-order',
    async run() {
      const page = await demo('/', { width: 1100 });
      await crop(page, page.locator('bl-area-card[area="catton-grove"]'), this.name, { pad: 6 });
    },
  },
  {
    name: 'layout-matrix-320',
    async run() {
      const page = await demo('/', { width: 320, height: 800 });
      await crop(page, page.locator('bl-conditions-matrix'), this.name, { pad: 0, maxHeight: 620 });
    },
  },
  {
    name: 'layout-iframe-border',
    async run() {
      const page = await demo('/cms.html');
      const frame = page.locator('iframe');
      await frame.scrollIntoViewIfNeeded();
      await page.frameLocator('iframe').locator('bl-outcome-rings').waitFor();
      await drawn(page.frames()[1]);
      await crop(page, frame, this.name, { pad: 14, maxHeight: 300 });
    },
  },
  {
    name: 'layout-no-assessments-post',
    async run() {
      const page = await demo('/cms.html');
      const post = page.locator('main');
      await cropAll(
        page,
        [post.locator('p').nth(1), post.locator('bl-outcome-rings[area="whitley-bay"]')],
        this.name,
        { pad: 10, maxHeight: 520 },
      );
    },
  },
  {
    name: 'layout-area-change-over-time',
    async run() {
      const page = await demo('/area.html');
      // Before, the area page's rings were all it showed of the area's outcomes; after, the
      // profile's own section shows their change over the years.
      const overTime = page.locator('bl-area-profile [part~="over-time"]');
      const shown = options.label === 'after' && (await overTime.count()) > 0;
      await crop(
        page,
        shown ? overTime : page.locator('bl-area-profile bl-outcome-rings'),
        this.name,
        {
          pad: 6,
          maxHeight: 700,
        },
      );
    },
  },

  // Keyboard
  {
    name: 'keyboard-matrix-page-down',
    storybook: true,
    async run() {
      const page = await story('widgets-conditions-matrix--fifteen-thousand-areas', {
        width: 1000,
        height: 800,
      });
      const matrix = page.locator('bl-conditions-matrix');
      await matrix.locator('[role="grid"] [tabindex="0"]').first().focus();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('ArrowDown');
      await settle(page);
      const header = matrix.locator('[role="rowgroup"]').first();
      const scroller = matrix.locator('[part="scroller"]');
      let shown;
      for (let press = 1; press <= 12; press++) {
        await page.keyboard.press('PageDown');
        await settle(page);
        const focus = await deepFocus(page);
        const head = await header.boundingBox();
        const view = await scroller.boundingBox();
        const clear =
          focus.y >= head.y + head.height - 1 && focus.y + focus.height <= view.y + view.height + 1;
        if (!clear && !shown) shown = press;
        if (shown || press === 5) break;
      }
      const focus = await deepFocus(page);
      await mark(page, [{ ...focus, text: 'focus' }]);
      await crop(page, scroller, this.name, { pad: 4, maxHeight: 520 });
      figures[this.name] = {
        hiddenAfterPress: shown ?? null,
        presses: shown ?? 5,
        focused: focus.what,
      };
    },
  },
  {
    name: 'keyboard-ring-tab-stops',
    async run() {
      const page = await demo('/area.html');
      const stops = [];
      for (let press = 1; press <= 80; press++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          if (!element || element === document.body) return undefined;
          const hosts = [];
          for (let node = element; node; node = node.getRootNode().host) {
            if (node.localName.startsWith('bl-')) hosts.push(node.localName);
          }
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x, y: y + scrollY, width, height, hosts };
        });
        if (!stop || !stop.hosts.includes('bl-area-profile')) {
          if (stops.length) break;
          continue;
        }
        stops.push(stop);
      }
      await page.evaluate(() => scrollTo(0, 0));
      const rings = stops.filter((stop) => stop.hosts.includes('bl-outcome-ring'));
      await mark(
        page,
        stops.map((stop, index) => ({ ...stop, y: stop.y, text: String(index + 1) })),
      );
      await crop(page, page.locator('bl-area-profile bl-outcome-rings'), this.name, {
        pad: 12,
        maxHeight: 700,
      });
      figures[this.name] = { tabStopsInProfile: stops.length, ringTabStops: rings.length };
    },
  },

  // Storybook
  {
    name: 'storybook-conflicting-figures',
    storybook: true,
    async run() {
      const page = await story('widgets-programme-facts--conflicting-figures', { width: 1000 });
      await crop(page, page.locator('#storybook-root'), this.name, { pad: 0, maxHeight: 700 });
    },
  },
  {
    name: 'storybook-select-controls',
    storybook: true,
    async run() {
      const page = await open({ width: 1200, height: 1600 });
      await page.goto(`${storybook}/?path=/story/widgets-area-card--full`);
      const table = page.locator('#storybook-panel-root table').first();
      await table.locator('tbody tr').first().waitFor();
      await crop(page, table, this.name, { pad: 4, maxHeight: 600 });
    },
  },
  {
    name: 'storybook-docs-height',
    storybook: true,
    async run() {
      const index = await (await fetch(`${storybook}/index.json`)).json();
      const heights = {};
      for (const id of Object.keys(index.entries).filter((entry) => entry.startsWith('widgets-'))) {
        if (index.entries[id].type !== 'docs') continue;
        const page = await story(id, { width: 1200, height: 900 }, 'docs');
        heights[id] = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.context().close();
      }
      figures[this.name] = heights;
      const page = await story(
        'widgets-conditions-matrix--docs',
        { width: 1200, height: 900, deviceScaleFactor: 0.1 },
        'docs',
      );
      const path = fileOf(this.name);
      await page.screenshot({ path, fullPage: true });
      console.log(path);
    },
  },

  // Demo
  {
    name: 'demo-home-320',
    async run() {
      const page = await demo('/', { width: 320, height: 700 });
      const overflow = await page.evaluate(() => {
        // Wider than the page, or holding text wider than itself (a word past a heading's edge).
        const edge = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter(
          (element) =>
            element.getBoundingClientRect().right > edge ||
            (element.clientWidth > 0 && element.scrollWidth > element.clientWidth),
        );
        const innermost = wide.filter(
          (element) => !wide.some((other) => other !== element && element.contains(other)),
        );
        return {
          scrollWidth: document.documentElement.scrollWidth,
          boxes: innermost.map((element) => {
            const { x, y, width, height } = element.getBoundingClientRect();
            return { x, y, width, height, text: element.localName };
          }),
        };
      });
      await mark(page, overflow.boxes);
      await cropAll(page, [page.locator('header.site'), page.locator('h1')], this.name, {
        pad: 16,
      });
      figures[this.name] = {
        scrollWidth: overflow.scrollWidth,
        wider: overflow.boxes.map((box) => box.text),
      };
    },
  },
];

let failed = 0;
for (const shot of shots) {
  if (only && !only.has(shot.name)) continue;
  if (shot.storybook && !storybook) {
    console.log(`${shot.name}: left out, no --storybook`);
    continue;
  }
  try {
    await shot.run();
  } catch (error) {
    failed++;
    console.error(`${shot.name}: ${error.message.split('\n')[0]}`);
  }
}
for (const context of browser.contexts()) await context.close();
await browser.close();
if (Object.keys(figures).length) {
  // A run of some shots (--only) keeps the figures of the others.
  const file = join(options.out, `figures.${options.label}.json`);
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const text = JSON.stringify({ ...kept, ...figures }, null, 2);
  // Written as the repository's formatter writes it, so the lint step stays green.
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...config, filepath: file }));
}
process.exitCode = failed ? 1 : 0;
