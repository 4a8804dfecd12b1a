// Finds a Chromium for the browser tests: CHROME_PATH, then the usual names on PATH. On a fresh
// machine where none is installed it installs Debian's `chromium` when it can (root with
// apt-get); otherwise it stops with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log('No Chromium found: installing Debian package "chromium" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    const installed = install.status === 0 ? findChromium() : undefined;
    if (installed) return installed;
  }
  console.error(
    'No Chromium found: install Debian\'s "chromium" package (apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

/** Flags for headless Chromium in a sandbox with no network but loopback. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureChromium();
  console.log(path);
  execFileSync(path, ['--version'], { stdio: 'inherit' });
}
