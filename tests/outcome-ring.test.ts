import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-ring/define.js';
import type { BlOutcomeRing } from '../src/widgets/outcome-ring/outcome-ring.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import {
  captureWarnings,
  labelledByText,
  query,
  settled,
  shadow,
  textOf,
} from './support/helpers.js';
import { otherProgramme, reviewSource } from './fixtures/other-programme.js';

const meterOf = (ring: Element) => query(ring, '[role="meter"]');

describe('bl-outcome-ring on its own', () => {
  it('is a meter named by its title whose value text names the level', async () => {
    const ring = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring
        label="Skills and confidence"
        value="3"
        level-labels="Not started | Emerging | Developing | Established | Embedded"
      ></bl-outcome-ring>`,
    );
    const meter = meterOf(ring);
    expect(labelledByText(meter)).to.contain('Skills and confidence');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('4');
    expect(meter.getAttribute('aria-valuenow')).to.equal('3');
    expect(meter.getAttribute('aria-valuetext')).to.equal('Established (level 3 of 4)');
    expect(textOf(query(ring, 'figcaption'))).to.equal('Skills and confidence Established');
  });

  it('draws one segment per level and fills as many as the value', async () => {
    const ring = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring label="Reach" value="2" max="5"></bl-outcome-ring>`,
    );
    expect(shadow(ring).querySelectorAll('path')).to.have.length(5);
    expect(shadow(ring).querySelectorAll('path.filled')).to.have.length(2);
    expect(meterOf(ring).getAttribute('aria-valuetext')).to.equal('Level 2 of 5');
  });

  it('shows "not assessed" for an empty value, distinct from level 0', async () => {
    const unassessed = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring label="Reach" value="" max="4"></bl-outcome-ring>`,
    );
    const zero = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring label="Reach" value="0" max="4"></bl-outcome-ring>`,
    );
    expect(meterOf(unassessed).getAttribute('aria-valuetext')).to.equal('Not assessed');
    expect(textOf(query(unassessed, 'figcaption'))).to.contain('Not assessed');
    expect(query(unassessed, 'figure').classList.contains('unassessed')).to.equal(true);
    expect(meterOf(zero).getAttribute('aria-valuenow')).to.equal('0');
    expect(meterOf(zero).getAttribute('aria-valuetext')).to.equal('Level 0 of 4');
    expect(query(zero, 'figure').classList.contains('unassessed')).to.equal(false);
  });

  it('updates when its value changes', async () => {
    const ring = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring label="Reach" value="1"></bl-outcome-ring>`,
    );
    ring.value = 4;
    await ring.updateComplete;
    expect(meterOf(ring).getAttribute('aria-valuenow')).to.equal('4');
    expect(shadow(ring).querySelectorAll('path.filled')).to.have.length(4);
  });

  it('shows an error in the widget and warns once for a value outside the scale', async () => {
    const warnings = captureWarnings();
    try {
      const ring = await fixture<BlOutcomeRing>(
        html`<bl-outcome-ring label="Reach" value="9" max="4"></bl-outcome-ring>`,
      );
      ring.requestUpdate();
      await ring.updateComplete;
      const alert = query(ring, '[role="alert"]');
      expect(alert.getAttribute('part')).to.equal('error');
      expect(textOf(alert)).to.contain('The level 9 is outside the scale 0 to 4.');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^big-local-widgets: <bl-outcome-ring> The level 9/);
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme`, async () => {
      const ring = await fixture<BlOutcomeRing>(
        html`<bl-outcome-ring
          theme=${theme}
          label="Communities identify needs and act"
          value="2"
          level-labels="Not started | Emerging | Developing | Established | Embedded"
        ></bl-outcome-ring>`,
      );
      await expect(ring).to.be.accessible();
    });
  }

  it('passes axe when not assessed', async () => {
    const ring = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring label="Reach" value=""></bl-outcome-ring>`,
    );
    await expect(ring).to.be.accessible();
  });
});

describe('bl-outcome-ring bound to data', () => {
  async function boundRing(attributes: { outcome: string; area: string; year?: number }) {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme .data=${otherProgramme()}>
        <bl-outcome-ring
          outcome=${attributes.outcome}
          area=${attributes.area}
          .year=${attributes.year}
        ></bl-outcome-ring>
      </bl-programme>`,
    );
    const ring = programme.querySelector<BlOutcomeRing>('bl-outcome-ring')!;
    await settled(ring);
    return ring;
  }

  it('reads another programme’s six-level scale and says where its figure comes from', async () => {
    const ring = await boundRing({ outcome: 'ferries', area: 'north-holm' });
    expect(meterOf(ring).getAttribute('aria-valuemax')).to.equal('5');
    expect(meterOf(ring).getAttribute('aria-valuetext')).to.equal(
      'Thriving (level 4 of 5), from Trying in 2020 to Thriving in 2024',
    );
    const sources = query(ring, '[part="sources"]');
    expect(textOf(sources)).to.equal(
      'Assessed on 3 November 2024 by The partnership with its fund adviser ' +
        'Method: Self-assessment at a partnership workshop ' +
        'Source: Annual review 2024: north-holm ' +
        'Ferries: Skerry Fund theory of change',
    );
    expect([...sources.querySelectorAll('a')].map((link) => link.href)).to.deep.equal([
      reviewSource('north-holm', 2024).url,
      'https://skerry-fund.example/theory-of-change',
    ]);
    await expect(ring).to.be.accessible();
  });

  it('says how the assessment of a chosen year was made', async () => {
    const ring = await boundRing({ outcome: 'voice', area: 'marrow-cross', year: 2022 });
    expect(textOf(query(ring, '[part="sources"]'))).to.contain(
      'Assessed on 2 November 2022 by The partnership with its fund adviser',
    );
    expect(query<HTMLAnchorElement>(ring, '[part="sources"] a').href).to.equal(
      reviewSource('marrow-cross', 2022).url,
    );
  });

  it('has no sources line on its own, given its value in attributes', async () => {
    const ring = await fixture<BlOutcomeRing>(
      html`<bl-outcome-ring label="Reach" value="2" max="5"></bl-outcome-ring>`,
    );
    expect(shadow(ring).querySelector('[part="sources"]')).to.equal(null);
  });
});
