import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { widgetNamed } from '../src/widgets/registry.js';
import { validateDataset } from '../src/data/validate.js';
import { captureWarnings, query, shadow, textOf } from './support/helpers.js';
import {
  createWidget,
  dataDrivenWidgets,
  defineWidgets,
  renderEveryWidget,
  stateOf,
  watchPage,
} from './support/page-health.js';
import {
  assertInert,
  assertReleased,
  assertSurvives,
  badInputs,
  chromiumOnlyHeap,
  heapMeasurable,
  payloads,
} from './support/guarantees.js';
import { riverDataset } from './fixtures/datasets.js';
import { cardDataset } from './fixtures/card-dataset.js';

before(() => defineWidgets());

describe('any JSON in, a useful page out', () => {
  for (const [name, make, expected] of badInputs) {
    it(`every widget survives ${name}`, () => assertSurvives(make, expected));
  }

  it('keeps the first 20,000 of 100,000 areas by default, says so, and the page stays usable', async function () {
    // Fixed work that is heavy by design (100,000 areas through the validator and a matrix of
    // 20,000 rows): allowed time for it, while what is asserted is a bound on the work done.
    this.timeout(60000);
    const areas = Array.from({ length: 100_000 }, (_, index) => ({
      id: `a${index}`,
      name: `Area ${index}`,
    }));
    // Two assessed areas, so the matrix has levels to show; the rest are rows without any.
    const assessments = ['a0', 'a19999'].map((area) => ({
      area,
      year: 2022,
      factors: { volunteers: 1, meetings: 2 },
    }));
    const data = { ...riverDataset(), areas, assessments };
    const { problems, dataset } = validateDataset(data);
    expect(dataset?.areas).to.have.length(20_000);
    expect(problems[0]?.path).to.equal('$.areas');
    expect(problems[0]?.message).to.match(/only the first 20,?000 are used/);
    const warnings = captureWarnings();
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.data = data;
    programme.innerHTML = '<bl-conditions-matrix></bl-conditions-matrix>';
    document.body.append(programme);
    try {
      const matrix = programme.querySelector('bl-conditions-matrix')!;
      await waitUntil(() => shadow(matrix).querySelector('[role="grid"]'), 'no grid', {
        timeout: 30000,
      });
      const rows = () => [...shadow(matrix).querySelectorAll('[role="row"]')];
      // Responsive by construction: the grid says it holds 20,000 areas (plus two header rows)
      // but only the rows in view exist, so the page's work does not grow with the data.
      expect(query(matrix, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('20002');
      expect(rows().length).to.be.within(3, 80);
      // And input is handled: typing in the search box narrows the rows to the one named.
      query<HTMLInputElement>(matrix, 'input[type="search"]').focus();
      await sendKeys({ type: 'Area 19999' });
      await waitUntil(
        () =>
          rows()
            .map((row) => row.querySelector('[role="rowheader"]'))
            .filter(Boolean)
            .map((header) => textOf(header!))
            .join() === 'Area 19999',
        'typing in the search box did not narrow the rows',
        { timeout: 10000 },
      );
    } finally {
      programme.remove();
      warnings.restore();
    }
  });

  it('takes the row limit from the provider’s max-areas attribute', async () => {
    const warnings = captureWarnings();
    try {
      const programme = document.createElement('bl-programme') as BlProgramme;
      programme.setAttribute('max-areas', '2');
      programme.data = riverDataset();
      programme.innerHTML = '<bl-area-card area="weir-end"></bl-area-card>';
      document.body.append(programme);
      const card = programme.querySelector('bl-area-card')!;
      await waitUntil(() => stateOf(card) === 'content', 'no card');
      expect(programme.loadedDataset?.areas).to.have.length(2);
      expect(textOf(query(card, '[part~="notice"]'))).to.contain('only the first 2 are used');
      programme.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('hostile strings are inert', () => {
  for (const payload of payloads) {
    it(`every widget renders ${JSON.stringify(payload.slice(0, 30))} as text, never as markup`, () =>
      assertInert(payload, dataDrivenWidgets(), async (widgets) => {
        // The card shows the area's name as its heading: the payload, as plain text.
        const card = widgets.find((widget) => widget.localName === 'bl-area-card');
        if (!card) return;
        await waitUntil(() => stateOf(card) === 'content', 'the card did not render');
        expect(textOf(query(card, '[role="heading"]'))).to.equal(payload.trim());
      }));
  }

  it('cannot pollute prototypes through __proto__, constructor or prototype keys', async () => {
    const text =
      '{"schema":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      '"programme":{"id":"p","name":"P","__proto__":{"polluted":1}},"outcomes":[],"factors":[],' +
      '"scales":{"__proto__":["a","b"],"constructor":["a","b"]},' +
      '"areas":[{"id":"__proto__","name":"Proto","sources":{"__proto__":[{"title":"t","url":"https://x.example/"}]}}],' +
      '"assessments":[{"area":"__proto__","year":2020,"outcomes":{"__proto__":1},"notes":{"__proto__":"n"}}]}';
    const warnings = captureWarnings();
    try {
      const { programme } = await renderEveryWidget(text);
      const probe: Record<string, unknown> = {};
      expect(probe.polluted).to.equal(undefined);
      expect(Object.prototype).to.not.have.property('polluted');
      expect(programme.loadedDataset?.areas[0]?.name).to.equal('Proto');
      programme.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('networks fail', () => {
  const failures: [string, string, Record<string, unknown>][] = [
    ['/fault/404', 'error 404', {}],
    ['/fault/500', 'error 500', {}],
    ['/fault/hang', 'took longer than 0.3 seconds', { timeout: 300 }],
    ['/fault/html', 'returned text/html, not JSON', {}],
    ['/fault/truncated', 'stopped arriving', {}],
    ['/fault/large', 'larger than the limit', { maxBytes: 50_000 }],
    ['/fault/invalid-json', 'not valid JSON', {}],
  ];
  for (const [src, message, options] of failures) {
    it(`${src} ends in an error with a Retry button in every widget, one warning, no unhandled rejection`, async () => {
      const watch = watchPage();
      const warnings = captureWarnings();
      const programme = document.createElement('bl-programme') as BlProgramme;
      Object.assign(programme, { src, ...options });
      const widgets = dataDrivenWidgets().map((widget) =>
        createWidget(widget, { area: 'a', outcome: 'a' }),
      );
      programme.append(...widgets);
      document.body.append(programme);
      try {
        await waitUntil(
          () => widgets.every((widget) => stateOf(widget) === 'error'),
          'not every widget shows the error',
          { timeout: 5000 },
        );
        for (const widget of widgets) {
          expect(textOf(query(widget, '[part="error"]')), widget.localName).to.contain(message);
          expect(textOf(query(widget, '[part="retry"]')), widget.localName).to.equal('Retry');
        }
        expect(warnings.messages, warnings.messages.join(' | ')).to.have.length(1);
        expect(watch.errors).to.deep.equal([]);
      } finally {
        programme.remove();
        warnings.restore();
        watch.stop();
      }
    });
  }

  it('aborts the request when the provider leaves the page', async () => {
    const id = String(Math.random());
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.src = `/fault/hang?id=${id}`;
    document.body.append(programme);
    const asked = async (what: 'arrived' | 'closed') =>
      (await (await fetch(`/fault/${what}?id=${id}`)).json())[what] === true;
    await waitUntil(() => asked('arrived'), 'the request never reached the server', {
      interval: 50,
    });
    programme.remove();
    await waitUntil(() => asked('closed'), 'the server still holds the request', {
      timeout: 3000,
      interval: 100,
    });
  });
});

describe('lifecycles are clean', () => {
  for (const widget of heapMeasurable ? dataDrivenWidgets() : []) {
    it(`<${widget.tag}> added and removed hundreds of times leaves no removed widget reachable and the heap flat${chromiumOnlyHeap}`, async function () {
      // Fixed work (400 cycles, about a second here); what it finds does not depend on speed,
      // so a busy machine gets room to finish it.
      this.timeout(30000);
      await assertReleased(widget);
    });
  }

  it('releases document listeners when a ring with a tooltip leaves', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const originalAdd = document.addEventListener;
    const originalRemove = document.removeEventListener;
    document.addEventListener = function (
      this: Document,
      ...args: Parameters<Document['addEventListener']>
    ) {
      added.push(args[0]);
      return originalAdd.apply(this, args);
    } as Document['addEventListener'];
    document.removeEventListener = function (
      this: Document,
      ...args: Parameters<Document['removeEventListener']>
    ) {
      removed.push(args[0]);
      return originalRemove.apply(this, args);
    } as Document['removeEventListener'];
    try {
      const ring = document.createElement('bl-outcome-ring');
      Object.assign(ring, { label: 'A long title', short: 'Short', value: 1 });
      document.body.append(ring);
      await ring.updateComplete;
      query(ring, 'figure').dispatchEvent(new PointerEvent('pointerenter'));
      // The tooltip opens on the next update, and only then listens for Escape on the document.
      await waitUntil(() => added.includes('keydown'), 'hovering opened no tooltip');
      ring.remove();
      expect(added.filter((type) => type === 'keydown')).to.have.length(1);
      expect(removed.filter((type) => type === 'keydown').length).to.be.at.least(1);
    } finally {
      document.addEventListener = originalAdd;
      document.removeEventListener = originalRemove;
    }
  });

  it('renders 200 widgets on one page, each with its content, and still answers a click and a key', async () => {
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.data = cardDataset();
    const card = widgetNamed('area-card')!;
    const rings = widgetNamed('outcome-rings')!;
    for (let i = 0; i < 100; i++) {
      const compact = createWidget(card, { area: i % 2 ? 'weir-end' : 'lock-side' });
      compact.setAttribute('variant', 'compact');
      programme.append(compact, createWidget(rings, { area: 'weir-end' }));
    }
    document.body.append(programme);
    try {
      const widgets = [...programme.children] as (HTMLElement & {
        updateComplete: Promise<unknown>;
      })[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect(widgets.map(stateOf).filter((state) => state !== 'content')).to.deep.equal([]);
      const pressed = () =>
        widgets
          .filter((widget) => widget.localName === 'bl-area-card')
          .filter(
            (widget) => query(widget, '[part="name"]').getAttribute('aria-pressed') === 'true',
          ).length;
      // A click on the last card selects its area, and all 50 cards of that area show it.
      query<HTMLButtonElement>(widgets[198]!, '[part="name"]').click();
      await waitUntil(() => programme.selectedArea === 'weir-end', 'the click did nothing');
      await waitUntil(() => pressed() === 50, 'not every card of the area shows the selection');
      // A key press on the first card moves the selection to the other area's 50 cards.
      query(widgets[0]!, '[part="name"]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => programme.selectedArea === 'lock-side', 'the key press did nothing');
      await waitUntil(() => pressed() === 50, 'not every card of the area shows the selection');
    } finally {
      programme.remove();
    }
  });
});
