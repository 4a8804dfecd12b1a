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
