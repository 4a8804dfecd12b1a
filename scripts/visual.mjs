// `npm run test:visual`: every story in the static Storybook catalogue, screenshotted in headless
// Chromium in three variants (light and dark at a desktop width, light at 320 px) and compared
// with the baselines in tests/visual/baselines/. A failing comparison writes the expected, actual
// and difference images to .visual-results/ and names the story.
//
//   npm run test:visual                 builds the catalogue, then compares
//   npm run test:visual -- --update     writes the baselines that changed or are new, confirms
//                                       each with a second shot, removes those of gone stories
//   node scripts/visual.mjs --no-build  uses storybook-static/ as it is (npm test builds it)
//   --only <text>                       only the stories whose id contains the text
//   --jobs <n>                          pages shot at the same time (default 2)
//
// Shots are deterministic: animations, transitions and the text caret are off, the fonts are
// only those of Debian's fonts-dejavu-core (see fonts.mjs), and a shot is taken once the story
// is ready (its play function done, every widget defined and updated, none loading unless its
// data is held back on purpose, no request in flight, fonts loaded, two frames drawn).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumFlags, ensureChromium } from './chromium.mjs';
import { dejavuFontConfig } from './visual/fonts.mjs';
import { comparePngs, decodePng, encodePng } from './visual/png.mjs';
import { serveDirectory } from './visual/serve.mjs';
import { readyCheck, steadyPage, twoFrames } from './visual/ready.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogue = join(root, 'storybook-static');
const baselines = join(root, 'tests/visual/baselines');
const results = join(root, '.visual-results');

/** The three shots of every story. */
const variants = [
  { name: 'light', theme: 'light', width: 1024 },
  { name: 'dark', theme: 'dark', width: 1024 },
  { name: 'narrow', theme: 'light', width: 320 },
];
/** pixelmatch's colour distance per pixel, and the share of pixels that may differ. */
const threshold = 0.1;
const maxDiffRatio = 0.001;
/** A story not ready by then has failed (a limit for a broken story, not a wait). */
const readyLimit = 120_000;

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    jobs: { type: 'string', default: '2' },
  },
});

if (!options['no-build']) {
  for (const [command, args] of [
    [
      'cem',
      ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts'],
    ],
    ['storybook', ['build', '--quiet', '--loglevel', 'warn']],
  ]) {
    const run = spawnSync(join(root, 'node_modules/.bin', command), args, {
      cwd: root,
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
const indexFile = join(catalogue, 'index.json');
if (!existsSync(indexFile)) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id)
  .filter((id) => !options.only || id.includes(options.only))
  .sort();

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
mkdirSync(baselines, { recursive: true });

const started = performance.now();
const fonts = dejavuFontConfig();
const server = await serveDirectory(catalogue);
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [...chromiumFlags, '--hide-scrollbars', '--font-render-hinting=none'],
  env: { ...process.env, FONTCONFIG_FILE: fonts.file },
});
const context = await browser.newContext({
  viewport: { width: 1024, height: 800 },
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
});
await context.addInitScript(steadyPage);

/** One page per job, each taking the next shot off the list; returns the PNG bytes. */
async function openPage() {
  const page = await context.newPage();
  page.setDefaultTimeout(readyLimit);
  const inFlight = new Set();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // What the story tests give `parameters.forcedColors` stories (see .storybook/preview.ts).
  await page.exposeFunction('blEmulateForcedColors', (active) =>
    page.emulateMedia({ forcedColors: active ? 'active' : 'none' }),
  );

  return async function shoot(id, variant) {
    inFlight.clear();
    errors.length = 0;
    await page.setViewportSize({ width: variant.width, height: 800 });
    await page.emulateMedia({
      colorScheme: variant.theme,
      reducedMotion: 'reduce',
      forcedColors: 'none',
    });
    // Axe runs in the story tests; here it would only slow every shot down.
    const globals = `theme:${variant.theme};a11y.manual:!true`;
    const query = new URLSearchParams({ id, viewMode: 'story', globals });
    await page.goto(`${server.url}/iframe.html?${query}`, { waitUntil: 'load' });
    const deadline = Date.now() + readyLimit;
    // Ready twice in a row, two frames apart, with nothing on the network in between.
    for (let steady = 0; steady < 2;) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('the story never became ready');
      const state = await page
        .waitForFunction(readyCheck, undefined, { polling: 'raf', timeout: left })
        .then((handle) => handle.jsonValue());
      if (state !== true) throw new Error(state);
      steady = inFlight.size === 0 ? steady + 1 : 0;
      await page.evaluate(twoFrames);
    }
    if (errors.length) throw new Error(`uncaught error in the story: ${errors[0]}`);
    return page.locator('#storybook-root').screenshot({ animations: 'disabled', caret: 'hide' });
  };
}

