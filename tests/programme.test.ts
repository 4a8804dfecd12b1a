import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-ring/define.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import type { BlOutcomeRing } from '../src/widgets/outcome-ring/outcome-ring.js';
import { ContextEvent } from '@lit/context';
import { programmeContext } from '../src/data/context.js';
import type { ProgrammeState } from '../src/data/context.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import named from '../src/data/default/big-local.json';
import allAreas from '../src/data/default/big-local-150.json';

const valueText = (ring: Element) => query(ring, '[role="meter"]').getAttribute('aria-valuetext');

describe('bl-programme', () => {
  it('gives rings inside it the dataset from an inline JSON script', async () => {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme>
        <script type="application/json">
          ${JSON.stringify(riverDataset())}
        </script>
        <bl-outcome-ring outcome="clean-water" area="weir-end"></bl-outcome-ring>
        <bl-outcome-ring outcome="clean-water" area="weir-end" year="2018"></bl-outcome-ring>
      </bl-programme>`,
    );
    const [latest, first] = [...programme.querySelectorAll('bl-outcome-ring')];
    await settled(latest!);
    await settled(first!);
    expect(valueText(latest!)).to.equal(
      'Flowing (level 2 of 2), from Dormant in 2018 to Flowing in 2022',
    );
    expect(textOf(query(latest!, '#title'))).to.equal('Cleaner water in the river');
    expect(textOf(query(latest!, '[part="label"]'))).to.equal('Clean water');
    expect(valueText(first!)).to.equal('Dormant (level 0 of 2) in 2018');
  });

  it('gives rings the dataset set through the data property', async () => {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme .data=${riverDataset()}>
        <bl-outcome-ring outcome="boat-club" area="weir-end"></bl-outcome-ring>
      </bl-programme>`,
    );
    const ring = programme.querySelector('bl-outcome-ring')!;
    await settled(ring);
    expect(valueText(ring)).to.equal(
      'Stirring (level 1 of 2), from Stirring in 2018 to Stirring in 2022',
    );
  });

  it('shows loading while its src loads, then fires bl-data-load', async () => {
    // While a src has not answered (one that never does: a quick one may answer before the
    // widget first draws, and then it never needs to say it is loading).
    const waiting = document.createElement('bl-programme');
    waiting.src = `/fault/hang?id=${Math.random()}`;
    waiting.innerHTML = '<bl-outcome-ring outcome="missing" area="a"></bl-outcome-ring>';
    document.body.append(waiting);
    const waitingRing = waiting.querySelector<BlOutcomeRing>('bl-outcome-ring')!;
    await waitUntil(
      () => waitingRing.shadowRoot && textOf(shadow(waitingRing)) === 'Loading data…',
      'the ring did not say it was loading',
    );
    waiting.remove();

    const programme = document.createElement('bl-programme');
    programme.src = '/fault/ok';
    programme.innerHTML = '<bl-outcome-ring outcome="missing" area="a"></bl-outcome-ring>';
    const warnings = captureWarnings();
    const loaded = oneEvent(programme, 'bl-data-load');
    document.body.append(programme);
    const ring = programme.querySelector<BlOutcomeRing>('bl-outcome-ring')!;
    const event = await loaded;
    expect(event.detail.dataset.programme.id).to.equal('fault-test');
    expect(programme.loadedDataset?.areas).to.have.length(1);
    await settled(ring);
    expect(textOf(query(ring, '[part="notice"]'))).to.equal(
      'There is no outcome "missing" in this dataset.',
    );
    warnings.restore();
    programme.remove();
  });

  // What the widgets inside show is the shared error state (tests/shared-states.test.ts); this
  // is the provider's own part: the event, and one warning for the page however many widgets.
  it('fires bl-data-error and warns once for all the widgets inside', async () => {
    const warnings = captureWarnings();
    try {
      const programme = document.createElement('bl-programme');
      programme.id = 'broken';
      programme.src = '/fault/404';
      programme.innerHTML =
        '<bl-outcome-ring outcome="x" area="a"></bl-outcome-ring><bl-outcome-ring outcome="y"></bl-outcome-ring>';
      const failed = oneEvent(programme, 'bl-data-error');
      document.body.append(programme);
      const event = await failed;
      expect(event.detail.error.kind).to.equal('http');
      for (const ring of programme.querySelectorAll('bl-outcome-ring')) await settled(ring);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<bl-programme id="broken">');
      expect(warnings.messages[0]).to.contain('error 404');
      programme.remove();
    } finally {
      warnings.restore();
    }
  });

  describe('says in its shared state where the data came from', () => {
    /** The state the provider shares with the widgets inside, as a widget's context request gets it. */
    async function sharedState(programme: BlProgramme): Promise<ProgrammeState> {
      const child = document.createElement('div');
      programme.append(child);
      let latest: ProgrammeState | undefined;
      child.dispatchEvent(
        new ContextEvent(
          programmeContext,
          child,
          (value: ProgrammeState) => (latest = value),
          true,
        ),
      );
      await waitUntil(
        () => latest && latest.state !== 'loading' && latest.state !== 'idle',
        'the provider shared no settled state',
      );
      return latest!;
    }
    const placed: Element[] = [];
    afterEach(() => placed.splice(0).forEach((element) => element.remove()));
    const provider = (setup: (programme: BlProgramme) => void) => {
      const programme = document.createElement('bl-programme') as BlProgramme;
      setup(programme);
      placed.push(programme);
      document.body.append(programme);
      return programme;
    };

    it('the embedded default, with no data, inline JSON or src', async () => {
      const state = await sharedState(provider(() => {}));
      expect(state.origin).to.equal('default');
      expect(state.url).to.equal(undefined);
    });

    it('a src, with its absolute URL', async () => {
      const state = await sharedState(provider((programme) => (programme.src = '/fault/ok')));
      expect(state.origin).to.equal('src');
      expect(state.url).to.equal(new URL('/fault/ok', location.href).href);
    });

    it('inline JSON', async () => {
      const programme = provider((element) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(riverDataset());
        element.append(script);
      });
      const state = await sharedState(programme);
      expect(state.origin).to.equal('inline');
      expect(state.dataset?.programme.id).to.equal('rivers');
    });

    it('the data property, which wins over a src', async () => {
      const state = await sharedState(
        provider((programme) => {
          programme.src = '/fault/ok';
          programme.data = riverDataset();
        }),
      );
      expect(state.origin).to.equal('property');
      expect(state.dataset?.programme.id).to.equal('rivers');
    });
  });
});

