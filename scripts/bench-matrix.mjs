// `npm run bench` (after `npm run build`): how fast <bl-conditions-matrix> draws and sorts 150,
// 1,500 and 15,000 areas in headless Chromium, and what it weighs. Serves the script-tag bundle
// and a bare page on 127.0.0.1, and prints the median of a few fresh page loads.
// Not part of `npm test`: timings depend on the machine.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumFlags, ensureChromium } from './chromium.mjs';
import { bundledAlone, gzip, kb } from './sizes.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'big-local-widgets.min.js');
if (!existsSync(bundle)) {
  console.error('bench: dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const sizes = (process.env.BENCH_SIZES ?? '150,1500,15000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);

// Datasets made in Node by the same seeded generator the demos use, served as JSON.
// The generator is TypeScript outside the package: esbuild bundles it in memory for Node.
const generatorBundle = await build({
  entryPoints: [join(root, 'scripts/illustrative.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const { generateIllustrativeDataset } = await import(
  `data:text/javascript;base64,${Buffer.from(generatorBundle.outputFiles[0].contents).toString('base64')}`
);
const framework = JSON.parse(readFileSync(join(root, 'src/data/default/big-local.json'), 'utf8'));
const documents = new Map(
  sizes.map((count) => [
    `/data/${count}.json`,
    JSON.stringify(generateIllustrativeDataset(framework, { areas: count })),
  ]),
);

// The page: the bundle, a provider holding the dataset, then a matrix added and timed alone.
const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title>
<body><script type="module">
import '/big-local-widgets.min.js';
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
window.bench = async (count) => {
  const data = await (await fetch('/data/' + count + '.json')).json();
  const programme = document.createElement('bl-programme');
  const loaded = new Promise((done) => programme.addEventListener('bl-data-load', done));
  const start = performance.now();
  programme.data = data;
  document.body.append(programme);
  await loaded;
  const validated = performance.now();
  const matrix = document.createElement('bl-conditions-matrix');
  programme.append(matrix);
  // Drawn: rendered and laid out (reading a size forces layout now, not at the next frame).
  await matrix.updateComplete;
  void matrix.shadowRoot.querySelector('[role="grid"]').offsetHeight;
  const drawn = performance.now();
  // Then its ResizeObserver measures the view and renders the rows that fill it.
  await frame();
  await matrix.updateComplete;
  const rows = matrix.shadowRoot.querySelectorAll('.body [role="row"]').length;
  const sorts = [];
  for (const col of [1, 2, 3, 1, 5]) {
    const header = matrix.shadowRoot.querySelector('.cols [aria-colindex="' + (col + 1) + '"]');
    const before = performance.now();
    header.click();
    await matrix.updateComplete;
    void matrix.shadowRoot.querySelector('[role="grid"]').offsetHeight;
    sorts.push(performance.now() - before);
  }
  sorts.sort((a, b) => a - b);
  return { validate: validated - start, render: drawn - validated, sort: sorts[2], rows };
};
</script></body></html>`;

// Read once, so a build running meanwhile cannot change what is measured.
const bundleBytes = readFileSync(bundle);
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const send = (status, type, body) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (pathname === '/') return send(200, 'text/html; charset=utf-8', page);
  if (pathname === '/big-local-widgets.min.js') return send(200, 'text/javascript', bundleBytes);
  if (documents.has(pathname)) return send(200, 'application/json', documents.get(pathname));
  return send(404, 'text/plain', 'not found');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}/`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value.toFixed(0)} ms`.padStart(9);

const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
try {
  console.log(`<bl-conditions-matrix>, median of ${runs} fresh page loads (headless Chromium):`);
  console.log(
    `  ${'areas'.padStart(7)} ${'load+validate'.padStart(14)} ${'first render'.padStart(13)} ` +
      `${'sort'.padStart(9)}  rows in DOM`,
  );
  for (const count of sizes) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await tab.goto(origin);
      await tab.waitForFunction(() => typeof globalThis.bench === 'function', null, {
        timeout: 120000,
      });
      results.push(await tab.evaluate((n) => globalThis.bench(n), count));
      await tab.close();
    }
    const pick = (key) => median(results.map((result) => result[key]));
    console.log(
      `  ${count.toLocaleString('en-GB').padStart(7)} ${ms(pick('validate')).padStart(14)} ` +
        `${ms(pick('render')).padStart(13)} ${ms(pick('sort'))}  ${pick('rows')}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

// Weight: the define module bundled alone (Lit, the base and the embedded default included),
// and the script-tag bundle it is part of.
const alone = await bundledAlone(join(dist, 'widgets/conditions-matrix/define.js'));
console.log('\nSize (minified, gzip -9):');
console.log(`  widgets/conditions-matrix/define.js alone  ${kb(gzip(alone))}`);
console.log(`  dist/big-local-widgets.min.js (every widget)  ${kb(gzip(bundleBytes))}`);
