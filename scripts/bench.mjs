// `npm run bench`: the conditions matrix and the outcome rings against the peers a partner would
// otherwise use, in headless Chromium. One page per variant (`bench/variants/`): `ours.html` loads
// whatever `dist/` holds, as a partner would; each `<name>.js` is bundled by esbuild (minified)
// into `bench/build/`. Every page fetches the same JSON from this script's server. After a warm-up
// round, BENCH_RUNS rounds per size, the variants in a shuffled order each round, a fresh browser
// context per run. Writes `bench/results.md` and one screenshot per variant under `bench/screens/`.
// Not part of `npm test`: timings depend on the machine; the ratios are what to read.
//   BENCH_RUNS=7  BENCH_SIZES=150,1500,15000,rings  BENCH_VARIANTS=ours,vanilla,…  (all optional)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { importTypeScript } from './import-ts.mjs';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { SORT_COLUMN, matrixOf, sortByColumn } from '../bench/lib/data.js';
import { chromiumFlags, ensureChromium } from './chromium.mjs';
import { gzip } from './sizes.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const benchDir = join(root, 'bench');
const variantsDir = join(benchDir, 'variants');
const buildDir = join(benchDir, 'build');
const screensDir = join(benchDir, 'screens');
const dist = join(root, 'dist');

const runs = Number(process.env.BENCH_RUNS ?? 7);
const groups = (process.env.BENCH_SIZES ?? '150,1500,15000,rings').split(',').map((item) =>
  item.trim() === 'rings'
    ? { key: 'rings', scenario: 'rings', areas: 150, title: 'Four outcome rings (one area)' }
    : {
        key: `matrix-${Number(item)}`,
        scenario: 'matrix',
        areas: Number(item),
        title: `Conditions matrix, ${Number(item).toLocaleString('en-GB')} areas`,
      },
);
const only = process.env.BENCH_VARIANTS?.split(',').map((name) => name.trim());
/** The longest a page may take to draw before its run counts as failed. */
const DRAW_TIMEOUT = 300_000;
const VIEWPORT = { width: 1200, height: 900 };

// ---- The variants: every file in bench/variants; `*-rings` draw the rings. -------------------

/** The `bench:` comment at the top of a variant's file: what it draws and how it sorts. */
function noteOf(text) {
  const html = /<!--\s*bench:([\s\S]*?)-->/.exec(text);
  if (html) return html[1].replace(/\s+/g, ' ').trim();
  const lines = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/\s?/, ''));
  }
  return lines
    .join(' ')
    .replace(/^bench:\s*/, '')
    .trim();
}

const variants = readdirSync(variantsDir)
  .filter((file) => ['.js', '.html'].includes(extname(file)))
  .map((file) => {
    const name = file.slice(0, -extname(file).length);
    const scenario = name.endsWith('-rings') ? 'rings' : 'matrix';
    const label = scenario === 'rings' ? name.slice(0, -'-rings'.length) : name;
    const text = readFileSync(join(variantsDir, file), 'utf8');
    return { name, label, file, scenario, html: file.endsWith('.html'), text, note: noteOf(text) };
  })
  .filter((variant) => !only || only.includes(variant.label) || only.includes(variant.name));

// ---- What the pages load: dist/ as it is now, and the peers bundled. --------------------------

