// The demo's web server, shared by `npm start`, `npm run audit` and the demo pages' test: the
// demo pages and the build on one origin, under the strict policy a careful partner site sends,
// every text response compressed (brotli, else gzip) as a production server would send it.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const compressible = new Set(['.html', '.js', '.mjs', '.json', '.css', '.map', '.svg']);

/** The demo's pages, for the audit and the demo pages' test: every `demo/*.html`. */
export function demoPages() {
  const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html'));
  return ['index.html', ...pages.filter((page) => page !== 'index.html').sort()];
}

/** Maps a URL path to a file under demo/ or dist/, refusing anything outside them. */
function resolve(pathname) {
  const path = decodeURIComponent(pathname);
  const [base, rest] = path.startsWith('/dist/')
    ? [join(root, 'dist'), path.slice('/dist/'.length)]
    : [join(root, 'demo'), path.replace(/^\/(demo\/)?/, '')];
  const file = normalize(join(base, rest || 'index.html'));
  if (!file.startsWith(base + sep) && file !== base) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

/**
 * A page's `<!-- ssr: widget attribute="value" -->` comments replaced by the widget rendered on
 * the server (big-local-widgets/ssr), the way a static-site generator would at build time.
 */
async function serverRendered(file) {
  const { renderWidget } = await import(pathToFileURL(join(root, 'dist/ssr/index.js')).href);
  let page = readFileSync(file, 'utf8');
  for (const [comment, widget, attributes] of page.matchAll(/<!-- ssr: ([\w-]+)(.*?) -->/g)) {
    const given = Object.fromEntries(
      [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    );
    page = page.replace(comment, await renderWidget(widget, given));
  }
  return page;
}

/** Compressed bodies of files, by encoding, path and modification time: each file once. */
const compressed = new Map();

/** The body in the best encoding the request accepts, with its `content-encoding`. */
function encode(request, body, key) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : '';
  if (!encoding) return { body };
  const cacheKey = key && `${encoding} ${key}`;
  let encoded = cacheKey ? compressed.get(cacheKey) : undefined;
  if (!encoded) {
    encoded =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    if (cacheKey) compressed.set(cacheKey, encoded);
  }
  return { body: encoded, encoding };
}

/**
 * The `cache-control` of a response. Unless `cacheable`, nothing is kept, so a rebuild shows
 * at once. Cacheable, as a production server would: the build's hashed chunks for a year (their
 * names change with their content), other scripts, styles, data and images for a day, pages
 * revalidated each time.
 */
function cacheControl(cacheable, pathname, extension) {
  if (!cacheable) return 'no-store';
  if (extension === '.html') return 'no-cache';
  if (/^\/dist\/chunks\/.+-[\w-]{8}\.js$/.test(pathname))
    return 'public, max-age=31536000, immutable';
  return 'public, max-age=86400';
}

/**
 * Starts the demo server on `port` (0 for any free one; taken, it tries the next, up to 100
 * more) and resolves with the server and its origin once it listens.
 */
export function startDemoServer({ port = 8000, host = '127.0.0.1', cacheable = false } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolve(pathname);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const extension = extname(file);
    const headers = {
      'content-type': types[extension] ?? 'application/octet-stream',
      'cache-control': cacheControl(cacheable, pathname, extension),
      // The demo runs under the strict policy a careful partner site sends, to show it works there.
      'content-security-policy': strictPolicy,
      vary: 'accept-encoding',
    };
    let raw;
    let key;
    if (file.endsWith('server-rendered.html')) {
      raw = Buffer.from(await serverRendered(file));
      headers['cache-control'] = 'no-store';
      // Declarative shadow roots carry their styles inline, which style-src 'self' refuses.
      headers['content-security-policy'] = strictPolicy.replace(
        "style-src 'self'",
        "style-src 'self' 'unsafe-inline'",
      );
    } else {
      raw = readFileSync(file);
      key = `${file} ${statSync(file).mtimeMs}`;
    }
    const { body, encoding } = compressible.has(extension)
      ? encode(request, raw, key)
      : { body: raw };
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    let tries = 0;
    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0 && tries < 100) {
        tries += 1;
        server.listen(port + tries, host);
      } else fail(error);
    });
    server.on('listening', () => {
      const address = server.address();
      done({ server, origin: `http://localhost:${address.port}` });
    });
    server.listen(port, host);
  });
}
