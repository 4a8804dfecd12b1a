import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/impact-studies/define.js';
import type { BlImpactStudies } from '../src/widgets/impact-studies/impact-studies.js';
import {
  betterSeries,
  changeAxis,
  niceStep,
  selectStudies,
} from '../src/widgets/impact-studies/model.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import type { Measure, Study } from '../src/data/types.js';
import {
  captureWarnings,
  labelledByText,
  query,
  settled,
  shadow,
  textOf,
} from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { studiesDataset } from './fixtures/impact-studies.js';

async function studiesIn(data: unknown, ids?: string) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>
      <bl-impact-studies studies=${ids ?? ''}></bl-impact-studies>
    </bl-programme>`,
  );
  const studies = programme.querySelector<BlImpactStudies>('bl-impact-studies')!;
  if (ids === undefined) studies.removeAttribute('studies');
  await settled(studies);
  return studies;
}

async function embeddedDefault(width?: number) {
  const element = await fixture<BlImpactStudies>(
    html`<div style=${width ? `width: ${width}px` : ''}>
      <bl-impact-studies></bl-impact-studies>
    </div>`,
  );
  const studies = element.querySelector<BlImpactStudies>('bl-impact-studies')!;
  await settled(studies);
  return studies;
}

const all = (element: Element, selector: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(selector),
];

/** Each chart as a reader meets it: its name, what its caption says, the two value labels. */
const charts = (element: Element) =>
  all(element, '[part~="measure"]').map((measure) => {
    const chart = measure.querySelector('[role="img"]')!;
    return {
      label: textOf(measure.querySelector('.measure-label')!),
      better: textOf(measure.querySelector('.better')!),
      name: labelledByText(chart),
      series: [...chart.querySelectorAll('.series-name')].map(textOf),
      values: [...chart.querySelectorAll('.value')].map(textOf),
    };
  });

const tableRows = (element: Element) =>
  all(element, '[part="table"] tbody tr').map((row) =>
    [...row.querySelectorAll('td')].map((cell) => textOf(cell)),
  );

describe('bl-impact-studies', () => {
  describe('the embedded default', () => {
    it('shows every study with its publisher, date, comparison group and caveats', async () => {
      const studies = await embeddedDefault();
      const titles = all(studies, '[part="study"] .story-subheading').map(textOf);
      expect(titles).to.have.length(4);
      expect(titles[0]).to.equal('Everybody Needs Good Neighbourhoods 2');
      const first = all(studies, '[part="study"]')[0]!;
      expect(textOf(first)).to.contain('Local Trust, 3ni, Shared Intelligence, OCSI');
      expect(textOf(first)).to.contain('Published 1 July 2025');
      expect(textOf(first)).to.contain('Compared with 29 similarly deprived areas without NBIs');
      const caveats = all(studies, '[part="caveats"]').map(textOf).join(' ');
      expect(caveats).to.contain('"tentative evidence"');
      expect(caveats).to.contain('benefits were unequally distributed');
      // Studies without paired figures still show their findings.
      const findings = all(studies, '[part="findings"]').map(textOf).join(' ');
      expect(findings).to.contain('Labour markets were more resilient in Big Local areas.');
      expect(findings).to.contain('Return on investment of 30%.');
    });

    it('draws each paired measure with labelled series, its better direction and its sentence', async () => {
      const studies = await embeddedDefault();
      const shown = charts(studies);
      expect(shown.map(({ label, better, values }) => ({ label, better, values }))).to.deep.equal([
        { label: 'Change in business units', better: 'Higher is better', values: ['+41%', '+22%'] },
        {
          label: 'Change in children in low-income households, 2014–2021',
          better: 'Lower is better',
          values: ['+5.5', '+8'],
        },
        {
          label: 'Change in crime, offences per 1,000',
          better: 'Lower is better',
          values: ['−19.1', '−10.5'],
        },
      ]);
      for (const chart of shown)
        expect(chart.series).to.deep.equal([
          'Big Local areas',
          '29 similarly deprived areas without NBIs',
        ]);
      expect(shown[0]!.name).to.equal(
        'Business units grew by 41% in Big Local areas, against 22% in similarly deprived areas.',
      );
      const legend = textOf(all(studies, '[part="legend"]')[0]!);
      expect(legend).to.equal('Big Local areas 29 similarly deprived areas without NBIs');
      expect(textOf(query(studies, '[part="takeaway"]'))).to.contain(
        'On all 3 measures with figures for both, Big Local areas fared better',
      );
    });

    it('puts a fall to the left of zero and a rise to the right, on a zero-based axis', async () => {
      const studies = await embeddedDefault();
      const [business, , crime] = all(studies, '[part~="measure"]');
      const zeroOf = (measure: Element) =>
        measure.querySelector('.axis')!.querySelectorAll('.tick-label');
      expect([...zeroOf(business!)].map(textOf)).to.deep.equal([
        '0%',
        '+10%',
        '+20%',
        '+30%',
        '+40%',
        '+50%',
      ]);
      expect([...zeroOf(crime!)].map(textOf)).to.deep.equal(['−20', '−15', '−10', '−5', '0']);
      const zeroLine = crime!.querySelector('.track .zero')!.getBoundingClientRect();
      for (const bar of crime!.querySelectorAll('[part~="bar"]'))
        expect(bar.getBoundingClientRect().right).to.be.closeTo(zeroLine.left + 0.75, 1.5);
    });

    it('lists every paired figure in a data table with its unit, period and source', async () => {
      const studies = await embeddedDefault();
      const headers = all(studies, '[part="table"] th').map(textOf);
      expect(headers).to.deep.equal([
        'Study',
        'Measure',
        'Big Local areas',
        'Comparison areas',
        'Compared with',
        'Unit',
        'Period',
        'Source',
      ]);
      const rows = tableRows(studies);
      expect(rows.map((row) => row.slice(2, 7))).to.deep.equal([
        ['+41', '+22', '29 similarly deprived areas without NBIs', 'Percent', 'over 15 years'],
        [
          '+5.5',
          '+8',
          '29 similarly deprived areas without NBIs',
          'Percentage points',
          '2014–2021',
        ],
        [
          '−19.1',
          '−10.5',
          '29 similarly deprived areas without NBIs',
          'Per 1,000',
          'over 15 years',
        ],
      ]);
      const link = all(studies, '[part="table"] a')[0] as HTMLAnchorElement;
      expect(link.href).to.match(/^https:\/\/localtrust\.org\.uk\//);
    });

    it('links every study to its source and lists each source once', async () => {
      const studies = await embeddedDefault();
      const links = all(studies, '.study-source a') as HTMLAnchorElement[];
      expect(links).to.have.length(4);
      for (const link of links) expect(link.href).to.match(/^https:\/\//);
      const listed = all(studies, '[part="sources"] a') as HTMLAnchorElement[];
      expect(new Set(listed.map((link) => link.href)).size).to.equal(listed.length);
      expect(listed.length).to.equal(5);
    });

    it('fits a 320 px container without sideways overflow', async () => {
      const studies = await embeddedDefault(320);
      query(studies, '.table-disclosure').setAttribute('open', '');
      await studies.updateComplete;
      expect(studies.scrollWidth).to.be.at.most(320);
      const right = studies.getBoundingClientRect().right;
      for (const element of all(studies, '.series-label, .value, .tick-label.major, td, .sentence'))
        expect(element.getBoundingClientRect().right, textOf(element)).to.be.at.most(right + 0.5);
      // Only every other tick is labelled where all would collide.
      const labels = all(studies, '.axis .tick-label').filter(
        (label) => getComputedStyle(label).display !== 'none',
      );
      expect(labels.map(textOf).slice(0, 3)).to.deep.equal(['0%', '+20%', '+40%']);
    });

    it('lays its measures out as an even grid: rows as far apart as columns', async () => {
      const studies = await embeddedDefault(1000);
      const cards = all(studies, '[part~="measure"]').map((card) => card.getBoundingClientRect());
      const lefts = [...new Set(cards.map((card) => Math.round(card.left)))].sort((a, b) => a - b);
      expect(lefts.length, 'columns').to.be.at.least(2);
      // Side by side in one study's grid: the column gap; one above another: the row gap.
      const [first] = cards;
      const beside = cards.find((card) => Math.abs(card.top - first!.top) < 1 && card !== first)!;
      const below = cards.find(
        (card) => Math.abs(card.left - first!.left) < 1 && card.top > first!.bottom,
      );
      const columnGap = beside.left - first!.right;
      expect(columnGap).to.be.greaterThan(0);
      expect(below, 'a measure in a second row').to.not.equal(undefined);
      // The row above may hold a taller card: measure from the row's lowest bottom.
      const rowBottom = Math.max(
        ...cards.filter((card) => Math.abs(card.top - first!.top) < 1).map((card) => card.bottom),
      );
      expect(below!.top - rowBottom).to.be.closeTo(columnGap, 1);
    });

    it('is keyboard complete: only its links and disclosures take focus', async () => {
      const studies = await embeddedDefault();
      const focusable = all(studies, 'a[href], summary, button, [tabindex]');
      expect(focusable.every((element) => ['A', 'SUMMARY'].includes(element.tagName))).to.equal(
        true,
      );
      const summary = query(studies, '.table-disclosure summary');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(query<HTMLDetailsElement>(studies, '.table-disclosure').open).to.equal(true);
      for (const svg of all(studies, 'svg'))
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('on a dataset of its own', () => {
    it('draws figures either side of zero, and composes a text alternative when there is no sentence', async () => {
      const studies = await studiesIn(studiesDataset());
      const shown = charts(studies);
      expect(shown.map((chart) => chart.values)).to.deep.equal([
        ['+3', '−2'],
        ['−0.4', '−1.25'],
      ]);
      expect(shown[0]!.series).to.deep.equal(['River towns fund areas', 'other river towns']);
      expect(shown[1]!.name).to.equal(
        'Change in flood call-outs: River towns fund areas −0.4, against −1.25 in other river towns.',
      );
      expect(textOf(query(studies, '[part="takeaway"]'))).to.equal(
        '2 independent studies compared River towns fund areas with similar areas. On 1 of 2 measures with figures for both, River towns fund areas fared better, with the caveats each study gives.',
      );
      const [volunteering] = all(studies, '[part~="measure"]');
      const zero = volunteering!.querySelector('.track .zero')!.getBoundingClientRect().left;
      const [rise, fall] = [...volunteering!.querySelectorAll('[part~="bar"]')].map((bar) =>
        bar.getBoundingClientRect(),
      );
      expect(rise!.left).to.be.closeTo(zero, 1.5);
      expect(fall!.right).to.be.closeTo(zero, 1.5);
    });

    it('shows a measure’s own period and a source that differs from its study’s', async () => {
      const studies = await studiesIn(studiesDataset());
      const floods = all(studies, '[part~="measure"]')[1]!;
      expect(textOf(floods.querySelector('.measure-meta')!)).to.equal(
        'Period: 2020–2023 Source: Press release',
      );
      const towpath = all(studies, '[part="study"]')[1]!;
      expect(textOf(towpath)).to.contain('Compared with comparison areas');
      // Findings that share one source name it once.
      expect(towpath.querySelectorAll('[part="findings"] a')).to.have.length(1);
      expect(tableRows(studies)[1]).to.deep.equal([
        'The weir survey',
        'Change in flood call-outs (lower is better)',
        '−0.4',
        '−1.25',
        'other river towns',
        'Per 1,000',
        '2020–2023',
        'Press release',
      ]);
    });

    it('shows only the studies it names, in that order, and warns once of an unknown one', async () => {
      const warnings = captureWarnings();
      try {
        const studies = await studiesIn(studiesDataset(), 'towpath | nope | weir-survey');
        expect(all(studies, '[part="study"] .story-subheading').map(textOf)).to.deep.equal([
          'Towpath voices',
          'The weir survey',
        ]);
        expect(textOf(query(studies, '[part="notice"]'))).to.equal(
          'There is no study "nope" in this dataset.',
        );
        studies.requestUpdate();
        await studies.updateComplete;
        expect(warnings.messages.filter((message) => message.includes('"nope"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('says so when the dataset has no studies', async () => {
      const studies = await studiesIn(riverDataset());
      expect(textOf(query(studies, '[part="notice"]'))).to.equal(
        'This dataset has no studies comparing its areas with similar areas.',
      );
      expect(shadow(studies).querySelector('[part="study"]')).to.equal(null);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, table open`, async () => {
      const studies = await embeddedDefault();
      studies.theme = theme;
      await studies.updateComplete;
      query(studies, '.table-disclosure').setAttribute('open', '');
      await expect(studies).to.be.accessible();
    });
  }

  it('passes axe at 320 px, where the table reflows', async () => {
    const studies = await embeddedDefault(320);
    query(studies, '.table-disclosure').setAttribute('open', '');
    await expect(studies).to.be.accessible();
  });
});

