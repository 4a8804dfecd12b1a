import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/change-levels/define.js';
import type { BlChangeLevels } from '../src/widgets/change-levels/change-levels.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { otherProgrammeWithoutStory } from './fixtures/other-programme.js';

const report2020 = 'https://ourbiggerstory.com/report/2020-evaluation-report/';

async function levelsIn(data: unknown) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}><bl-change-levels></bl-change-levels></bl-programme>`,
  );
  const widget = programme.querySelector<BlChangeLevels>('bl-change-levels')!;
  await settled(widget);
  return widget;
}

async function embeddedDefault(width?: number) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}px` : ''}>
      <bl-change-levels></bl-change-levels>
    </div>`,
  );
  const widget = wrapper.querySelector<BlChangeLevels>('bl-change-levels')!;
  await settled(widget);
  return widget;
}

const levels = (widget: Element) =>
  [...shadow(widget).querySelectorAll('[part="level"]')].map((level) => ({
    title: textOf(level.querySelector('.level-title')!),
    activities: [...level.querySelectorAll('[part="activities"] li')].map(textOf),
  }));

describe('bl-change-levels', () => {
  it('shows the three levels of change in order, each with its kinds of activity', async () => {
    const widget = await embeddedDefault();
    const shown = levels(widget);
    expect(shown.map((level) => level.title)).to.deep.equal([
      'Individuals',
      'Groups and organisations',
      'The wider community',
    ]);
    expect(shown.map((level) => level.activities.length)).to.deep.equal([5, 3, 5]);
    expect(shown[0]!.activities[4]).to.equal('Meet basic needs, such as foodbanks');
    expect(shown[1]!.activities).to.deep.equal([
      'Grants and capacity building support',
      'Building social infrastructure',
      'Identifying and addressing gaps in local services',
    ]);
    expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
      'Change showed at 3 levels, each with its own kinds of activity.',
    );
  });

  it('names each list of activities by its level, and cites the shared source once', async () => {
    const widget = await embeddedDefault();
    const list = shadow(widget).querySelector('[part="activities"]')!;
    const label = shadow(widget).getElementById(list.getAttribute('aria-labelledby')!)!;
    expect(textOf(label)).to.equal('Kinds of activity');
    expect(shadow(widget).querySelectorAll('[part="level"] a')).to.have.length(0);
    const line = query(widget, '.base > .source-line a') as HTMLAnchorElement;
    expect(line.href).to.equal(report2020);
  });

  it('quotes the evaluation on change being multi-faceted, with its source', async () => {
    const widget = await embeddedDefault();
    const quote = query(widget, '[part="quote"]');
    expect(textOf(quote.querySelector('blockquote')!)).to.equal(
      'Change associated with Big Local is multi-faceted. It can be seen in lots of different ' +
        'ways for individuals, local groups and across communities as a whole.',
    );
    expect(quote.querySelector('a')!.href).to.equal(report2020);
  });

  it('says so when a dataset has no levels of change', async () => {
    for (const data of [otherProgrammeWithoutStory(), riverDataset()]) {
      const widget = await levelsIn(data);
      expect(textOf(query(widget, '[part="notice"]'))).to.equal(
        'This dataset has no levels of change.',
      );
    }
  });

  it('shows a level without activities or a source of its own', async () => {
    const widget = await levelsIn({
      ...riverDataset(),
      levelsOfChange: [
        { id: 'banks', title: 'Both banks', description: 'Change on either side of the river.' },
      ],
    });
    expect(levels(widget)).to.deep.equal([{ title: 'Both banks', activities: [] }]);
    expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
      'Change showed at one level, with its own kinds of activity.',
    );
    expect(shadow(widget).querySelector('[part="quote"], [part="sources"]')).to.equal(null);
  });

  it('fits a 320 px container without sideways overflow', async () => {
    const widget = await embeddedDefault(320);
    expect(widget.scrollWidth).to.be.at.most(320);
  });

  it('takes no focus but its links and the sources disclosure', async () => {
    const widget = await embeddedDefault();
    const focusable = [...shadow(widget).querySelectorAll('a, button, summary, [tabindex]')];
    expect(focusable.every((element) => /^(A|SUMMARY)$/.test(element.tagName))).to.equal(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const widget = await embeddedDefault();
      widget.theme = theme;
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });
  }
});
