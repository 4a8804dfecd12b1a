/// <reference types="node" />
// Storybook for the widgets, set up by hand (no setup wizard: it would download browsers).
// The stories import the widgets from src/ directly; only custom-elements.json comes from the
// build, so `npm run storybook` and `npm run build-storybook` run `npm run analyze` first.
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * The stories import the widgets' `define.ts` modules for their side effect. package.json's
 * `sideEffects` names only the built `dist/` copies, so a production build (the static
 * catalogue) would otherwise drop these imports and leave the tags undefined.
 */
function keepDefineModules(): Plugin {
  return {
    name: 'bl-keep-define-modules',
    transform(code, id) {
      if (!/\/src\/widgets\/[^/]+\/define\.ts$/.test(id)) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    // project.json is usage metadata for Storybook's own services, not for readers.
    disableProjectJson: true,
  },
  // The Theme switch sets the page background with the colour scheme; a second, independent
  // background switch could put dark widgets on a light page.
  features: { backgrounds: false },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      plugins: [keepDefineModules()],
      // The renderer imports this one unbundled; pre-bundled with the rest, Lit loads once.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own docs and manager chunks are large by nature; the widgets are measured
      // by `npm run build`.
      build: { chunkSizeWarningLimit: 1500 },
    });
  },
};

export default config;
