import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-rings/define.js';
import type { BlOutcomeRings } from '../src/widgets/outcome-rings/outcome-rings.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import illustrative from '../src/data/illustrative.json';
import {
  captureWarnings,
  labelledByText,
  query,
  settled,
  shadow,
  textOf,
} from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { otherProgramme, reviewSource } from './fixtures/other-programme.js';

/** The other programme with `count` outcomes (1 to 8), for layouts of every count. */
function withOutcomes(count: number) {
  const data = otherProgramme();
  const extra = [
    { id: 'quay', title: 'The quay is safe to use', short: 'Quay', scale: 'journey' },
    { id: 'school', title: 'The island school stays open', short: 'School', scale: 'journey' },
  ];
  data.outcomes = [...data.outcomes, ...extra].slice(0, count) as typeof data.outcomes;
  const ids = new Set(data.outcomes.map((outcome) => outcome.id));
  for (const assessment of data.assessments) {
    assessment.outcomes = Object.fromEntries(
      Object.entries(assessment.outcomes).filter(([id]) => ids.has(id)),
    );
  }
  return data;
}

/** How many rings sit in each row, top to bottom, from their bounding boxes. */
function rowsOf(rings: Element): number[] {
  const tops = new Map<number, number>();
  for (const ring of shadow(rings).querySelectorAll('bl-outcome-ring')) {
    const top = Math.round(ring.getBoundingClientRect().top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops].sort(([a], [b]) => a - b).map(([, count]) => count);
}

/**
 * Rings of `area` in a container `width` px wide, once every ring has drawn. The container
 * stays (the fixture's cleanup removes what it put inside it).
 */
async function ringsAtWidth(data: unknown, width: number, area = 'north-holm') {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}
      ><bl-outcome-rings area=${area}></bl-outcome-rings
    ></bl-programme>`,
    { parentNode: wrapper },
  );
  const rings = programme.querySelector('bl-outcome-rings')!;
  await settled(rings);
  await Promise.all(
    [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) => ring.updateComplete),
  );
  return rings;
}

/** Renders rings inside a provider holding `data`, and waits for them to draw. */
async function ringsIn(data: unknown, attributes: { area?: string; year?: number } = {}) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>
      <bl-outcome-rings area=${attributes.area ?? ''} .year=${attributes.year}></bl-outcome-rings>
    </bl-programme>`,
  );
  const rings = programme.querySelector('bl-outcome-rings')!;
  if (!attributes.area) rings.removeAttribute('area');
  await settled(rings);
  await Promise.all(
    [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((r) => r.updateComplete),
  );
  return rings;
}

const meters = (rings: BlOutcomeRings) =>
  [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
    query(ring, '[role="meter"]'),
  );
const names = (rings: BlOutcomeRings) =>
  [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
    textOf(query(ring, '#title')),
  );

