// A programme unlike Big Local, held out from the widgets' design: every widget in the registry
// must draw it as its own (its groups, settings, currency, scale and six outcomes), with every
// assessment citable, and nothing of Big Local's left on screen.
import { expect, waitUntil } from '@open-wc/testing';
import type { BlElement } from '../src/base/bl-element.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { widgets } from '../src/widgets/registry.js';
import { query, shadow, textOf } from './support/helpers.js';
import {
  dataDrivenWidgets,
  renderEveryWidget,
  shadowRoots,
  stateOf,
} from './support/page-health.js';
import {
  otherProgramme,
  otherProgrammeGroups,
  otherProgrammeOutcomes,
  reviewSource,
} from './fixtures/other-programme.js';

/** Words only Big Local (or a widget that assumes it) would put on screen. */
const bigLocalWords = [/conditions/i, /ways of working/i, /urban/i, /£/, /GBP/, /Big Local/];

/** What a reader meets in a widget: its text and the attributes read aloud or shown. */
function readerText(widget: Element): string {
  const texts: string[] = [];
  for (const root of shadowRoots(widget)) {
    texts.push(textOf(root));
    for (const element of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
        texts.push(element.value);
      }
    }
  }
  return texts.join(' \n ');
}

/** The widget with `tag` among those rendered. */
const widgetOf = (rendered: readonly BlElement[], tag: string) =>
  rendered.find((widget) => widget.localName === tag)!;

/** Every `bl-outcome-rings` among the widgets: one itself, or nested in one (a card's). */
const ringSetsIn = (rendered: readonly Element[]) =>
  rendered.flatMap((widget) => [
    ...(widget.localName === 'bl-outcome-rings' ? [widget] : []),
    ...shadowRoots(widget).flatMap((root) => [...root.querySelectorAll('bl-outcome-rings')]),
  ]);

