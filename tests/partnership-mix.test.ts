import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/partnership-mix/define.js';
import type { BlPartnershipMix } from '../src/widgets/partnership-mix/partnership-mix.js';
import { mixBar } from '../src/widgets/partnership-mix/model.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { otherProgrammeWithoutStory } from './fixtures/other-programme.js';

const survey = { title: 'River towns survey', url: 'https://rivers.example/survey' };

/** River towns whose partnerships a survey described: half one type, the rest in words. */
const withMix = (fractions: { harbour?: number; inland?: number } = { harbour: 0.5 }) => ({
  ...riverDataset(),
  schema: 2,
  partnershipTypes: [
    {
      id: 'harbour',
      title: 'Harbour boards',
      share: 'half',
      fraction: fractions.harbour,
      description: 'Run from the harbour office.',
      source: survey,
    },
    {
      id: 'inland',
      title: 'Inland circles',
      share: 'a few',
      fraction: fractions.inland,
      source: survey,
    },
    { id: 'other', title: 'Other', share: 'the rest', source: survey },
  ],
});

async function mixIn(data: unknown) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}><bl-partnership-mix></bl-partnership-mix></bl-programme>`,
  );
  const widget = programme.querySelector<BlPartnershipMix>('bl-partnership-mix')!;
  await settled(widget);
  return widget;
}

async function embeddedDefault(width?: number) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}px` : ''}>
      <bl-partnership-mix></bl-partnership-mix>
    </div>`,
  );
  const widget = wrapper.querySelector<BlPartnershipMix>('bl-partnership-mix')!;
  await settled(widget);
  return widget;
}

const all = (element: Element, selector: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(selector),
];

const types = (widget: Element) =>
  all(widget, '[part="type"]').map((type) => ({
    title: textOf(type.querySelector('.type-title')!),
    share: type.querySelector('[part="share"]')
      ? textOf(type.querySelector('[part="share"]')!)
      : '',
  }));

const tableRows = (widget: Element) =>
  all(widget, '[part="table"] tbody tr').map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)),
  );

/** The bar's spans as drawn: class, start and width. */
const spans = (widget: Element) =>
  all(widget, '.bar rect').map((rect) => ({
    kind: rect.getAttribute('class'),
    x: rect.getAttribute('x'),
    width: rect.getAttribute('width'),
  }));

describe('bl-partnership-mix', () => {
  describe('the mix bar (model)', () => {
    it('draws stated fractions in order and leaves the rest as one remainder', () => {
      const bar = mixBar(withMix().partnershipTypes)!;
      expect(bar.stated.map((span) => [span.type.id, span.start, span.width])).to.deep.equal([
        ['harbour', 0, 0.5],
      ]);
      expect(bar.remainder).to.deep.equal({ start: 0.5, width: 0.5 });
      expect(bar.unstated.map((type) => type.id)).to.deep.equal(['inland', 'other']);
    });

    it('draws no remainder when the stated fractions fill the bar', () => {
      const bar = mixBar(withMix({ harbour: 2 / 3, inland: 1 / 3 }).partnershipTypes)!;
      expect(bar.remainder).to.equal(undefined);
      expect(bar.stated[1]!.start).to.be.closeTo(2 / 3, 1e-12);
    });

    it('draws nothing without a stated fraction, or when they add up to more than the whole', () => {
      expect(mixBar(withMix({}).partnershipTypes)).to.equal(undefined);
      expect(mixBar(withMix({ harbour: 0.7, inland: 0.5 }).partnershipTypes)).to.equal(undefined);
      expect(mixBar([])).to.equal(undefined);
    });
  });

  describe('the embedded default', () => {
    it('gives each type its share in the source’s words, never as a count', async () => {
      const widget = await embeddedDefault();
      expect(types(widget)).to.deep.equal([
        { title: 'Sturdy', share: 'around a third' },
        { title: 'Reliant on key people', share: 'a couple' },
        { title: 'Struggling with conflict', share: 'another couple' },
        { title: 'Fragile maturity', share: 'the rest' },
      ]);
      expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
        'Around a third of the partnerships studied were described as “Sturdy”.',
      );
      expect(textOf(shadow(widget))).not.to.match(/\d+%/);
    });

    it('draws only the stated third, and the rest as a hatched remainder labelled not stated', async () => {
      const widget = await embeddedDefault();
      const drawn = spans(widget);
      expect(drawn.map((span) => span.kind)).to.deep.equal(['stated', 'remainder']);
      expect(parseFloat(drawn[0]!.width!)).to.be.closeTo(100 / 3, 1e-9);
      expect(parseFloat(drawn[1]!.x!)).to.be.closeTo(100 / 3, 1e-9);
      const legend = all(widget, '[part="legend"] li').map(textOf);
      expect(legend).to.deep.equal([
        'Share stated by the source: Sturdy (around a third)',
        'Not stated as a proportion: Reliant on key people (a couple), Struggling with conflict ' +
          '(another couple) and Fragile maturity (the rest)',
      ]);
    });

    it('gives the bar a text alternative and a data table', async () => {
      const widget = await embeddedDefault();
      const bar = query(widget, '.bar');
      expect(bar.getAttribute('role')).to.equal('img');
      expect(bar.getAttribute('aria-label')).to.equal(
        'Stated as a share of the partnerships studied: Sturdy (around a third). The source ' +
          'gives no proportion for Reliant on key people (a couple), Struggling with conflict ' +
          '(another couple) and Fragile maturity (the rest), so the rest of the bar is drawn as ' +
          'not stated.',
      );
      expect(tableRows(widget)).to.deep.equal([
        ['Sturdy', 'around a third', 'A stated share'],
        ['Reliant on key people', 'a couple', 'Part of the remainder, not stated'],
        ['Struggling with conflict', 'another couple', 'Part of the remainder, not stated'],
        ['Fragile maturity', 'the rest', 'Part of the remainder, not stated'],
      ]);
    });

    it('quotes the caveat with its note, and says how many case studies and when', async () => {
      const widget = await embeddedDefault();
      const caveat = query(widget, '[part="caveat"]');
      expect(textOf(caveat.querySelector('blockquote')!)).to.equal(
        'All 15 case study areas are different ... there is no neat typology of the areas.',
      );
      expect(textOf(caveat.querySelector('.quote-note')!)).to.contain('not about partnerships');
      expect(caveat.querySelector('a')!.href).to.equal(
        'http://beyondtheearlyyears.ourbiggerstory.com/full-change.html',
      );
      const cases = query(widget, '[part="case-studies"]');
      expect(textOf(cases)).to.contain(
        '15 Case-study areas followed by the Our Bigger Story evaluation, 2015 to 2025',
      );
      expect(cases.querySelector('a')!.href).to.match(/^https:\/\//);
    });

    it('fits a 320 px container without sideways overflow', async () => {
      const widget = await embeddedDefault(320);
      expect(widget.scrollWidth).to.be.at.most(320);
      const table = query(widget, '[part="table"]');
      query<HTMLDetailsElement>(widget, 'details.table').open = true;
      expect(table.scrollWidth).to.be.at.most(table.parentElement!.clientWidth);
    });
  });

  it('shows a dataset’s own mix, with a share given only as a fraction as a percentage', async () => {
    const data = withMix();
    delete (data.partnershipTypes[0] as { share?: string }).share;
    const widget = await mixIn(data);
    expect(types(widget)[0]).to.deep.equal({ title: 'Harbour boards', share: '50%' });
    expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
      '50% of the partnerships studied were described as “Harbour boards”.',
    );
    expect(shadow(widget).querySelector('[part="caveat"], [part="case-studies"]')).to.equal(null);
    // Every type cites the survey, so it is cited once under them.
    expect(all(widget, '[part="type"] a')).to.have.length(0);
    expect(all(widget, '.base > .source-line a').map((link) => link.textContent)).to.deep.equal([
      'River towns survey',
    ]);
  });

  it('lists the types without a bar when no share is stated as a fraction', async () => {
    const widget = await mixIn(withMix({}));
    expect(shadow(widget).querySelector('[part="chart"]')).to.equal(null);
    expect(types(widget).map((type) => type.share)).to.deep.equal(['half', 'a few', 'the rest']);
    expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
      'The partnerships studied were described as 3 types.',
    );
  });

  it('says so when a dataset’s partnership types describe no mix', async () => {
    for (const data of [otherProgrammeWithoutStory(), riverDataset()]) {
      const widget = await mixIn(data);
      expect(textOf(query(widget, '[part="notice"]'))).to.equal(
        'This dataset does not describe its partnership types.',
      );
    }
  });

  it('takes no focus but its links and disclosures', async () => {
    const widget = await embeddedDefault();
    const focusable = all(widget, 'a, button, summary, [tabindex]');
    expect(focusable.every((element) => /^(A|SUMMARY)$/.test(element.tagName))).to.equal(true);
    expect(all(widget, 'summary').map(textOf)).to.deep.equal([
      'Show the figures as a table',
      'Sources (3)',
    ]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, with the table open`, async () => {
      const widget = await embeddedDefault();
      widget.theme = theme;
      await widget.updateComplete;
      query<HTMLDetailsElement>(widget, 'details.table').open = true;
      await expect(widget).to.be.accessible();
    });
  }
});
