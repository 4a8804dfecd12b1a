import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/spend/define.js';
import type { BlSpend } from '../src/widgets/spend/spend.js';
import type { Dataset, Fact } from '../src/data/types.js';
import { currencyOf, personShare, shownShare, yearRange } from '../src/widgets/spend/model.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { accounts, charter, withSpend } from './fixtures/spend.js';

async function spendIn(data: unknown, attributes: { perResident?: string; width?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${attributes.width ? `width: ${attributes.width}` : ''}>
      <bl-programme .data=${data}>
        <bl-spend per-resident=${attributes.perResident ?? ''}></bl-spend>
      </bl-programme>
    </div>`,
  );
  const element = wrapper.querySelector<BlSpend>('bl-spend')!;
  if (attributes.perResident === undefined) element.removeAttribute('per-resident');
  await settled(element);
  return element;
}

const rows = (element: Element) =>
  [...shadow(element).querySelectorAll('.rows > li')].map((row) => ({
    label: textOf(row.querySelector('.row-label')!),
    measure: textOf(row.querySelector('.measure')!),
    share: row.querySelector<HTMLElement>('.fill')?.style.getPropertyValue('--_share') ?? '',
  }));

const arithmetic = (element: Element) =>
  [...shadow(element).querySelectorAll('[part="arithmetic"] li')].map((line) => textOf(line));

const tableRows = (element: Element) =>
  [...shadow(element).querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => textOf(cell)),
  );

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('bl-spend', () => {
  describe('the model', () => {
    const years = (value: string, number: number, max?: number) =>
      ({ id: 'y', label: 'Years', value, number, max, source: charter }) as Fact;

    it('reads a range of years from `max`, else from the source’s own words', () => {
      expect(yearRange(years('10–15 years', 10))).to.deep.equal({ fewest: 10, most: 15 });
      expect(yearRange(years('8 to 12 years', 8))).to.deep.equal({ fewest: 8, most: 12 });
      expect(yearRange(years('ten to fifteen years', 10, 15))).to.deep.equal({
        fewest: 10,
        most: 15,
      });
      expect(yearRange(years('10 years', 10))).to.deep.equal({ fewest: 10, most: 10 });
      // A second number that does not start at `number` is not a range of it.
      expect(yearRange(years('2012–2026', 10))).to.deep.equal({ fewest: 10, most: 10 });
      expect(yearRange({ ...years('soon', 0), number: undefined } as Fact)).to.equal(undefined);
    });

    it('divides the inputs in the open, and rounds only what does not divide to the penny', () => {
      const inputs = withSpend().spend.perResident as never;
      expect(personShare(inputs)).to.deep.equal({
        amount: 500000,
        people: 2000,
        years: { fewest: 8, most: 12 },
        perYearHigh: 31.25,
        perYearLow: 500000 / 12 / 2000,
        perPerson: 250,
      });
      expect(shownShare(12.5)).to.deep.equal({ value: 12.5, fractionDigits: 2, exact: true });
      expect(shownShare(1e6 / 15 / 8000)).to.deep.equal({
        value: 8,
        fractionDigits: 0,
        exact: false,
      });
      expect(shownShare(125)).to.deep.equal({ value: 125, fractionDigits: 0, exact: true });
    });

    it('finds the currency the dataset states, never a default', () => {
      const dataset = withSpend() as unknown as Dataset;
      expect(currencyOf(dataset)).to.equal('EUR');
      const none = { ...riverDataset(), spend: { headings: [] } } as unknown as Dataset;
      expect(currencyOf(none)).to.equal(undefined);
    });
  });

  it('shows the programme’s spend from the embedded default, without a provider', async () => {
    const element = await fixture<BlSpend>(html`<bl-spend></bl-spend>`);
    await settled(element);
    expect(textOf(query(element, '[part="title"]'))).to.equal('How the money was spent');
    expect(textOf(query(element, '[part="takeaway"]'))).to.equal(
      'Just under £160m was distributed. Big Local delivery costs took 32% of all ' +
        'spend; the sources state no share for the other headings.',
    );
    const total = query(element, '[part="total"]');
    expect(textOf(total.querySelector('[part="value"]')!)).to.equal('just under £160m');
    expect(textOf(total.querySelector('[part="certainty"]')!)).to.equal('Approximate');
    expect(total.querySelector<HTMLAnchorElement>('[part="source"]')!.href).to.equal(
      'https://www.learningfrombiglocal.org.uk/resources/programme-level-spend',
    );

    expect(rows(element)).to.deep.equal([
      { label: 'Big Local delivery costs', measure: '32%', share: '0.32' },
      { label: 'Community engagement', measure: 'Share not stated', share: '' },
      { label: 'Community spaces', measure: 'Share not stated', share: '' },
      { label: 'Small grants schemes', measure: 'Share not stated', share: '' },
    ]);
    const grants = shadow(element).querySelector('.rows > li:last-child .row-figure')!;
    expect(textOf(grants)).to.contain('140 of 150');
    expect(grants.querySelector<HTMLAnchorElement>('a')!.href).to.equal(
      'https://icstudies.org.uk/repository/role-small-grants-big-local-scoping-paper',
    );
    expect(textOf(query(element, 'figcaption'))).to.equal(
      'Shares stated: Big Local delivery costs, 32%. 3 headings have no stated share.',
    );
    expect(tableRows(element).map((row) => row.slice(0, 2))).to.deep.equal([
      ['Big Local delivery costs', '32%'],
      ['Community engagement', 'Share not stated'],
      ['Community spaces', 'Share not stated'],
      ['Small grants schemes', 'Share not stated'],
    ]);

    expect(textOf(query(element, '[part="derived"]'))).to.equal('Derived');
    expect(textOf(query(element, '.result-value'))).to.equal('About £8 to £12.50');
    expect(textOf(query(element, '.sentence'))).to.equal(
      '£1m over 10–15 years for about 8,000 people is about £8 to £12.50 a ' +
        'person a year, or about £125 a person over the whole time.',
    );
    expect(arithmetic(element)).to.deep.equal([
      '£1m ÷ 10 years ÷ 8,000 people = £12.50 a person a year',
      '£1m ÷ 15 years ÷ 8,000 people ≈ £8 a person a year',
      '£1m ÷ 8,000 people = £125 a person over the whole time',
    ]);
    const inputs = [...shadow(element).querySelectorAll('[part="input"]')].map((input) => [
      textOf(input.querySelector('[part="value"]')!),
      input.querySelector<HTMLAnchorElement>('[part="source"]')!.href,
    ]);
    expect(inputs).to.deep.equal([
      ['£1m', 'https://www.learningfrombiglocal.org.uk/about'],
      ['10–15 years', 'https://www.learningfrombiglocal.org.uk/about'],
      ['about 8,000', 'https://localtrust.org.uk/?p=38090'],
    ]);
    const quotes = [...shadow(element).querySelectorAll('[part="quote"] blockquote')].map((quote) =>
      textOf(quote),
    );
    expect(quotes).to.deep.equal([
      '£1 million is a lot of money in a community like this',
      '£10 for each resident a year – or £100 over the 10 years',
    ]);
  });

  it('shows another programme’s spend in its own currency, with every share it states', async () => {
    const element = await spendIn(withSpend());
    expect(textOf(query(element, '[part="takeaway"]'))).to.equal(
      'About €6 million was distributed. The shares of all spend stated are Boats 40% and ' +
        'River banks 25%; the source states no share for the other heading.',
    );
    expect(rows(element)).to.deep.equal([
      { label: 'Boats', measure: '40%', share: '0.4' },
      // A share without the source's wording is formatted from the number.
      { label: 'River banks', measure: '25%', share: '0.25' },
      { label: 'Events', measure: 'Share not stated', share: '' },
    ]);
    expect(tableRows(element)).to.deep.equal([
      ['Boats', '40%', '', accounts.title],
      ['River banks', '25%', '', accounts.title],
      ['Events', 'Share not stated', '9 of 12: Towns that held a river fair', accounts.title],
    ]);
    expect(textOf(query(element, '.result-value'))).to.equal('About €21 to €31.25');
    expect(arithmetic(element)).to.deep.equal([
      '€500,000 ÷ 8 years ÷ 2,000 people = €31.25 a person a year',
      '€500,000 ÷ 12 years ÷ 2,000 people ≈ €21 a person a year',
      '€500,000 ÷ 2,000 people = €250 a person over the whole time',
    ]);
    expect(shadow(element).querySelectorAll('[part="quote"]')).to.have.length(1);
    expect(textOf(query(element, '[part="sources"] summary'))).to.equal('Sources (3)');
  });

  it('leaves out the per-resident part when asked', async () => {
    const element = await spendIn(withSpend(), { perResident: 'hide' });
    expect(shadow(element).querySelector('[part="per-resident"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('[part="legend"] li')).to.have.length(2);
    expect(textOf(query(element, '[part="sources"] summary'))).to.equal('Sources (2)');
  });

  it('warns once about a per-resident value it does not know, and shows the part', async () => {
    const warnings = captureWarnings();
    try {
      const element = await spendIn(withSpend(), { perResident: 'nope' });
      expect(shadow(element).querySelector('[part="per-resident"]')).not.to.equal(null);
      element.requestUpdate();
      await element.updateComplete;
      expect(warnings.messages.filter((message) => message.includes('"nope"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('says so when a dataset has no spend', async () => {
    const element = await spendIn(riverDataset());
    expect(textOf(query(element, '[part="notice"]'))).to.equal(
      'This dataset has no spending figures.',
    );
  });

  it('overflows nothing at 320 px, with the table open', async () => {
    const element = await spendIn(withSpend(), { width: '320px' });
    query<HTMLDetailsElement>(element, '[part="table"]').open = true;
    const base = query(element, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const defaultWrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><bl-spend></bl-spend></div>`,
    );
    const onDefault = defaultWrapper.querySelector('bl-spend')!;
    await settled(onDefault);
    query<HTMLDetailsElement>(onDefault, '[part="table"]').open = true;
    const defaultBase = query(onDefault, '[part="base"]');
    expect(defaultBase.scrollWidth).to.be.at.most(defaultBase.clientWidth);
  });

  it('is reached from the keyboard through its links and disclosures only', async () => {
    const element = await spendIn(withSpend(), { perResident: 'hide' });
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    // A control after it too: tabbing past a page's last control leaves the page in Firefox,
    // with focus still reported on that control.
    const after = document.createElement('button');
    after.textContent = 'after';
    element.after(after);
    before.focus();
    const stops: string[] = [];
    for (let step = 0; step < 10; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || !element.shadowRoot!.contains(active)) break;
      stops.push(`${active.localName} ${textOf(active)}`);
    }
    expect(stops).to.deep.equal([
      'a Source: River fund accounts',
      'a Source: Town census',
      'summary Show the figures as a table',
      'summary Sources (2)',
    ]);
    query<HTMLElement>(element, '[part="table"] summary').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => query<HTMLDetailsElement>(element, '[part="table"]').open);
    before.remove();
    after.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const element = await fixture<BlSpend>(html`<bl-spend theme=${theme}></bl-spend>`);
      await settled(element);
      query<HTMLDetailsElement>(element, '[part="table"]').open = true;
      await expect(element).to.be.accessible();
      // One widget at a time: two story headers on one page are two banners to axe.
      fixtureCleanup();
      const other = await spendIn(withSpend());
      other.theme = theme;
      await other.updateComplete;
      await expect(other).to.be.accessible();
    });
  }
});
