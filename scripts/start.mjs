// `npm start`: builds the package, then serves the demo and the build on localhost.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
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

const server = createServer(async (request, response) => {
  const file = resolve(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file || !existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  if (file.endsWith('server-rendered.html')) {
    const page = await serverRendered(file);
    response.writeHead(200, {
      'content-type': types['.html'],
      'cache-control': 'no-store',
      // Declarative shadow roots carry their styles inline, which style-src 'self' refuses.
      'content-security-policy': strictPolicy.replace(
        "style-src 'self'",
        "style-src 'self' 'unsafe-inline'",
      ),
    });
    response.end(page);
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    // The demo runs under the strict policy a careful partner site sends, to show it works there.
    'content-security-policy': strictPolicy,
  });
  createReadStream(file).pipe(response);
});

const host = process.env.HOST ?? '127.0.0.1';
let port = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < 8100) {
    port += 1;
    server.listen(port, host);
  } else throw error;
});
server.on('listening', () => {
  console.log(`\nBig Local widgets demo: http://localhost:${port}/  (Ctrl+C to stop)`);
});
server.listen(port, host);
