import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/area-profile/define.js';
import type { BlAreaCard } from '../src/widgets/area-card/area-card.js';
import type { BlAreaProfile } from '../src/widgets/area-profile/area-profile.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { neighboursOf } from '../src/widgets/area-profile/model.js';
import type { Area } from '../src/data/types.js';
import allAreas from '../src/data/default/big-local-150.json';
import illustrative from '../src/data/illustrative.json';
import { captureWarnings, query, settled, shadow, spoken, textOf } from './support/helpers.js';

type Doc = { areas: { id: string; name: string; localAuthority?: string; region?: string }[] };
const document150 = () => structuredClone(allAreas) as typeof allAreas;

/** What a reader would pick by hand: the others in the same authority, else the same region. */
function expectedNeighbours(data: Doc, id: string) {
  const area = data.areas.find((entry) => entry.id === id)!;
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true });
  for (const field of ['localAuthority', 'region'] as const) {
    if (!area[field]) continue;
    const same = data.areas.filter((o) => o.id !== id && o[field] === area[field]).sort(byName);
    if (same.length) return same.slice(0, 6).map((o) => o.name);
  }
  return [];
}

async function profileIn(data: unknown, attributes = '', extra = html``) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}><bl-area-profile></bl-area-profile>${extra}</bl-programme>`,
  );
  const profile = programme.querySelector<BlAreaProfile>('bl-area-profile')!;
  for (const [name, value] of new URLSearchParams(attributes)) profile.setAttribute(name, value);
  await settled(profile);
  await innerSettled(profile);
  return { programme, profile };
}

/** Waits for the widgets the profile renders to leave their loading state too. */
async function innerSettled(profile: BlAreaProfile) {
  for (const inner of shadow(profile).querySelectorAll<BlAreaCard>('bl-area-card, bl-timeline'))
    await settled(inner);
}

const cardOf = (profile: Element) => query<BlAreaCard>(profile, 'bl-area-card');
/** The profile's title as shown, or '' while there is none (waitUntil must not throw). */
const titleOf = (profile: Element) => {
  const title = shadow(profile).querySelector('[part="title"]');
  return title ? textOf(title) : '';
};
const neighbours = (profile: Element) =>
  [...shadow(profile).querySelectorAll<HTMLButtonElement>('[part="neighbour"]')].map((button) =>
    textOf(button.querySelector('.neighbour-name')!),
  );

describe('area profile model', () => {
  it('finds neighbours in the same local authority, else the same region, in name order', () => {
    const areas = [
      { id: 'a', name: 'A', localAuthority: 'Leeds', region: 'Yorkshire and the Humber' },
      { id: 'c', name: 'C', localAuthority: 'leeds', region: 'Yorkshire and the Humber' },
      { id: 'b', name: 'B', localAuthority: 'York', region: 'Yorkshire and the Humber' },
      { id: 'd', name: 'D', region: 'Yorkshire and the Humber' },
      { id: 'e', name: 'E', region: 'London' },
    ] as Area[];
    expect(neighboursOf(areas, areas[0]!)).to.deep.include({ basis: 'localAuthority', total: 1 });
    expect(neighboursOf(areas, areas[2]!)!.areas.map((area) => area.id)).to.deep.equal([
      'a',
      'c',
      'd',
    ]);
    expect(neighboursOf(areas, areas[4]!)).to.equal(undefined);
    expect(neighboursOf(areas, areas[3]!, 2)).to.deep.include({ total: 3, basis: 'region' });
  });
});

describe('bl-area-profile', () => {
  it('shows a named area’s card and timeline on the embedded default, and no rings', async () => {
    const profile = await fixture<BlAreaProfile>(
      html`<bl-area-profile area="barrowcliff"></bl-area-profile>`,
    );
    await settled(profile);
    await innerSettled(profile);
    expect(textOf(query(profile, '[part="title"]'))).to.equal('Barrowcliff');
    expect(query(profile, '[part="title"]').getAttribute('aria-level')).to.equal('2');
    expect(textOf(query(profile, '[part="takeaway"]'))).to.equal(
      'Barrowcliff is in Scarborough, Yorkshire and the Humber; part of the programme since 29 February 2012.',
    );
    const card = cardOf(profile);
    expect(card.getAttribute('area')).to.equal('barrowcliff');
    expect(card.getAttribute('heading-level')).to.equal('3');
    await waitUntil(() => shadow(card).querySelector('[part="facts"]'), 'the card did not draw');
    // The profile's title names the area; the card under it does not say it again.
    expect(shadow(card).querySelector('[part="name"]')).to.equal(null);
    expect(textOf(query(profile, '[part="title"]'))).to.equal('Barrowcliff');
    expect(textOf(query(card, '[part="facts"]'))).not.to.contain('Barrowcliff');
    expect(shadow(card).querySelector('bl-outcome-rings')).to.equal(null);
    expect(textOf(query(card, '.no-assessment'))).to.contain('No assessment');
    // The default dates milestones, so the area's timeline is there, a level below.
    const timeline = query(profile, 'bl-timeline');
    expect(timeline.getAttribute('area')).to.equal('barrowcliff');
    expect(timeline.getAttribute('heading-level')).to.equal('3');
    // The card lists the sources; the profile does not list them again.
    expect(shadow(profile).querySelector(':scope [part="sources"]')).to.equal(null);
  });

  it('shows the rings of an area of the illustrative dataset, and no timeline without milestones', async () => {
    const area = illustrative.assessments[0]!.area;
    const { profile } = await profileIn(structuredClone(illustrative), `area=${area}`);
    const card = cardOf(profile);
    await waitUntil(() => shadow(card).querySelector('bl-outcome-rings'), 'no rings');
    const milestones = (illustrative as { milestones?: unknown[] }).milestones ?? [];
    expect(Boolean(shadow(profile).querySelector('bl-timeline'))).to.equal(milestones.length > 0);
  });

  it('shows each outcome’s level in every year assessed, with rises and falls marked', async () => {
    const { profile } = await profileIn(
      structuredClone(illustrative),
      'area=ill-0001-emberden-fields',
    );
    const section = query(profile, '[part="over-time"]');
    const heading = section.querySelector('[role="heading"]')!;
    expect(textOf(heading)).to.equal('Outcomes over time');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    // It comes after the card, before the neighbours.
    const order = [
      ...shadow(profile).querySelectorAll('[part="card"], [part="over-time"], [part="neighbours"]'),
    ];
    expect(order.map((element) => element.getAttribute('part'))).to.deep.equal([
      'card',
      'over-time',
      'neighbours',
    ]);
    const table = section.querySelector('table')!;
    const assessed = illustrative.assessments.filter((a) => a.area === 'ill-0001-emberden-fields');
    const head = [...table.querySelectorAll('thead th')].map(textOf);
    expect(head).to.deep.equal(['Year', ...illustrative.outcomes.map((o) => o.short)]);
    const years = [...table.querySelectorAll('tbody th[scope="row"]')].map(textOf);
    expect(years).to.deep.equal(assessed.map((a) => String(a.year)));
    // Every cell says the level by number and by the scale's label, as a screen reader reads it.
    const labels = illustrative.scales.progress.labels;
    const cells = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => spoken(cell)),
    );
    for (const [r, assessment] of assessed.entries()) {
      for (const [c, outcome] of illustrative.outcomes.entries()) {
        const level = (assessment.outcomes as Record<string, number | null>)[outcome.id];
        const text = cells[r]![c]!;
        if (level === null || level === undefined) expect(text).to.equal('Not assessed');
        else expect(text.startsWith(`${level} `) && text.includes(labels[level]!)).to.equal(true);
      }
    }
    // Identifying needs: 1 in 2015, not assessed in 2017 and 2024, 2 in 2025, a rise from 1.
    expect(cells[0]![0]).to.equal('1 Emerging');
    expect(cells.at(-1)![0]).to.equal('2 Developing, up');
    expect(cells[1]![0]).to.equal('Not assessed');
    // A level equal to the one before has no mark.
    expect(cells[3]![0]).to.equal('1 Emerging');
    const change = [...table.querySelectorAll('tfoot td')].map(textOf);
    expect(change).to.deep.equal([
      'Up 1 level since 2015',
      'Up 2 levels since 2015',
      'Up 2 levels since 2017',
      'Up 1 level since 2015',
    ]);
    // Its frame is a named region a keyboard can reach and scroll.
    const region = query(profile, '.over-time-scroll');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Levels by year');
    expect(region.tabIndex).to.equal(0);
    await expect(profile).to.be.accessible();
  });

  it('shows no change over time for an area assessed in fewer than two years', async () => {
    const data = structuredClone(illustrative);
    const area = 'ill-0001-emberden-fields';
    const latest = data.assessments.filter((a) => a.area === area).at(-1)!;
    data.assessments = data.assessments.filter((a) => a.area !== area || a === latest);
    const { profile } = await profileIn(data, `area=${area}`);
    await waitUntil(() => shadow(cardOf(profile)).querySelector('bl-outcome-rings'), 'no rings');
    expect(shadow(profile).querySelector('[part="over-time"]')).to.equal(null);
    // Nor for an area never assessed, as on the embedded default.
    const { profile: real } = await profileIn(document150(), 'area=barrowcliff');
    expect(shadow(real).querySelector('[part="over-time"]')).to.equal(null);
  });

  it('lists up to six neighbours computed from the document', async () => {
    const data = document150();
    const withAuthority = data.areas.find(
      (area) =>
        area.localAuthority &&
        data.areas.some((o) => o.id !== area.id && o.localAuthority === area.localAuthority),
    )!;
    const regionOnly = data.areas.find(
      (area) =>
        !area.localAuthority &&
        area.region &&
        data.areas.filter((o) => o.region === area.region).length > 7,
    )!;
    for (const area of [withAuthority, regionOnly]) {
      const { profile } = await profileIn(data, `area=${area.id}`);
      const expected = expectedNeighbours(data, area.id);
      expect(expected.length).to.be.within(1, 6);
      expect(neighbours(profile), area.id).to.deep.equal(expected);
      const place = area.localAuthority ?? area.region!;
      expect(textOf(query(profile, '.neighbours-basis'))).to.contain(place);
    }
  });

  it('changes the area when a neighbour is chosen, in step with a card under the provider', async () => {
    const data = document150();
    const { programme, profile } = await profileIn(data, '', html`<bl-area-card></bl-area-card>`);
    expect(textOf(query(profile, '[part="notice"]'))).to.equal(
      'Choose an area to see its profile.',
    );
    const start = data.areas.find((area) => area.region === 'London')!;
    programme.selectedArea = start.id;
    await waitUntil(() => titleOf(profile) === start.name);
    const [first] = expectedNeighbours(data, start.id);
    const button = [
      ...shadow(profile).querySelectorAll<HTMLButtonElement>('[part="neighbour"]'),
    ].find((entry) => textOf(entry.querySelector('.neighbour-name')!) === first)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const chosen = data.areas.find((area) => area.name === first)!;
    await waitUntil(() => programme.selectedArea === chosen.id, 'the neighbour was not selected');
    await waitUntil(() => titleOf(profile) === chosen.name);
    // Focus goes to the new name, not lost with the button.
    expect(shadow(profile).activeElement).to.equal(query(profile, '[part="title"]'));
    const card = programme.querySelector<BlAreaCard>(':scope > bl-area-card')!;
    await waitUntil(() => textOf(query(card, '[part="name"]')) === chosen.name, 'card lagged');
    await waitUntil(() => cardOf(profile).getAttribute('area') === chosen.id);
  });

  it('follows a neighbour even when its area was given as an attribute', async () => {
    const data = document150();
    const start = data.areas.find((area) => area.region === 'North West')!;
    const { profile } = await profileIn(data, `area=${start.id}`);
    shadow(profile).querySelector<HTMLButtonElement>('[part="neighbour"]')!.click();
    await waitUntil(() => profile.area !== start.id);
    expect(textOf(query(profile, '[part="title"]'))).not.to.equal(start.name);
  });

  it('says an unknown area is unknown, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const { profile } = await profileIn(document150(), 'area=no-such-area');
      expect(textOf(query(profile, '[part="notice"]'))).to.equal(
        'There is no area "no-such-area" in this dataset.',
      );
      profile.requestUpdate();
      await profile.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((m) => m.includes('no-such-area'))).to.have.length(1);
    expect(warnings.messages).to.have.length(1);
  });

  it('does not overflow a 320 px container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <bl-programme .data=${document150()}
          ><bl-area-profile area="barrowcliff"></bl-area-profile
        ></bl-programme>
      </div>`,
    );
    const profile = wrapper.querySelector<BlAreaProfile>('bl-area-profile')!;
    await settled(profile);
    await innerSettled(profile);
    const left = wrapper.getBoundingClientRect().left;
    expect(query(profile, '[part="base"]').scrollWidth).to.be.at.most(320);
    for (const element of shadow(profile).querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right - left, element.className || element.localName).to.be.at.most(320.5);
    }
  });

  it('fits the change over time in a 320 px container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <bl-programme .data=${structuredClone(illustrative)}
          ><bl-area-profile area="ill-0001-emberden-fields"></bl-area-profile
        ></bl-programme>
      </div>`,
    );
    const profile = wrapper.querySelector<BlAreaProfile>('bl-area-profile')!;
    await settled(profile);
    const region = query(profile, '.over-time-scroll');
    const left = wrapper.getBoundingClientRect().left;
    expect(region.scrollWidth, 'the table scrolls sideways').to.be.at.most(region.clientWidth);
    for (const element of query(profile, '[part="over-time"]').querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right - left, element.className || element.localName).to.be.at.most(320.5);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, and passes the theme down`, async () => {
      const { profile } = await profileIn(document150(), 'area=barrowcliff');
      profile.theme = theme;
      await profile.updateComplete;
      // The card inside takes the profile's colour scheme, through CSS.
      const scheme = (element: Element) =>
        getComputedStyle(element.shadowRoot!.querySelector('[part~="base"]')!).colorScheme;
      expect(scheme(cardOf(profile))).to.equal(theme);
      await cardOf(profile).updateComplete;
      await expect(profile).to.be.accessible();
    });
  }
});
