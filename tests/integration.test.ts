import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { query, settled, shadow, textOf } from './support/helpers.js';
import { cardDataset } from './fixtures/card-dataset.js';

/** A partner's page: a provider loading a JSON file by URL, a card and the rings inside it. */
describe('a page with bl-programme src, an area card and its rings', () => {
  let url: string;
  beforeEach(() => {
    const blob = new Blob([JSON.stringify(cardDataset())], { type: 'application/json' });
    url = URL.createObjectURL(blob);
  });
  afterEach(() => URL.revokeObjectURL(url));

  it('renders the right names, levels and sources, passes axe and works by keyboard', async () => {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme src=${url}>
        <bl-area-card area="weir-end" variant="compact"></bl-area-card>
        <bl-area-card area="lock-side" variant="compact"></bl-area-card>
        <bl-outcome-rings></bl-outcome-rings>
      </bl-programme>`,
    );
    const [weirEnd, lockSide] = [...programme.querySelectorAll('bl-area-card')];
    const rings = programme.querySelector('bl-outcome-rings')!;
    await settled(weirEnd!);
    await settled(rings);
    expect(textOf(query(weirEnd!, '[role="heading"]'))).to.equal('Weir End');
    const sourceLinks = [
      ...shadow(weirEnd!).querySelectorAll<HTMLAnchorElement>('[part="sources"] a'),
    ];
    expect(sourceLinks.map((link) => link.href)).to.deep.equal([
      'https://council.example/weir-end',
      'https://funder.example/letter',
    ]);
    expect(textOf(query(rings, '[part="notice"]'))).to.equal('Choose an area to see its outcomes.');

    // Keyboard: Tab to the second card's name and press Enter; the rings follow.
    query(weirEnd!, '[part="name"]').focus();
    // Name, website link, Sources, then the next card's name.
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Tab' });
    expect(shadow(lockSide!).activeElement?.getAttribute('part')).to.equal('name');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => shadow(rings).querySelector('bl-outcome-ring'),
      'the rings did not follow',
    );
    const meters = [...shadow(rings).querySelectorAll('bl-outcome-ring')].map((ring) =>
      query(ring, '[role="meter"]').getAttribute('aria-valuetext'),
    );
    expect(meters).to.deep.equal([
      'Stirring (level 1 of 2) in 2020',
      'Not assessed',
      'Not assessed',
    ]);
    expect(query(lockSide!, '[part="name"]').getAttribute('aria-pressed')).to.equal('true');
    await expect(programme).to.be.accessible();
  });
});
