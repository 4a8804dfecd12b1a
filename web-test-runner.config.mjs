import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromiumFlags, ensureChromium } from './scripts/chromium.mjs';
import { faultMiddleware } from './tests/support/fault-server.mjs';
import { heapPlugin } from './tests/support/heap-plugin.mjs';

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
  ],
  middleware: [faultMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureChromium(), args: chromiumFlags },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countReporter()],
};
