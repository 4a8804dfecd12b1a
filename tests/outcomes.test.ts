import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcomes/define.js';
import type { BlOutcomes } from '../src/widgets/outcomes/outcomes.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { otherProgrammeWithoutStory } from './fixtures/other-programme.js';

const report2020 = 'https://ourbiggerstory.com/report/2020-evaluation-report/';

async function outcomesIn(data: unknown, outcome?: string) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>
      <bl-outcomes outcome=${outcome ?? ''}></bl-outcomes>
    </bl-programme>`,
  );
  const widget = programme.querySelector<BlOutcomes>('bl-outcomes')!;
  if (outcome === undefined) widget.removeAttribute('outcome');
  await settled(widget);
  return widget;
}

async function embeddedDefault(width?: number) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}px` : ''}><bl-outcomes></bl-outcomes></div>`,
  );
  const widget = wrapper.querySelector<BlOutcomes>('bl-outcomes')!;
  await settled(widget);
  return widget;
}

const all = (element: Element, selector: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(selector),
];

const cards = (widget: Element) =>
  all(widget, '[part~="outcome"]').map((card) => ({
    heading: textOf(card.querySelector('.outcome-title')!),
    statement: card.querySelector('.statement') ? textOf(card.querySelector('.statement')!) : '',
  }));

function setHash(hash: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

describe('bl-outcomes', () => {
  afterEach(() => setHash(''));

  describe('the embedded default', () => {
    it('shows the four outcomes: short title, the programme’s wording, description, one source', async () => {
      const widget = await embeddedDefault();
      expect(textOf(query(widget, '[part="title"]'))).to.equal('What Big Local set out to achieve');
      expect(cards(widget)).to.deep.equal([
        {
          heading: 'Identifying needs',
          statement:
            'Communities will be better able to identify local needs and take action in response to them',
        },
        {
          heading: 'Skills and confidence',
          statement:
            'People will have increased skills and confidence, so that they continue to identify and respond to needs in the future',
        },
        {
          heading: 'Making a difference',
          statement: 'The community will make a difference to the needs it prioritises',
        },
        {
          heading: 'A better place',
          statement: 'People will feel that their area is an even better place to live',
        },
      ]);
      // All four cite the 2020 report, so it is cited once under them.
      const section = query(widget, '.outcomes-section');
      const links = [...section.querySelectorAll('a')].map((link) => link.href);
      expect(links).to.deep.equal([report2020]);
    });

    it('quotes the hypothesis with its note and source, and agency as what progress went with', async () => {
      const widget = await embeddedDefault();
      const hypothesis = query(widget, '[part="hypothesis"]');
      expect(textOf(hypothesis.querySelector('blockquote')!)).to.equal(
        'Long term funding and support to build capacity gives residents in hyper-local areas ' +
          'agency to take decisions and to act to create positive and lasting change.',
      );
      expect(textOf(hypothesis.querySelector('.quote-note')!)).to.contain(
        'From the Research and Evaluation Action Plan (2019).',
      );
      expect(hypothesis.querySelector('a')!.href).to.contain('plain-text-power-in-our-hands');
      const agency = query(widget, '[part="agency"]');
      expect(textOf(agency.querySelector('blockquote')!)).to.match(
        /^those areas making the clearest progress against the outcomes were also those with increased agency/,
      );
      expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
        'The areas that made the clearest progress on these outcomes were also those with increased agency.',
      );
      expect(all(widget, '[part="sources"] li')).to.have.length(3);
    });

    it('follows #outcome-<id>: highlights that outcome and moves focus to it', async () => {
      setHash('#outcome-better-place');
      const widget = await embeddedDefault();
      await waitUntil(() => shadow(widget).activeElement?.id === 'outcome-better-place');
      const card = query(widget, '#outcome-better-place');
      expect(card.getAttribute('tabindex')).to.equal('-1');
      expect(card.getAttribute('part')).to.equal('outcome highlighted');
      location.hash = '#outcome-identify-needs';
      await waitUntil(() => shadow(widget).activeElement?.id === 'outcome-identify-needs');
      expect(card.hasAttribute('tabindex')).to.equal(false);
    });

    it('fits a 320 px container without sideways overflow', async () => {
      const widget = await embeddedDefault(320);
      expect(widget.scrollWidth).to.be.at.most(320);
    });
  });

  it('shows another programme’s six outcomes, without quotes it does not have', async () => {
    const widget = await outcomesIn(otherProgrammeWithoutStory());
    expect(textOf(query(widget, '[part="title"]'))).to.equal(
      'What Skerry Islands Fund set out to achieve',
    );
    expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
      'Skerry Islands Fund names 6 outcomes.',
    );
    expect(cards(widget).map((card) => card.heading)).to.deep.equal([
      'Voice',
      'Skills',
      'Ferries',
      'Homes',
      'Work',
      'Belonging',
    ]);
    expect(shadow(widget).querySelector('[part="hypothesis"], [part="agency"]')).to.equal(null);
  });

  it('highlights the outcome its attribute names, without taking focus', async () => {
    const widget = await outcomesIn(riverDataset(), 'boat-club');
    expect(all(widget, '[part~="highlighted"]').map((card) => card.id)).to.deep.equal([
      'outcome-boat-club',
    ]);
    expect(all(widget, '[tabindex]')).to.have.length(0);
  });

  it('says so, and warns once, for an unknown outcome', async () => {
    const warnings = captureWarnings();
    try {
      const widget = await outcomesIn(riverDataset(), 'nope');
      expect(textOf(query(widget, '[part="notice"]'))).to.equal(
        'There is no outcome "nope" in this dataset.',
      );
      expect(cards(widget)).to.have.length(3);
      widget.requestUpdate();
      await widget.updateComplete;
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      setHash('#outcome-make-a-difference');
      const widget = await embeddedDefault();
      widget.theme = theme;
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });
  }
});
