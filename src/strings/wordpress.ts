import { defineStrings } from './locale.js';

/**
 * The WordPress plugin's own wordings (its block's sidebar, its settings page, its refusals),
 * written into the plugin by `npm run build:wordpress`; everything else it says comes from the
 * widgets' and the embed builder's wordings.
 */
export const wordpressStrings = defineStrings('wordpress', {
  panel: 'Widget',
  chooseFile: 'Choose a JSON file from the Media Library',
  dataUrl: 'Data URL',
  dataUrlHelp:
    'A dataset (JSON) at an http or https address. Empty: the site’s dataset from Settings › Big Local widgets, else Big Local’s own data.',
  badDataUrl: 'The data URL must be an http or https address.',
  mode: 'How the widget goes in the page',
  modeScript: 'In the page (recommended)',
  modeIframe: 'In an iframe, sized to its content',
  defaultChoice: 'Default',
  headingLevel: 'Heading level (2 under the post’s title)',
  settingsTitle: 'Big Local widgets',
  settingsMenu: 'Big Local widgets',
  checkTitle: 'Check of the data',
  checkHelp:
    'The widgets load the data URL below, as a reader’s browser will: what they could not use is listed under the directory.',
});
