// Finds a Chromium for the browser tests: CHROME_PATH, then the usual names on PATH. On a fresh
// machine where none is installed it installs Debian's `chromium` when it can (root with
// apt-get); otherwise it stops with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

export function onPath(name) {
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

/**
 * What `find()` returns; when it finds nothing, installs the Debian `packages` (as root with
 * apt-get) and looks again, or stops with one line saying what to install.
 */
export function ensureInstalled({ name, packages, find }) {
  const found = find();
  if (found) return found;
  const list = packages.map((pkg) => `"${pkg}"`).join(', ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`No ${name} found: installing Debian package ${list} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env,
    });
    const installed = install.status === 0 ? find() : undefined;
    if (installed) return installed;
  }
  console.error(
    `No ${name} found: install Debian's ${list} (apt-get install ${packages.join(' ')}).`,
  );
  process.exit(1);
}

export const ensureChromium = () =>
  ensureInstalled({ name: 'Chromium', packages: ['chromium'], find: findChromium });

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
