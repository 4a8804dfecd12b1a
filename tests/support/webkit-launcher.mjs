// A web-test-runner launcher for WebKit as Debian ships it: WebKitGTK's MiniBrowser, driven
// through `WebKitWebDriver` over plain W3C WebDriver (HTTP and JSON, no client library). It
// starts its own X server (Xvfb, on a display it reports free) and its own driver (on a free
// port), runs one test page at a time in one window, and stops both at the end.
//
// The runner's keyboard and mouse commands (`sendKeys`, `sendMouse`, `resetMouse`,
// `setViewport` from @web/test-runner-commands) talk to a launcher of type `puppeteer` through
// `getPage(id).keyboard`, `.mouse` and `.setViewport`: `WebDriverPage` below offers those, as
// WebDriver actions, so the tests use the same commands in every engine.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** WebDriver's code points for the keys the tests press, by their DOM `key` names. */
const keys = {
  Alt: '\uE00A',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  ArrowUp: '\uE013',
  Backspace: '\uE003',
  Control: '\uE009',
  Delete: '\uE017',
  End: '\uE010',
  Enter: '\uE007',
  Escape: '\uE00C',
  Home: '\uE011',
  Meta: '\uE03D',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Shift: '\uE008',
  Space: ' ',
  Tab: '\uE004',
};
const buttons = { left: 0, middle: 1, right: 2 };

function keyValue(key) {
  if (key in keys) return keys[key];
  if ([...key].length === 1) return key;
  throw new Error(`WebKit launcher: no WebDriver key for "${key}"`);
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts Xvfb on the first free display (`-displayfd` makes Xvfb pick and report it). */
async function startXvfb(binary) {
  const xvfb = spawn(
    binary,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  xvfb.stderr.on('data', (chunk) => (stderr += chunk));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
  return { xvfb, display };
}

class WebDriverClient {
  constructor(base) {
    this.base = base;
  }

  async send(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok || json.value?.error) {
      throw new Error(
        `WebDriver ${method} ${path}: ${json.value?.error ?? response.status} ${json.value?.message ?? ''}`,
      );
    }
    return json.value;
  }
}

/** The parts of a puppeteer Page the runner's commands use, over one WebDriver session. */
class WebDriverPage {
  constructor(client, sessionId) {
    this.client = client;
    this.path = `/session/${sessionId}`;
    this.url = 'about:blank';
    this.keyboard = {
      down: (key) => this.keyActions([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => this.keyActions([{ type: 'keyUp', value: keyValue(key) }]),
      press: (key) =>
        this.keyActions([
          { type: 'keyDown', value: keyValue(key) },
          { type: 'keyUp', value: keyValue(key) },
        ]),
      type: (text) =>
        this.keyActions(
          [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        ),
    };
    const button = (options) => buttons[options?.button ?? 'left'];
    this.mouse = {
      move: (x, y) => this.pointerActions([this.moveTo(x, y)]),
      click: (x, y, options) =>
        this.pointerActions([
          this.moveTo(x, y),
          { type: 'pointerDown', button: button(options) },
          { type: 'pointerUp', button: button(options) },
        ]),
      down: (options) => this.pointerActions([{ type: 'pointerDown', button: button(options) }]),
      up: (options) => this.pointerActions([{ type: 'pointerUp', button: button(options) }]),
      reset: async () => {
        await this.client.send('DELETE', `${this.path}/actions`);
        await this.pointerActions([this.moveTo(0, 0)]);
      },
    };
  }

  moveTo(x, y) {
    return { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y) };
  }

  keyActions(actions) {
    return this.client.send('POST', `${this.path}/actions`, {
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
  }

  pointerActions(actions) {
    return this.client.send('POST', `${this.path}/actions`, {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  execute(script, args = []) {
    return this.client.send('POST', `${this.path}/execute/sync`, { script, args });
  }

  async goto(url) {
    this.url = url;
    await this.client.send('POST', `${this.path}/url`, { url });
  }

  /** Sizes the window so that the page's viewport is `width` × `height` CSS pixels. */
  async setViewport({ width, height }) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [innerWidth, innerHeight] = await this.execute(
        'return [window.innerWidth, window.innerHeight]',
      );
      if (innerWidth === width && innerHeight === height) return;
      const rect = await this.client.send('GET', `${this.path}/window/rect`);
      await this.client.send('POST', `${this.path}/window/rect`, {
        width: rect.width + width - innerWidth,
        height: rect.height + height - innerHeight,
      });
    }
  }
}

/**
 * @param {{ driver: string, browser: string, xvfb: string }} paths WebKitWebDriver,
 *   MiniBrowser and Xvfb (scripts/browsers.mjs finds them).
 */
export function webkitLauncher(paths) {
  let processes = [];
  let page;
  let starting;
  let driverClient;
  let sessionPath;
  const active = new Set();

  // However the runner ends, the X server and the driver end with it.
  process.once('exit', () => {
    for (const child of processes) child.kill();
  });

  async function start() {
    const { xvfb, display } = await startXvfb(paths.xvfb);
    processes.push(xvfb);
    const port = await freePort();
    const driver = spawn(paths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    processes.push(driver);
    const client = new WebDriverClient(`http://127.0.0.1:${port}`);
    // The driver answers /status once it listens.
    for (;;) {
      try {
        if ((await client.send('GET', '/status')).ready) break;
      } catch {
        if (driver.exitCode !== null) throw new Error('WebKitWebDriver exited at start');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const session = await client.send('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
        },
      },
    });
    sessionPath = `/session/${session.sessionId}`;
    driverClient = client;
    const created = new WebDriverPage(client, session.sessionId);
    // The same viewport as the Chromium and Firefox pages (web-test-runner's 800 × 600).
    await created.setViewport({ width: 800, height: 600 });
    return created;
  }

  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,
    async initialize() {},
    async startSession(sessionId, url) {
      starting ??= start();
      page ??= await starting;
      active.add(sessionId);
      await page.goto(url);
    },
    isActive: (sessionId) => active.has(sessionId),
    getBrowserUrl: () => page?.url,
    getPage(sessionId) {
      if (!active.has(sessionId)) throw new Error(`No WebKit page for session ${sessionId}`);
      return page;
    },
    async startDebugSession() {
      throw new Error('Debugging is not supported in the WebKit launcher: run with Chromium.');
    },
    async stopSession(sessionId) {
      active.delete(sessionId);
      // An empty page stops whatever the test left running.
      await page.goto('about:blank');
      return {};
    },
    async stop() {
      // Closing the session closes MiniBrowser; then the driver and the X server go.
      if (sessionPath) await driverClient.send('DELETE', sessionPath).catch(() => {});
      for (const child of processes.reverse()) child.kill();
      processes = [];
    },
  };
}
