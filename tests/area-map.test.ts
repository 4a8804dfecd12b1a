import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/area-map/define.js';
import type { BlAreaCard } from '../src/widgets/area-card/area-card.js';
import type { BlAreaMap } from '../src/widgets/area-map/area-map.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import {
  countByRegion,
  englandTiles,
  moveFrom,
  shadeSteps,
  stepOf,
} from '../src/widgets/area-map/model.js';
import type { Area } from '../src/data/types.js';
import allAreas from '../src/data/default/big-local-150.json';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { locatedDataset } from './fixtures/located.js';

type Document150 = typeof allAreas;
const document150 = () => structuredClone(allAreas) as Document150;
const areasOf = (data: { areas: { region?: string; name: string; id: string }[] }) => data.areas;

/** The nine regions' counts (and inferred counts) as a reader would tally the document. */
function tally(data: { areas: { region?: string; inferred?: string[] }[] }) {
  const counts = new Map(englandTiles.map(({ region }) => [region, 0]));
  const inferred = new Map(englandTiles.map(({ region }) => [region, 0]));
  let none = 0;
  for (const area of data.areas) {
    if (!area.region) {
      none++;
      continue;
    }
    counts.set(area.region, (counts.get(area.region) ?? 0) + 1);
    if (area.inferred?.includes('region'))
      inferred.set(area.region, (inferred.get(area.region) ?? 0) + 1);
  }
  return { counts, inferred, none };
}

