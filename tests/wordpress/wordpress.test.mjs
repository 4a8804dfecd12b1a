// The WordPress plugin on a real WordPress: Debian's WordPress 6.1 package on PHP 8.2 and
// MariaDB, Twenty Twenty-Three, served on loopback by PHP's own server. The plugin goes in
// through the upload screen as an administrator would; posts with the block and the shortcode
// are saved as an administrator, an editor, an author and a contributor (whose pending post is
// then published); each page is opened in headless Chromium. Run by `npm test` when the stack is
// installed (`.ci/run` installs it), or alone with `npm run test:wordpress`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const here = join(root, 'tests/wordpress');
const core = '/usr/share/wordpress';
const zipPath = join(root, 'dist/big-local-widgets-wordpress.zip');
const password = 'big-local-test-password';
const config = '/etc/wordpress/config-127.0.0.1.php';

let work;
let port;
let base;
let browser;
const processes = [];
let posts;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port: found } = server.address();
      server.close(() => resolve(found));
    });
  });

async function until(check, what, timeout = 60_000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // Not up yet.
    }
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function php(script, input = '', args = []) {
  const result = spawnSync('php', [join(here, script), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, BLW_WP_PASSWORD: password },
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'blw-wordpress-'));
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  if (!existsSync(zipPath)) {
    execFileSync(process.execPath, [join(root, 'scripts/build-wordpress.mjs'), '--no-build'], {
      stdio: 'inherit',
    });
  }

  // MariaDB in the test's own folder, on a socket only.
  const data = join(work, 'db');
  const socket = join(work, 'mysql.sock');
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  const database = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--user=root',
      `--pid-file=${join(work, 'db.pid')}`,
    ],
    { stdio: 'ignore' },
  );
  processes.push(database);
  await until(() => existsSync(socket), 'MariaDB');
  await until(
    () =>
      spawnSync('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e', 'SELECT 1']).status ===
      0,
    'MariaDB to answer',
  );
  execFileSync('mariadb', [
    '--no-defaults',
    '-S',
    socket,
    '-uroot',
    '-e',
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
  ]);

  // WordPress's content folder of the test's own, with the theme; the plugin comes by upload.
  const content = join(work, 'wp-content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  cpSync(
    join(core, 'wp-content/themes/twentytwentythree'),
    join(content, 'themes/twentytwentythree'),
    {
      recursive: true,
      dereference: true,
    },
  );
  mkdirSync(dirname(config), { recursive: true });
  writeFileSync(
    config,
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${base}/wp-content');
define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');
define('WP_DEBUG_DISPLAY', true);
define('FS_METHOD', 'direct');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
`,
  );
  php('setup.php');

  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', core, join(here, 'router.php')], {
    env: { ...process.env, BLW_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
    // A group of its own: the server forks its workers, and they must go when it does.
    detached: true,
  });
  processes.push(server);
  await until(async () => (await fetch(`${base}/wp-login.php`)).ok, 'WordPress to serve');

  browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await Promise.all(
    processes.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          // The whole group where it has one (the PHP server and its workers).
          try {
            process.kill(child.spawnargs[0] === 'php' ? -child.pid : child.pid, 'SIGTERM');
          } catch {
            child.kill('SIGTERM');
          }
        }),
    ),
  );
  rmSync(config, { force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

async function logIn(context, user) {
  const page = await context.newPage();
  // Logging in is this suite's way in, not what it tests: a first try on a site installed a
  // moment ago can be refused (its test cookie not yet set), so it tries again, and says why.
  let refusal = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(`${base}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    if (page.url().includes('/wp-admin')) return page;
    refusal =
      (await page
        .locator('#login_error')
        .textContent()
        .catch(() => '')) ?? '';
  }
  assert.fail(`${user} did not log in: ${refusal.trim()} (${page.url()})`);
}

/** The widgets a page shows: each one's tag, what it drew, and a card's area name. */
function renderedWidgets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.blw-widget > *')].map((element) => ({
      tag: element.localName,
      drawn: Boolean(element.shadowRoot?.querySelector('[part~="base"]')),
      name: element.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim() ?? null,
      notice:
        element.shadowRoot
          ?.querySelector('[part~="notice"], [part~="error"]')
          ?.textContent?.trim() ?? null,
      error: element.classList.contains('blw-error') ? element.textContent.trim() : null,
    })),
  );
}