const fileOf = (id, variant, kind) =>
  kind === 'baseline'
    ? join(baselines, `${id}.${variant.name}.png`)
    : join(results, `${id}.${variant.name}.${kind}.png`);

const counts = { passed: 0, failed: 0 };
const written = [];
const failures = [];

function fail(id, variant, why, images = {}) {
  counts.failed += 1;
  const paths = Object.entries(images).map(([kind, image]) => {
    const file = fileOf(id, variant, kind);
    writeFileSync(file, encodePng(image, { fast: true }));
    return `${kind}: ${relative(root, file)}`;
  });
  failures.push(
    `✖ ${id} (${variant.name}): ${why}${paths.map((path) => `\n    ${path}`).join('')}`,
  );
  console.log(failures.at(-1));
}

/** Shoots one story variant and compares it, or (with --update) rewrites its baseline. */
async function check(shoot, id, variant) {
  const baselineFile = fileOf(id, variant, 'baseline');
  const actual = decodePng(await shoot(id, variant));
  const expected = existsSync(baselineFile) ? decodePng(readFileSync(baselineFile)) : undefined;
  const comparison = expected && comparePngs(expected, actual, threshold);
  const matches = comparison && comparison.differing <= maxDiffRatio * comparison.pixels;
  if (matches) {
    counts.passed += 1;
    return;
  }
  if (!options.update && !expected) {
    fail(id, variant, 'no baseline yet: run `npm run test:visual -- --update`', {
      actual,
    });
    return;
  }
  if (!options.update) {
    const why = comparison.diff
      ? `${comparison.differing} of ${comparison.pixels} pixels differ`
      : `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
    fail(id, variant, why, {
      expected,
      actual,
      ...(comparison.diff ? { diff: comparison.diff } : {}),
    });
    return;
  }
  // A new or changed baseline: a second shot must give the very same pixels.
  const again = decodePng(await shoot(id, variant));
  const same =
    again.width === actual.width &&
    again.height === actual.height &&
    again.data.equals(actual.data);
  if (!same) {
    const repeat = comparePngs(actual, again, 0);
    fail(id, variant, 'not deterministic: two shots of it differ', {
      actual,
      again,
      ...(repeat.diff ? { diff: repeat.diff } : {}),
    });
    return;
  }
  writeFileSync(baselineFile, encodePng(actual));
  written.push(relative(root, baselineFile));
  counts.passed += 1;
}

const queue = stories.flatMap((id) => variants.map((variant) => ({ id, variant })));
const jobs = Math.max(1, Number(options.jobs) || 1);
const timings = [];
let done = 0;
try {
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      const shoot = await openPage();
      for (let item = queue.shift(); item; item = queue.shift()) {
        const start = performance.now();
        try {
          await check(shoot, item.id, item.variant);
        } catch (error) {
          fail(item.id, item.variant, error instanceof Error ? error.message : String(error));
        }
        timings.push({ name: `${item.id} (${item.variant.name})`, ms: performance.now() - start });
        done += 1;
        if (done % 60 === 0) console.log(`  ${done} shots…`);
      }
    }),
  );
} finally {
  await browser.close();
  await server.close();
  fonts.remove();
}

if (options.update && !options.only) {
  const wanted = new Set(
    stories.flatMap((id) => variants.map((variant) => `${id}.${variant.name}.png`)),
  );
  for (const file of readdirSync(baselines)) {
    if (file.endsWith('.png') && !wanted.has(file)) {
      rmSync(join(baselines, file));
      console.log(`removed ${relative(root, join(baselines, file))} (no such story now)`);
    }
  }
}
for (const file of written) console.log(`wrote ${file}`);
if (failures.length) console.log(`\n${failures.join('\n')}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\nVisual: ${stories.length} stories × ${variants.length} variants, ${counts.passed} passed, ${counts.failed} failed in ${seconds} s`,
);
const slowest = timings.sort((a, b) => b.ms - a.ms).slice(0, 3);
console.log(`Slowest: ${slowest.map(({ name, ms }) => `${name} ${Math.round(ms)} ms`).join(', ')}`);
writeFileSync(join(results, 'counts.json'), JSON.stringify(counts));
process.exit(counts.failed ? 1 : 0);
