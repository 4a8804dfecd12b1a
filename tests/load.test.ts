import { expect } from '@open-wc/testing';
import { fetchDataset, readDocument } from '../src/data/load.js';

// The /fault/ endpoints are served by tests/support/fault-server.mjs on the runner's own server.
describe('fetchDataset', () => {
  it('loads and validates JSON served as application/json', async () => {
    const result = await fetchDataset('/fault/ok');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.areas[0]?.name).to.equal('Area A');
  });

  it('accepts JSON served as text/plain, as raw file hosts do', async () => {
    expect((await fetchDataset('/fault/ok-text')).ok).to.equal(true);
  });

  it('resolves a relative address against the page', async () => {
    const result = await fetchDataset('fault/ok');
    expect(result.ok).to.equal(true);
  });

  const failures: [string, string, RegExp][] = [
    ['/fault/404', 'http', /error 404/],
    ['/fault/500', 'http', /error 500/],
    ['/fault/invalid-json', 'parse', /not valid JSON/],
    ['/fault/html', 'content-type', /returned text\/html, not JSON/],
    ['/fault/truncated', 'network', /stopped arriving/],
  ];
  for (const [url, kind, message] of failures) {
    it(`ends ${url} in a "${kind}" error with plain words`, async () => {
      const result = await fetchDataset(url);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.kind).to.equal(kind);
      expect(result.error.message).to.match(message);
      expect(result.error.url).to.equal(new URL(url, document.baseURI).href);
    });
  }

  it('gives up on a server that never answers after the timeout', async () => {
    const started = performance.now();
    const result = await fetchDataset('/fault/hang', { timeout: 300 });
    expect(performance.now() - started).to.be.lessThan(5000);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.kind).to.equal('timeout');
      expect(result.error.message).to.equal('The data took longer than 0.3 seconds to load.');
    }
  });

  it('stops reading a body over the size limit', async () => {
    const result = await fetchDataset('/fault/large', { maxBytes: 10_000 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('too-large');
  });

  it('reports an unreachable server as a network error', async () => {
    const result = await fetchDataset('http://127.0.0.1:9/data.json', { timeout: 3000 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('network');
  });

  it('never settles once aborted, so a removed element hears nothing', async () => {
    const abort = new AbortController();
    let settled = false;
    void fetchDataset('/fault/hang', { signal: abort.signal, timeout: 5000 }).then(() => {
      settled = true;
    });
    abort.abort();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).to.equal(false);
  });
});

describe('readDocument', () => {
  it('names the JSON syntax error', () => {
    const result = readDocument('{"schema": 1,');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.message).to.match(/^The data is not valid JSON \(.+\)\.$/);
  });

  it('refuses a document that is not a dataset, listing the problem', () => {
    const result = readDocument('[1, 2, 3]');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.kind).to.equal('invalid');
      expect(result.error.problems?.[0]?.path).to.equal('$');
    }
  });
});
