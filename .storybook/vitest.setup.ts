// Story tests only: lets a story ask the browser to emulate forced colours (Windows High
// Contrast), which no script in the page can do (see `parameters.forcedColors` in preview.ts),
// and checks that each story's "Show code" snippet works pasted into a page.
import { commands } from 'vitest/browser';
import { checkSnippet } from './snippet-check.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
    pasteSnippet: (
      snippet: string,
    ) => Promise<{ tag: string; error?: string; notice?: string }[] | string>;
  }
}

globalThis.blEmulateForcedColors = (active) => commands.emulateForcedColors(active);

globalThis.blCheckSnippet = checkSnippet;
