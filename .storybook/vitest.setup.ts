// Story tests only: lets a story ask the browser to emulate forced colours (Windows High
// Contrast), which no script in the page can do. See `parameters.forcedColors` in preview.ts.
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

globalThis.blEmulateForcedColors = (active) => commands.emulateForcedColors(active);
