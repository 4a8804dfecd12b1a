import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/programme-facts/define.js';
import type { BlProgrammeFacts } from '../src/widgets/programme-facts/programme-facts.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';

const withFacts = (): Record<string, unknown> & {
  facts: Record<string, unknown>[];
  factGroups?: unknown[];
} => ({
  ...riverDataset(),
  facts: [
    {
      id: 'towns',
      label: 'River towns in the fund',
      value: '12',
      certainty: 'stated',
      source: { title: 'Fund report', url: 'https://fund.example/report' },
    },
    {
      id: 'budget-a',
      label: 'Budget',
      value: '£3m',
      certainty: 'conflict',
      note: 'Another report says £4m.',
      source: { title: 'Report A', url: 'https://a.example/' },
    },
    {
      id: 'budget-b',
      label: 'Budget',
      value: '£4m',
      certainty: 'conflict',
      source: { title: 'Report B', url: 'https://b.example/' },
    },
    { id: 'unsourced', label: 'A figure nobody can check', value: '99' },
  ],
});

async function factsIn(data: unknown, attributes = '') {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>
      <bl-programme-facts facts=${attributes}></bl-programme-facts>
    </bl-programme>`,
  );
  const facts = programme.querySelector<BlProgrammeFacts>('bl-programme-facts')!;
  if (!attributes) facts.removeAttribute('facts');
  await settled(facts);
  return facts;
}

const items = (facts: Element) =>
  [...shadow(facts).querySelectorAll('[part~="fact"]')].map((item) => ({
    value: textOf(item.querySelector('[part="value"]')!),
    certainty: item.querySelector('[part="certainty"]')
      ? textOf(item.querySelector('[part="certainty"]')!)
      : '',
    source: (item.querySelector('a') as HTMLAnchorElement).href,
  }));

describe('bl-programme-facts', () => {
  it('shows every fact that has a source, with its source and certainty', async () => {
    const warnings = captureWarnings();
    try {
      const facts = await factsIn(withFacts());
      expect(items(facts)).to.deep.equal([
        { value: '12', certainty: '', source: 'https://fund.example/report' },
        { value: '£3m', certainty: 'Sources disagree', source: 'https://a.example/' },
        { value: '£4m', certainty: 'Sources disagree', source: 'https://b.example/' },
      ]);
      // The unsourced figure was dropped by the validator, and the page told once.
      expect(warnings.messages.join('\n')).to.contain('$.facts[3].source is missing');
    } finally {
      warnings.restore();
    }
  });

  it('shows only the facts it names, in that order, and says which it could not find', async () => {
    const warnings = captureWarnings();
    try {
      const facts = await factsIn(withFacts(), 'budget-b | towns | nope');
      expect(items(facts).map((item) => item.value)).to.deep.equal(['£4m', '12']);
      expect(textOf(query(facts, '[part="notice"]'))).to.equal(
        'There is no fact "nope" in this dataset.',
      );
    } finally {
      warnings.restore();
    }
  });

  it('says so when a dataset has no facts', async () => {
    const facts = await factsIn(riverDataset());
    expect(textOf(query(facts, '[part="notice"]'))).to.equal(
      'This dataset has no programme facts.',
    );
  });

  it('shows figures sources give differently for one thing as one entry, said once', async () => {
    const data = withFacts();
    data.factGroups = [
      { id: 'budget', title: 'The fund’s budget', description: 'Two reports give two budgets.' },
    ];
    for (const fact of data.facts.slice(1, 3)) Object.assign(fact, { group: 'budget' });
    const facts = await factsIn(data);
    const groups = shadow(facts).querySelectorAll('[part~="group"]');
    expect(groups.length).to.equal(1);
    const group = groups[0]!;
    expect(textOf(group)).to.contain('The fund’s budget');
    // The shared label and description once, each figure with its own source.
    expect(textOf(group).split('Sources disagree').length - 1).to.equal(1);
    expect(textOf(group).split('Two reports give two budgets.').length - 1).to.equal(1);
    const alternatives = [...group.querySelectorAll('[part~="alternative"]')].map((item) => [
      textOf(item.querySelector('[part="value"]')!),
      (item.querySelector('a') as HTMLAnchorElement).href,
    ]);
    expect(alternatives).to.deep.equal([
      ['£3m', 'https://a.example/'],
      ['£4m', 'https://b.example/'],
    ]);
    // The fact that stands alone is still its own entry, before the group as in the data.
    expect(items(facts)[0]).to.deep.equal({
      value: '12',
      certainty: '',
      source: 'https://fund.example/report',
    });
  });

  it('shows the embedded default’s programme facts, each with a source, without a provider', async () => {
    const facts = await fixture<BlProgrammeFacts>(html`<bl-programme-facts></bl-programme-facts>`);
    await settled(facts);
    const root = shadow(facts);
    const values = [...root.querySelectorAll('[part="value"]')];
    expect(values.length).to.be.greaterThan(20);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[part="source"]')) {
      expect(link.href).to.match(/^https?:\/\//);
    }
    // The five totals are one entry: "Sources disagree" is said once for them, not five times.
    const funding = [...root.querySelectorAll('[part~="group"]')].find((group) =>
      textOf(group).includes('total funding'),
    )!;
    expect(funding, 'the total funding entry').to.not.equal(undefined);
    expect(funding.querySelectorAll('[part~="alternative"]').length).to.equal(5);
    expect(textOf(funding)).to.contain('£217m');
    expect(textOf(funding).split('Sources disagree').length - 1).to.equal(1);
    expect(textOf(root.querySelector('[part="list"]')!)).to.not.contain('Other figures given');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const warnings = captureWarnings();
      try {
        const facts = await factsIn(withFacts());
        facts.theme = theme;
        await facts.updateComplete;
        await expect(facts).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
