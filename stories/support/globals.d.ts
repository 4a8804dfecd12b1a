declare global {
  /**
   * Emulates `forced-colors: active` in the browser running the story. Set by the story tests'
   * setup (.storybook/vitest.setup.ts); absent in Storybook itself, where no script can do it.
   */
  var blEmulateForcedColors: ((active: boolean) => Promise<void>) | undefined;
}

export {};
