import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-rings/define.js';
import type { BlOutcomeRings } from '../src/widgets/outcome-rings/outcome-rings.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import illustrative from '../src/data/illustrative.json';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';

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

  it('shows the full title when a ring gets keyboard focus', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
    const ring = shadow(rings).querySelectorAll('bl-outcome-ring')[1]!;
    query(ring, '[role="meter"]').focus();
    const tooltip = query(ring, '[part="tooltip"]');
    await waitUntil(() => getComputedStyle(tooltip).display === 'block', 'no tooltip on focus');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => getComputedStyle(tooltip).display === 'none', 'Escape left it open');
  });

  it('says when an area has no published assessment', async () => {
    const rings = await ringsIn(riverDataset(), { area: 'no-data' });
    expect(meters(rings)).to.have.length(0);
    expect(textOf(query(rings, '[part="notice"]'))).to.equal(
      'No assessment published for this area.',
    );
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

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme`, async () => {
      const rings = await ringsIn(riverDataset(), { area: 'weir-end' });
      rings.theme = theme as 'light' | 'dark';
      await rings.updateComplete;
      await expect(rings).to.be.accessible();
    });
  }
});
