// Finds Firefox and WebKit for the browser and story tests, as Debian packages them:
// `firefox-esr` (driven over WebDriver BiDi) and WebKitGTK's MiniBrowser behind
// `WebKitWebDriver`, which needs an X server (`xvfb`). On a fresh machine where one is missing it
// installs the Debian package when it can (root with apt-get); otherwise it stops with one line
// saying what to install. Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { ensureInstalled, onPath } from './chromium.mjs';

const miniBrowserPaths = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return onPath('firefox-esr') ?? onPath('firefox');
}

export function findWebKit() {
  const driver = process.env.WEBKIT_DRIVER_PATH ?? onPath('WebKitWebDriver');
  const browser =
    process.env.WEBKIT_BROWSER_PATH ?? miniBrowserPaths.find((path) => existsSync(path));
  const xvfb = onPath('Xvfb');
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

/** `/usr/bin/firefox-esr`, or FIREFOX_PATH. */
export const ensureFirefox = () =>
  ensureInstalled({ name: 'Firefox', packages: ['firefox-esr'], find: findFirefox });

/** WebKitWebDriver, MiniBrowser and Xvfb. */
export const ensureWebKit = () =>
  ensureInstalled({
    name: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: findWebKit,
  });
