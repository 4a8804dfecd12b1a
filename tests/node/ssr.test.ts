/// <reference types="node" />
// Server rendering: every widget a page embeds renders in Node as declarative shadow DOM, the
// page shows it before (and without) JavaScript, and what the browser then draws says the same
// things with the same ARIA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (path: string) => import(new URL(`dist/${path}`, `file://${root}`).href);
const illustrative = JSON.parse(readFileSync(join(root, 'src/data/illustrative.json'), 'utf8'));

type Render = (tag: string, attributes?: Record<string, string>, data?: unknown) => Promise<string>;
let renderWidget: Render;
let server: Server;
let origin: string;
let browser: Browser;
const pages = new Map<string, string>();

before(async () => {
  ({ renderWidget } = (await dist('ssr/index.js')) as { renderWidget: Render });
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(join(root, 'dist'))) return void response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('every embeddable widget renders on the server, on the default and on other data', async () => {
  const { embeddableWidgets } = await dist('widgets/registry.js');
  const area = illustrative.areas[0].id;
  for (const { name, tag } of embeddableWidgets()) {
    for (const [data, attributes] of [
      [undefined, { area: 'barrowcliff', outcome: 'identify-needs' }],
      [illustrative, { area, outcome: illustrative.outcomes[0].id }],
    ] as const) {
      const html = await renderWidget(name, attributes, data);
      assert.match(
        html,
        new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`),
      );
      assert.doesNotMatch(html, /Something went wrong/, `${name} failed on the server`);
      assert.doesNotMatch(html, /part="loading"/, `${name} rendered its loading state`);
      if (data) assert.match(html, /^<bl-programme><script type="application\/json">/);
    }
  }
  await assert.rejects(renderWidget('bl-embed-builder'), /no widget "bl-embed-builder" to render/);
  await assert.rejects(renderWidget('area-card', { 'x" onload="y': '1' }), /not an attribute name/);
  await assert.rejects(renderWidget('area-card', {}, { schema: 1 }), /cannot be used/);
});

/** Each widget's shadow text (spaces collapsed) and the ARIA of every element, in order. */
function whatItSays(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('bl-area-card, bl-conditions-matrix, bl-timeline')].map(
      (widget) => {
        const shadow = widget.shadowRoot!;
        // The words a reader gets: not the server's <style> (the browser adopts its sheets).
        const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('style')) continue;
          text += ` ${node.textContent}`;
        }
        text = text.replace(/\s+/g, ' ').trim();
        const aria = [...shadow.querySelectorAll('*')]
          .map((element) =>
            [...element.attributes]
              .filter((attribute) => /^(role|aria-)/.test(attribute.name))
              .filter((attribute) => attribute.name !== 'aria-describedby')
              .map((attribute) => `${attribute.name}=${attribute.value}`)
              .join(' '),
          )
          .filter(Boolean);
        return { tag: widget.localName, text, aria };
      },
    ),
  );
}

test('the page says the same with and without JavaScript, and passes axe without it', async () => {
  const widgets = [
    await renderWidget('area-card', { area: 'barrowcliff', 'heading-level': '2' }),
    await renderWidget('conditions-matrix', { 'heading-level': '2' }, illustrative),
    await renderWidget('timeline', { 'heading-level': '2' }),
  ].join('\n');
  const page = (script: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rendered on the server</title>${script}</head><body><main><h1>Big Local</h1>${widgets}</main></body></html>`;
  pages.set('/static.html', page(''));
  pages.set(
    '/live.html',
    page(`<script type="module" src="/dist/big-local-widgets.min.js"></script>`),
  );

  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${origin}/static.html`);
  // Without JavaScript the declarative shadow roots are there: read them through a page that
  // has scripts on but no widget script, which is the same DOM.
  const reader = await browser.newPage();
  await reader.goto(`${origin}/static.html`);
  const before = await whatItSays(reader);
  assert.equal(before.length, 3);
  assert.ok(before[0]!.text.includes('Barrowcliff'), before[0]!.text.slice(0, 200));
  assert.ok(before[1]!.aria.some((entry) => entry.includes('role=grid')));
  await reader.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  const violations = await reader.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } })
      .axe;
    return (await axe.run()).violations.map((violation) => violation.id);
  });
  assert.deepEqual(violations, []);

  const live = await browser.newPage();
  const errors: string[] = [];
  live.on('pageerror', (error) => errors.push(String(error)));
  live.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await live.goto(`${origin}/live.html`);
  await live.waitForFunction(() =>
    [...document.querySelectorAll('bl-area-card, bl-conditions-matrix, bl-timeline')].every(
      (widget) => customElements.get(widget.localName) && !widget.matches(':state(loading)'),
    ),
  );
  await live.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const after = await whatItSays(live);
  for (const [index, widget] of after.entries()) {
    if (process.env.SSR_DEBUG) {
      const other = before[index]!.text;
      let at = 0;
      while (at < widget.text.length && widget.text[at] === other[at]) at++;
      console.log('A', widget.text.slice(at - 80, at + 120), '\nB', other.slice(at - 80, at + 120));
    }
    assert.equal(widget.text, before[index]!.text, `${widget.tag} says something else`);
    assert.deepEqual(widget.aria, before[index]!.aria, `${widget.tag} has other ARIA`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** Every element in `root`'s shadow roots, those of widgets inside widgets included. */
const shadowElements = `(function all(root) {
  const found = [];
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    for (const inner of element.shadowRoot.querySelectorAll('*')) found.push(inner);
    found.push(...all(element.shadowRoot));
  }
  return found;
})`;

test('the browser hydrates what the server rendered: the same nodes, now live', async () => {
  const area = illustrative.areas[0].id;
  const widgets = [
    await renderWidget('area-card', { area, 'heading-level': '2' }, illustrative),
    await renderWidget('conditions-matrix', { 'heading-level': '2' }, illustrative),
    await renderWidget('timeline', { 'heading-level': '2' }),
  ].join('\n');
  // The card holds the rings, which hold four rings: widgets the server rendered inside others.
  assert.equal(widgets.match(/<bl-outcome-ring\b/g)?.length, illustrative.outcomes.length);
  assert.ok(widgets.includes('defer-hydration'));
  pages.set(
    '/hydrate.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydration</title><link rel="icon" href="data:,"></head><body><main><h1>Big Local</h1>${widgets}</main></body></html>`,
  );
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.goto(`${origin}/hydrate.html`);
  // What the server drew, kept by reference before any widget script runs.
  const server = await page.evaluate(`(window.serverNodes = ${shadowElements}(document)).length`);
  assert.ok((server as number) > 300, `only ${server} server-rendered elements`);
  // A reader who tabbed into the card before the script came keeps their place.
  await page.evaluate(`(window.focused = document.querySelector('bl-area-card').shadowRoot
    .querySelector('button')).focus()`);
  await page.addScriptTag({ url: '/dist/big-local-widgets.min.js', type: 'module' });
  await page.waitForFunction(`${shadowElements}(document).every((element) =>
    !element.localName.startsWith('bl-') ||
    (customElements.get(element.localName) && !element.hasAttribute('defer-hydration')))`);
  await page.evaluate(`Promise.all(
    [...document.querySelectorAll('bl-area-card, bl-conditions-matrix, bl-timeline'),
      ...${shadowElements}(document).filter((element) => element.localName.startsWith('bl-'))]
      .map((widget) => widget.updateComplete))`);
  // The card, its rings and the timeline keep every node; the matrix keeps its grid (its
  // virtual rows then fit the window, as they do on any page).
  const kept = (await page.evaluate(`(() => {
    const gone = window.serverNodes.filter((node) => !node.isConnected);
    const owner = (node) => node.getRootNode().host?.localName;
    return { gone: gone.length, owners: [...new Set(gone.map(owner))], grid: window.serverNodes
      .filter((node) => node.getAttribute('role') === 'grid').every((node) => node.isConnected) };
  })()`)) as { gone: number; owners: string[]; grid: boolean };
  assert.ok(kept.grid, 'the matrix drew its grid again');
  assert.equal(
    await page.evaluate(`document.querySelector('bl-area-card').shadowRoot.activeElement ===
      window.focused && window.focused.isConnected`),
    true,
    'focus was lost',
  );
  assert.deepEqual(
    kept.owners.filter((owner) => owner !== 'bl-conditions-matrix'),
    [],
    `${kept.gone} server nodes were replaced`,
  );
  // Live: the server's sort button now sorts.
  const sorted = await page.evaluate(`(async () => {
    const matrix = document.querySelector('bl-conditions-matrix');
    const header = matrix.shadowRoot.querySelector('[part~="header"][role="columnheader"]');
    const cell = header;
    const before = cell.getAttribute('aria-sort');
    header.click();
    await matrix.updateComplete;
    return [before, cell.getAttribute('aria-sort'), cell.isConnected];
  })()`);
  assert.notDeepEqual((sorted as string[])[1], (sorted as string[])[0], 'sorting did nothing');
  assert.equal((sorted as unknown[])[2], true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a widget whose data changed since the server rendered it draws afresh, quietly', async () => {
  const area = illustrative.areas[0].id;
  const widget = await renderWidget('area-card', { area }, illustrative);
  // The page's data now has no assessments: the card has another template.
  const changed = { ...illustrative, assessments: [] };
  const json = JSON.stringify(changed).replaceAll('<', '\\u003c');
  const html = widget.replace(
    /<script type="application\/json">[\s\S]*?<\/script>/,
    () => `<script type="application/json">${json}</script>`,
  );
  pages.set(
    '/changed.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changed</title><script type="module" src="/dist/big-local-widgets.min.js"></script></head><body>${html}</body></html>`,
  );
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${origin}/changed.html`);
  // The card the data now gives: no assessment, so no rings, where the server drew four.
  await page.waitForFunction(`(() => {
    const card = document.querySelector('bl-area-card');
    return customElements.get('bl-area-card') && !card.matches(':state(loading)') &&
      card.shadowRoot.textContent.includes('No assessment published');
  })()`);
  const rings = await page.evaluate(
    `document.querySelector('bl-area-card').shadowRoot.querySelectorAll('bl-outcome-rings').length`,
  );
  assert.equal(rings, 0, 'the server’s rings are still there');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the command line renders a widget', () => {
  const run = spawnSync(
    process.execPath,
    [join(root, 'bin/big-local-widgets.mjs'), 'render', 'area-card', '--area', 'whitley-bay'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<bl-area-card[^>]* area="whitley-bay"/);
  assert.match(run.stdout, /Whitley Bay/);
  const bad = spawnSync(
    process.execPath,
    [join(root, 'bin/big-local-widgets.mjs'), 'render', 'x'],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /no widget "x"/);
});
