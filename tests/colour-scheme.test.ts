import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/outcome-ring/define.js';
import type { BlAreaCard } from '../src/widgets/area-card/area-card.js';
import { matrixDataset } from './fixtures/matrix-datasets.js';
import { query, settled, shadow } from './support/helpers.js';

/**
 * Which colour scheme a widget draws in: the page's own unless it is told otherwise. A light
 * site stays light for a reader whose system is dark; a dark site gets dark widgets; `auto`
 * follows the reader.
 */

/** Whether the text of `element`'s base is light (so drawn for a dark background). */
function drawsDark(widget: Element): boolean {
  const [r = 0, g = 0, b = 0] = getComputedStyle(query(widget, '[part~="base"]'))
    .color.match(/\d+/g)!
    .map(Number);
  return r + g + b > 3 * 128;
}

const ring = (attributes = '') => {
  const host = document.createElement('div');
  host.innerHTML = `<bl-outcome-ring label="Skills" value="2" level-labels="A | B | C" ${attributes}></bl-outcome-ring>`;
  return host;
};

const mounted: HTMLElement[] = [];

async function mount(host: HTMLElement) {
  document.body.append(host);
  mounted.push(host);
  const widget = host.querySelector('bl-outcome-ring')!;
  await settled(widget);
  return widget;
}

/**
 * Whether this engine lets a test set the reader's colour preference: Chromium's protocol does;
 * Firefox and WebKit give a test no way, so the checks that need it run in Chromium alone.
 */
const readerEmulable =
  (await executeServerCommand<boolean, undefined>('forced-colors-emulable')) === true;
const chromiumOnly = " (Chromium only: no other engine lets a test set the reader's preference)";
const readerIt = (name: string, test: () => Promise<void>) => {
  if (readerEmulable) it(name + chromiumOnly, test);
};

describe('the colour scheme', () => {
  afterEach(async () => {
    mounted.splice(0).forEach((host) => host.remove());
    if (readerEmulable) await emulateMedia({ colorScheme: 'light' });
  });

  readerIt(
    'is the page’s: light on a page that declares none, whatever the reader prefers',
    async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const widget = await mount(ring());
      expect(drawsDark(widget)).to.equal(false);
      // Drawn on the page's own background, not a panel of its own.
      const base = getComputedStyle(query(widget, '[part~="base"]'));
      expect(base.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(base.paddingTop).to.equal('0px');
    },
  );

  it('is dark on a page that declares a dark colour scheme', async () => {
    const host = ring();
    host.style.colorScheme = 'dark';
    expect(drawsDark(await mount(host))).to.equal(true);
  });

  readerIt('follows a reader on a page that follows its reader (`light dark`)', async () => {
    const host = ring();
    host.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const widget = await mount(host);
    expect(drawsDark(widget)).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(drawsDark(widget)).to.equal(false);
  });

  readerIt('follows the reader with theme="auto", on any page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const widget = await mount(ring('theme="auto"'));
    expect(drawsDark(widget)).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(drawsDark(widget)).to.equal(false);
  });

  it('is a rounded panel of its own when given a theme, the page’s being another', async () => {
    const host = ring();
    host.dataset.theme = 'dark';
    const widget = await mount(host);
    expect(drawsDark(widget)).to.equal(true);
    const base = getComputedStyle(query(widget, '[part~="base"]'));
    expect(base.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(base.borderTopLeftRadius)).to.be.above(0);
    expect(parseFloat(base.paddingTop)).to.be.above(0);
  });

  it('passes to the widgets inside a widget, which draw no panel of their own', async () => {
    const programme = await fixture(html`
      <div data-theme="dark">
        <bl-programme .data=${matrixDataset()}>
          <bl-area-card area="weir-end"></bl-area-card>
        </bl-programme>
      </div>
    `);
    const card = programme.querySelector<BlAreaCard>('bl-area-card')!;
    await settled(card);
    const rings = shadow(card).querySelector('bl-outcome-rings')!;
    await settled(rings);
    expect(drawsDark(card)).to.equal(true);
    expect(drawsDark(rings)).to.equal(true);
    const inner = getComputedStyle(query(rings, '[part~="base"]'));
    expect(inner.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(inner.paddingTop).to.equal('0px');
  });
});
