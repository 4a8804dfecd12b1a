// `npm test`: lint, type check, build, the Node tests of pure data code, then the browser tests
// and the story tests in Chromium, Firefox and WebKit. Ends with one plain `N passed, N failed`
// line counting every test run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { ensureFirefox, ensureWebKit } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  if (options.stdio !== 'inherit') {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  return result;
}

function finish(code) {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(code);
}

function mustPass(title, command, args) {
  const result = step(title, command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    totals.failed += 1;
    finish(1);
  }
}

const chromium = ensureChromium();
process.env.CHROME_PATH = chromium;
// Firefox and WebKit too, installed now if missing, before any step starts.
ensureFirefox();
ensureWebKit();

mustPass('Lint (ESLint)', bin('eslint'), ['.']);
mustPass('Format (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
mustPass('Type check (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
mustPass('Build', process.execPath, ['scripts/build.mjs']);
// The static Storybook catalogue (storybook-static/), which tests/node/storybook.test.ts reads.
mustPass('Storybook catalogue (storybook build)', bin('storybook'), [
  'build',
  '--quiet',
  '--loglevel',
  'warn',
]);

// Node tests: pure data code and the built package. The TAP summary gives the counts.
const nodeTests = readdirSync(join(root, 'tests/node'))
  .filter((file) => /\.test\.(ts|mjs)$/.test(file))
  .map((file) => join('tests/node', file));
const node = step('Node tests', process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=.node-tap.txt',
  ...nodeTests,
]);
const tap = existsSync(join(root, '.node-tap.txt'))
  ? readFileSync(join(root, '.node-tap.txt'), 'utf8')
  : '';
rmSync(join(root, '.node-tap.txt'), { force: true });
const tapCount = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail') + tapCount('cancelled');
totals.skipped += tapCount('skipped') + tapCount('todo');
if (node.status !== 0 && tapCount('fail') + tapCount('cancelled') === 0) totals.failed += 1;

/** Runs web-test-runner in one engine and adds what it counted; says how long it took. */
const timings = [];
function webTestRunner(title, engine, suite) {
  rmSync(join(root, '.wtr-results'), { recursive: true, force: true });
  const started = Date.now();
  const result = step(title, bin('web-test-runner'), [], {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chromium, BL_ENGINES: engine, BL_SUITE: suite },
  });
  timings.push(`${title}: ${Math.round((Date.now() - started) / 1000)} s`);
  const countsFile = join(root, '.wtr-results/counts.json');
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (result.status !== 0 && !existsSync(countsFile)) totals.failed += 1;
  return result.status === 0;
}

// Browser tests, in each engine in turn: one engine at a time keeps a busy machine responsive.
const engines = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
let browserOk = true;
for (const [engine, name] of Object.entries(engines)) {
  browserOk =
    webTestRunner(`Browser tests (web-test-runner, ${name})`, engine, 'unit') && browserOk;
}

// Story tests: every story renders in headless Chromium, in light and in dark, runs its play
// function and fails on any axe violation. The JSON reporter gives the counts.
const storyResults = join(root, '.vitest-results.json');
rmSync(storyResults, { force: true });
const storiesStarted = Date.now();
const stories = step(
  'Story tests (Storybook + Vitest, headless Chromium)',
  bin('vitest'),
  [
    'run',
    '--project=storybook-*',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.vitest-results.json',
  ],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium } },
);
const storyCounts = existsSync(storyResults)
  ? JSON.parse(readFileSync(storyResults, 'utf8'))
  : { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
totals.passed += storyCounts.numPassedTests;
totals.failed += storyCounts.numFailedTests;
totals.skipped += storyCounts.numPendingTests + storyCounts.numTodoTests;
if (stories.status !== 0 && storyCounts.numFailedTests === 0) totals.failed += 1;
timings.push(
  `Story tests (Vitest, Chromium): ${Math.round((Date.now() - storiesStarted) / 1000)} s`,
);

// The same stories in Firefox and WebKit, which Vitest's Playwright provider cannot drive: each
// story of the catalogue built above, in light and dark, in Storybook's own story page, with its
// play function and axe (tests/stories/stories.test.ts).
let storiesOk = stories.status === 0;
for (const engine of ['firefox', 'webkit']) {
  storiesOk =
    webTestRunner(`Story tests (web-test-runner, ${engines[engine]})`, engine, 'stories') &&
    storiesOk;
}

// Visual regression: every story light, dark and at 320 px against tests/visual/baselines/.
const visual = step(
  'Visual regression (every story light, dark and 320 px, headless Chromium)',
  process.execPath,
  ['scripts/visual.mjs', '--no-build'],
  { stdio: 'inherit' },
);
const visualFile = join(root, '.visual-results/counts.json');
const visualCounts = existsSync(visualFile)
  ? JSON.parse(readFileSync(visualFile, 'utf8'))
  : { passed: 0, failed: 0 };
totals.passed += visualCounts.passed;
totals.failed += visualCounts.failed;
if (visual.status !== 0 && visualCounts.failed === 0) totals.failed += 1;

// The WordPress plugin on a real WordPress, when the stack is installed (.ci/run installs
// Debian's wordpress, php-mysql and mariadb-server): without it, said plainly and not counted.
const wordpressStack = ['/usr/share/wordpress/wp-load.php', '/usr/bin/php', '/usr/sbin/mariadbd'];
let wordpressOk = true;
// BL_NO_WORDPRESS=1 leaves them out, for a second run beside one that uses the shared site.
if (!process.env.BL_NO_WORDPRESS && wordpressStack.every((path) => existsSync(path))) {
  mustPass('WordPress plugin (build)', process.execPath, [
    'scripts/build-wordpress.mjs',
    '--no-build',
  ]);
  const tapFile = join(root, '.wordpress-tap.txt');
  const wordpress = step('WordPress plugin on a real WordPress', process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    'tests/wordpress/wordpress.test.mjs',
  ]);
  const wordpressTap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  rmSync(tapFile, { force: true });
  const count = (name) =>
    Number(wordpressTap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  if (wordpress.status !== 0 && count('fail') + count('cancelled') === 0) totals.failed += 1;
  wordpressOk = wordpress.status === 0;
} else {
  console.log(
    '\n▶ WordPress plugin: not run here (BL_NO_WORDPRESS, or WordPress, PHP or MariaDB missing)',
  );
}

console.log(`\n${timings.join('\n')}`);
finish(
  node.status === 0 &&
    browserOk &&
    storiesOk &&
    visual.status === 0 &&
    wordpressOk &&
    totals.failed === 0
    ? 0
    : 1,
);
