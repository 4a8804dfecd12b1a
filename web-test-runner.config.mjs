import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromiumFlags, ensureChromium } from './scripts/chromium.mjs';
import { faultMiddleware } from './tests/support/fault-server.mjs';
import { heapPlugin } from './tests/support/heap-plugin.mjs';
import { forcedColorsPlugin } from './tests/support/forced-colors-plugin.mjs';

/** Counts every test the browser ran, for the one `N passed, N failed` line of `npm test`. */
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

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    heapPlugin(),
    forcedColorsPlugin(),
  ],
  middleware: [faultMiddleware()],
  browsers: [
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
  ],
  // One page at a time: a page behind another is throttled (frames, ResizeObserver, hover),
  // which made interaction tests flaky when two ran together.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Assertions about elements report them as text (tests/support/node-assertions.ts).
  testRunnerHtml: (testFramework) =>
    '<!DOCTYPE html><html><head></head><body>' +
    '<script type="module" src="/tests/support/node-assertions.ts"></script>' +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 600_000,
  reporters: [defaultReporter(), countReporter()],
};
