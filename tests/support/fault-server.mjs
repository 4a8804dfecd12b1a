// Test-only endpoints under /fault/ on the test runner's own loopback server: every way a
// partner's data server can fail, so the loader's handling is tested against real HTTP.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const minimal = JSON.stringify({
  schema: 1,
  programme: { id: 'fault-test', name: 'Fault test' },
  outcomes: [],
  factors: [],
  areas: [{ id: 'a', name: 'Area A' }],
});

const distRoot = new URL('../../dist/', import.meta.url);

const routes = {
  // The size a page's script costs as a server would send it: gzip -9 of the built file on
  // disk, since the test server itself rewrites scripts as it serves them.
  '/fault/gzip-size': (ctx) => {
    const path = String(ctx.query.path ?? '').replace(/^\/dist\//, '');
    const file = new URL(path, distRoot);
    if (!path || path.includes('..') || !file.href.startsWith(distRoot.href)) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(gzipSync(readFileSync(file), { level: 9 }).length);
  },
  '/fault/illustrative': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = readFileSync(new URL('../../src/data/illustrative.json', import.meta.url), 'utf8');
  },
  '/fault/ok': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = minimal;
  },
  '/fault/ok-text': (ctx) => {
    ctx.type = 'text/plain';
    ctx.body = minimal;
  },
  '/fault/404': (ctx) => {
    ctx.status = 404;
    ctx.type = 'text/html';
    ctx.body = '<h1>Not found</h1>';
  },
  '/fault/500': (ctx) => {
    ctx.status = 500;
    ctx.body = 'Internal error';
  },
  '/fault/invalid-json': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = '{"schema": 1, "programme": ';
  },
  '/fault/html': (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>An app shell, not data</p>';
  },
  '/fault/large': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ padding: 'x'.repeat(200_000) });
  },
  '/fault/truncated': (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
    ctx.res.write('{"schema": 1, "programme": {"id": "x"');
    setTimeout(() => ctx.res.destroy(), 50);
  },
  // Never answers until the client gives up (or 15 s pass, so the server can always stop).
  // With ?id=, remembers that the request arrived, for /fault/arrived?id=, and that the client
  // closed it, for /fault/closed?id=.
  '/fault/hang': (ctx) =>
    new Promise((resolve) => {
      if (ctx.query.id) arrived.add(String(ctx.query.id));
      const timer = setTimeout(resolve, 15_000);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        if (ctx.query.id) closed.add(String(ctx.query.id));
        resolve();
      });
    }).then(() => {
      ctx.status = 204;
    }),
  '/fault/arrived': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ arrived: arrived.has(String(ctx.query.id)) });
  },
  '/fault/closed': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ closed: closed.has(String(ctx.query.id)) });
  },
  // Fails with 503 the first time each ?id= asks, then answers: for Retry buttons.
  '/fault/flaky': (ctx) => {
    const id = String(ctx.query.id);
    if (!asked.has(id)) {
      asked.add(id);
      ctx.status = 503;
      ctx.body = 'Try again';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = minimal;
  },
};

/** Hang request ids that arrived, ids whose connection the client closed, and ids /fault/flaky has failed once. */
const arrived = new Set();
const closed = new Set();
const asked = new Set();

/**
 * The policy a strict partner page sends: no inline script or style, no eval, Trusted Types
 * required for script sinks, nothing from other origins.
 */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** Koa middleware for `@web/test-runner`'s `middleware` option. */
export function faultMiddleware() {
  return async (ctx, next) => {
    const route = routes[ctx.path];
    if (route) {
      await route(ctx);
      return;
    }
    await next();
    // Any page asked for with ?csp=1 is served under the strict policy.
    if (ctx.query.csp === '1') ctx.set('Content-Security-Policy', strictPolicy);
  };
}
