import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { chromiumFlags, ensureChromium } from './scripts/chromium.mjs';
import { ensureFirefox, ensureWebKit } from './scripts/browsers.mjs';
import { faultMiddleware } from './tests/support/fault-server.mjs';
import { heapPlugin } from './tests/support/heap-plugin.mjs';
import { forcedColorsPlugin } from './tests/support/forced-colors-plugin.mjs';
import { webkitLauncher } from './tests/support/webkit-launcher.mjs';

/** Counts every test the browsers ran, for the one `N passed, N failed` line of `npm test`. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped += 1;
          else if (test.passed) counts.passed += 1;
          else counts.failed += 1;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load ran no tests but must not pass silently.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      mkdirSync('.wtr-results', { recursive: true });
      writeFileSync('.wtr-results/counts.json', JSON.stringify(counts));
    },
  };
}

/**
 * Serves the built Storybook catalogue (storybook-static/) as built: the test server would
 * otherwise compile its JSON (the story index) into JavaScript modules.
 */
function storybookStatic() {
  const dir = join(process.cwd(), 'storybook-static');
  const prefix = '/storybook-static/';
  return async (context, next) => {
    if (!context.path.startsWith(prefix)) return next();
    const file = normalize(join(dir, decodeURIComponent(context.path.slice(prefix.length))));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      return next();
    }
    context.type = extname(file);
    context.body = createReadStream(file);
  };
}

/**
 * Gives each test file a new tab. A test that tabs past its page's last control sends Firefox's
 * focus to the browser's own toolbar, where it would stay for the next file in a reused tab.
 */
function freshTabs(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    await launcher.inactivePages.pop()?.puppeteerPage.close();
    return result;
  };
  return launcher;
}

/** Each engine's launcher, started only when its engine runs. */
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChromium(),
        // Two test pages run at once: neither may be throttled as a background tab, or
        // ResizeObserver and animation frames stall in the one not in front.
        args: [
          ...chromiumFlags,
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  // Debian's firefox-esr over WebDriver BiDi, through puppeteer.
  firefox: () =>
    freshTabs(
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: ensureFirefox(),
          headless: true,
          defaultViewport: null,
        },
        // puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which this
        // Firefox does not know: set the viewport alone, as the runner wants it (800 × 600).
        createPage: async ({ context }) => {
          const page = await context.newPage();
          page.setViewport = ({ width, height }) =>
            page.mainFrame().browsingContext.setViewport({ viewport: { width, height } });
          return page;
        },
      }),
    ),
  // WebKitGTK's MiniBrowser through WebKitWebDriver, under its own Xvfb.
  webkit: () => webkitLauncher(ensureWebKit()),
};

/** BL_ENGINES=firefox,webkit picks engines; all three by default (`npm test` runs each alone). */
const engines = (process.env.BL_ENGINES ?? 'chromium,firefox,webkit').split(',');
for (const engine of engines) {
  if (!launchers[engine]) throw new Error(`BL_ENGINES: unknown engine "${engine}"`);
}

/**
 * BL_SUITE=stories runs the stories as tests (tests/stories/, on the built catalogue): `npm test`
 * does so in Firefox and WebKit, where Vitest's Playwright provider cannot go.
 */
const files =
  process.env.BL_SUITE === 'stories'
    ? ['tests/stories/*.test.ts']
    : ['tests/**/*.test.ts', '!tests/node/**', '!tests/stories/**'];

export default {
  files,
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    heapPlugin(),
    forcedColorsPlugin(),
  ],
  middleware: [faultMiddleware(), storybookStatic()],
  browsers: engines.map((engine) => launchers[engine]()),
  // One page at a time: a page behind another is throttled (frames, ResizeObserver, hover),
  // which made interaction tests flaky when two ran together.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Assertions about elements report them as text (tests/support/node-assertions.ts).
  testRunnerHtml: (testFramework) =>
    '<!DOCTYPE html><html><head></head><body>' +
    '<script type="module" src="/tests/support/node-assertions.ts"></script>' +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  // The stories run as one file of some four hundred tests.
  testsFinishTimeout: process.env.BL_SUITE === 'stories' ? 2_400_000 : 600_000,
  reporters: [defaultReporter(), countReporter()],
};
