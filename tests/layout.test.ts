import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { widgets } from '../src/widgets/registry.js';
import { cardDataset } from './fixtures/card-dataset.js';
import { createWidget, firstIds } from './support/page-health.js';
import type { Dataset } from '../src/data/types.js';

/**
 * Every widget keeps a sensible width in any container a host page may put it in, including
 * the shrink-to-fit ones where size containment alone would collapse it to zero.
 */
const containers: Record<string, string> = {
  'an inline-block': 'display: inline-block',
  'a float': 'float: left',
  'a content-sized flex item': 'display: flex; align-items: flex-start',
  'a grid auto column': 'display: grid; grid-template-columns: auto',
};

const dataset = cardDataset();
const ids = firstIds(dataset as unknown as Dataset);

function placed(style: string, tag: string) {
  const host = document.createElement('div');
  host.setAttribute('style', style);
  const programme = document.createElement('bl-programme');
  (programme as unknown as { data: unknown }).data = dataset;
  const descriptor = widgets.find((widget) => widget.tag === tag)!;
  const widget = createWidget(descriptor, ids);
  // The flex and grid cases size the provider's box; it passes its width on as a block.
  programme.append(widget);
  host.append(programme);
  document.body.append(host);
  return { host, widget };
}

describe('widgets keep an intrinsic width', () => {
  afterEach(() => document.body.replaceChildren());
  const emPixels = () => parseFloat(getComputedStyle(document.body).fontSize);

  for (const descriptor of widgets.filter((widget) => widget.dataDriven)) {
    for (const [name, style] of Object.entries(containers)) {
      it(`<${descriptor.tag}> inside ${name} is at least 7em wide`, async () => {
        const { widget } = placed(style, descriptor.tag);
        // Drawn, not still loading the code or data it draws from.
        await waitUntil(
          () => widget.shadowRoot?.querySelector('[part="base"] > :not([part="loading"])'),
          'no render',
        );
        expect(widget.getBoundingClientRect().width).to.be.at.least(7 * emPixels());
      });
    }

    // A lone ring is inline by design, sized by its drawing; every other widget is a block.
    if (descriptor.tag === 'bl-outcome-ring') continue;
    it(`<${descriptor.tag}> still fills an ordinary 600 px block`, async () => {
      const { widget } = placed('width: 600px', descriptor.tag);
      await waitUntil(() => widget.shadowRoot?.querySelector('[part="base"] > *'), 'no render');
      expect(Math.round(widget.getBoundingClientRect().width)).to.equal(600);
    });
  }
});
