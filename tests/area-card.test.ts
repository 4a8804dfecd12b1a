import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import type { BlAreaCard } from '../src/widgets/area-card/area-card.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { cardDataset } from './fixtures/card-dataset.js';
import { otherProgramme, reviewSource } from './fixtures/other-programme.js';

async function cardsIn(data: unknown, markup: ReturnType<typeof html>) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>${markup}</bl-programme>`,
  );
  const cards = [...programme.querySelectorAll('bl-area-card')];
  for (const card of cards) await settled(card);
  return { programme, cards };
}

/**
 * The card's facts as a reader meets them: "Label: value", whitespace normalised, so words the
 * markup runs together ("PlaceSources: 1") stay run together here and fail.
 */
const facts = (card: BlAreaCard) =>
  [...shadow(card).querySelectorAll('[part="facts"] > div')].map(
    (line) => `${textOf(line.querySelector('dt')!)}: ${textOf(line.querySelector('dd')!)}`,
  );

describe('bl-area-card', () => {
  it('shows every field of an area from a dataset it has never seen, money and numbers through Intl', async () => {
    const { cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="weir-end"></bl-area-card>`,
    );
    const card = cards[0] as BlAreaCard;
    const heading = query(card, '[role="heading"]');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(textOf(heading)).to.equal('Weir End');
    // A field's source numbers follow its label, separate words for a reader ("Place Sources:
    // 1"), so that they never sit alone under a value broken to fit.
    expect(facts(card)).to.deep.equal([
      'Place Sources: 1: Riverford',
      'Local authority: Westshire District',
      'Region: Westshire',
      'Setting: Rural',
      'Population: 7,500',
      // The source says "at least", so the card never shows the sum as exact.
      'Funding Sources: 2: at least £1m',
      'Partnership: Reliant on key people',
      'Wave: 1',
      'Status: Active',
      'Joined: 1 June 2012',
    ]);
    expect(shadow(card).querySelector('[part="unconfirmed"]')).to.equal(null);
    expect(textOf(query(card, '[part="case-study"]'))).to.equal('Case-study area');
    expect(textOf(query(card, '[part="summary"]'))).to.equal(
      'A riverside estate where residents run the boat club. Sources: 1,3',
    );
    const priorities = [...shadow(card).querySelectorAll('[part="priorities"] li')].map((item) =>
      textOf(item),
    );
    expect(priorities).to.deep.equal(['Young people', 'Flood safety']);
    const link = query<HTMLAnchorElement>(card, '[part="website"]');
    expect(link.href).to.equal('https://weir-end.example/');
    expect(textOf(link)).to.equal('Weir End website');
  });

  it('never leaves a value’s source numbers alone on a line, however narrow its column', async () => {
    const data = cardDataset();
    Object.assign(data.areas[0]!, { place: 'Cambridgeshire' });
    const column = document.createElement('div');
    document.body.append(column);
    const { cards } = await cardsIn(data, html`<bl-area-card area="weir-end"></bl-area-card>`);
    column.append(cards[0]!.parentElement!);
    try {
      // Widths at which "Cambridgeshire" fills its column, and then some.
      for (let width = 180; width <= 420; width += 6) {
        column.style.width = `${width}px`;
        const place = query(cards[0]!, '[part="facts"] .place');
        const label = place.querySelector('dt')!.getBoundingClientRect();
        const notes = place.querySelector('.notes')!.getBoundingClientRect();
        // The numbers sit on the label's one line, beside it.
        expect(notes.bottom, `at ${width}px`).to.be.at.most(label.bottom + 1);
        expect(notes.left, `at ${width}px`).to.be.at.least(label.left);
      }
    } finally {
      column.remove();
    }
  });

  it('numbers a line’s sources in order, whatever order the data cites them in', async () => {
    const data = cardDataset();
    const area = data.areas[0]! as unknown as { sources: Record<string, unknown[]> };
    area.sources.summary = [...area.sources.summary!].reverse();
    const { cards } = await cardsIn(data, html`<bl-area-card area="weir-end"></bl-area-card>`);
    expect(textOf(query(cards[0]!, '[part="summary"]'))).to.equal(
      'A riverside estate where residents run the boat club. Sources: 1,3',
    );
  });

  for (const [qualifier, words] of [
    ['at-least', 'at least'],
    ['about', 'about'],
    ['up-to', 'up to'],
    ['over', 'over'],
  ] as const) {
    it(`shows money and counts its source qualifies as "${words}" with that word`, async () => {
      const data = cardDataset();
      Object.assign(data.areas[0]!, {
        population: { value: 8000, qualifier },
        funding: { amount: 1_500_000, currency: 'GBP', qualifier },
      });
      const { cards } = await cardsIn(data, html`<bl-area-card area="weir-end"></bl-area-card>`);
      const lines = facts(cards[0] as BlAreaCard);
      expect(lines).to.include(`Population: ${words} 8,000`);
      expect(lines).to.include(`Funding Sources: 2: ${words} £1.5m`);
    });
  }

  it('says in every variant, compact too, when no published source confirms the area', async () => {
    const { cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="lock-side"></bl-area-card
        ><bl-area-card area="lock-side" variant="compact"></bl-area-card>`,
    );
    for (const card of cards) {
      const line = query(card, '[part="unconfirmed"]');
      // Its source (the list that names it) is footnoted like any other.
      expect(textOf(line)).to.equal('Not confirmed by a published source Sources: 1');
      expect(line.checkVisibility()).to.equal(true);
      const sources = query(card, '[part="sources"]');
      expect(textOf(sources.querySelector('li')!)).to.equal('Confirmation: An unattributed list');
    }
    expect(facts(cards[0] as BlAreaCard)).to.include('Population: about 3,000');
  });

  it('reads another programme’s settings, partnership types and currency from its data', async () => {
    const { cards } = await cardsIn(
      otherProgramme(),
      html`<bl-area-card area="north-holm"></bl-area-card
        ><bl-area-card area="marrow-cross"></bl-area-card>`,
    );
    const [northHolm, marrowCross] = cards as BlAreaCard[];
    expect(facts(northHolm!)).to.deep.equal([
      'Place: Holm Harbour',
      'Local authority: Skerry Islands Council',
      'Region: The Outer Skerries',
      'Setting: Island',
      'Population: about 8,000',
      'Funding Sources: 1: at least €1m',
      'Partnership: Community co-operative',
      'Wave: 2',
      'Status: Active',
      'Joined: 1 April 2019',
    ]);
    expect(facts(marrowCross!)).to.deep.equal([
      'Place: Marrow',
      'Local authority: Fenmoor District',
      'Region: The Mainland',
      'Setting: Market town',
      'Population: 12,500',
      'Funding: €750,000',
      'Partnership: Hosted by the council',
      'Wave: 1',
      'Status: Completed',
      'Joined: 15 September 2016',
      'Completed: 31 March 2024',
    ]);
  });

  it('says how the assessment its rings show was made, with a link to where it is published', async () => {
    const { cards } = await cardsIn(
      otherProgramme(),
      html`<bl-area-card area="north-holm"></bl-area-card
        ><bl-area-card area="north-holm" year="2020"></bl-area-card>`,
    );
    for (const [card, year, date] of [
      [cards[0]!, 2024, '3 November 2024'],
      [cards[1]!, 2020, '1 November 2020'],
    ] as const) {
      const rings = query(card, '[part="rings"]');
      await waitUntil(() => rings.shadowRoot?.querySelector('[part="sources"]'), 'no sources');
      const sources = query(rings, '[part="sources"]');
      expect(textOf(sources)).to.contain(
        `Assessed on ${date} by The partnership with its fund adviser ` +
          'Method: Self-assessment at a partnership workshop ' +
          `Source: Annual review ${year}: north-holm`,
      );
      const link = [...sources.querySelectorAll('a')].find((a) => textOf(a).startsWith('Source'));
      expect(link!.href).to.equal(reviewSource('north-holm', year).url);
    }
  });

  it('lists every source behind its figures in a Sources disclosure', async () => {
    const { cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="weir-end"></bl-area-card>`,
    );
    const card = cards[0] as BlAreaCard;
    const sources = query<HTMLDetailsElement>(card, '[part="sources"]');
    expect(textOf(sources.querySelector('summary')!)).to.equal('Sources (3)');
    const items = [...sources.querySelectorAll('li')].map((item) => ({
      text: textOf(item),
      href: item.querySelector('a')!.href,
    }));
    expect(items).to.deep.equal([
      { text: 'Place, Summary: Council page', href: 'https://council.example/weir-end' },
      { text: 'Funding: Funding letter', href: 'https://funder.example/letter' },
      { text: 'Summary: Residents survey', href: 'https://survey.example/2022' },
    ]);
  });

  it('drops a website that is not http or https, with one warning naming it', async () => {
    const warnings = captureWarnings();
    try {
      const data = cardDataset();
      Object.assign(data.areas[1]!, { website: 'javascript:alert(1)' });
      const { cards } = await cardsIn(data, html`<bl-area-card area="lock-side"></bl-area-card>`);
      expect(shadow(cards[0]!).querySelector('a[part="website"]')).to.equal(null);
      expect(shadow(cards[0]!).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(
        '$.areas[1].website is not an http or https link and was dropped',
      );
    } finally {
      warnings.restore();
    }
  });

  it('selects its area from the keyboard, and every card shows the shared selection', async () => {
    const { programme, cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="weir-end"></bl-area-card
        ><bl-area-card area="lock-side"></bl-area-card>`,
    );
    const [weirEnd, lockSide] = cards as BlAreaCard[];
    const button = query<HTMLButtonElement>(lockSide!, '[part="name"]');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.focus();
    const selected = oneEvent(programme, 'bl-area-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ area: 'lock-side' });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(
      () => button.getAttribute('aria-pressed') === 'true',
      'the card did not show its selection',
    );
    expect(query(lockSide!, '[part="card"]').classList.contains('selected')).to.equal(true);
    expect(query(weirEnd!, '[part="name"]').getAttribute('aria-pressed')).to.equal('false');

    query(weirEnd!, '[part="name"]').focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => programme.selectedArea === 'weir-end', 'Space did not select');
    await waitUntil(
      () => button.getAttribute('aria-pressed') === 'false',
      'the other card kept its selection',
    );
  });

  it('selects its area from a click anywhere on the card', async () => {
    const { programme, cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="weir-end"></bl-area-card>`,
    );
    const facts = query(cards[0]!, '[part="facts"]').getBoundingClientRect();
    const target = shadow(cards[0]!).elementFromPoint(facts.x + 5, facts.y + 5);
    (target as HTMLElement).click();
    await waitUntil(() => programme.selectedArea === 'weir-end', 'the click did not select');
  });

  it('shows its outcome rings when the area has assessments, and says so when it has none', async () => {
    const { cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="weir-end"></bl-area-card
        ><bl-area-card area="no-data"></bl-area-card>`,
    );
    const rings = query(cards[0]!, 'bl-outcome-rings');
    await waitUntil(
      () => rings.shadowRoot?.querySelectorAll('bl-outcome-ring').length === 3,
      'no rings',
    );
    expect(shadow(cards[1]!).querySelector('bl-outcome-rings')).to.equal(null);
    expect(textOf(query(cards[1]!, '.no-assessment'))).to.equal(
      'No assessment published for this area.',
    );
  });

  it('is shorter in the compact variant: no summary, priorities or rings', async () => {
    const { cards } = await cardsIn(
      cardDataset(),
      html`<bl-area-card area="weir-end" variant="compact"></bl-area-card>`,
    );
    const card = cards[0] as BlAreaCard;
    const labels = [...shadow(card).querySelectorAll('[part="facts"] dt')].map((label) =>
      textOf(label).replace(/ Sources: .*/, ''),
    );
    expect(labels).to.deep.equal(['Place', 'Region', 'Setting', 'Funding']);
    for (const part of ['summary', 'priorities', 'rings']) {
      expect(shadow(card).querySelector(`[part="${part}"]`), part).to.equal(null);
    }
    expect(shadow(card).querySelector('[part="sources"]')).to.not.equal(null);
  });

  it('lines compact cards up in a grid: one height a row, row gaps equal to column gaps', async () => {
    // Case-study areas on the embedded default, as a page lays them out three across.
    const ids = ['barrowcliff', 'birchfield', 'bountagu', 'catton-grove', 'grassland-hasmoor'];
    ids.push('hanwell', 'ramsey', 'revoe', 'whitley-bay');
    const grid = await fixture<HTMLElement>(
      html`<div>
        ${ids.map((id) => html`<bl-area-card variant="compact" area=${id}></bl-area-card>`)}
      </div>`,
    );
    Object.assign(grid.style, {
      display: 'grid',
      gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
      gap: '16px',
      width: '900px',
    });
    const cards = [...grid.querySelectorAll('bl-area-card')];
    for (const card of cards) await settled(card);
    /** The card's frame: its outermost bordered box, which holds all it draws. */
    const frameOf = (card: BlAreaCard) => {
      const boxes = [
        ...shadow(card).querySelectorAll<HTMLElement>('[part~="base"], [part~="card"]'),
      ];
      const frame = boxes.find((box) => getComputedStyle(box).borderTopWidth !== '0px')!;
      const rect = frame.getBoundingClientRect();
      for (const part of ['credit', 'card']) {
        const inner = query(card, `[part~="${part}"]`).getBoundingClientRect();
        expect(inner.bottom, `the ${part} hangs below the card`).to.be.at.most(rect.bottom + 0.5);
      }
      return rect;
    };
    const frames = cards.map(frameOf);
    const names = cards.map((card) => query(card, '.name').getBoundingClientRect());
    const rows = [frames.slice(0, 3), frames.slice(3, 6), frames.slice(6, 9)];
    for (const [r, row] of rows.entries()) {
      for (const frame of row) {
        expect(frame.height, `row ${r + 1}: cards of different heights`).to.be.closeTo(
          row[0]!.height,
          1,
        );
      }
      // Content starts at the top of every card in the row.
      for (const name of names.slice(r * 3, r * 3 + 3)) {
        expect(name.top).to.be.closeTo(names[r * 3]!.top, 1);
      }
    }
    const columnGap = frames[1]!.left - frames[0]!.right;
    expect(columnGap).to.be.closeTo(16, 1);
    for (const [r, row] of rows.slice(1).entries()) {
      for (const [c, frame] of row.entries()) {
        const rowGap = frame.top - rows[r]![c]!.bottom;
        expect(rowGap, `the gap above row ${r + 2}`).to.be.closeTo(columnGap, 1);
      }
    }
  });

  it('keeps room for its image before it loads, so nothing shifts', async () => {
    const data = cardDataset();
    Object.assign(data.areas[0]!, {
      image: { src: '/fault/never-an-image.png', alt: 'The weir at dusk' },
    });
    const { cards } = await cardsIn(data, html`<bl-area-card area="weir-end"></bl-area-card>`);
    const media = query(cards[0]!, '[part="media"]');
    const image = media.querySelector('img')!;
    expect(image.alt).to.equal('The weir at dusk');
    const box = media.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
  });

  it('states an unknown area plainly, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const { cards } = await cardsIn(
        cardDataset(),
        html`<bl-area-card area="atlantis"></bl-area-card>`,
      );
      expect(textOf(query(cards[0]!, '[part="notice"]'))).to.equal(
        'There is no area "atlantis" in this dataset.',
      );
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('uses the embedded default without a provider: a real area, its sources, no scores', async () => {
    const card = await fixture<BlAreaCard>(html`<bl-area-card area="barrowcliff"></bl-area-card>`);
    await settled(card);
    expect(textOf(query(card, '[role="heading"]'))).to.equal('Barrowcliff');
    expect(shadow(card).querySelector('bl-outcome-rings')).to.equal(null);
    expect(textOf(query(card, '.no-assessment'))).to.equal(
      'No assessment published for this area.',
    );
    const links = [...shadow(card).querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.href).to.match(/^https?:\/\//);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const variant of ['full', 'compact'] as const) {
      it(`passes axe, ${variant}, in the ${theme} theme`, async () => {
        const { programme, cards } = await cardsIn(
          cardDataset(),
          html`<bl-area-card area="weir-end" variant=${variant} theme=${theme}></bl-area-card>`,
        );
        programme.selectedArea = 'weir-end';
        await cards[0]!.updateComplete;
        const rings = shadow(cards[0]!).querySelector('bl-outcome-rings');
        if (rings)
          await waitUntil(() => rings.shadowRoot?.querySelector('bl-outcome-ring'), 'no rings');
        query<HTMLDetailsElement>(cards[0]!, 'details').open = true;
        await expect(cards[0]).to.be.accessible();
      });
    }
  }
});
