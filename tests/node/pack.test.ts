/// <reference types="node" />
// The package as a consumer gets it: what `npm pack` ships, and a throwaway consumer that
// resolves every `exports` entry with a bundler, imports the data layer in Node, and type-checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let work: string;
let files: string[];

before(() => {
  work = mkdtempSync(join(tmpdir(), 'blw-consumer-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  files = packed!.files.map((file) => file.path);
  const installed = join(work, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(work, packed!.filename),
    '-C',
    installed,
    '--strip-components=1',
  ]);
  // The package's dependencies (Lit, d3-geo for the map's point layout, …) and theirs, as npm
  // would install them beside it.
  for (const dependency of [
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    'd3-geo',
    'd3-array',
    'internmap',
    'd3-dsv',
    '@lit/react',
    // Hydration of server-rendered widgets, which the base imports only then.
    '@lit-labs/ssr-client',
    // What a React consumer brings of its own.
    'react',
    'react-dom',
    'scheduler',
    '@types/react',
    '@types/react-dom',
  ]) {
    mkdirSync(join(work, 'node_modules', dependency, '..'), { recursive: true });
    symlinkSync(
      join(root, 'node_modules', dependency),
      join(work, 'node_modules', dependency),
      'dir',
    );
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack ships only what a consumer needs', () => {
  const allowed =
    /^(dist\/|bin\/|package\.json$|README\.md$|custom-elements\.json$|LICENSE$|CHANGELOG\.md$)/;
  assert.deepEqual(
    files.filter((file) => !allowed.test(file)),
    [],
  );
  for (const unwanted of [
    /^tests\//,
    /^stories\//,
    /^demo\//,
    /^src\//,
    /\.test\./,
    /^scripts\//,
  ]) {
    assert.deepEqual(
      files.filter((file) => unwanted.test(file)),
      [],
      String(unwanted),
    );
  }
  for (const needed of [
    'dist/index.js',
    'dist/index.d.ts',
    pkg.unpkg,
    'dist/big-local-widgets.all.min.js',
    'dist/embed-frame.js',
    'custom-elements.json',
    'dist/data/schema.json',
    'dist/embed.html',
    'dist/embed.js',
  ]) {
    assert.ok(files.includes(needed), `${needed} is missing`);
  }
});

async function bundle(source: string): Promise<string> {
  const entry = join(work, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: false,
    logLevel: 'silent',
    absWorkingDir: work,
  });
  return result.outputFiles[0]!.text;
}

test('every exports entry resolves in a bundler', async () => {
  const code = await bundle(`
    import * as everything from 'big-local-widgets';
    import * as data from 'big-local-widgets/data';
    import 'big-local-widgets/widgets/outcome-ring/define.js';
    import { BlAreaCard } from 'big-local-widgets/widgets/area-card/area-card.js';
    import schema from 'big-local-widgets/schema.json';
    import manifest from 'big-local-widgets/custom-elements.json';
    import 'big-local-widgets/bundle';
    import packageJson from 'big-local-widgets/package.json';
    console.log(everything, data, BlAreaCard, schema, manifest, packageJson);
  `);
  assert.match(code, /bl-outcome-ring/);
});

test('a consumer importing one widget gets only that widget defined', async () => {
  const code = await bundle(`import 'big-local-widgets/widgets/outcome-ring/define.js';`);
  assert.match(code, /"bl-outcome-ring"/);
  assert.match(code, /\bBlOutcomeRing\b/);
  assert.doesNotMatch(code, /\bBlAreaCard\b/);
  assert.doesNotMatch(code, /defineElement\("bl-area-card"/);
});

test('a consumer of the data layer alone defines no element', async () => {
  const code = await bundle(
    `import { validateDataset } from 'big-local-widgets/data'; console.log(validateDataset);`,
  );
  assert.doesNotMatch(code, /customElements\.define/);
});

test('the data layer imports in Node through the exports map', () => {
  const script = join(work, 'node-consumer.mjs');
  writeFileSync(
    script,
    `import { validateDataset, loadEmbeddedDataset } from 'big-local-widgets/data';
     const result = await loadEmbeddedDataset();
     console.log(JSON.stringify({ ok: result.ok, areas: result.dataset.areas.length, problems: validateDataset(42).problems.length }));`,
  );
  const run = spawnSync(process.execPath, [script], { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const output = JSON.parse(run.stdout);
  assert.equal(output.ok, true);
  assert.ok(output.areas > 0);
  assert.equal(output.problems, 1);
});

/** How a TypeScript consumer of the package compiles. */
const consumerOptions = {
  strict: true,
  module: 'esnext',
  moduleResolution: 'bundler',
  target: 'es2022',
  lib: ['es2023', 'dom'],
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

test('types resolve for a TypeScript consumer', () => {
  writeFileSync(
    join(work, 'consumer.ts'),
    `import { validateDataset, type Dataset } from 'big-local-widgets/data';
     import { BlAreaCard } from 'big-local-widgets';
     import 'big-local-widgets/widgets/area-card/define.js';
     const card: BlAreaCard = document.createElement('bl-area-card');
     card.variant = 'compact';
     const dataset: Dataset | null = validateDataset({}).dataset;
     document.addEventListener('bl-area-select', (event) => console.log(event.detail.area, dataset));
     export {};`,
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: consumerOptions,
      files: ['consumer.ts'],
    }),
  );
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', work],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

/** A throwaway React app on the package's React components: a card beside the matrix. */
const reactApp = `
  import { useState } from 'react';
  import { createRoot } from 'react-dom/client';
  import { BlAreaCard, BlConditionsMatrix, BlProgramme } from 'big-local-widgets/react';
  import data from 'big-local-widgets/data/illustrative.json';

  export function App() {
    const [heard, setHeard] = useState<string>('');
    return (
      <BlProgramme data={data}>
        <p id="heard">{heard}</p>
        <BlAreaCard variant="compact" />
        <BlConditionsMatrix onAreaSelect={(event) => setHeard(event.detail.area)} />
      </BlProgramme>
    );
  }
  createRoot(document.getElementById('app')!).render(<App />);
`;

test('React components: typed for a TypeScript consumer, and working in a React app', async () => {
  writeFileSync(join(work, 'app.tsx'), reactApp);
  writeFileSync(
    join(work, 'tsconfig.react.json'),
    JSON.stringify({
      compilerOptions: { ...consumerOptions, jsx: 'react-jsx', resolveJsonModule: true },
      files: ['app.tsx'],
    }),
  );
  const check = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.react.json')],
    { encoding: 'utf8' },
  );
  assert.equal(check.status, 0, check.stdout + check.stderr);

  await build({
    entryPoints: [join(work, 'app.tsx')],
    bundle: true,
    outfile: join(work, 'app.js'),
    format: 'iife',
    jsx: 'automatic',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    absWorkingDir: work,
  });
  writeFileSync(
    join(work, 'app.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>React app</title><div id="app"></div><script src="app.js"></script></html>',
  );
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`file://${join(work, 'app.html')}`);
    const firstRow = () =>
      document.querySelector('bl-conditions-matrix')?.shadowRoot?.querySelector('[part~="area"]');
    await page.waitForFunction(firstRow, null, { timeout: 30_000 });
    const name = await page.evaluate(() =>
      document
        .querySelector('bl-conditions-matrix')!
        .shadowRoot!.querySelector('[part~="area"]')!
        .textContent!.trim(),
    );
    await page.evaluate(() =>
      (
        document
          .querySelector('bl-conditions-matrix')!
          .shadowRoot!.querySelector('[part~="area"]') as HTMLElement
      ).click(),
    );
    // The app heard the selection through its onAreaSelect prop; the card beside it followed.
    await page.waitForFunction(() => document.getElementById('heard')!.textContent !== '');
    const card = await page.evaluate(() =>
      document
        .querySelector('bl-area-card')!
        .shadowRoot!.querySelector('[part="name"]')
        ?.textContent?.trim(),
    );
    assert.equal(card, name);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

const gzipOf = async (file: string) => {
  const { gzipSync } = await import('node:zlib');
  return gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
};

test('the script-tag loader (the unpkg file) stays within 4 kB gzip', async () => {
  const size = await gzipOf(pkg.unpkg);
  console.log(`loader: ${size} bytes gzip (budget 4096)`);
  assert.ok(size <= 4 * 1024, `${size} bytes gzip is over the 4 kB budget`);
});

// The one-file bundle of every widget and the whole embedded default (its programme part, about
// 11 kB, its story part, about 12 kB, and all 150 areas with the framework and story for the
// directory and the map, about 35 kB) and the map's point layout (d3-geo and England's outline,
// about 11 kB) and the sheets reader (d3-dsv, about 5 kB), for hosts that take one file only; a
// page using the loader fetches much less (tests/delivery.test.ts).
const bundleBudget = 150 * 1024;

test('the one-file bundle of every widget stays within 150 kB gzip', async () => {
  const size = await gzipOf('dist/big-local-widgets.all.min.js');
  console.log(`one-file bundle: ${size} bytes gzip (budget ${bundleBudget})`);
  assert.ok(size <= bundleBudget, `${size} bytes gzip is over the ${bundleBudget} byte budget`);
});
