/** The Chromium the tests run in: CHROME_PATH, else the usual names on PATH. */
export function findChromium(): string | undefined;
/** The same, installing Debian's chromium when it can. */
export function ensureChromium(): string;
/** Flags for headless Chromium in a sandbox with no network but loopback. */
export const chromiumFlags: string[];