describe('the embedded default in a provider', () => {
  it('holds the named areas and the story, or every area with default-areas="all"', async () => {
    for (const [markup, expected] of [
      [html`<bl-programme></bl-programme>`, named.areas.length],
      [html`<bl-programme default-areas="all"></bl-programme>`, allAreas.areas.length],
    ] as const) {
      const programme = await fixture<BlProgramme>(markup);
      await waitUntil(() => programme.loadedDataset, 'the default did not load');
      expect(programme.loadedDataset!.areas).to.have.length(expected);
      // The story part comes with either.
      expect(programme.loadedDataset!.milestones.length).to.be.greaterThan(0);
    }
  });
});

describe('a widget without a provider', () => {
  it('uses the embedded default, where real areas have no published assessment', async () => {
    const ring = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring outcome="identify-needs" area="barrowcliff"></bl-outcome-ring>`,
    );
    await settled(ring);
    expect(textOf(query(ring, '#title'))).to.equal(
      'Communities will be better able to identify local needs and take action in response to them',
    );
    expect(valueText(ring)).to.equal('Not assessed');
    expect(textOf(query(ring, '[part="notice"]'))).to.equal(
      'No assessment published for this area.',
    );
    expect(shadow(ring).querySelector('[part="badge"]')).to.equal(null);
  });

  it('says plainly when an area is unknown, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const ring = await fixture<BlOutcomeRing>(
        html`<bl-outcome-ring outcome="identify-needs" area="atlantis"></bl-outcome-ring>`,
      );
      await settled(ring);
      ring.requestUpdate();
      await ring.updateComplete;
      expect(textOf(query(ring, '[part="notice"]'))).to.equal(
        'There is no area "atlantis" in this dataset.',
      );
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('what the binding draws around a widget on data', () => {
  it('is styled by the sheet the binding brings, which a lone ring never fetches', async () => {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme
        ><bl-outcome-ring outcome="clean-water" area="weir-end"></bl-outcome-ring
      ></bl-programme>`,
    );
    const river = riverDataset();
    const source = { title: 'River towns report', url: 'https://example.org/rivers' };
    programme.data = { ...river, programme: { ...river.programme, source } };
    const ring = programme.querySelector('bl-outcome-ring')!;
    await waitUntil(() => shadow(ring).querySelector('[part="credit"]'), 'no credit line');
    const badge = getComputedStyle(query(ring, '[part="badge"]'));
    expect(badge.textTransform).to.equal('uppercase');
    expect(badge.borderTopStyle).to.equal('solid');
    const credit = getComputedStyle(query(ring, '[part="credit"]'));
    expect(parseFloat(credit.fontSize)).to.be.lessThan(parseFloat(getComputedStyle(ring).fontSize));
  });
});
