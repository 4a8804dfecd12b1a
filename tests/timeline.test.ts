import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/timeline/define.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import type { BlTimeline } from '../src/widgets/timeline/timeline.js';
import {
  areaSteps,
  compareDates,
  filterByKinds,
  groupByYear,
  milestonesOf,
  parseDate,
  sortByDate,
  unknownKinds,
} from '../src/widgets/timeline/model.js';
import type { Area, Milestone } from '../src/data/types.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { riverTimeline } from './fixtures/timeline.js';

describe('timeline model', () => {
  it('reads dates at the precision the source gives, and refuses impossible ones', () => {
    expect(parseDate('2010')).to.deep.equal({ year: 2010, precision: 'year' });
    expect(parseDate('2022-06')).to.deep.equal({ year: 2022, month: 6, precision: 'month' });
    expect(parseDate('2012-02-29')).to.deep.equal({
      year: 2012,
      month: 2,
      day: 29,
      precision: 'day',
    });
    for (const bad of ['2023-02-29', '2022-13', '2022-00', '22-06', '2022-6', 'June 2022', ''])
      expect(parseDate(bad), bad).to.equal(undefined);
  });

  it('orders partial dates by where their period starts, the coarser first', () => {
    const dates = ['2012-12-10', '2012-02-29', '2026-03', '2012', '2012-02', '2010', '2026'];
    expect([...dates].sort(compareDates)).to.deep.equal([
      '2010',
      '2012',
      '2012-02',
      '2012-02-29',
      '2012-12-10',
      '2026',
      '2026-03',
    ]);
    expect(compareDates('not a date', '2010')).to.be.greaterThan(0);
  });

  it('keeps the given order of items dated alike, and groups them by year', () => {
    const items = [
      { id: 'b', date: '2017' },
      { id: 'a', date: '2010-07-27' },
      { id: 'c', date: '2017' },
      { id: 'd', date: '2012' },
    ];
    const sorted = sortByDate(items);
    expect(sorted.map((item) => item.id)).to.deep.equal(['a', 'd', 'b', 'c']);
    expect(
      items.map((item) => item.id),
      'the input is left alone',
    ).to.deep.equal(['b', 'a', 'c', 'd']);
    expect(
      groupByYear(sorted).map(({ year, items }) => [year, items.map((item) => item.id)]),
    ).to.deep.equal([
      [2010, ['a']],
      [2012, ['d']],
      [2017, ['b', 'c']],
    ]);
  });

  it('filters by kind, and names the kinds asked for that no item has', () => {
    const items = [{ kind: 'programme' }, { kind: 'data' }, {}];
    expect(filterByKinds(items, [])).to.have.length(3);
    expect(filterByKinds(items, ['data'])).to.deep.equal([{ kind: 'data' }]);
    expect(unknownKinds(items, ['data', 'nope'])).to.deep.equal(['nope']);
  });

  it('dates the steps an area record gives, each with its sources', () => {
    const source = (name: string) => ({ title: name, url: `https://x.example/${name}` });
    const area = {
      id: 'a',
      name: 'A',
      completed: '2024',
      joined: '2012-02-29',
      sources: { joined: [source('one'), source('two')] },
    } as Area;
    expect(areaSteps(area)).to.deep.equal([
      {
        step: 'joined',
        date: '2012-02-29',
        source: source('one'),
        otherSources: [source('two')],
      },
      { step: 'completed', date: '2024', source: undefined, otherSources: [] },
    ]);
    expect(areaSteps({ id: 'b', name: 'B' } as Area)).to.deep.equal([]);
  });

  it('tells the programme’s milestones from an area’s', () => {
    const milestones = [
      { id: 'p', date: '2010', label: 'P' },
      { id: 'x', date: '2011', label: 'X', area: 'x' },
      { id: 'y', date: '2011', label: 'Y', area: 'y' },
    ] as Milestone[];
    const split = milestonesOf(milestones, 'x');
    expect(split.programme.map((milestone) => milestone.id)).to.deep.equal(['p']);
    expect(split.area.map((milestone) => milestone.id)).to.deep.equal(['x']);
    expect(milestonesOf(milestones).area).to.deep.equal([]);
  });
});