/** How many rings sit in each row, top to bottom, from their bounding boxes. */
function rowsOf(rings: Element): number[] {
  const tops = new Map<number, number>();
  for (const ring of shadow(rings).querySelectorAll('bl-outcome-ring')) {
    const top = Math.round(ring.getBoundingClientRect().top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops].sort(([a], [b]) => a - b).map(([, count]) => count);
}

const ringsDrawn = (rings: Element) => {
  const drawn = [...(rings.shadowRoot?.querySelectorAll('bl-outcome-ring') ?? [])];
  return (
    drawn.length === otherProgrammeOutcomes.length &&
    drawn.every((ring) => ring.shadowRoot?.querySelector('[role="meter"]'))
  );
};

describe('another programme, unlike Big Local, in every registry widget', () => {
  let container: HTMLElement;
  let programme: BlProgramme;
  let rendered: BlElement[];

  before(async () => {
    container = document.createElement('div');
    // Wide: the rings have room for their widest layout.
    container.style.width = '1000px';
    document.body.append(container);
    ({ programme, widgets: rendered } = await renderEveryWidget(otherProgramme(), { container }));
    // A page that publishes its data at an address gives the builder it, so its snippets work.
    const builder = widgetOf(rendered, 'bl-embed-builder') as BlElement & {
      dataSrc?: string;
      area?: string;
    };
    builder.dataSrc = 'https://skerry-fund.example/data.json';
    builder.area = 'north-holm';
    await builder.updateComplete;
    await waitUntil(
      () => ringSetsIn(rendered).every(ringsDrawn),
      'the rings inside the widgets did not draw',
      { timeout: 5000 },
    );
  });

  after(() => container.remove());

  it('renders every data-driven widget the registry lists, and only those', () => {
    expect(rendered.map((widget) => widget.localName)).to.deep.equal(
      widgets.filter((widget) => widget.dataDriven).map((widget) => widget.tag),
    );
    expect(rendered.length).to.equal(dataDrivenWidgets().length);
    expect(programme.loadedDataset?.programme.name).to.equal('Skerry Islands Fund');
  });

  it('shows every widget’s content, with no error or notice in any of them', () => {
    for (const widget of rendered) {
      expect(stateOf(widget), widget.localName).to.equal('content');
      for (const root of shadowRoots(widget)) {
        const host = (root.host as Element).localName;
        expect(root.querySelector('[role="alert"]'), `an alert in ${host}`).to.equal(null);
        const notices = [...root.querySelectorAll('[part~="notice"]')].map((n) => textOf(n));
        expect(notices, `notices in ${host} inside ${widget.localName}`).to.deep.equal([]);
      }
    }
  });

  it('leaves nothing of Big Local on screen: no conditions, ways of working, urban or pounds', () => {
    for (const widget of rendered) {
      const text = readerText(widget);
      for (const word of bigLocalWords) {
        expect(text, `${widget.localName} says ${word}`).to.not.match(word);
      }
    }
  });

  it('heads the matrix columns with the programme’s own groups, in its order', () => {
    const matrix = widgetOf(rendered, 'bl-conditions-matrix');
    const groups = [
      ...shadow(matrix).querySelectorAll('[role="row"][aria-rowindex="1"] [role="columnheader"]'),
    ].map((group) => textOf(group));
    expect(groups).to.deep.equal(otherProgrammeGroups);
    expect(textOf(query(matrix, '[part="caption"]'))).to.equal(
      'Capabilities, Relationships and Resources by area, from each area’s latest assessment',
    );
  });

  it('shows money in euros, qualified as its source words it, and the programme’s own settings', () => {
    const card = widgetOf(rendered, 'bl-area-card');
    const facts = textOf(query(card, '[part="facts"]'));
    expect(facts).to.contain('Funding Sources: 1 at least €1m');
    expect(facts).to.contain('Population about 8,000');
    expect(facts).to.contain('Setting Island');
    expect(facts).to.contain('Partnership Community co-operative');
    const programmeFacts = widgetOf(rendered, 'bl-programme-facts');
    const values = [...shadow(programmeFacts).querySelectorAll('[part="value"]')].map((value) =>
      textOf(value),
    );
    expect(values).to.deep.equal(['€18m', '14']);
    // The builder's preview is the same card, in euros too.
    const builder = widgetOf(rendered, 'bl-embed-builder');
    const preview = query(builder, '[part="preview"] bl-area-card');
    expect(textOf(shadow(preview))).to.contain('at least €1m');
  });

  it('lays six rings out as two rows of three in a wide container', () => {
    const ringSets = ringSetsIn(rendered);
    // The rings widget itself, the card's, the profile's card's, and the card's in the builder's
    // preview.
    expect(ringSets.length).to.equal(4);
    let wide = 0;
    for (const rings of ringSets) {
      // The preview's card is narrower: its rings take fewer columns, as the rings tests show.
      if (rings.getBoundingClientRect().width < 44 * 16) continue;
      wide += 1;
      const boxes = [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
        ring.getBoundingClientRect(),
      );
      expect(rowsOf(rings)).to.deep.equal([3, 3]);
      // Three columns: the second row's rings sit under the first row's.
      const lefts = boxes.map((box) => Math.round(box.left));
      expect(lefts.slice(3)).to.deep.equal(lefts.slice(0, 3));
      expect(rings.scrollWidth).to.be.at.most(rings.clientWidth);
    }
    expect(wide, 'the rings widget, the card’s and the profile’s card’s are wide').to.equal(3);
  });

  it('links the assessment each widget shows to where it is published', async () => {
    const source = reviewSource('north-holm', 2024).url;
    const links = (element: Element) =>
      shadowRoots(element).flatMap((root) =>
        [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
      );
    for (const tag of ['bl-outcome-rings', 'bl-outcome-ring', 'bl-area-card']) {
      expect(links(widgetOf(rendered, tag)), tag).to.include(source);
    }
    const rings = widgetOf(rendered, 'bl-outcome-rings');
    expect(textOf(query(rings, '[part="sources"]'))).to.contain(
      'Assessed on 3 November 2024 by The partnership with its fund adviser ' +
        'Method: Self-assessment at a partnership workshop',
    );
    // The matrix names it in each cell's detail, and links it in the table view.
    const matrix = widgetOf(rendered, 'bl-conditions-matrix') as BlElement & {
      tableView: boolean;
    };
    matrix.tableView = true;
    await matrix.updateComplete;
    expect(links(matrix)).to.include(source);
    expect(links(matrix)).to.include(reviewSource('marrow-cross', 2024).url);
    matrix.tableView = false;
    await matrix.updateComplete;
  });

  it('passes axe in every widget', async function () {
    // Sixteen axe runs: on a busy machine that is more than the ten seconds one test gets.
    this.timeout(120000);
    for (const widget of rendered) {
      await expect(widget, widget.localName).to.be.accessible();
    }
  });
});
