import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/area-directory/define.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import type { BlAreaCard } from '../src/widgets/area-card/area-card.js';
import type { BlAreaDirectory } from '../src/widgets/area-directory/area-directory.js';
import {
  buildModel,
  filterAreas,
  foldForSearch,
  readHash,
  writeHash,
} from '../src/widgets/area-directory/model.js';
import type { Area } from '../src/data/types.js';
// Big Local's framework (its scales, outcomes and factors), as the full document has it.
import bigLocal from '../src/data/default/big-local-150.json';
import { generateIllustrativeDataset } from '../scripts/illustrative.js';
import type { IllustrativeFramework } from '../scripts/illustrative.js';
import { captureWarnings, query, settled, shadow, textOf } from './support/helpers.js';
import { document150, withAccentedArea } from './fixtures/area-directory.js';

type Doc = typeof document150;
type DocArea = Doc['areas'][number];

/** What a reader expects a search to find, worked out here apart from the widget's model. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const matches = (area: DocArea, search: string) =>
  fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) =>
      [area.name, area.place ?? '', area.localAuthority ?? ''].some((field) =>
        fold(field).includes(word),
      ),
    );
const countText = (shown: number, total: number) => `${shown} of ${total} areas`;
const byName = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

async function directoryIn(
  data: unknown,
  markup = html`<bl-area-directory></bl-area-directory>`,
  options: { timeout?: number } = {},
) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data} max-areas="20000">${markup}</bl-programme>`,
  );
  const directory = programme.querySelector<BlAreaDirectory>('bl-area-directory')!;
  await waitUntil(
    () => directory.shadowRoot?.querySelector('[part="count"], [part="notice"]'),
    'the directory did not render',
    { timeout: options.timeout ?? 5000 },
  );
  await settled(directory);
  const card = programme.querySelector<BlAreaCard>('bl-area-card');
  if (card) await settled(card);
  return { programme, directory, card };
}

const options = (directory: BlAreaDirectory) => [
  ...shadow(directory).querySelectorAll<HTMLElement>('[role="option"]'),
];
const names = (directory: BlAreaDirectory) =>
  options(directory).map((option) => textOf(option.querySelector('[part="name"]')!));
const count = (directory: BlAreaDirectory) => textOf(query(directory, '[part="count"]'));
const focused = (directory: BlAreaDirectory) =>
  shadow(directory).activeElement as HTMLElement | null;
const focusedName = (directory: BlAreaDirectory) =>
  textOf(focused(directory)!.querySelector('[part="name"]')!);

async function choose(directory: BlAreaDirectory, id: string, value: string) {
  const select = query<HTMLSelectElement>(directory, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await directory.updateComplete;
}

async function search(directory: BlAreaDirectory, text: string) {
  const input = query<HTMLInputElement>(directory, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await directory.updateComplete;
}

async function press(directory: BlAreaDirectory, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await directory.updateComplete;
  }
}

describe('area directory model', () => {
  const area = (id: string, name: string, extra: Partial<Area> = {}) =>
    ({ id, name, ...extra }) as Area;
  const areas = [
    area('b', 'Ébury', { region: 'London', wave: 2, localAuthority: 'Westminster' }),
    area('a', 'Area 10', { wave: 1 }),
    area('c', 'Area 2', { region: 'london', caseStudy: true, confirmed: false }),
  ];
  const model = buildModel(areas, byName.compare, 'en-GB');
  const ids = (indexes: number[]) => indexes.map((index) => areas[index]!.id);

  it('folds case and accents as the collator compares them', () => {
    expect(foldForSearch('Château Côte ÉTÉ')).to.equal('chateau cote ete');
    expect(byName.compare('Château', 'chateau')).to.equal(0);
  });

  it('filters and sorts, with every word of a search in name, place or authority', () => {
    const all = { query: '', caseStudy: false };
    expect(ids(filterAreas(model, all, 'name'))).to.deep.equal(['c', 'a', 'b']);
    expect(ids(filterAreas(model, all, 'wave'))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(filterAreas(model, { ...all, query: 'ebury WEST' }, 'name'))).to.deep.equal(['b']);
    expect(ids(filterAreas(model, { ...all, query: 'area westminster' }, 'name'))).to.deep.equal(
      [],
    );
    expect(ids(filterAreas(model, { ...all, region: 'LONDON' }, 'name'))).to.deep.equal(['c', 'b']);
    expect(ids(filterAreas(model, { ...all, region: 'none' }, 'name'))).to.deep.equal(['a']);
    expect(ids(filterAreas(model, { ...all, wave: 'none' }, 'name'))).to.deep.equal(['c']);
    expect(ids(filterAreas(model, { ...all, confirmed: 'unconfirmed' }, 'name'))).to.deep.equal([
      'c',
    ]);
    expect(model.regions, 'one region however it is cased').to.deep.equal(['London']);
  });

  it('reads a hash without ever throwing, and writes one keeping keys it does not own', () => {
    expect(
      readHash('#q=mill%20race&region=London&wave=2&case-study=1&sort=wave&view=cards'),
    ).to.deep.equal({
      query: 'mill race',
      region: 'London',
      wave: 2,
      caseStudy: true,
      sort: 'wave',
      view: 'cards',
    });
    for (const bad of ['#%', '#q=%E0%A4%A', '#=&&==', '#wave=two&sort=size&view=table', '#%%%q'])
      expect(() => readHash(bad), bad).not.to.throw();
    expect(readHash('#wave=two&sort=size&view=table&status=gone')).to.deep.equal({});
    expect(writeHash({ query: 'a b', confirmed: 'unconfirmed' }, '#tab=2&q=old')).to.equal(
      '#tab=2&q=a%20b&confirmed=unconfirmed',
    );
    expect(writeHash({ query: '', sort: 'name', view: 'list' })).to.equal('');
  });
});

describe('bl-area-directory on the 150-area document', () => {
  const total = document150.areas.length;

  it('declares that alone on a page it shows every area', async () => {
    const { BlAreaDirectory } = await import('../src/widgets/area-directory/area-directory.js');
    expect(BlAreaDirectory.allAreas).to.equal(true);
  });

  it('shows every area by name with its facts, and a heading and takeaway', async () => {
    const { directory } = await directoryIn(document150);
    const heading = query(directory, '[part="title"]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(textOf(heading)).to.equal('Find an area');
    expect(count(directory)).to.equal(countText(total, total));
    const status = query(directory, '[part="count"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    const sorted = [...document150.areas].sort((a, b) => byName.compare(a.name, b.name));
    const shown = names(directory);
    expect(shown.length).to.be.within(5, total);
    expect(shown).to.deep.equal(sorted.slice(0, shown.length).map((area) => area.name));

    const listbox = query(directory, '[role="listbox"]');
    expect(listbox.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    const first = options(directory)[0]!;
    expect(first.getAttribute('aria-setsize')).to.equal(String(total));
    expect(first.getAttribute('aria-posinset')).to.equal('1');

    // Each item says what the record gives, and what it does not.
    const unconfirmed = sorted.find((area) => area.confirmed === false)!;
    await search(directory, unconfirmed.name);
    const item = options(directory).find(
      (option) => textOf(option.querySelector('[part="name"]')!) === unconfirmed.name,
    )!;
    expect(textOf(item)).to.include('Not confirmed by a published source');
    if (!unconfirmed.region) expect(textOf(item)).to.include('No region given');
    await search(directory, '');
    const caseStudy = sorted.find((area) => area.caseStudy && area.region && area.wave)!;
    await search(directory, caseStudy.name);
    const study = options(directory).find(
      (option) => textOf(option.querySelector('[part="name"]')!) === caseStudy.name,
    )!;
    expect(textOf(study)).to.include('Case-study area');
    expect(textOf(study)).to.include(caseStudy.region!);
    expect(textOf(study)).to.include(`Wave ${caseStudy.wave}`);
    expect(textOf(study)).not.to.include('Not confirmed');
  });

  it('counts what each search and filter leaves, as the document gives it', async () => {
    const { directory } = await directoryIn(document150);
    const areas = document150.areas;
    const regions = [...new Set(areas.map((area) => area.region).filter(Boolean))] as string[];
    const region = regions.sort(
      (a, b) =>
        areas.filter((area) => area.region === b).length -
        areas.filter((area) => area.region === a).length,
    )[0]!;

    for (const text of ['big', 'local', 'ST', 'green park', 'zzzz-nothing']) {
      await search(directory, text);
      const expected = areas.filter((area) => matches(area, text)).length;
      expect(count(directory), text).to.equal(countText(expected, total));
    }
    await search(directory, '');

    await choose(directory, 'region', region);
    const inRegion = areas.filter((area) => area.region === region);
    expect(count(directory)).to.equal(countText(inRegion.length, total));
    await choose(directory, 'region', 'none');
    expect(count(directory)).to.equal(
      countText(areas.filter((area) => !area.region).length, total),
    );
    await choose(directory, 'region', '');

    const waves = [...new Set(areas.map((area) => area.wave).filter((wave) => wave))];
    for (const wave of waves) {
      await choose(directory, 'wave', String(wave));
      expect(count(directory), `wave ${wave}`).to.equal(
        countText(areas.filter((area) => area.wave === wave).length, total),
      );
    }
    await choose(directory, 'wave', '');

    const checkbox = query<HTMLInputElement>(directory, '#case-study');
    checkbox.click();
    await directory.updateComplete;
    expect(count(directory)).to.equal(
      countText(areas.filter((area) => area.caseStudy).length, total),
    );
    checkbox.click();
    await directory.updateComplete;

    await choose(directory, 'confirmed', 'unconfirmed');
    expect(count(directory)).to.equal(
      countText(areas.filter((area) => area.confirmed === false).length, total),
    );
    await choose(directory, 'confirmed', 'confirmed');
    expect(count(directory)).to.equal(
      countText(areas.filter((area) => area.confirmed !== false).length, total),
    );
    await choose(directory, 'confirmed', '');

    await choose(directory, 'status', 'completed');
    expect(count(directory)).to.equal(
      countText(areas.filter((area) => area.status === 'completed').length, total),
    );
  });

  it('sorts by wave then name, areas with no wave last', async () => {
    const { directory } = await directoryIn(
      document150,
      html`<bl-area-directory sort="wave"></bl-area-directory>`,
    );
    const wave = (area: DocArea) => area.wave ?? Infinity;
    const sorted = [...document150.areas].sort(
      (a, b) => wave(a) - wave(b) || byName.compare(a.name, b.name),
    );
    const shown = names(directory);
    expect(shown).to.deep.equal(sorted.slice(0, shown.length).map((area) => area.name));
    expect(query<HTMLSelectElement>(directory, '#sort').value).to.equal('wave');
  });

  it('says what to change when nothing matches, and clears the filters', async () => {
    const areas = document150.areas;
    const region = areas.find((area) => area.region)!.region!;
    const { directory } = await directoryIn(
      document150,
      html`<bl-area-directory region=${region} query="xyz"></bl-area-directory>`,
    );
    expect(count(directory)).to.equal(countText(0, areas.length));
    expect(textOf(query(directory, '[part="empty"] p'))).to.equal(
      `No areas match “xyz” in ${region}. Clear the search or choose another region.`,
    );
    query<HTMLButtonElement>(directory, '[part="empty"] button').click();
    await directory.updateComplete;
    expect(count(directory)).to.equal(countText(areas.length, areas.length));
    await waitUntil(
      () => focused(directory)?.matches('input[type="search"]'),
      'the search box did not take focus',
    );
  });

  it('names a bad attribute once in the console, and shows what it can', async () => {
    const warnings = captureWarnings();
    try {
      const { directory } = await directoryIn(
        document150,
        html`<bl-area-directory region="Atlantis" view="table"></bl-area-directory>`,
      );
      const notices = [...shadow(directory).querySelectorAll('[part="notice"]')].map(textOf);
      expect(notices).to.deep.equal([
        'There is no region "Atlantis" in this dataset, so areas of every region are shown.',
        '"table" is not a view (use "list" or "cards"), so the list is shown.',
      ]);
      expect(count(directory)).to.equal(
        countText(document150.areas.length, document150.areas.length),
      );
      directory.requestUpdate();
      await directory.updateComplete;
      expect(warnings.messages.filter((message) => message.includes('Atlantis'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('moves through the list from the keyboard and selects with Enter, in step with a card', async () => {
    const { programme, directory, card } = await directoryIn(
      document150,
      html`<bl-area-directory></bl-area-directory><bl-area-card></bl-area-card>`,
    );
    const sorted = [...document150.areas].sort((a, b) => byName.compare(a.name, b.name));
    options(directory)[0]!.focus();
    await press(directory, 'ArrowDown', 'ArrowDown');
    expect(focusedName(directory)).to.equal(sorted[2]!.name);
    await press(directory, 'ArrowUp');
    expect(focusedName(directory)).to.equal(sorted[1]!.name);
    await press(directory, 'End');
    expect(focusedName(directory)).to.equal(sorted.at(-1)!.name);
    expect(focused(directory)!.getAttribute('aria-posinset')).to.equal(String(sorted.length));
    await press(directory, 'Home', 'PageDown');
    const paged = Number(focused(directory)!.getAttribute('aria-posinset')) - 1;
    expect(paged).to.be.greaterThan(1);
    expect(focusedName(directory)).to.equal(sorted[paged]!.name);
    await press(directory, 'PageUp');
    expect(focusedName(directory)).to.equal(sorted[0]!.name);
    await press(directory, 'ArrowDown');
    expect(query(directory, '[role="listbox"]').querySelectorAll('[tabindex="0"]')).to.have.length(
      1,
    );

    const selected = oneEvent(programme, 'bl-area-select');
    await press(directory, 'Enter');
    expect((await selected).detail).to.deep.equal({ area: sorted[1]!.id });
    await waitUntil(
      () => textOf(query(card!, '[role="heading"]')) === sorted[1]!.name,
      'the card did not follow the directory',
    );
    const option = focused(directory)!;
    expect(option.getAttribute('aria-selected')).to.equal('true');
    expect(option.getAttribute('part')).to.include('selected');
    expect(getComputedStyle(option.querySelector('.tick')!).visibility).to.equal('visible');
    expect(
      options(directory).filter((item) => item.getAttribute('aria-selected') === 'true'),
    ).to.have.length(1);

    // A click selects too.
    options(directory)[3]!.click();
    await waitUntil(() => programme.selectedArea === sorted[3]!.id, 'the click did not select');
  });

  it('follows a selection made in another widget, bringing it into view', async () => {
    const sorted = [...document150.areas].sort((a, b) => byName.compare(a.name, b.name));
    const far = sorted.at(-3)!;
    const { programme, directory } = await directoryIn(
      document150,
      html`<bl-area-directory></bl-area-directory><bl-area-card area=${far.id}></bl-area-card>`,
    );
    const card = programme.querySelector<BlAreaCard>('bl-area-card')!;
    query(card, '[part="name"]').click();
    await waitUntil(() => programme.selectedArea === far.id, 'the card did not select');
    await waitUntil(
      () =>
        options(directory).some(
          (option) =>
            option.getAttribute('aria-selected') === 'true' &&
            textOf(option.querySelector('[part="name"]')!) === far.name,
        ),
      'the directory did not mark the selection',
    );
    const scroller = query(directory, '[part="scroller"]').getBoundingClientRect();
    const mine = options(directory).find((option) => option.ariaSelected === 'true')!;
    const box = mine.getBoundingClientRect();
    expect(box.top).to.be.at.least(scroller.top - 1);
    expect(box.bottom).to.be.at.most(scroller.bottom + 1);
  });

  it('moves through cards by row and along them', async () => {
    const { directory } = await directoryIn(
      document150,
      html`<div style="width: 900px"><bl-area-directory view="cards"></bl-area-directory></div>`,
    );
    await waitUntil(
      () => (shadow(directory).querySelector('.card-row')?.children.length ?? 0) > 1,
      'the cards did not lay out in columns',
    );
    const columns = shadow(directory).querySelector('.card-row')!.children.length;
    const sorted = [...document150.areas].sort((a, b) => byName.compare(a.name, b.name));
    options(directory)[0]!.focus();
    await press(directory, 'ArrowRight');
    expect(focusedName(directory)).to.equal(sorted[1]!.name);
    await press(directory, 'ArrowDown');
    expect(focusedName(directory)).to.equal(sorted[1 + columns]!.name);
    await press(directory, 'ArrowLeft', 'ArrowUp');
    expect(focusedName(directory)).to.equal(sorted[0]!.name);
    await press(directory, 'End');
    expect(focusedName(directory)).to.equal(sorted.at(-1)!.name);
  });

  it('keeps its filters in the address with `hash`, ignoring what it does not know', async () => {
    const before = location.hash;
    const areas = document150.areas;
    const region = areas.find((area) => area.region)!.region!;
    try {
      history.replaceState(
        null,
        '',
        `#tab=story&%E0%A4%A=1&region=${encodeURIComponent(region)}&view=table&zzz`,
      );
      const { directory } = await directoryIn(
        document150,
        html`<bl-area-directory hash></bl-area-directory>`,
      );
      expect(query<HTMLSelectElement>(directory, '#region').value).to.equal(region);
      expect(count(directory)).to.equal(
        countText(areas.filter((area) => area.region === region).length, areas.length),
      );
      await search(directory, 'big local');
      await choose(directory, 'wave', '2');
      query<HTMLInputElement>(directory, 'input[value="cards"]').click();
      await directory.updateComplete;
      const hash = new URLSearchParams(location.hash.slice(1));
      expect(hash.get('tab'), 'a key of the page’s own is kept').to.equal('story');
      expect(hash.get('q')).to.equal('big local');
      expect(hash.get('region')).to.equal(region);
      expect(hash.get('wave')).to.equal('2');
      expect(hash.get('view')).to.equal('cards');

      // The same address gives the same directory.
      const { directory: again } = await directoryIn(
        document150,
        html`<bl-area-directory hash></bl-area-directory>`,
      );
      expect(query<HTMLInputElement>(again, 'input[type="search"]').value).to.equal('big local');
      expect(query<HTMLSelectElement>(again, '#wave').value).to.equal('2');
      expect(query<HTMLInputElement>(again, 'input[value="cards"]').checked).to.equal(true);
      expect(count(again)).to.equal(count(directory));
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('fits 320 px without overflow, in the list and in cards', async () => {
    for (const view of ['list', 'cards']) {
      const { programme, directory } = await directoryIn(
        document150,
        html`<div style="width: 320px"><bl-area-directory view=${view}></bl-area-directory></div>`,
      );
      const wrapper = programme.querySelector('div')!;
      const base = query(directory, '[part="base"]');
      expect(base.scrollWidth, view).to.be.at.most(320);
      const left = wrapper.getBoundingClientRect().left;
      for (const element of shadow(directory).querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right - left, `${view} ${element.localName}.${element.className}`).to.be.at.most(
          320.5,
        );
      }
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const view of ['list', 'cards']) {
      it(`passes axe in the ${theme} theme, as ${view}`, async () => {
        const { directory } = await directoryIn(
          document150,
          html`<bl-area-directory view=${view} theme=${theme}></bl-area-directory>`,
        );
        options(directory)[1]!.click();
        await directory.updateComplete;
        await expect(directory).to.be.accessible();
      });
    }
  }
});

describe('bl-area-directory, accents and size', () => {
  it('finds an accented name from plain letters, and plain names from accented ones', async () => {
    const data = withAccentedArea() as Doc;
    const { directory } = await directoryIn(data);
    const total = data.areas.length;
    for (const text of ['chateau', 'CHÂTEAU vert', 'creme comun', 'tower hamlets', 'Tôwer']) {
      await search(directory, text);
      const expected = data.areas.filter((area) => matches(area, text));
      expect(count(directory), text).to.equal(countText(expected.length, total));
      if (expected.some((area) => area.id === 'chateau-vert'))
        expect(names(directory), text).to.include('Château Vert');
    }
    await search(directory, 'chateau');
    expect(names(directory)).to.deep.equal(['Château Vert']);
  });

  it('renders 15,000 areas with a bounded number of items, and counts each keystroke', async function () {
    this.timeout(60000);
    const data = generateIllustrativeDataset(bigLocal as IllustrativeFramework, { areas: 15000 });
    const { directory } = await directoryIn(data, undefined, { timeout: 30000 });
    const total = data.areas.length;
    expect(count(directory)).to.equal('15,000 of 15,000 areas');
    expect(options(directory).length).to.be.within(3, 60);

    const input = query<HTMLInputElement>(directory, 'input[type="search"]');
    input.focus();
    const typed = data.areas[123]!.name.slice(0, 3);
    let text = '';
    for (const key of typed) {
      text += key;
      await sendKeys({ type: key });
      await directory.updateComplete;
      const expected = data.areas.filter((area) => matches(area as DocArea, text)).length;
      expect(count(directory), text).to.equal(
        `${expected.toLocaleString('en-GB')} of 15,000 areas`,
      );
      expect(options(directory).length).to.be.within(1, 60);
    }
    expect(total).to.equal(15000);

    // Scrolled far down, the items in view are the ones the scroll position says.
    await search(directory, '');
    const scroller = query(directory, '[part="scroller"]');
    const rowHeight = options(directory)[0]!.getBoundingClientRect().height;
    scroller.scrollTop = 9000 * rowHeight;
    await waitUntil(
      () => options(directory).some((option) => option.getAttribute('aria-posinset') === '9001'),
      'item 9,001 was not rendered after scrolling',
      { timeout: 10000 },
    );
    expect(options(directory).length).to.be.within(3, 60);
  });
});