describe('bl-outcome-rings', () => {
  afterEach(() => resetMouse());

  it('draws one ring per outcome of a dataset that is not Big Local’s, in its order', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
    expect(names(rings)).to.deep.equal([
      'Cleaner water in the river',
      'A boat club run by residents',
      'A flood plan people trust',
    ]);
    expect(textOf(query(rings, '[part="caption"]'))).to.equal('Weir End: outcomes in 2022');
  });

  it('says where the area started and where it is now in each text alternative', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
    expect(meters(rings).map((meter) => meter.getAttribute('aria-valuetext'))).to.deep.equal([
      'Flowing (level 2 of 2), from Dormant in 2018 to Flowing in 2022',
      'Stirring (level 1 of 2), from Stirring in 2018 to Stirring in 2022',
      // Not assessed in 2018, so its first assessment is the latest one.
      'Stirring (level 1 of 2) in 2022',
    ]);
    const first = shadow(rings).querySelector('bl-outcome-ring')!;
    expect(shadow(first).querySelector('[part="start-marker"]')).to.not.equal(null);
    expect(textOf(query(first, '[part="change"]'))).to.equal('Started: Dormant (2018)');
  });

  it('shows a chosen year, with "not assessed" unlike level 0', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end', year: 2018 });
    const texts = meters(rings).map((meter) => meter.getAttribute('aria-valuetext'));
    expect(texts).to.deep.equal([
      'Dormant (level 0 of 2) in 2018',
      'Stirring (level 1 of 2) in 2018',
      'Not assessed',
    ]);
    const figures = [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
      query(ring, 'figure'),
    );
    expect(figures.map((figure) => figure.classList.contains('unassessed'))).to.deep.equal([
      false,
      false,
      true,
    ]);
  });

  it('shows short titles with a legend of the scale', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
    const captions = [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
      textOf(query(ring, '[part="label"]')),
    );
    expect(captions).to.deep.equal(['Clean water', 'Boat club', 'Flood plan']);
    const levels = [...shadow(rings).querySelectorAll('[part="legend"] li')].map((item) =>
      textOf(item),
    );
    expect(levels).to.deep.equal(['0 Dormant', '1 Stirring', '2 Flowing']);
  });

  it('shows the full title on hover, keeps it while hovered, and hides it on Escape', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
    const ring = shadow(rings).querySelector('bl-outcome-ring')!;
    const tooltip = query(ring, '[part="tooltip"]');
    expect(getComputedStyle(tooltip).display).to.equal('none');
    const box = query(ring, 'svg').getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitUntil(() => getComputedStyle(tooltip).display === 'block', 'no tooltip on hover');
    expect(textOf(tooltip)).to.equal('Cleaner water in the river');
    const tip = tooltip.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(tip.x + tip.width / 2), Math.round(tip.y + tip.height / 2)],
    });
    expect(getComputedStyle(tooltip).display).to.equal('block');
    await sendKeys({ press: 'Escape' });
    await ring.updateComplete;
    expect(getComputedStyle(tooltip).display).to.equal('none');
  });

  it('puts no ring in the tab order: they do nothing, and their names carry the full titles', async () => {
    const dataset = riverDataset();
    const rings = await ringsIn(dataset, { area: 'weir-end' });
    for (const [index, ring] of [...shadow(rings).querySelectorAll('bl-outcome-ring')].entries()) {
      const meter = query(ring, '[role="meter"]');
      expect(meter.hasAttribute('tabindex'), 'a tab stop').to.equal(false);
      expect(shadow(ring).querySelector('[tabindex]:not([tabindex="-1"])')).to.equal(null);
      expect(labelledByText(meter)).to.contain(dataset.outcomes[index]!.title);
    }
  });

  it('says when an area has no published assessment, and lists the outcomes it would show', async () => {
    const dataset = riverDataset();
    const rings = await ringsIn(dataset, { area: 'no-data' });
    expect(meters(rings)).to.have.length(0);
    const name = dataset.areas.find((area) => area.id === 'no-data')!.name;
    expect(textOf(query(rings, '.framework-intro'))).to.equal(
      `These are the ${dataset.outcomes.length} outcomes an assessment of ${name} is measured ` +
        'against. None has been published yet.',
    );
    const titles = [...shadow(rings).querySelectorAll('[part="framework-item"] .framework-title')];
    expect(titles.map(textOf)).to.deep.equal(dataset.outcomes.map((outcome) => outcome.title));
  });

  it('shows an area never assessed as content in a post, not as an error: a heading, a plain list', async () => {
    // As a CMS post embeds it, on the embedded default (which scores no real area).
    const rings = await fixture<BlOutcomeRings>(
      html`<bl-outcome-rings area="whitley-bay"></bl-outcome-rings>`,
    );
    await settled(rings);
    expect(textOf(query(rings, '[part="caption"]'))).to.equal('Whitley Bay: outcomes');
    expect(textOf(query(rings, '.framework-intro'))).to.equal(
      'These are the 4 outcomes an assessment of Whitley Bay is measured against. ' +
        'None has been published yet.',
    );
    // Nothing reads or looks like a problem: no status or alert, no notice.
    expect(
      shadow(rings).querySelector('[role="status"], [role="alert"], [part~="notice"]'),
    ).to.equal(null);
    // The outcomes are a list, not four boxes.
    const items = [...shadow(rings).querySelectorAll('[part="framework-item"]')];
    expect(items).to.have.length(4);
    expect(items[0]!.closest('ul, ol')).to.not.equal(null);
    for (const item of items) {
      const style = getComputedStyle(item);
      const boxed = ['Top', 'Right', 'Bottom', 'Left'].filter(
        (side) => style.getPropertyValue(`border-${side.toLowerCase()}-width`) !== '0px',
      );
      expect(boxed.length, 'an outcome is boxed').to.be.at.most(1);
    }
    // How a dataset adds levels is there for whoever runs the site, closed until asked for.
    const how = query<HTMLDetailsElement>(rings, 'details.framework-how');
    expect(how.open).to.equal(false);
    const summary = how.querySelector('summary')!;
    expect(textOf(summary)).to.equal('For site editors: how levels are shown');
    expect(how.getBoundingClientRect().height, 'the instruction is shown').to.be.closeTo(
      summary.getBoundingClientRect().height,
      1,
    );
    expect(textOf(how)).to.contain('adds assessments');
    await expect(rings).to.be.accessible();
  });

  it('says plainly when an area is unknown, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const rings = await ringsIn(riverDataset(), { area: 'atlantis' });
      expect(textOf(query(rings, '[part="notice"]'))).to.equal(
        'There is no area "atlantis" in this dataset.',
      );
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('asks for an area when it has none and none is selected', async () => {
    const rings = await ringsIn(riverDataset());
    expect(meters(rings)).to.have.length(0);
    expect(textOf(query(rings, '[part="notice"]'))).to.equal('Choose an area to see its outcomes.');
  });

  for (const [width, columns] of [
    [900, 4],
    [500, 2],
    [320, 1],
  ] as const) {
    it(`lays four rings out in ${columns} column(s) in a ${width} px container`, async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      document.body.append(wrapper);
      const programme = await fixture<BlProgramme>(
        html`<bl-programme .data=${illustrative}>
          <bl-outcome-rings area="ill-0001-emberden-fields"></bl-outcome-rings>
        </bl-programme>`,
        { parentNode: wrapper },
      );
      const rings = programme.querySelector('bl-outcome-rings')!;
      await settled(rings);
      const lefts = new Set(
        [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
          Math.round(ring.getBoundingClientRect().left),
        ),
      );
      expect(lefts.size).to.equal(columns);
      expect(rings.scrollWidth).to.be.at.most(width);
    });
  }

  for (const [count, rows] of [
    [1, [1]],
    [2, [2]],
    [3, [3]],
    [4, [4]],
    [5, [3, 2]],
    [6, [3, 3]],
    [7, [4, 3]],
    [8, [4, 4]],
  ] as const) {
    it(`lays ${count} ring(s) out in even rows (${rows.join(' + ')}) in a wide container`, async () => {
      const rings = await ringsAtWidth(withOutcomes(count), 900);
      expect(rowsOf(rings)).to.deep.equal(rows);
      expect(rings.scrollWidth).to.be.at.most(900);
    });
  }

  for (const [width, count, rows] of [
    [600, 6, [3, 3]],
    [600, 5, [3, 2]],
    [600, 8, [2, 2, 2, 2]],
    [400, 6, [2, 2, 2]],
    [400, 5, [2, 2, 1]],
    [320, 6, [1, 1, 1, 1, 1, 1]],
  ] as const) {
    it(`takes fewer columns in a ${width} px container: ${count} rings as ${rows.join(' + ')}`, async () => {
      const rings = await ringsAtWidth(withOutcomes(count), width);
      expect(rowsOf(rings)).to.deep.equal(rows);
      expect(rings.scrollWidth).to.be.at.most(width);
    });
  }

  it('says how the assessment shown was made, and links it and the outcomes’ sources', async () => {
    const rings = await ringsIn(otherProgramme(), { area: 'north-holm' });
    const sources = query(rings, '[part="sources"]');
    expect(textOf(sources)).to.equal(
      'Sources ' +
        'Assessed on 3 November 2024 by The partnership with its fund adviser ' +
        'Method: Self-assessment at a partnership workshop ' +
        'Source: Annual review 2024: north-holm ' +
        'Outcomes: Skerry Fund theory of change Levels: The six-step journey',
    );
    const links = [...sources.querySelectorAll('a')].map((link) => link.href);
    expect(links).to.deep.equal([
      reviewSource('north-holm', 2024).url,
      'https://skerry-fund.example/theory-of-change',
      'https://skerry-fund.example/journey',
    ]);
    expect(labelledByText(sources.querySelector('ul')!)).to.equal('Sources');
    // The scale's note sits with the legend of its six levels.
    const legend = query(rings, '[part="legend"]');
    expect(legend.querySelectorAll('li')).to.have.length(6);
    expect(textOf(legend)).to.contain('The fund’s own scale, agreed with the islands in 2019.');
    // An earlier year: that assessment's making.
    const earlier = await ringsIn(otherProgramme(), { area: 'north-holm', year: 2022 });
    expect(textOf(query(earlier, '[part="sources"]'))).to.contain(
      'Assessed on 2 November 2022 by The partnership with its fund adviser',
    );
  });

  it('names each outcome by its own source when the outcomes have different ones', async () => {
    const data = otherProgramme();
    Object.assign(data.outcomes[2]!, {
      source: { title: 'Ferry timetable study', url: 'https://skerry-fund.example/ferries' },
    });
    const rings = await ringsIn(data, { area: 'north-holm' });
    const items = [...query(rings, '[part="sources"]').querySelectorAll('li')].map((item) =>
      textOf(item),
    );
    expect(items).to.deep.equal([
      'Voice, Skills, Homes, Work and Belonging: Skerry Fund theory of change',
      'Ferries: Ferry timetable study',
      'Levels: The six-step journey',
    ]);
  });

  it('has no sources line when neither the assessment nor the outcomes name a source', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
    expect(shadow(rings).querySelector('[part="sources"]')).to.equal(null);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme`, async () => {
      const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
      rings.theme = theme as 'light' | 'dark';
      await rings.updateComplete;
      await expect(rings).to.be.accessible();
      const sixRings = await ringsIn(otherProgramme(), { area: 'north-holm' });
      sixRings.theme = theme as 'light' | 'dark';
      await sixRings.updateComplete;
      await expect(sixRings).to.be.accessible();
    });
  }
});
