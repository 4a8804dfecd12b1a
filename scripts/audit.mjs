// `npm run audit`: Lighthouse on every demo page, served as production would serve it
// (compressed, cacheable), on a phone and on a desktop. Prints one table per form factor, writes
// them to bench/lighthouse.md and fails when a page scores below its target. Too slow for
// `npm test` (a minute a page on two cores); the layout-shift, description and 320 px checks
// that it would catch run there in tests/node/demo-pages.test.ts.
//
// `node scripts/audit.mjs [--build] [--mobile|--desktop] [page.html …]`
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { format } from 'prettier';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, ensureChromium } from './chromium.mjs';
import { demoPages, root, startDemoServer } from './demo-server.mjs';

/** The targets: accessibility, best practices and SEO at 100, performance at 90, CLS 0.02. */
const targets = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };
const maxShift = 0.02;

const args = process.argv.slice(2);
const named = args.filter((arg) => arg.endsWith('.html'));
const pages = named.length ? named : demoPages();
const forms = args.includes('--mobile')
  ? ['mobile']
  : args.includes('--desktop')
    ? ['desktop']
    : ['mobile', 'desktop'];

if (args.includes('--build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

/** Starts Chromium with a DevTools port and resolves with the port and a way to stop it. */
function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bl-audit-'));
  const child = spawn(
    ensureChromium(),
    [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return new Promise((done, fail) => {
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(errors)?.[1];
      if (port) done({ port: Number(port), stop });
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited (${code}): ${errors}`)));
  });
}

const score = (category) => Math.round((category?.score ?? 0) * 100);

async function audit(url, form, port) {
  const { lhr } = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error' },
    form === 'desktop' ? desktopConfig : undefined,
  );
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
      .map((ref) => ref.id);
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    'best-practices': score(lhr.categories['best-practices']),
    seo: score(lhr.categories.seo),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    findings: ['accessibility', 'best-practices', 'seo'].flatMap(failing),
    runtimeError: lhr.runtimeError?.message,
  };
}

const loadBefore = loadavg()[0];
const { server, origin } = await startDemoServer({ port: 0, cacheable: true });
const chromium = await startChromium();
const results = {};
try {
  for (const form of forms) {
    results[form] = [];
    for (const page of pages) {
      const result = await audit(`${origin}/${page}`, form, chromium.port);
      results[form].push({ page, ...result });
      console.log(
        `${form} ${page}: ${result.performance} / ${result.accessibility} / ${result['best-practices']} / ${result.seo}, CLS ${result.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  await chromium.stop();
  server.close();
}

const misses = [];
const table = (form) => {
  const rows = results[form].map((result) => {
    for (const [category, target] of Object.entries(targets)) {
      if (result[category] < target)
        misses.push(`${form} ${result.page}: ${category} ${result[category]} < ${target}`);
    }
    if (result.cls > maxShift)
      misses.push(`${form} ${result.page}: CLS ${result.cls.toFixed(3)} > ${maxShift}`);
    if (result.runtimeError) misses.push(`${form} ${result.page}: ${result.runtimeError}`);
    const findings = result.findings.length ? result.findings.join(', ') : '–';
    return `| ${result.page} | ${result.performance} | ${result.accessibility} | ${result['best-practices']} | ${result.seo} | ${result.cls.toFixed(3)} | ${Math.round(result.lcp)} | ${Math.round(result.tbt)} | ${findings} |`;
  });
  return [
    `### ${form === 'mobile' ? 'Mobile (emulated phone, simulated slow 4G)' : 'Desktop (simulated cable)'}`,
    '',
    '| Page | Performance | Accessibility | Best practices | SEO | CLS | LCP ms | TBT ms | Failing audits |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...rows,
    '',
  ].join('\n');
};
const tables = forms.map(table).join('\n');
const { version: lighthouseVersion } = (
  await import('lighthouse/package.json', { with: { type: 'json' } })
).default;
const report = [
  '# Lighthouse on the demo pages',
  '',
  `Written by \`npm run audit\` (Lighthouse ${lighthouseVersion}, headless Chromium, the demo served compressed and cacheable by \`scripts/demo-server.mjs\`). Targets: performance ≥ ${targets.performance}, accessibility, best practices and SEO ${targets.accessibility}, cumulative layout shift ≤ ${maxShift}. Performance is simulated throttling from the tasks the page really ran, so on a shared two-core machine it follows the machine's load (load average ${loadBefore.toFixed(1)} at the start of this run, ${loadavg()[0].toFixed(1)} at its end): total blocking time above all.`,
  '',
  tables,
].join('\n');
console.log(`\n${tables}`);
if (!named.length) {
  writeFileSync(join(root, 'bench/lighthouse.md'), await format(report, { parser: 'markdown' }));
}
if (misses.length) {
  console.error(`\n✖ Below target:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('\nEvery page meets its targets.');
