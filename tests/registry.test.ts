// A widget that exists only here, declared through `registerWidget` and nothing else, is offered
// by the embed builder, renders in the iframe page, and is held to every guarantee that iterates
// the registry: adding a widget needs its folder and its entry, not edits across the codebase.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { embeddableWidgets, registerWidget, widgetNamed } from '../src/widgets/registry.js';
import type { WidgetDescriptor } from '../src/widgets/registry.js';
import { renderFrame } from '../src/embed/render-frame.js';
import type { BlEmbedBuilder } from '../src/widgets/embed-builder/embed-builder.js';
import { captureWarnings, query, shadow, textOf } from './support/helpers.js';
import {
  createWidget,
  dataDrivenWidgets,
  defineWidgets,
  renderEveryWidget,
  stateOf,
} from './support/page-health.js';
import { mutate, mutation } from './support/mutations.js';
import {
  assertInert,
  assertReleased,
  assertRenders,
  assertSurvives,
  badInputs,
  chromiumOnlyHeap,
  heapMeasurable,
  payloads,
} from './support/guarantees.js';
import { describeSharedStates } from './support/shared-states.js';
import { cardDataset } from './fixtures/card-dataset.js';

const testWidget: WidgetDescriptor = {
  name: 'test-widget',
  tag: 'bl-test-widget',
  define: () => import('./fixtures/test-widget.js'),
  dataDriven: true,
  embed: { needsArea: false, attributes: [{ name: 'area', kind: 'area' }] },
};
registerWidget(testWidget);

const only = [testWidget];
const summary = (widget: Element) => textOf(query(widget, '[part="summary"]'));

describe('a widget registered at run time', () => {
  const placed: Element[] = [];
  afterEach(() => placed.splice(0).forEach((element) => element.remove()));

  it('is found by name and tag, and counted among the data-driven widgets', () => {
    expect(widgetNamed('test-widget')).to.equal(testWidget);
    expect(widgetNamed('bl-test-widget')).to.equal(testWidget);
    expect(embeddableWidgets()).to.include(testWidget);
    expect(dataDrivenWidgets()).to.include(testWidget);
  });

  it('renders through the iframe page’s renderFrame, with the attributes its entry allows', async () => {
    const root = document.createElement('div');
    placed.push(root);
    document.body.append(root);
    const params = new URLSearchParams('widget=test-widget&area=barrowcliff&variant=compact');
    const widget = renderFrame(params, root);
    expect(widget.localName).to.equal('bl-test-widget');
    expect(root.contains(widget)).to.equal(true);
    // Only what the entry lists becomes an attribute: `variant` is another widget's.
    expect(widget.getAttributeNames()).to.deep.equal(['area']);
    await waitUntil(() => widget.shadowRoot?.querySelector('[part="summary"]'), 'nothing drawn');
    expect(summary(widget)).to.match(/^Barrowcliff, /);
  });

  it('renders in the iframe page from a src, inside a provider', async () => {
    // The iframe page defines the provider (and the library's own widgets) before rendering.
    await defineWidgets([]);
    const root = document.createElement('div');
    placed.push(root);
    document.body.append(root);
    const widget = renderFrame(new URLSearchParams('widget=test-widget&src=/fault/ok'), root);
    expect(widget.parentElement?.localName).to.equal('bl-programme');
    await waitUntil(() => widget.shadowRoot?.querySelector('[part="summary"]'), 'nothing drawn');
    expect(summary(widget)).to.equal('Fault test: 1 areas');
  });

  it('is offered by the embed builder, which writes its snippet and previews it', async () => {
    await defineWidgets();
    const programme = document.createElement('bl-programme');
    programme.data = cardDataset();
    const builder = createWidget(widgetNamed('embed-builder')!, {}) as BlEmbedBuilder;
    builder.setAttribute('data-src', 'https://data.example/rivers.json');
    programme.append(builder);
    placed.push(programme);
    document.body.append(programme);
    await waitUntil(() => shadow(builder).querySelector('select[name="widget"]'), 'no form');
    const choice = query<HTMLSelectElement>(builder, 'select[name="widget"]');
    expect([...choice.options].map((option) => option.value)).to.deep.equal(
      embeddableWidgets().map((widget) => widget.name),
    );
    choice.value = 'test-widget';
    choice.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    // Its one attribute, an area, gets the builder's area choice like the card's does.
    const area = query<HTMLSelectElement>(builder, 'select[name="area"]');
    area.value = 'weir-end';
    area.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;
    expect(query<HTMLTextAreaElement>(builder, '[part="snippet"]').value).to.contain(
      '<bl-test-widget area="weir-end"></bl-test-widget>',
    );
    const preview = query(builder, '[part="preview"] bl-test-widget');
    await waitUntil(() => preview.shadowRoot?.querySelector('[part="summary"]'), 'no preview');
    expect(summary(preview)).to.equal('Weir End, River towns fund: 3 areas');
  });
});

describe('the guarantees hold for the registered widget', () => {
  before(() => defineWidgets(only));

  for (const [name, make, expected] of badInputs) {
    it(`survives ${name}`, () => assertSurvives(make, expected, only));
  }

  for (const payload of payloads.slice(0, 2)) {
    it(`renders ${JSON.stringify(payload.slice(0, 30))} as text`, () => assertInert(payload, only));
  }

  it('renders whatever the validator keeps from mutated datasets', async () => {
    const base = cardDataset();
    const warnings = captureWarnings();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) =>
          assertRenders(
            mutations.reduce<unknown>((data, change) => mutate(data, change), base),
            only,
          ),
        ),
        { numRuns: 50, plugins: [fc.interruptAfterTimeLimit(4000)] },
      );
    } finally {
      warnings.restore();
    }
  });

  if (heapMeasurable)
    it(`added and removed hundreds of times leaves no removed widget reachable and the heap flat${chromiumOnlyHeap}`, async function () {
      this.timeout(30000);
      await assertReleased(testWidget);
    });

  it('shows content, not a notice, for an area the dataset has', async () => {
    const { programme, widgets } = await renderEveryWidget(cardDataset(), { only });
    try {
      expect(widgets.map(stateOf)).to.deep.equal(['content']);
    } finally {
      programme.remove();
    }
  });
});

describeSharedStates(testWidget);