/** Opens a page as a reader, with what went wrong on the way. */
async function visit(url, expectedWidgets) {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const errors = [];
  const modules = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (request.url().includes('big-local-widgets.min.js')) modules.push(request.url());
  });
  const response = await page.goto(url);
  const html = await response.text();
  await page.waitForFunction(
    (count) => {
      const widgets = [...document.querySelectorAll('.blw-widget > *')];
      return (
        widgets.length === count &&
        widgets.every(
          (element) =>
            element.classList.contains('blw-error') ||
            element.localName === 'iframe' ||
            (element.shadowRoot?.querySelector('[part~="base"]') &&
              !element.shadowRoot.querySelector('[part="loading"]')),
        )
      );
    },
    expectedWidgets,
    { timeout: 30_000 },
  );
  return { context, page, html, errors, modules };
}

function noPhpNotice(html) {
  assert.doesNotMatch(html, /<b>(Warning|Notice|Deprecated|Fatal error)<\/b>:.*big-local-widgets/);
  const log = existsSync(join(work, 'debug.log'))
    ? readFileSync(join(work, 'debug.log'), 'utf8')
    : '';
  assert.deepEqual(
    log.split('\n').filter((line) => line.includes('big-local-widgets')),
    [],
  );
}

async function axe(page) {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const { violations } = await window.axe.run({ include: [['.blw-widget']] });
    return violations.map((violation) => `${violation.id}: ${violation.nodes.length}`);
  });
  assert.deepEqual(result, []);
}

const block = (settings) => `<!-- wp:big-local/widget ${JSON.stringify(settings)} /-->`;

test('the plugin installs through the upload screen and activates', async () => {
  const context = await browser.newContext();
  const page = await logIn(context, 'admin');
  await page.goto(`${base}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', zipPath);
  await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
  assert.match(await page.textContent('body'), /Plugin installed successfully/);
  await Promise.all([page.waitForNavigation(), page.click('a:has-text("Activate Plugin")')]);
  assert.match(await page.textContent('body'), /Plugin activated/);
  await context.close();

  posts = JSON.parse(
    php(
      'posts.php',
      JSON.stringify([
        {
          key: 'admin-block',
          role: 'administrator',
          title: 'A card and the matrix',
          content: `${block({ widget: 'area-card', options: { area: 'barrowcliff' } })}\n${block({ widget: 'conditions-matrix', align: 'wide' })}`,
        },
        ...['editor', 'author', 'contributor'].map((role) => ({
          key: `${role}-block`,
          role,
          title: `${role}'s card`,
          content: `<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->\n${block({ widget: 'area-card', options: { area: 'whitley-bay' } })}\n${block({ widget: 'outcome-rings', options: { area: 'barrowcliff' } })}`,
        })),
        {
          key: 'classic',
          role: 'author',
          title: 'Classic content',
          content:
            'Some words.\n\n[big_local widget="area-card" area="barrowcliff"]\n\nMore words.\n\n[big_local widget=”area-card” area=”whitley-bay”]',
        },
        {
          key: 'contributor-shortcode',
          role: 'contributor',
          title: 'A contributor’s shortcode',
          content: '<p>[big_local widget="area-card" area="barrowcliff" theme="dark"]</p>',
        },
        {
          key: 'plain',
          role: 'author',
          title: 'No widget here',
          content: '<!-- wp:paragraph --><p>Just words.</p><!-- /wp:paragraph -->',
        },
        {
          key: 'iframe',
          role: 'editor',
          title: 'An iframe',
          content: block({ widget: 'area-card', options: { area: 'barrowcliff' }, mode: 'iframe' }),
        },
        ...['administrator', 'contributor'].map((role) => ({
          key: `${role}-hostile`,
          role,
          title: `Hostile settings from ${role}`,
          content: [
            `[big_local widget="area-card" area='x" onfocus="window.__pwned=1" autofocus="']`,
            '[big_local widget="area-card" area="<img src=x onerror=window.__pwned=1>"]',
            '[big_local widget="area-card" area="barrowcliff" src="javascript:window.__pwned=1"]',
            '[big_local widget="script" area="barrowcliff"]',
            block({
              widget: 'area-card',
              options: { area: '"><script>window.__pwned=1</script>', onclick: 'window.__pwned=1' },
            }),
            block({
              widget: 'area-card',
              options: { area: 'barrowcliff' },
              src: 'data:application/json,{}',
            }),
          ].join('\n'),
        })),
      ]),
    ),
  );
  assert.equal(posts['contributor-block'].pending, true, 'a contributor’s post goes to review');
});

