import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/success-factors/define.js';
import type { BlSuccessFactors } from '../src/widgets/success-factors/success-factors.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { idInHash } from '../src/widgets/success-factors/hash-target.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { riverDataset } from './fixtures/datasets.js';
import { otherProgramme } from './fixtures/other-programme.js';

const success =
  'https://www.learningfrombiglocal.org.uk/resources/what-does-success-mean-in-big-local';

async function factorsIn(data: unknown, attributes: { group?: string; factor?: string } = {}) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>
      <bl-success-factors
        group=${attributes.group ?? ''}
        factor=${attributes.factor ?? ''}
      ></bl-success-factors>
    </bl-programme>`,
  );
  const widget = programme.querySelector<BlSuccessFactors>('bl-success-factors')!;
  for (const name of ['group', 'factor'] as const)
    if (!attributes[name]) widget.removeAttribute(name);
  await settled(widget);
  return widget;
}

async function embeddedDefault(attributes = '', width?: number) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}px` : ''}>
      <bl-success-factors></bl-success-factors>
    </div>`,
  );
  const widget = wrapper.querySelector<BlSuccessFactors>('bl-success-factors')!;
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=') as [string, string];
    widget.setAttribute(name, value);
  }
  await settled(widget);
  return widget;
}

const all = (element: Element, selector: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(selector),
];

const groupsOf = (widget: Element) =>
  all(widget, '[part="group"]').map((group) => ({
    title: textOf(
      group.querySelector('.story-subheading') ?? group.ownerDocument.createElement('i'),
    ),
    factors: [...group.querySelectorAll('[part~="factor"] .factor-title')].map(textOf),
  }));

/** The page's fragment, put back as it was after each test. */
function setHash(hash: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

describe('bl-success-factors', () => {
  afterEach(() => setHash(''));

  describe('the embedded default', () => {
    it('shows the seven conditions and four ways of working in order, each with its finding', async () => {
      const widget = await embeddedDefault();
      const groups = groupsOf(widget);
      expect(groups.map((group) => group.title)).to.deep.equal(['Conditions', 'Ways of working']);
      expect(groups[0]!.factors).to.have.length(7);
      expect(groups[0]!.factors[0]).to.equal(
        'Basic demographic and socio-economic characteristics',
      );
      expect(groups[0]!.factors[6]).to.equal("Individuals' skills and capabilities");
      expect(groups[1]!.factors).to.deep.equal([
        'Robust governance structures',
        'Acting strategically',
        'Engaging with effective support',
        'Managing conflict',
      ]);
      const skills = query(widget, '#factor-skills-capabilities');
      expect(textOf(skills.querySelector('[part="finding"]')!)).to.contain(
        'Arguably the most critical success factor',
      );
      // Every finding in a group cites one page, so the group cites it once, beside its own.
      const groupSources = all(widget, '[part="group"]')[0]!.querySelectorAll('.group-sources a');
      expect([...groupSources].map((link) => (link as HTMLAnchorElement).href)).to.deep.equal([
        'https://ourbiggerstory.com/wp-content/uploads/2025/03/Our-Bigger-Study-What-is-Success.pdf',
        success,
      ]);
      expect(skills.querySelector('a')).to.equal(null);
    });

    it('quotes the main message with its source, and says it in the takeaway', async () => {
      const widget = await embeddedDefault();
      expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
        'No single factor explains an area’s success: combinations do, and the engagement of ' +
          'skilled, capable individuals was arguably the most critical.',
      );
      const quotes = all(widget, '[part="conclusion"] [part="quote"]');
      expect(quotes.map((quote) => textOf(quote.querySelector('blockquote')!))).to.deep.equal([
        'No one condition or way of working alone can explain why certain areas were more ' +
          'successful than others in terms of progress against the four Big Local outcomes. It ' +
          'is the combination of factors interacting in complex ways that is influential.',
        'While no one factor alone could account for variations in success, arguably the most ' +
          'critical success factor was the engagement of skilled, capable individuals.',
      ]);
      for (const quote of quotes) {
        expect(quote.querySelector('a')!.href).to.equal(success);
      }
      const sources = all(widget, '[part="sources"] a').map(
        (link) => (link as HTMLAnchorElement).href,
      );
      expect(sources).to.include(success);
    });

    it('shows one group alone, titled by it, with the group attribute', async () => {
      const widget = await embeddedDefault('group=way-of-working');
      expect(textOf(query(widget, '[part="title"]'))).to.equal('Ways of working');
      expect(all(widget, '[part~="factor"]')).to.have.length(4);
      expect(textOf(query(widget, '[part="takeaway"]'))).to.contain('Four ways in which residents');
    });

    it('highlights the factor the factor attribute names, without taking focus', async () => {
      const widget = await embeddedDefault('factor=governance');
      const item = query(widget, '#factor-governance');
      expect(item.getAttribute('part')).to.equal('factor highlighted');
      expect(item.hasAttribute('tabindex')).to.equal(false);
      expect(all(widget, '[part~="highlighted"]')).to.have.length(1);
      expect(shadow(widget).activeElement).to.equal(null);
    });

    it('follows the page’s fragment: on load, then on hashchange, moving focus each time', async () => {
      setHash('#factor-governance');
      const widget = await embeddedDefault();
      await waitUntil(() => shadow(widget).activeElement?.id === 'factor-governance');
      const governance = query(widget, '#factor-governance');
      expect(governance.getAttribute('tabindex')).to.equal('-1');
      expect(governance.getAttribute('part')).to.equal('factor highlighted');
      expect(governance.getAttribute('aria-labelledby')).to.equal('factor-governance-title');

      location.hash = '#factor-support';
      await waitUntil(() => shadow(widget).activeElement?.id === 'factor-support');
      expect(governance.hasAttribute('tabindex')).to.equal(false);
      expect(governance.getAttribute('part')).to.equal('factor');
      expect(all(widget, '[tabindex]').map((item) => item.id)).to.deep.equal(['factor-support']);

      // A fragment for something else leaves the factors alone.
      location.hash = '#elsewhere';
      await waitUntil(() => !query(widget, '#factor-support').hasAttribute('tabindex'));
    });

    it('is keyboard complete: only links and the sources disclosure take focus', async () => {
      const widget = await embeddedDefault();
      expect(all(widget, '[tabindex]')).to.have.length(0);
      const focusable = all(widget, 'a, button, summary, [tabindex]');
      expect(focusable.every((element) => /^(A|SUMMARY)$/.test(element.tagName))).to.equal(true);
      widget.focus();
      query<HTMLAnchorElement>(widget, '[part="quote"] a').focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(widget).activeElement?.tagName).to.equal('A');
    });

    it('fits a 320 px container without sideways overflow', async () => {
      const widget = await embeddedDefault('', 320);
      expect(widget.scrollWidth).to.be.at.most(320);
      for (const item of all(widget, '[part~="factor"]')) {
        expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
      }
    });
  });

  it('counts the factors in the takeaway when the dataset quotes no main message', async () => {
    const widget = await factorsIn(riverDataset());
    expect(textOf(query(widget, '[part="takeaway"]'))).to.equal(
      '2 factors, in Conditions (1) and Ways of working (1).',
    );
    expect(shadow(widget).querySelector('[part="conclusion"]')).to.equal(null);
    expect(groupsOf(widget)).to.deep.equal([
      { title: 'Conditions', factors: ['Volunteers'] },
      { title: 'Ways of working', factors: ['Open meetings'] },
    ]);
  });

  it('shows another programme’s own groups, leaving out a group with no factors', async () => {
    const widget = await factorsIn(otherProgramme());
    expect(groupsOf(widget).map((group) => group.title)).to.deep.equal([
      'Capabilities',
      'Relationships',
      'Resources',
    ]);
    expect(groupsOf(widget)[0]!.factors).to.deep.equal(['Planning together', 'Managing money']);
  });

  it('says so, and warns once, for an unknown group', async () => {
    const warnings = captureWarnings();
    try {
      const widget = await factorsIn(riverDataset(), { group: 'nope' });
      expect(textOf(query(widget, '[part="notice"]'))).to.equal(
        'There is no factor group "nope" in this dataset.',
      );
      widget.requestUpdate();
      await widget.updateComplete;
      expect(warnings.messages.filter((message) => message.includes('"nope"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('says so, and warns once, for an unknown factor, still showing every factor', async () => {
    const warnings = captureWarnings();
    try {
      const widget = await factorsIn(riverDataset(), { factor: 'nope' });
      expect(textOf(query(widget, '[part="notice"]'))).to.equal(
        'There is no factor "nope" in this dataset.',
      );
      expect(all(widget, '[part~="factor"]')).to.have.length(2);
      widget.requestUpdate();
      await widget.updateComplete;
      expect(warnings.messages.filter((message) => message.includes('"nope"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('says when the factor named is in another group than the one shown', async () => {
    const warnings = captureWarnings();
    try {
      const widget = await factorsIn(riverDataset(), { group: 'condition', factor: 'meetings' });
      expect(textOf(query(widget, '[part="notice"]'))).to.equal(
        'The factor "meetings" is not in the group shown, Conditions.',
      );
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('reads the id a fragment names', () => {
    expect(idInHash('#factor-governance', 'factor')).to.equal('governance');
    expect(idInHash('#factor-a%20b', 'factor')).to.equal('a b');
    expect(idInHash('#factor-%E0%A4%A', 'factor')).to.equal('%E0%A4%A');
    expect(idInHash('#factor-', 'factor')).to.equal(undefined);
    expect(idInHash('#outcome-x', 'factor')).to.equal(undefined);
    expect(idInHash('', 'factor')).to.equal(undefined);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, with a factor highlighted`, async () => {
      const widget = await embeddedDefault('factor=skills-capabilities');
      widget.theme = theme;
      await widget.updateComplete;
      await expect(widget).to.be.accessible();
    });
  }
});