async function timelineIn(data: unknown, attributes: { area?: string; kinds?: string } = {}) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}><bl-timeline></bl-timeline></bl-programme>`,
  );
  const timeline = programme.querySelector<BlTimeline>('bl-timeline')!;
  if (attributes.area !== undefined) timeline.setAttribute('area', attributes.area);
  if (attributes.kinds !== undefined) timeline.setAttribute('kinds', attributes.kinds);
  await settled(timeline);
  return timeline;
}

async function defaultTimeline(attributes = '') {
  const timeline = await fixture<BlTimeline>(html`<bl-timeline></bl-timeline>`);
  for (const [name, value] of new URLSearchParams(attributes)) timeline.setAttribute(name, value);
  await settled(timeline);
  return timeline;
}

/** Each milestone as a reader meets it. */
function milestones(timeline: Element) {
  return [...shadow(timeline).querySelectorAll('[part~="milestone"]')].map((item) => ({
    year: textOf(item.closest('[part="year"]')!.querySelector('[role="heading"]')!),
    date: textOf(item.querySelector('time')!),
    datetime: item.querySelector('time')!.getAttribute('datetime'),
    label: textOf(item.querySelector('[part="label"]')!),
    certainty: textOf(item.querySelector('[part="certainty"]') ?? document.createElement('i')),
    marker: item.querySelector('[part="marker"] > *')!.localName,
    own: item.matches('[part~="own"]'),
    tag: textOf(item.querySelector('[part="area-tag"]') ?? document.createElement('i')),
    kind: textOf(item.querySelector('[part="kind"]') ?? document.createElement('i')),
    description: textOf(item.querySelector('[part="description"]') ?? document.createElement('i')),
    links: [...item.querySelectorAll<HTMLAnchorElement>('[part="source"] a')].map((a) => a.href),
  }));
}

const noticeText = (timeline: Element) =>
  [...shadow(timeline).querySelectorAll('[part="notice"]')].map((notice) => textOf(notice));

describe('bl-timeline on the embedded default', () => {
  it('shows the programme’s journey by year, each date at its source’s precision', async () => {
    const timeline = await defaultTimeline();
    expect(textOf(query(timeline, '[part="title"]'))).to.equal('The Big Local journey');
    expect(query(timeline, '[part="title"]').getAttribute('aria-level')).to.equal('2');
    const shown = milestones(timeline);
    expect(textOf(query(timeline, '[part="takeaway"]'))).to.equal(
      `${shown.length} milestones from 2010 to 2027, each dated as precisely as its source dates it.`,
    );
    const labelled = (id: string) => shown.find((item) => item.label.includes(id))!;
    expect(labelled('Big Local launched')).to.include({ date: '2010', year: '2010' });
    expect(labelled('(wave 1)')).to.include({ date: '27 July 2010', datetime: '2010-07-27' });
    expect(labelled('(wave 2)')).to.include({ date: '29 February 2012', year: '2012' });
    expect(labelled('(wave 3)').date).to.equal('10 December 2012');
    expect(labelled('£105k per area').year).to.equal('2017');
    expect(labelled('extra £50,000 per area').year).to.equal('2020');
    expect(labelled('legacy statement').date).to.equal('September 2019');
    expect(labelled('100th area').date).to.equal('June 2025');
    expect(labelled('Big Local ends')).to.include({ date: 'March 2026', kind: 'Programme' });
    expect(labelled('Popay').kind).to.equal('Research');

    // Dates in order, the coarser first within a period: the launch opens 2010.
    const datetimes = shown.map((item) => item.datetime!);
    expect(datetimes).to.deep.equal([...datetimes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(shown[0]!.label).to.equal('Big Local launched');

    // Years are the group headings, one level below the title, each labelling its list.
    const years = [...shadow(timeline).querySelectorAll('[part="year"] > [role="heading"]')];
    expect(years.map((year) => textOf(year))).to.include.members(['2010', '2012', '2022', '2026']);
    for (const year of years) expect(year.getAttribute('aria-level')).to.equal('3');
    expect(shadow(timeline).querySelectorAll('ol[part="list"] > li > ol > li').length).to.equal(
      shown.length,
    );
  });

  it('says "about" for an approximate date, and marks an uncertain one in words and shape', async () => {
    const timeline = await defaultTimeline();
    const shown = milestones(timeline);
    const partnership = shown.find((item) => item.label.startsWith('Almost 2,000'))!;
    expect(partnership).to.include({ date: 'about 2016', marker: 'circle', certainty: '' });
    expect(partnership.description).to.contain('c.2016');

    const firstSpent = shown.find((item) => item.label.startsWith('CELL Big Local'))!;
    expect(firstSpent).to.include({
      date: '28 June 2022',
      certainty: 'Uncertain date',
      marker: 'path',
    });
    expect(firstSpent.description).to.contain('Sources disagree on which area was first');
    expect(firstSpent.links).to.deep.equal([
      'https://www.localgov.co.uk/First-Big-Local-area-distributes-1.15m-grant/54441',
      'https://growingtogether.org.uk/big-local-1m/',
      'https://localtrust.org.uk/news-and-stories/blog/save-the-date-sharing-our-experience-on-25-april',
    ]);

    for (const item of shown) {
      expect(item.links.length, item.label).to.be.greaterThan(0);
      if (item.certainty === 'Uncertain date')
        expect(item.description, item.label).not.to.equal('');
    }
    // The key names each marker in words.
    const legend = textOf(query(timeline, '[part="legend"]'));
    expect(legend).to.contain('Approximate').and.to.contain('Uncertain');
    // Every source once, in the closing list.
    const listed = shadow(timeline).querySelectorAll('[part="sources"] li a');
    const cited = new Set(shown.flatMap((item) => item.links));
    expect(listed.length).to.equal(cited.size);
  });

  it('shows only the kinds it is given', async () => {
    const timeline = await defaultTimeline('kinds=evaluation|research');
    const kinds = new Set(milestones(timeline).map((item) => item.kind));
    expect([...kinds].sort()).to.deep.equal(['Evaluation', 'Research']);
  });

  it('sets an area’s joining, with its record’s source, among the programme’s milestones', async () => {
    const timeline = await defaultTimeline('area=barrowcliff');
    expect(textOf(query(timeline, '[part="title"]'))).to.equal('Barrowcliff’s Big Local journey');
    const shown = milestones(timeline);
    const own = shown.filter((item) => item.own);
    expect(own).to.have.length(1);
    expect(own[0]).to.deep.include({
      label: 'Barrowcliff joined Big Local',
      date: '29 February 2012',
      tag: 'Barrowcliff',
      description: 'In wave 2.',
    });
    expect(own[0]!.links).to.deep.equal([
      'http://www.nof.org.uk/global-content/press-releases/england/yorkshire-and-the-humber/lottery-scheme-to-empower-communities-across-yorks-and-humber',
    ]);
    // Right after the programme's wave 2 announcement of the same day.
    const index = shown.indexOf(own[0]!);
    expect(shown[index - 1]!.label).to.equal('50 more areas announced (wave 2)');
    expect(textOf(query(timeline, '[part="takeaway"]'))).to.equal(
      `Barrowcliff’s own milestone is marked among ${shown.length} milestones from 2010 to 2027.`,
    );
    expect(textOf(query(timeline, '[part="legend"]'))).to.contain('Barrowcliff’s own milestone');
  });

  it('says so when an area has no milestones of its own, and shows the programme’s', async () => {
    const timeline = await defaultTimeline('area=bountagu');
    expect(noticeText(timeline)).to.deep.equal([
      'This dataset dates no milestones of Bountagu’s own, so only the programme’s are shown.',
    ]);
    expect(milestones(timeline).length).to.be.greaterThan(20);
    expect(milestones(timeline).some((item) => item.own)).to.equal(false);
  });

  it('has nothing to focus but its links and the sources disclosure, in reading order', async () => {
    const timeline = await defaultTimeline('kinds=research');
    const focusable = [
      ...shadow(timeline).querySelectorAll<HTMLElement>('a, button, summary, [tabindex]'),
    ];
    expect(focusable.every((element) => element.matches('a[href], summary'))).to.equal(true);
    const first = focusable[0]!;
    timeline.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(timeline).activeElement).to.equal(first);
    await sendKeys({ press: 'Tab' });
    expect(shadow(timeline).activeElement).to.equal(focusable[1]);
    const summary = query(timeline, '[part="sources"] summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(query<HTMLDetailsElement>(timeline, '[part="sources"]').open).to.equal(true);
  });

  it('does not overflow a 320 px container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><bl-timeline area="barrowcliff"></bl-timeline></div>`,
    );
    const timeline = wrapper.querySelector<BlTimeline>('bl-timeline')!;
    await settled(timeline);
    const base = query(timeline, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(320);
    for (const element of shadow(timeline).querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right - wrapper.getBoundingClientRect().left, element.localName).to.be.at.most(
        320.5,
      );
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, with an area`, async () => {
      const timeline = await defaultTimeline('area=barrowcliff');
      timeline.theme = theme;
      await timeline.updateComplete;
      await expect(timeline).to.be.accessible();
    });
  }
});

describe('bl-timeline on a small dataset', () => {
  it('orders milestones of every precision, and keeps other areas’ steps out', async () => {
    const timeline = await timelineIn(riverTimeline());
    expect(textOf(query(timeline, '[part="title"]'))).to.equal('The River towns fund journey');
    expect(milestones(timeline).map((item) => [item.year, item.date, item.label])).to.deep.equal([
      ['2016', '2016', 'The fund opens'],
      ['2016', 'about 29 February 2016', 'First towns chosen'],
      ['2019', '2019', 'Study of the towns published'],
      ['2019', 'June 2019', 'River survey'],
      ['2024', 'September 2024', 'The fund closes'],
    ]);
    const survey = milestones(timeline)[3]!;
    expect(survey).to.include({ certainty: 'Uncertain date', kind: 'Data' });
    expect(survey.links).to.deep.equal([
      'https://rivers.example/survey',
      'https://rivers.example/survey-2',
    ]);
  });

  it('merges an area’s own milestones and its record’s dates, each with its source', async () => {
    const timeline = await timelineIn(riverTimeline(), { area: 'weir-end' });
    expect(textOf(query(timeline, '[part="title"]'))).to.equal(
      'Weir End’s River towns fund journey',
    );
    const own = milestones(timeline).filter((item) => item.own);
    expect(own.map((item) => [item.date, item.label, item.tag, item.links])).to.deep.equal([
      [
        'March 2016',
        'Weir End joined River towns fund',
        'Weir End',
        ['https://rivers.example/joining', 'https://rivers.example/joining-press'],
      ],
      [
        '14 July 2018',
        'Weir End’s first river festival',
        'Weir End',
        ['https://rivers.example/festival'],
      ],
      ['2023', 'Weir End completed its programme', 'Weir End', ['https://rivers.example/closing']],
    ]);
    expect(milestones(timeline).some((item) => item.label.startsWith('Lock Side'))).to.equal(false);
    expect(textOf(query(timeline, '[part="takeaway"]'))).to.equal(
      'Weir End’s 3 own milestones are marked among 8 milestones from 2016 to 2024.',
    );
  });

  it('keeps an area’s steps under a kinds filter that includes them', async () => {
    const timeline = await timelineIn(riverTimeline(), { area: 'weir-end', kinds: 'data' });
    expect(milestones(timeline).map((item) => item.label)).to.deep.equal(['River survey']);
    expect(textOf(query(timeline, '[part="takeaway"]'))).to.equal(
      '1 milestone in 2019, each dated as precisely as its source dates it.',
    );
  });

  it('says so when a dataset has no milestones', async () => {
    const timeline = await timelineIn(riverDataset());
    expect(noticeText(timeline)).to.deep.equal(['This dataset has no milestones.']);
    expect(shadow(timeline).querySelector('[part="list"]')).to.equal(null);
  });

  it('names an unknown area once in the console, and shows the programme’s journey', async () => {
    const warnings = captureWarnings();
    try {
      const timeline = await timelineIn(riverTimeline(), { area: 'atlantis' });
      expect(noticeText(timeline)).to.deep.equal(['There is no area "atlantis" in this dataset.']);
      expect(milestones(timeline)).to.have.length(5);
      timeline.requestUpdate();
      await timeline.updateComplete;
      expect(warnings.messages.filter((message) => message.includes('atlantis'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('names unknown kinds once in the console', async () => {
    const warnings = captureWarnings();
    try {
      const timeline = await timelineIn(riverTimeline(), { kinds: 'research | gossip' });
      expect(noticeText(timeline)).to.deep.equal([
        'There are no milestones of the kind "gossip" in this dataset.',
      ]);
      expect(milestones(timeline).map((item) => item.label)).to.deep.equal([
        'Study of the towns published',
      ]);
      timeline.setAttribute('kinds', 'gossip');
      await timeline.updateComplete;
      expect(noticeText(timeline)).to.deep.equal([
        'There are no milestones of the kind "gossip" in this dataset.',
      ]);
      expect(warnings.messages.filter((message) => message.includes('gossip'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const timeline = await timelineIn(riverTimeline(), { area: 'weir-end' });
      timeline.theme = theme;
      await timeline.updateComplete;
      await expect(timeline).to.be.accessible();
    });
  }
});