async function mapIn(data: unknown, extra = html``) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}><bl-area-map></bl-area-map>${extra}</bl-programme>`,
  );
  const map = programme.querySelector<BlAreaMap>('bl-area-map')!;
  await settled(map);
  return { programme, map };
}

const tiles = (map: Element) => [
  ...shadow(map).querySelectorAll<HTMLButtonElement>('[part~="tile"]'),
];
const tileOf = (map: Element, region: string) =>
  tiles(map).find((tile) => textOf(tile.querySelector('.region')!) === region)!;

describe('area map model', () => {
  it('counts areas per tile whatever the spelling’s case, apart from those it cannot place', () => {
    const areas = [
      { id: 'a', name: 'B', region: 'London' },
      { id: 'b', name: 'A', region: 'london' },
      { id: 'c', name: 'C', region: 'Yorkshire and The Humber', inferred: ['region'] },
      { id: 'd', name: 'D' },
      { id: 'e', name: 'E', region: 'Wales' },
    ] as unknown as Area[];
    const counts = countByRegion(areas);
    const of = (region: string) => counts.regions.find((entry) => entry.region === region)!;
    expect(of('London').areas.map((area) => area.id)).to.deep.equal(['b', 'a']);
    expect(of('Yorkshire and the Humber')).to.include({ inferred: 1 });
    expect(of('South West').areas).to.deep.equal([]);
    expect(counts.unplaced.map((area) => area.id)).to.deep.equal(['d']);
    expect(counts.elsewhere.map((area) => area.id)).to.deep.equal(['e']);
  });

  it('shades zero apart and bins the rest evenly up to the largest count', () => {
    expect(shadeSteps(0)).to.deep.equal([{ from: 0, to: 0, share: 0 }]);
    const scale = shadeSteps(24);
    expect(scale.map(({ from, to }) => [from, to])).to.deep.equal([
      [0, 0],
      [1, 6],
      [7, 12],
      [13, 18],
      [19, 24],
    ]);
    const shares = scale.map((step) => step.share);
    expect(shares).to.deep.equal([...shares].sort((a, b) => a - b));
    expect(stepOf(9, scale).from).to.equal(7);
    expect(shadeSteps(2).map(({ from, to }) => [from, to])).to.deep.equal([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('moves to the nearest tile each way, skipping the grid’s empty places', () => {
    const index = (region: string) => englandTiles.findIndex((tile) => tile.region === region);
    const move = (region: string, direction: Parameters<typeof moveFrom>[2]) =>
      englandTiles[moveFrom(englandTiles, index(region), direction)]!.region;
    expect(move('North East', 'down')).to.equal('Yorkshire and the Humber');
    expect(move('North East', 'up')).to.equal('North East');
    expect(move('North West', 'right')).to.equal('Yorkshire and the Humber');
    expect(move('East Midlands', 'right')).to.equal('East of England');
    expect(move('South East', 'left')).to.equal('South West');
    expect(move('East of England', 'down')).to.equal('London');
    expect(move('London', 'first')).to.equal('South West');
  });
});

describe('bl-area-map on the 150-area document', () => {
  it('shows every region’s tile with the document’s count, and counts the unplaced apart', async () => {
    const data = document150();
    const { map } = await mapIn(data);
    const { counts, inferred, none } = tally(data);
    expect(tiles(map)).to.have.length(9);
    for (const [region, count] of counts) {
      const tile = tileOf(map, region);
      expect(textOf(tile.querySelector('[part="count"]')!), region).to.match(
        new RegExp(`^${count} areas?$`),
      );
      // Its accessible name is its words, in reading order.
      const name = textOf(tile).replace(/ ([:,])/g, '$1');
      expect(name, region).to.match(new RegExp(`^${region}: ${count} areas?`));
      const inferredCount = inferred.get(region)!;
      if (inferredCount) expect(name).to.contain(`, of which ${inferredCount} inferred`);
      else expect(name).not.to.contain('inferred');
    }
    expect(textOf(query(map, '[part="unplaced"]'))).to.contain(
      `${none} areas have no region in the data`,
    );
    const placed = data.areas.length - none;
    const [top, topCount] = [...counts].reduce((best, entry) =>
      entry[1] > best[1] ? entry : best,
    );
    expect(textOf(query(map, '[part="takeaway"]'))).to.equal(
      `${top} has the most areas (${topCount}) of the ${placed} whose region the data gives, out of ${data.areas.length}.`,
    );
    expect(query(map, '[part="title"]').getAttribute('aria-level')).to.equal('2');
    // The table says the same.
    const rows = [...shadow(map).querySelectorAll('[part="table"] tbody tr')].map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    for (const [region, count] of counts)
      expect(rows).to.deep.include([region, String(count), String(inferred.get(region))]);
    expect(rows).to.deep.include(['No region in the data', String(none), '–']);
  });

  it('shades by count, with a key naming each step in numbers', async () => {
    const data = document150();
    const { map } = await mapIn(data);
    const { counts } = tally(data);
    const max = Math.max(...counts.values());
    const fill = (region: string) =>
      Number(tileOf(map, region).style.getPropertyValue('--_fill') || 0);
    const [most] = [...counts].find(([, count]) => count === max)!;
    const least = Math.min(...counts.values());
    const [fewest] = [...counts].find(([, count]) => count === least)!;
    expect(fill(most)).to.equal(0.5);
    expect(fill(fewest)).to.be.greaterThan(0).and.below(fill(most));
    const keys = [
      ...shadow(map).querySelectorAll('[part="legend"] li:has(.swatch:not(.inferred-swatch))'),
    ].map((li) => textOf(li));
    expect(keys[0]).to.equal('0');
    expect(keys.at(-1)).to.match(new RegExp(`–${max}$`));
  });

  it('marks the areas whose region is inferred, in words and outline', async () => {
    const data = document150();
    const { map } = await mapIn(data);
    const { inferred } = tally(data);
    for (const [region, count] of inferred) {
      const tile = tileOf(map, region);
      expect(tile.classList.contains('has-inferred'), region).to.equal(count > 0);
      if (count)
        expect(textOf(tile.querySelector('[part="inferred"]')!)).to.equal(
          `, of which ${count} inferred`,
        );
    }
    expect(textOf(query(map, '[part="legend"]'))).to.contain('inferred by a source');
    // In a region's list, each such area is tagged.
    tileOf(map, 'North East').click();
    await map.updateComplete;
    const tagged = [...shadow(map).querySelectorAll('[part="list"] li')].filter((li) =>
      textOf(li).includes('region inferred'),
    );
    expect(tagged).to.have.length(inferred.get('North East')!);
  });

  it('keeps the tile of a region with no areas, at 0, and counts the unplaced', async () => {
    const data = document150();
    for (const area of data.areas)
      if (area.region === 'South West') delete (area as { region?: string }).region;
    const { map } = await mapIn(data);
    const tile = tileOf(map, 'South West');
    expect(textOf(tile.querySelector('[part="count"]')!)).to.equal('0 areas');
    expect(tile.style.getPropertyValue('--_fill')).to.equal('0');
    const { none } = tally(data);
    expect(textOf(query(map, '[part="unplaced"]'))).to.contain(
      `${none} areas have no region in the data`,
    );
  });

  it('moves between tiles by their place with the arrow keys, with one tab stop', async () => {
    const { map } = await mapIn(document150());
    const focusable = tiles(map).filter((tile) => tile.tabIndex === 0);
    expect(focusable).to.have.length(1);
    expect(textOf(focusable[0]!.querySelector('.region')!)).to.equal('North East');
    focusable[0]!.focus();
    const active = () => textOf(shadow(map).activeElement!.querySelector('.region')!);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => active() === 'Yorkshire and the Humber', 'Down did not move');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => active() === 'North West', 'Left did not move');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => active() === 'West Midlands');
    await sendKeys({ press: 'End' });
    await waitUntil(() => active() === 'East of England', 'End did not move');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => active() === 'London');
    expect(tiles(map).filter((tile) => tile.tabIndex === 0)).to.have.length(1);
    expect(tileOf(map, 'London').tabIndex).to.equal(0);
  });

  it('lists a region’s areas when its tile is opened, and the unplaced ones on asking', async () => {
    const data = document150();
    const { map } = await mapIn(data);
    const london = tileOf(map, 'London');
    london.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => london.getAttribute('aria-expanded') === 'true', 'Enter did not open');
    const expected = areasOf(data)
      .filter((area) => area.region === 'London')
      .map((area) => area.name)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
    const names = () =>
      [...shadow(map).querySelectorAll('[part="list"] [part="area"]')].map((b) => textOf(b));
    expect(names()).to.deep.equal(expected);
    expect(textOf(query(map, '[part="list"] [role="heading"]'))).to.equal(
      `London: ${expected.length} areas`,
    );
    await sendKeys({ press: ' ' });
    await waitUntil(() => query(map, '[part="list"]').hidden, 'Space did not close');

    query(map, '[part="unplaced"] button').click();
    await waitUntil(() => names().length > 0);
    expect(names().length).to.equal(data.areas.filter((area) => !area.region).length);
  });

  it('selects an area from a region’s list in step with a card, and marks its tile', async () => {
    const data = document150();
    const { programme, map } = await mapIn(data, html`<bl-area-card></bl-area-card>`);
    const card = programme.querySelector<BlAreaCard>('bl-area-card')!;
    await settled(card);
    const area = data.areas.find((entry) => entry.region === 'North West')!;
    tileOf(map, 'North West').click();
    await map.updateComplete;
    const button = [...shadow(map).querySelectorAll<HTMLButtonElement>('[part="area"]')].find(
      (entry) => textOf(entry) === area.name,
    )!;
    button.click();
    await waitUntil(() => programme.selectedArea === area.id, 'the list did not select');
    await waitUntil(
      () => textOf(query(card, '[part="name"]')) === area.name,
      'the card did not follow',
    );
    await waitUntil(() => button.getAttribute('aria-pressed') === 'true');
    const marked = tiles(map).filter((tile) => tile.matches('[part~="tile-selected"]'));
    expect(marked.map((tile) => textOf(tile.querySelector('.region')!))).to.deep.equal([
      'North West',
    ]);
    expect(textOf(marked[0]!)).to.contain('Selected area');

    // A selection made elsewhere (the card's own area) moves the mark.
    const londoner = data.areas.find((entry) => entry.region === 'London')!;
    programme.selectedArea = londoner.id;
    await waitUntil(() => tileOf(map, 'London').matches('[part~="tile-selected"]'));
    expect(tileOf(map, 'North West').matches('[part~="tile-selected"]')).to.equal(false);
  });

  it('does not overflow a 320 px container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <bl-programme .data=${document150()}><bl-area-map></bl-area-map></bl-programme>
      </div>`,
    );
    const map = wrapper.querySelector<BlAreaMap>('bl-area-map')!;
    await settled(map);
    tileOf(map, 'Yorkshire and the Humber').click();
    await map.updateComplete;
    const left = wrapper.getBoundingClientRect().left;
    expect(query(map, '[part="base"]').scrollWidth).to.be.at.most(320);
    for (const element of shadow(map).querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right - left, element.className || element.localName).to.be.at.most(320.5);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, with a region open`, async () => {
      const { map } = await mapIn(document150());
      map.theme = theme;
      tileOf(map, 'London').click();
      await map.updateComplete;
      await expect(map).to.be.accessible();
    });
  }

  it('warns about nothing on good data', async () => {
    const warnings = captureWarnings();
    try {
      await mapIn(document150());
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('bl-area-map on areas with coordinates', () => {
  const points = (map: Element) => [...shadow(map).querySelectorAll('circle[part="point"]')];
  const listButtons = (map: Element) => [
    ...shadow(map).querySelectorAll<HTMLButtonElement>('[part="point-list"] [part="area"]'),
  ];
  const withCoordinates = (data: ReturnType<typeof locatedDataset>) =>
    data.areas.filter(
      (area): area is typeof area & { lat: number; lon: number } =>
        typeof area.lat === 'number' && typeof area.lon === 'number',
    );

  it('draws each located area as a point on England’s outline, and counts the rest apart', async () => {
    const data = locatedDataset();
    const { map } = await mapIn(data);
    expect(shadow(map).querySelector('[part~="tile"]'), 'tiles drawn').to.equal(null);
    const outline = query(map, '[part="outline"]').getAttribute('d') ?? '';
    expect(outline.length, 'the outline of England').to.be.greaterThan(500);
    // The fixture puts one located area far north of England: off the map, and said so.
    const located = withCoordinates(data);
    expect(points(map)).to.have.length(located.length - 1);
    const unlocated = data.areas.length - located.length;
    expect(textOf(query(map, '.unplaced'))).to.contain(`${unlocated} area has no coordinates`);
    expect(textOf(shadow(map).querySelectorAll('.unplaced')[1]!)).to.contain(
      '1 area’s coordinates fall outside',
    );
    const picture = query(map, 'svg[part="map"]');
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.contain(`${located.length - 1} areas`);
    // Made-up coordinates about fictional places: the badge says so.
    expect(shadow(map).querySelector('[part="badge"]')).to.not.equal(null);
  });

  it('puts points where their coordinates are: north above south, west left of east', async () => {
    const data = locatedDataset();
    const { map } = await mapIn(data);
    const byName = new Map(
      points(map).map((point) => [
        textOf(point.querySelector('title')!),
        { x: Number(point.getAttribute('cx')), y: Number(point.getAttribute('cy')) },
      ]),
    );
    const placed = withCoordinates(data).filter((area) => byName.has(area.name));
    for (const a of placed) {
      for (const b of placed) {
        if (a.lat - b.lat > 0.5)
          expect(byName.get(a.name)!.y, `${a.name} above ${b.name}`).to.be.below(
            byName.get(b.name)!.y,
          );
        if (b.lon - a.lon > 0.5 && Math.abs(a.lat - b.lat) < 0.5) {
          expect(byName.get(a.name)!.x, `${a.name} left of ${b.name}`).to.be.below(
            byName.get(b.name)!.x,
          );
        }
      }
    }
  });

  it('selects an area from its point or from the list, in step with a card', async () => {
    const data = locatedDataset();
    const { programme, map } = await mapIn(data, html`<bl-area-card></bl-area-card>`);
    const card = programme.querySelector<BlAreaCard>('bl-area-card')!;
    const cardName = () => shadow(card).querySelector('[part="name"]')?.textContent?.trim();
    const first = points(map)[0]!;
    const name = textOf(first.querySelector('title')!);
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => cardName() === name, 'the card did not follow');
    await waitUntil(() => shadow(map).querySelector('[part~="point-selected"]'));
    expect(textOf(query(map, '.point-label'))).to.equal(name);

    // By keyboard: the list of areas on the map.
    const list = query(map, '[part="point-list"]') as HTMLDetailsElement;
    query(map, '[part="point-list"] summary').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.open, 'the list did not open');
    const other = listButtons(map).find((button) => textOf(button) !== name)!;
    other.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardName() === textOf(other), 'no selection');
    await waitUntil(() => other.getAttribute('aria-pressed') === 'true');
    expect(listButtons(map)).to.have.length(points(map).length);
  });

  it('keeps the tiles with layout="tiles", and says when points were asked for but none exist', async () => {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme .data=${locatedDataset()}
        ><bl-area-map layout="tiles"></bl-area-map
      ></bl-programme>`,
    );
    const map = programme.querySelector<BlAreaMap>('bl-area-map')!;
    await settled(map);
    expect(tiles(map)).to.have.length(englandTiles.length);
    expect(points(map)).to.have.length(0);

    const plain = await fixture<BlProgramme>(
      html`<bl-programme .data=${document150()}
        ><bl-area-map layout="points"></bl-area-map
      ></bl-programme>`,
    );
    const tilesOnly = plain.querySelector<BlAreaMap>('bl-area-map')!;
    await settled(tilesOnly);
    expect(tiles(tilesOnly)).to.have.length(englandTiles.length);
    expect(textOf(tilesOnly.shadowRoot!)).to.contain('No area in this data has coordinates');
  });

  it('lists the coordinates’ sources', async () => {
    const { map } = await mapIn(locatedDataset());
    const links = [...shadow(map).querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
    expect(links.map((link) => link.href)).to.include('https://example.org/located');
  });

  it('fits 320 px and passes axe in both themes, with the list open', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <bl-programme .data=${locatedDataset()}><bl-area-map></bl-area-map></bl-programme>
      </div>`,
    );
    const map = wrapper.querySelector<BlAreaMap>('bl-area-map')!;
    await settled(map);
    (query(map, '[part="point-list"]') as HTMLDetailsElement).open = true;
    expect(query(map, '[part="base"]').scrollWidth).to.be.at.most(320);
    for (const theme of ['light', 'dark'] as const) {
      map.theme = theme;
      await map.updateComplete;
      await expect(map).to.be.accessible();
    }
  });
});
