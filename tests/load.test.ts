import { expect } from '@open-wc/testing';
import { fetchDataset, fromValue, readDocument } from '../src/data/load.js';
import { loadErrorText, setLocale } from '../src/strings/index.js';

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

  const failures: [string, string, RegExp, object | null][] = [
    ['/fault/404', 'http', /error 404/, { status: 404 }],
    ['/fault/500', 'http', /error 500/, { status: 500 }],
    ['/fault/invalid-json', 'parse', /not valid JSON/, null],
    ['/fault/html', 'content-type', /returned text\/html, not JSON/, { type: 'text/html' }],
    ['/fault/truncated', 'network', /stopped arriving/, { cause: 'truncated' }],
  ];
  for (const [url, kind, message, params] of failures) {
    it(`ends ${url} in a "${kind}" error with plain words`, async () => {
      const result = await fetchDataset(url);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.kind).to.equal(kind);
      if (params) expect(result.error.params).to.deep.equal(params);
      expect(result.error.message).to.match(message);
      expect(loadErrorText(result.error)).to.equal(result.error.message);
      expect(result.error.url).to.equal(new URL(url, document.baseURI).href);
    });
  }

  it('refuses an address that is not a URL, naming it', async () => {
    const result = await fetchDataset('http://[not-a-host');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.kind).to.equal('network');
    expect(result.error.params).to.deep.equal({ cause: 'bad-url', src: 'http://[not-a-host' });
    expect(result.error.message).to.equal(
      'The data address "http://[not-a-host" is not a valid URL.',
    );
  });

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
    void fetchDataset('/fault/ok', { signal: abort.signal }).then(() => {
      settled = true;
    });
    abort.abort();
    // The same request, not aborted and started later, settling first shows the aborted one
    // would have settled by now if it ever were to: no guess at how long to wait.
    const control = await fetchDataset('/fault/ok');
    expect(control.ok).to.equal(true);
    expect(settled).to.equal(false);
  });
});

describe('loadErrorText', () => {
  afterEach(() => setLocale('en-GB'));

  it('words an error in the locale in force, while its message keeps the first wording', async () => {
    const result = await fetchDataset('/fault/404');
    if (result.ok) throw new Error('expected an error');
    setLocale('de-DE', {
      loadErrors: { http: (status) => `Der Server antwortete mit ${status}.` },
    });
    expect(loadErrorText(result.error)).to.equal('Der Server antwortete mit 404.');
    expect(result.error.message).to.equal('The data server answered with error 404.');
  });

  it('counts seconds with the locale’s plural forms and decimal separator', () => {
    expect(loadErrorText({ kind: 'timeout', params: { ms: 1000 } })).to.equal(
      'The data took longer than 1 second to load.',
    );
    setLocale('de-DE');
    expect(loadErrorText({ kind: 'timeout', params: { ms: 2500 } })).to.equal(
      'The data took longer than 3 seconds to load.',
    );
    expect(loadErrorText({ kind: 'timeout', params: { ms: 300 } })).to.equal(
      'The data took longer than 0,3 seconds to load.',
    );
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

describe('fromValue', () => {
  const usable = {
    schema: 1,
    programme: { id: 'p', name: 'P' },
    outcomes: [],
    factors: [],
    areas: [{ id: 'a', name: 'A' }],
  };
  // A document without its required parts would show nothing: an error alert, never an empty
  // widget that looks as if it had loaded.
  const unusable: [string, object, string][] = [
    ['a programme given as text', { ...usable, programme: 'P' }, '$.programme'],
    ['outcomes given as text', { ...usable, outcomes: 'four' }, '$.outcomes'],
    ['factors given as an object', { ...usable, factors: { id: 'f' } }, '$.factors'],
    ['areas given as an object', { ...usable, areas: { id: 'a' } }, '$.areas'],
  ];
  for (const [name, value, path] of unusable) {
    it(`ends ${name} in an "invalid" error listing the problem at ${path}`, () => {
      const result = fromValue(value);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error.kind).to.equal('invalid');
      expect(result.error.message).to.equal(
        'The data has no usable programme, outcomes, factors or areas.',
      );
      expect(result.error.problems?.map((problem) => problem.path)).to.include(path);
    });
  }

  it('loads a document whose optional parts are broken, with its problems', () => {
    const result = fromValue({
      ...usable,
      facts: 'none',
      areas: [{ id: 'a', name: 'A', wave: 99 }],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.areas).to.deep.equal([{ id: 'a', name: 'A' }]);
    expect(result.problems.map((problem) => problem.path)).to.deep.equal([
      '$.areas[0].wave',
      '$.facts',
    ]);
  });
});