for (const key of ['admin-block', 'editor-block', 'author-block', 'contributor-block']) {
  test(`a page with the block saved by ${key.split('-')[0]} shows its widgets`, async () => {
    const expected = key === 'admin-block' ? 2 : 2;
    const { context, page, html, errors, modules } = await visit(posts[key].url, expected);
    const widgets = await renderedWidgets(page);
    assert.deepEqual(
      widgets.map((widget) => widget.tag),
      key === 'admin-block'
        ? ['bl-area-card', 'bl-conditions-matrix']
        : ['bl-area-card', 'bl-outcome-rings'],
    );
    assert.ok(widgets.every((widget) => widget.drawn));
    assert.equal(widgets[0].name, key === 'admin-block' ? 'Barrowcliff' : 'Whitley Bay');
    // Before JavaScript, and for crawlers: the server's text says what the widget is.
    assert.match(html, key === 'admin-block' ? /Area card: Barrowcliff/ : /Area card: Whitley Bay/);
    if (key === 'admin-block') {
      // Wide alignment gives the matrix more than the content column.
      const widths = await page.evaluate(() => ({
        card: document.querySelector('.blw-widget:not(.alignwide)').getBoundingClientRect().width,
        matrix: document
          .querySelector('.blw-widget.alignwide bl-conditions-matrix')
          .getBoundingClientRect().width,
      }));
      assert.ok(widths.matrix > widths.card + 100, JSON.stringify(widths));
    } else {
      // In the content column, lined up with the paragraph before it.
      const lefts = await page.evaluate(() => ({
        paragraph: document
          .querySelector('.entry-content > p, .wp-block-post-content > p')
          .getBoundingClientRect().left,
        card: document.querySelector('bl-area-card').getBoundingClientRect().left,
      }));
      assert.ok(Math.abs(lefts.paragraph - lefts.card) < 1, JSON.stringify(lefts));
    }
    assert.equal(modules.length, 1, 'the module is requested once');
    assert.deepEqual(errors, []);
    noPhpNotice(html);
    // Light by default on a light theme, whatever the reader's own setting (dark here): the
    // widget follows the site, which declares no dark colour scheme.
    const look = await page.evaluate(() => {
      const card = document.querySelector('bl-area-card');
      const base = card.shadowRoot.querySelector('[part~="base"]');
      return { theme: card.getAttribute('theme'), color: getComputedStyle(base).color };
    });
    assert.equal(look.theme, null);
    const [red, green, blue] = look.color.match(/\d+/g).map(Number);
    assert.ok(red + green + blue < 150, `text is ${look.color}, not dark on the light post`);
    await axe(page);
    await context.close();
  });
}

test('a post from the Classic editor keeps its shortcodes, curly quotes and all', async () => {
  const { context, page, html, errors, modules } = await visit(posts.classic.url, 2);
  const widgets = await renderedWidgets(page);
  assert.deepEqual(
    widgets.map((widget) => widget.name),
    ['Barrowcliff', 'Whitley Bay'],
  );
  // wpautop leaves the widget out of paragraphs.
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('p .blw-widget, p bl-area-card').length),
    0,
  );
  assert.equal(modules.length, 1);
  assert.deepEqual(errors, []);
  noPhpNotice(html);
  await context.close();
});

test('a contributor’s shortcode survives review and shows once published', async () => {
  const { context, page } = await visit(posts['contributor-shortcode'].url, 1);
  const [card] = await renderedWidgets(page);
  assert.equal(card.name, 'Barrowcliff');
  await context.close();
});

test('the iframe mode sizes itself and shows no border', async () => {
  const { context, page } = await visit(posts.iframe.url, 1);
  const frame = page.locator('iframe.blw-frame');
  await until(
    async () => (await frame.evaluate((element) => element.offsetHeight)) > 250,
    'the iframe to size itself',
    20_000,
  );
  assert.equal(await frame.evaluate((element) => getComputedStyle(element).borderTopStyle), 'none');
  await context.close();
});

for (const role of ['administrator', 'contributor']) {
  test(`hostile settings from ${role === 'administrator' ? 'an administrator' : 'a contributor'} render inert`, async () => {
    const { context, page, html, errors } = await visit(posts[`${role}-hostile`].url, 6);
    const widgets = await renderedWidgets(page);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('.blw-widget *')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => attribute.name),
      ),
    );
    assert.deepEqual(handlers, []);
    assert.equal(
      await page.evaluate(
        () => document.querySelectorAll('.blw-widget script, .blw-widget img').length,
      ),
      0,
    );
    // Each bad value is the widget's own error state, or the plugin's, never a broken page.
    // (kses strips markup from a contributor's shortcode on save: the card then asks for an area.)
    assert.match(
      widgets[0].notice ?? '',
      /There is no area|Choose an area/,
      JSON.stringify(widgets[0]),
    );
    assert.match(
      widgets[1].notice ?? '',
      /There is no area|Choose an area/,
      JSON.stringify(widgets[1]),
    );
    assert.match(widgets[2].error ?? '', /http or https/);
    assert.match(widgets[3].error ?? '', /no widget called "script"/);
    assert.match(
      widgets[4].notice ?? '',
      /There is no area|Choose an area/,
      JSON.stringify(widgets[4]),
    );
    assert.match(widgets[5].error ?? '', /http or https/);
    assert.deepEqual(errors, []);
    noPhpNotice(html);
    await context.close();
  });
}