describe('impact studies model', () => {
  const measure = (programme: number, comparison: number, better: 'higher' | 'lower'): Measure => ({
    id: 'm',
    label: 'M',
    unit: 'number',
    better,
    programme,
    comparison,
  });

  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(41, 4)).to.equal(10);
    expect(niceStep(8, 4)).to.equal(2);
    expect(niceStep(19.1, 4)).to.equal(5);
    expect(niceStep(0.3, 4)).to.equal(0.1);
    expect(niceStep(1_250, 4)).to.equal(200);
    expect(niceStep(1_300, 4)).to.equal(500);
  });

  it('makes an axis that includes zero and both values, ending on ticks', () => {
    const rises = changeAxis([41, 22]);
    expect([rises.min, rises.max, rises.zero]).to.deep.equal([0, 50, 0]);
    const falls = changeAxis([-19.1, -10.5]);
    expect([falls.min, falls.max, falls.zero]).to.deep.equal([-20, 0, 100]);
    const both = changeAxis([3, -2]);
    expect(both.ticks.map((tick) => tick.value)).to.deep.equal([-2, -1, 0, 1, 2, 3]);
    expect(both.ticks.find((tick) => tick.value === 0)!.major).to.equal(true);
    const small = changeAxis([0.3, 0.1]);
    expect(small.ticks.map((tick) => tick.value)).to.deep.equal([0, 0.1, 0.2, 0.3]);
    expect(changeAxis([0, 0])).to.include({ min: 0, max: 1 });
  });

  it('says which series did better by the measure’s direction', () => {
    expect(betterSeries(measure(41, 22, 'higher'))).to.equal('programme');
    expect(betterSeries(measure(5.5, 8, 'lower'))).to.equal('programme');
    expect(betterSeries(measure(-10, -19, 'lower'))).to.equal('comparison');
    expect(betterSeries(measure(2, 2, 'lower'))).to.equal(null);
  });

  it('selects studies by id in order, once each, and names the missing', () => {
    const study = (id: string) => ({ id }) as Study;
    const { studies, missing } = selectStudies([study('a'), study('b')], ['b', 'x', 'b', 'a']);
    expect(studies.map((item) => item.id)).to.deep.equal(['b', 'a']);
    expect(missing).to.deep.equal(['x']);
  });
});
