// Story tests: every story in stories/ renders in headless Chromium and must pass axe
// (`parameters.a11y.test = 'error'` in .storybook/preview.ts) and its play function. Each story
// runs twice, once per theme, as two projects: storybook-light and storybook-dark.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumFlags, ensureChromium } from './scripts/chromium.mjs';
import { pasteSnippet } from './.storybook/paste-snippet.mjs';

const executablePath = ensureChromium();

/** @param {'light' | 'dark'} theme */
const storybookProject = (theme) => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
  test: {
    name: `storybook-${theme}`,
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: chromiumFlags } }),
      instances: [{ browser: 'chromium' }],
      commands: {
        /** Emulates `forced-colors: active` for the page the story runs in. */
        emulateForcedColors: async (context, active) => {
          await context.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
        },
        /** Pastes a story's "Show code" snippet into a page with the built package. */
        pasteSnippet,
      },
    },
  },
});

export default defineConfig({
  test: {
    // A story waits for conditions, never for a time; this only bounds a hung one, and a busy
    // machine's 15,000-area stories need more than vitest's default.
    testTimeout: 60_000,
    projects: [storybookProject('light'), storybookProject('dark')],
    // Lit's development build says so once per file; the widgets' own warnings stay.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
  },
});