test('the editor shows the real widget at its real height, and a contributor can insert it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await logIn(context, 'contributor');
  await page.goto(`${base}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('big-local/widget'), null, {
    timeout: 60_000,
  });
  await page.evaluate(() => {
    const block = window.wp.blocks.createBlock('big-local/widget', {
      widget: 'area-card',
      options: { area: 'barrowcliff' },
    });
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
  });
  await page.waitForFunction(
    () =>
      document
        .querySelector('.wp-block-big-local-widget bl-area-card')
        ?.shadowRoot?.querySelector('[part="name"]'),
    null,
    { timeout: 30_000 },
  );
  const sizes = await page.evaluate(() => {
    const wrapper = document.querySelector('.wp-block-big-local-widget');
    const card = wrapper.querySelector('bl-area-card');
    return {
      wrapper: wrapper.getBoundingClientRect().height,
      card: card.getBoundingClientRect().height,
    };
  });
  assert.ok(sizes.card > 150, `the card is ${sizes.card}px tall`);
  assert.ok(Math.abs(sizes.wrapper - sizes.card) < 40, JSON.stringify(sizes));
  await context.close();
});

test('a page without a widget loads none of the plugin', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on(
    'request',
    (request) => request.url().includes('big-local-widgets') && requested.push(request.url()),
  );
  await page.goto(posts.plain.url, { waitUntil: 'networkidle' });
  assert.match(await page.textContent('body'), /Just words/);
  assert.deepEqual(requested, []);
  await context.close();
});

test('an author may upload a dataset as a JSON file to the Media Library', () => {
  const result = JSON.parse(php('uploads.php', '', ['author']));
  assert.match(result.url ?? JSON.stringify(result), /\.json$/);
  assert.equal(result.type, 'application/json');
});

test('the settings page takes the site’s data URL, refuses others, and checks it', async () => {
  const context = await browser.newContext();
  const page = await logIn(context, 'admin');
  const settings = `${base}/wp-admin/options-general.php?page=big-local-widgets`;
  await page.goto(settings);
  await page.fill('#blw_default_data_url', 'javascript:alert(1)');
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  assert.match(await page.textContent('.wrap'), /http or https/);
  assert.equal(await page.inputValue('#blw_default_data_url'), '');

  const url = `${base}/wp-content/plugins/big-local-widgets/assets/data/big-local-150.json`;
  await page.fill('#blw_default_data_url', url);
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  assert.equal(await page.inputValue('#blw_default_data_url'), url);
  await page.waitForFunction(
    () => document.querySelector('bl-area-directory')?.shadowRoot?.querySelector('[part~="count"]'),
    null,
    { timeout: 30_000 },
  );
  const count = await page.evaluate(
    () =>
      document.querySelector('bl-area-directory').shadowRoot.querySelector('[part~="count"]')
        .textContent,
  );
  assert.match(count, /150/);
  // Every widget that names no data now uses the site's.
  const { context: reader, page: post } = await visit(posts['author-block'].url, 2);
  assert.equal(
    await post.evaluate(() => document.querySelector('bl-area-card').getAttribute('src')),
    url,
  );
  await reader.close();

  // A dataset with a problem: the check lists it.
  const illustrative = JSON.parse(readFileSync(join(root, 'src/data/illustrative.json'), 'utf8'));
  const flawed = JSON.stringify({
    ...illustrative,
    areas: [...illustrative.areas, { id: 'nameless' }],
  });
  const uploaded = JSON.parse(php('uploads.php', '', ['author', flawed]));
  await page.goto(settings);
  await page.fill('#blw_default_data_url', uploaded.url);
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
  await page.waitForFunction(
    () =>
      document.querySelector('bl-area-directory')?.shadowRoot?.querySelector('[part~="partial"]'),
    null,
    { timeout: 30_000 },
  );
  const partial = await page.evaluate(
    () =>
      document.querySelector('bl-area-directory').shadowRoot.querySelector('[part~="partial"]')
        .textContent,
  );
  assert.match(partial, new RegExp(`areas\\[${illustrative.areas.length}\\]\\.name`));
  await context.close();
});