if (!existsSync(join(dist, 'big-local-widgets.min.js'))) {
  console.log('bench: dist/ is missing: running `npm run build` first…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Every file under `dir`, read once: a build running meanwhile cannot change what is measured. */
function snapshot(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    files.set(`/${relative(dir, path).split('\\').join('/')}`, readFileSync(path));
  }
  return files;
}
const distFiles = snapshot(dist);

rmSync(buildDir, { recursive: true, force: true });
rmSync(screensDir, { recursive: true, force: true });
const entries = variants.filter((variant) => !variant.html);
if (entries.length) {
  await build({
    entryPoints: entries.map((variant) => join(variantsDir, variant.file)),
    outdir: buildDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
const buildFiles = existsSync(buildDir) ? snapshot(buildDir) : new Map();

// ---- The data: the seeded generator, bundled for Node as the demos' script does. --------------

const { generateIllustrativeDataset } = await importTypeScript({
  entry: join(root, 'scripts/illustrative.ts'),
});
const framework = JSON.parse(
  readFileSync(join(root, 'src/data/default/big-local-150.json'), 'utf8'),
);
const documents = new Map();
/** Per size, the first row's name once sorted by the first factor: what every sort must show. */
const sortedFirst = new Map();
/** The area whose rings are drawn: the first with an assessment. */
let ringArea = '';
for (const areas of new Set([150, ...groups.map((group) => group.areas)])) {
  const dataset = generateIllustrativeDataset(framework, { areas });
  documents.set(`/data/${areas}.json`, Buffer.from(JSON.stringify(dataset)));
  sortedFirst.set(areas, sortByColumn(matrixOf(dataset).rows, SORT_COLUMN)[0].name);
  if (areas === 150) {
    ringArea = dataset.areas.find((area) =>
      dataset.assessments.some((assessment) => assessment.area === area.id),
    ).id;
  }
}

// ---- The server: pages with the harness inlined, the bundles, dist/ and the data. -------------

const harness = readFileSync(join(benchDir, 'lib/harness.js'), 'utf8');
const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const typeOf = (path) => types[extname(path)] ?? 'application/octet-stream';

function pageOf(variant, params) {
  const head = `<head><script>${harness}</script>`;
  const text = variant.html
    ? variant.text
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${variant.name}</title>` +
      `<style>body{font:13px system-ui,sans-serif}</style></head>` +
      `<body><script type="module" src="/build/${variant.name}.js"></script></body></html>`;
  return text
    .replace('<head>', head)
    .replaceAll('{{N}}', String(params.get('n') ?? 150))
    .replaceAll('{{AREA}}', params.get('area') ?? '');
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const send = (status, type, body) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  const page = /^\/page\/([\w-]+)$/.exec(url.pathname);
  const variant = page && variants.find((candidate) => candidate.name === page[1]);
  if (variant) return send(200, 'text/html; charset=utf-8', pageOf(variant, url.searchParams));
  const files = url.pathname.startsWith('/dist/')
    ? [distFiles, url.pathname.slice('/dist'.length)]
    : url.pathname.startsWith('/build/')
      ? [buildFiles, url.pathname.slice('/build'.length)]
      : [documents, url.pathname];
  const body = files[0].get(files[1]);
  if (body) return send(200, typeOf(url.pathname), body);
  return send(404, 'text/plain', 'not found');
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

/** gzip -9 of a served file's bytes, once per path. */
const gzipped = new Map();
function bytesOf(path) {
  if (!gzipped.has(path)) {
    const [files, key] = path.startsWith('/dist/')
      ? [distFiles, path.slice('/dist'.length)]
      : [buildFiles, path.slice('/build'.length)];
    const body = files.get(key) ?? Buffer.alloc(0);
    gzipped.set(path, { raw: body.length, gzip: gzip(body) });
  }
  return gzipped.get(path);
}

// ---- One run: a fresh context, navigate, wait for the marks, count, measure, sort. ----------

async function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: over ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function run(browser, group, variant, screenshot) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const fetched = new Set();
  const errors = [];
  let closing = false;
  page.on('requestfinished', (request) => fetched.add(new URL(request.url()).pathname));
  page.on('requestfailed', (request) =>
    errors.push(
      `${request.failure()?.errorText} ${new URL(request.url()).pathname}${closing ? ' (at close)' : ''}`,
    ),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    const query = new URLSearchParams({ n: String(group.areas), area: ringArea });
    await page.goto(`${origin}/page/${variant.name}?${query}`, {
      waitUntil: 'domcontentloaded',
      timeout: DRAW_TIMEOUT,
    });
    const drawn = await within(
      page.evaluate(() => globalThis.bench.drawn),
      DRAW_TIMEOUT,
      'draw',
    );
    const marks = await page.evaluate(() => globalThis.bench.marks());
    if (!(marks.marks >= marks.expected)) {
      mkdirSync(screensDir, { recursive: true });
      await page.screenshot({ path: join(screensDir, `${group.key}-${variant.label}-failed.png`) });
      return { failed: `drew ${marks.marks} of ${marks.expected} ${marks.kind}`, errors };
    }
    if (screenshot) {
      mkdirSync(screensDir, { recursive: true });
      await page.screenshot({ path: join(screensDir, `${group.key}-${variant.label}.png`) });
    }
    const elements = await page.evaluate(() => globalThis.bench.elements());
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    let sort;
    let sortProblem;
    if (group.scenario === 'matrix') {
      const sorted = await within(
        page.evaluate(() => globalThis.bench.sort()),
        DRAW_TIMEOUT,
        'sort',
      );
      const expected = sortedFirst.get(group.areas);
      if (sorted.first === expected) sort = sorted.ms;
      else sortProblem = `first row after sort "${sorted.first}", expected "${expected}"`;
    }
    const files = [...fetched].filter((path) => /^\/(dist|build)\//.test(path)).sort();
    const bytes = files
      .map(bytesOf)
      .reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), {
        raw: 0,
        gzip: 0,
      });
    return { drawn, sort, sortProblem, heap: usedSize, elements, marks, files, bytes, errors };
  } catch (error) {
    return { failed: error.message.split('\n')[0], errors };
  } finally {
    closing = true;
    await context.close();
  }
}

/** A seeded shuffle, so that a re-run visits the variants in the same orders. */
function shuffled(list, seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// ---- The rounds. ------------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
const chromiumVersion = browser.version();
const startedAt = new Date();
const loadBefore = loadavg();
const results = new Map();
try {
  for (const group of groups) {
    const inGroup = variants.filter((variant) => variant.scenario === group.scenario);
    const byVariant = new Map(inGroup.map((variant) => [variant.name, { variant, runs: [] }]));
    results.set(group.key, { group, byVariant });
    for (let round = 0; round <= runs; round++) {
      const warmUp = round === 0;
      const order = shuffled(inGroup, group.areas * 1000 + round);
      process.stdout.write(`${group.key} ${warmUp ? 'warm-up' : `round ${round}/${runs}`}:`);
      for (const variant of order) {
        const entry = byVariant.get(variant.name);
        const screenshot = !warmUp && !entry.runs.some((result) => !result.failed);
        const started = Date.now();
        const result = await run(browser, group, variant, screenshot);
        const took = `${((Date.now() - started) / 1000).toFixed(1)}s`;
        process.stdout.write(` ${variant.label}${result.failed ? '✗' : ''} ${took}`);
        if (!warmUp) entry.runs.push(result);
      }
      process.stdout.write('\n');
    }
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = loadavg();

// ---- Summaries: medians, ranges, ratios. ------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const measures = [
  {
    key: 'bytes',
    title: 'gzip kB',
    pick: (run) => run.bytes.gzip,
    format: (v) => (v / 1024).toFixed(1),
  },
  { key: 'drawn', title: 'drawn ms', pick: (run) => run.drawn, format: (v) => v.toFixed(0) },
  { key: 'sort', title: 'sort ms', pick: (run) => run.sort, format: (v) => v.toFixed(0) },
  {
    key: 'heap',
    title: 'heap MB',
    pick: (run) => run.heap,
    format: (v) => (v / 2 ** 20).toFixed(1),
  },
  {
    key: 'elements',
    title: 'DOM elements',
    pick: (run) => run.elements,
    format: (v) => v.toLocaleString('en-GB'),
  },
];

function summarise({ variant, runs: all }) {
  const ok = all.filter((result) => !result.failed);
  const stats = {};
  for (const measure of measures) {
    const values = ok.map(measure.pick).filter((value) => typeof value === 'number');
    if (values.length) {
      stats[measure.key] = {
        median: median(values),
        min: Math.min(...values),
        max: Math.max(...values),
      };
    }
  }
  /** How many runs saw each failure, unverified sort or page error. */
  const counted = (lists) => {
    const counts = new Map();
    for (const item of lists.flat()) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts].map(([text, count]) => `${text} (${count} of ${all.length} runs)`);
  };
  return {
    variant,
    ok: ok.length,
    total: all.length,
    stats,
    failures: counted(all.map((result) => (result.failed ? [result.failed] : []))),
    sortProblems: counted(ok.map((result) => (result.sortProblem ? [result.sortProblem] : []))),
    errors: counted(all.map((result) => [...new Set(result.errors ?? [])])),
    marks: ok[0]?.marks,
    files: ok[0]?.files ?? [],
  };
}

/** `ours` is what the ratios compare; `ours-*` (other ways of loading ours) are not peers. */
const isOurs = (summary) => summary.variant.label === 'ours';
const isOursToo = (summary) => summary.variant.label.startsWith('ours');
const isFloor = (summary) => summary.variant.label === 'vanilla';
/** Table order: ours, other ways of loading ours, the floor, then the peers by name. */
const rank = (summary) => (isOurs(summary) ? 0 : isOursToo(summary) ? 1 : isFloor(summary) ? 2 : 3);
const byRank = (a, b) => rank(a) - rank(b) || a.variant.label.localeCompare(b.variant.label);

function cellOf(summary, measure) {
  const stat = summary.stats[measure.key];
  if (!stat) return '–';
  const { format } = measure;
  if (['bytes', 'elements'].includes(measure.key) || stat.min === stat.max)
    return format(stat.median);
  return `${format(stat.median)} (${format(stat.min)}–${format(stat.max)})`;
}

const ratio = (a, b) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '–');
const row = (cells) => `| ${cells.join(' | ')} |`;

function groupReport({ group, byVariant }) {
  const summaries = [...byVariant.values()].map(summarise).sort(byRank);
  const shown = measures.filter((measure) => group.scenario === 'matrix' || measure.key !== 'sort');
  const lines = [
    row(['variant', 'drew', ...shown.map((measure) => measure.title), 'marks counted']),
    row(['---', '---', ...shown.map(() => '---:'), '---:']),
  ];
  for (const summary of summaries) {
    const drew = `${summary.ok}/${summary.total}`;
    const marks = summary.marks
      ? `${summary.marks.marks.toLocaleString('en-GB')} ${summary.marks.kind}`
      : '**failed**';
    const cells = shown.map((measure) => cellOf(summary, measure));
    lines.push(row([summary.variant.label, summary.ok ? drew : `**${drew}**`, ...cells, marks]));
  }
  const ours = summaries.find(isOurs);
  const floor = summaries.find(isFloor);
  const peers = summaries.filter((summary) => rank(summary) === 3 && summary.ok);
  const ratios = [
    row(['measure', 'ours', 'floor', 'ours / floor', 'best peer', 'ours / best peer']),
    row(['---', '---:', '---:', '---:', '---', '---:']),
  ];
  for (const measure of shown) {
    const value = (summary) => summary?.stats[measure.key]?.median;
    const [best] = peers
      .filter((summary) => value(summary) !== undefined)
      .sort((a, b) => value(a) - value(b));
    const show = (summary) => (value(summary) === undefined ? '–' : measure.format(value(summary)));
    ratios.push(
      row([
        measure.title,
        show(ours),
        show(floor),
        ratio(value(ours), value(floor)),
        best ? `${best.variant.label} ${show(best)}` : '–',
        ratio(value(ours), value(best)),
      ]),
    );
  }
  const problems = summaries.flatMap(({ variant, failures, sortProblems, errors }) => [
    ...failures.map((text) => `- ${variant.label}: **failed**: ${text}`),
    ...sortProblems.map((text) => `- ${variant.label}: sort not timed: ${text}`),
    ...errors
      .slice(0, 3)
      .map((text) => `- ${variant.label}: page or request error: ${text.slice(0, 200)}`),
  ]);
  const text = [
    `## ${group.title}`,
    '',
    ...lines,
    '',
    ...ratios,
    ...(problems.length ? ['', ...problems] : []),
  ];
  return { summaries, text: text.join('\n') };
}

const reports = [...results.values()].map(groupReport);

// What each variant's page fetched: its code, not the HTML page, the inlined hooks or the data.
const bytesLines = [
  row(['variant', 'gzip kB', 'minified kB', 'files']),
  row(['---', '---:', '---:', '---']),
];
const listed = new Set();
for (const summary of reports.flatMap((report) => report.summaries)) {
  if (listed.has(summary.variant.name) || !summary.ok) continue;
  listed.add(summary.variant.name);
  const files = summary.files.map(bytesOf);
  const total = (key) => (files.reduce((sum, file) => sum + file[key], 0) / 1024).toFixed(1);
  const names = summary.files.map((file) => `\`${file.replace(/^\/(dist|build)\//, '')}\``);
  bytesLines.push(row([summary.variant.name, total('gzip'), total('raw'), names.join(', ')]));
}

const cpu = cpus();
const minutes = ((Date.now() - startedAt.getTime()) / 60000).toFixed(0);
const dataSizes = [...documents]
  .map(([path, body]) => {
    const areas = Number(path.slice('/data/'.length, -'.json'.length)).toLocaleString('en-GB');
    return `${areas} areas ${(body.length / 2 ** 20).toFixed(1)} MB`;
  })
  .join(', ');
const notes = (scenario) =>
  variants
    .filter((variant) => variant.scenario === scenario)
    .map((variant) => ({ variant }))
    .sort(byRank)
    .map(({ variant }) => `- **${variant.label}**: ${variant.note}`)
    .join('\n');

const markdown = `# Benchmark: the widgets against the peers a partner would use

- **When**: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes} minutes.
- **Browser**: Chromium ${chromiumVersion}, headless (\`${ensureChromium()}\`), viewport
  ${VIEWPORT.width}×${VIEWPORT.height}; Node ${process.version}.
- **Machine**: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}); load average
  ${loadBefore[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end. It was shared with other work:
  read the ratios, not the milliseconds.
- **Runs**: ${runs} per variant and size after one warm-up round, interleaved (the variants in a
  shuffled order each round), each in a fresh browser context (no cache).

**How to re-run:** \`npm ci && npm run bench\` (it builds \`dist/\` when it is missing). Quicker:
\`BENCH_RUNS=3 BENCH_SIZES=150,rings BENCH_VARIANTS=ours,vanilla,plot npm run bench\`.

## What is measured

- **gzip kB**: gzip -9 of every script the page fetched (not the HTML page, the bench's inlined
  hooks or the data).
- **drawn ms**: from navigation start to the first animation frame at which the variant's marks
  exist. Every variant fetches and parses the same JSON (${dataSizes}), so data work counts for
  everyone. Each run then counts the marks (grid cells, SVG rects or paths, or a canvas's inked
  pixels); a run that did not draw what it should is reported as failed and not timed.
- **sort ms**: by the first factor, highest first: ours by clicking its column header, the others
  by re-rendering with the rows sorted in JS; to the next frame after the re-render. Timed only
  when the first row then shown is the one the same sort gives in Node.
- **heap MB**: JS heap used after a forced GC (\`HeapProfiler.collectGarbage\`, then
  \`Runtime.getHeapUsage\`), after drawing.
- **DOM elements**: every element in the document and its open shadow roots, after drawing.
- Medians, with min–max over the runs. The floor is the hand-written SVG ("vanilla"); the best
  peer is the best median among the libraries. Ours also renders what the peers do not: the
  keyboard grid, tooltips, search, table view, CSV download, legend and sources.

## What each variant draws

The matrix:

${notes('matrix')}

The rings:

${notes('rings')}
- Plot: no rings variant, since Plot has no arc or pie mark.

## Notes

- The peers parse with \`response.json()\` inside a function (\`bench/lib/data.js\`): awaited at
  a module's top level, Chromium kept the whole parsed dataset alive (38 MB at 15,000 areas),
  which would have counted against variants that keep only their rows.
- The canvas peers (Chart.js, ECharts) show the rows that fit in the frame: a canvas holding
  15,000 rows is past Chromium's size limit. The SVG peers draw every row in a scrolling frame.
- A \`net::ERR_ABORTED\` on ours' data request, where listed below, is what Chromium reported for
  the request in those runs; the widget had drawn and then sorted the whole dataset (both checked).

## Bytes fetched

${bytesLines.join('\n')}

${reports.map((report) => report.text).join('\n\n')}
`;

const resultsFile = join(benchDir, 'results.md');
const config = (await prettier.resolveConfig(resultsFile)) ?? {};
writeFileSync(resultsFile, await prettier.format(markdown, { ...config, filepath: resultsFile }));
console.log(`\n${reports.map((report) => report.text).join('\n\n')}\n`);
console.log('Wrote bench/results.md; screenshots in bench/screens/.');
