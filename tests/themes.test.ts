import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/themes/define.js';
import type { BlThemes } from '../src/widgets/themes/themes.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { gridSpans, groupBySource, rowSpans } from '../src/widgets/themes/model.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { report, survey, withThemes } from './fixtures/themes.js';

async function themesIn(data: unknown, themes = '', width = '') {
  const programme = await fixture<BlProgramme>(
    html`<div style=${width ? `width: ${width}` : ''}>
      <bl-programme .data=${data}><bl-themes themes=${themes}></bl-themes></bl-programme>
    </div>`,
  );
  const element = programme.querySelector<BlThemes>('bl-themes')!;
  if (!themes) element.removeAttribute('themes');
  await settled(element);
  return element;
}

const cards = (element: Element) =>
  [...shadow(element).querySelectorAll('[part~="theme"]')].map((card) => ({
    title: textOf(card.querySelector('[part="theme-title"]')!),
    link: card.querySelector<HTMLAnchorElement>('[part="theme-link"]')?.href ?? '',
    figures: [...card.querySelectorAll('[part="figure"]')].map((figure) =>
      [
        textOf(figure.querySelector('[part="value"]')!),
        textOf(figure.querySelector('.label')!),
        figure.querySelector('[part="certainty"]')
          ? textOf(figure.querySelector('[part="certainty"]')!)
          : '',
      ].join(' | '),
    ),
    sources: [...card.querySelectorAll<HTMLAnchorElement>('[part="source"]')].map((a) => a.href),
  }));

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('bl-themes', () => {
  describe('the model', () => {
    it('fills every row, keeping the order, widening the narrowest cards first', () => {
      expect(rowSpans([2, 2, 2, 2], 4)).to.deep.equal([2, 2, 2, 2]);
      // A card that does not fit starts the next row; the one left behind takes the row.
      expect(rowSpans([2, 4, 2, 2], 4)).to.deep.equal([4, 4, 2, 2]);
      expect(rowSpans([1, 1, 1], 4)).to.deep.equal([1, 1, 2]);
      expect(rowSpans([1, 2, 1], 4)).to.deep.equal([1, 2, 1]);
      expect(rowSpans([1], 2)).to.deep.equal([2]);
      expect(rowSpans([9, 0], 2)).to.deep.equal([2, 2]);
      expect(rowSpans([], 4)).to.deep.equal([]);
      for (const wants of [
        [2, 4, 2, 2],
        [1, 1, 1, 1, 1],
        [2, 1, 2, 1, 4, 1],
      ]) {
        const spans = gridSpans(wants);
        for (const columns of [2, 4] as const) {
          const total = spans[columns].reduce((sum, span) => sum + span, 0);
          expect(total % columns, `${wants} in ${columns}`).to.equal(0);
        }
      }
    });

    it('names a page once under the figures in a row that cite it', () => {
      const figures = withThemes().themes[0]!.figures;
      const groups = groupBySource(figures as never);
      expect(groups.map((group) => [group.source.url, group.figures.length])).to.deep.equal([
        [report.url, 2],
        [survey.url, 1],
      ]);
    });
  });

  it('shows the Learning from Big Local themes from the embedded default, with their figures', async () => {
    const element = await fixture<BlThemes>(html`<bl-themes></bl-themes>`);
    await settled(element);
    expect(textOf(query(element, '[part="title"]'))).to.equal(
      'What the programme learned, theme by theme',
    );
    expect(textOf(query(element, '[part="takeaway"]'))).to.equal(
      'The programme’s learning in 8 themes; 3 give figures, each as its source words it.',
    );
    const shown = cards(element);
    expect(shown.map((card) => card.title)).to.have.members([
      'Community change',
      'Investing in young people',
      'Health and wellbeing',
      'Community assets and spaces',
      'Community engagement',
      'Resident leadership',
      'Working collaboratively',
      'Local economy',
    ]);
    const young = shown.find((card) => card.title === 'Investing in young people')!;
    expect(young.link).to.equal('https://www.learningfrombiglocal.org.uk/themes/young-people');
    expect(young.figures.slice(0, 3)).to.deep.equal([
      '117 of 150 | Areas for which investing in young people was a priority | ',
      'over £10.8m | Spent on projects relating to young people, about 10 years in | ',
      '26,900 | Estimated beneficiaries of youth projects, about 10 years in | Approximate',
    ]);
    expect(young.sources).to.include(
      'https://www.learningfrombiglocal.org.uk/resources/how-did-big-local-areas-support-children-and-young-people-in-their-communities',
    );
    const health = shown.find((card) => card.title === 'Health and wellbeing')!;
    expect(health.figures.map((figure) => figure.split(' | ')[0])).to.deep.equal([
      '£6.3m',
      '104 of 150',
    ]);
    // No page of its own: the title is plain, and the summary's and figures' pages are cited.
    const assets = shown.find((card) => card.title === 'Community assets and spaces')!;
    expect(assets.link).to.equal('');
    expect(assets.figures[0]).to.match(/^£23\.4m \| /);
    expect(assets.figures[1]).to.match(/^about 200 \| .* \| Approximate$/);
    expect(assets.sources).to.deep.equal([
      'https://www.learningfrombiglocal.org.uk/resources/assets-and-spaces-important-investments',
      'https://localtrust.org.uk/news-and-stories/blog/why-community-spaces-and-places-matter-more-than-we-realise',
    ]);
    // Themes with only a title still appear, as tiles under their own heading, linked.
    const engagement = shown.find((card) => card.title === 'Community engagement')!;
    expect(engagement.link).to.equal(
      'https://www.learningfrombiglocal.org.uk/themes/community-engagement',
    );
    expect(textOf(query(element, '.more [role="heading"]'))).to.equal('More themes');
    expect(textOf(query(element, '[part="sources"] summary'))).to.equal('Sources (10)');
  });

  it('shows another programme’s themes, figures with certainty and each page once', async () => {
    const element = await themesIn(withThemes());
    expect(cards(element)).to.deep.equal([
      {
        title: 'Cleaner water',
        link: 'https://rivers.example/themes/water',
        figures: [
          'about 400 | Water tests run by residents | Approximate',
          '12 of 14 | Towns taking part | ',
          '85 | Boat club members | ',
        ],
        sources: [report.url, survey.url],
      },
      { title: 'Flood planning', link: '', figures: [], sources: [report.url] },
      { title: 'Boats', link: 'https://rivers.example/themes/boats', figures: [], sources: [] },
      { title: 'Bridges', link: '', figures: [], sources: [] },
    ]);
    expect(textOf(query(element, '[part="takeaway"]'))).to.equal(
      'The programme’s learning in 4 themes; 1 gives figures, each as its source words it.',
    );
    // Headings: the widget's, one per card, "More themes", then the tiles a level below.
    const levels = [...shadow(element).querySelectorAll('[role="heading"]')].map(
      (heading) => `${heading.getAttribute('aria-level')} ${textOf(heading)}`,
    );
    expect(levels).to.deep.equal([
      '2 What the programme learned, theme by theme',
      '3 Cleaner water',
      '3 Flood planning',
      '3 More themes',
      '4 Boats',
      '4 Bridges',
    ]);
  });

  it('keeps every row of the grid full, from four columns down to one', async () => {
    for (const width of ['1200px', '700px', '320px']) {
      const element = await themesIn(withThemes(), '', width);
      for (const grid of shadow(element).querySelectorAll('.grid')) {
        const right = grid.getBoundingClientRect().right;
        const items = [...grid.children].map((card) => card.getBoundingClientRect());
        const rows = new Map<number, DOMRect[]>();
        for (const rect of items)
          rows.set(Math.round(rect.top), [...(rows.get(Math.round(rect.top)) ?? []), rect]);
        for (const row of rows.values()) {
          expect(Math.max(...row.map((rect) => rect.right)), `a row at ${width}`).to.be.closeTo(
            right,
            1,
          );
          expect(new Set(row.map((rect) => Math.round(rect.height))).size).to.equal(1);
        }
      }
    }
  });

  it('overflows nothing at 320 px', async () => {
    const element = await themesIn(withThemes(), '', '320px');
    const base = query(element, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const card of shadow(element).querySelectorAll<HTMLElement>('[part~="theme"]')) {
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    }
    const element2 = await fixture<BlThemes>(
      html`<div style="width: 320px"><bl-themes></bl-themes></div>`,
    );
    const themes = element2.querySelector('bl-themes')!;
    await settled(themes);
    const base2 = query(themes, '[part="base"]');
    expect(base2.scrollWidth).to.be.at.most(base2.clientWidth);
  });

  it('shows only the themes it names, in that order, and warns once about the rest', async () => {
    const warnings = captureWarnings();
    try {
      const element = await themesIn(withThemes(), 'boats | nope | water');
      expect(cards(element).map((card) => card.title)).to.deep.equal(['Cleaner water', 'Boats']);
      expect(textOf(query(element, '[part="notice"]'))).to.equal(
        'There is no theme "nope" in this dataset.',
      );
      await element.updateComplete;
      expect(warnings.messages.filter((message) => message.includes('"nope"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('says so, and warns once, when none of the themes it names exists', async () => {
    const warnings = captureWarnings();
    try {
      const element = await themesIn(withThemes(), 'nope | neither');
      expect(textOf(query(element, '[part="notice"]'))).to.equal(
        'There are no themes "nope" and "neither" in this dataset.',
      );
      expect(shadow(element).querySelector('[part~="theme"]')).to.equal(null);
      expect(warnings.messages.filter((message) => message.includes('"nope"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('says so when a dataset has no themes', async () => {
    const element = await themesIn(riverDataset());
    expect(textOf(query(element, '[part="notice"]'))).to.equal(
      'This dataset has no learning themes.',
    );
  });

  it('is reached from the keyboard only through its links and the sources disclosure', async () => {
    const element = await themesIn(withThemes());
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    const stops: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || !element.shadowRoot!.contains(active)) break;
      stops.push(`${active.localName} ${textOf(active)}`);
    }
    expect(stops).to.deep.equal([
      'a Cleaner water',
      'a Source: River fund: what we learned',
      'a Source: Boat club survey',
      'a Source: River fund: what we learned',
      'a Boats',
      'summary Sources (3)',
    ]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => query<HTMLDetailsElement>(element, '[part="sources"]').open);
    before.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const element = await fixture<BlThemes>(html`<bl-themes theme=${theme}></bl-themes>`);
      await settled(element);
      await expect(element).to.be.accessible();
      // One widget at a time: two story headers on one page are two banners to axe.
      fixtureCleanup();
      const other = await themesIn(withThemes());
      other.theme = theme;
      await other.updateComplete;
      await expect(other).to.be.accessible();
    });
  }
});
