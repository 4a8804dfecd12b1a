import type { StoryContext } from '@storybook/web-components';

declare global {
  /**
   * Emulates `forced-colors: active` in the browser running the story. Set by the story tests'
   * setup (.storybook/vitest.setup.ts); absent in Storybook itself, where no script can do it.
   */
  var blEmulateForcedColors: ((active: boolean) => Promise<void>) | undefined;
  /**
   * Pastes the story's "Show code" snippet into a page with the built loader and fails when a
   * widget there shows an error. Set by the story tests' setup only.
   */
  var blCheckSnippet: ((context: StoryContext) => Promise<void>) | undefined;
}

export {};
