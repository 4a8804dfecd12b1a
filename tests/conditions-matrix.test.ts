import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/conditions-matrix/define.js';
import '../src/widgets/success-factors/define.js';
import type { BlConditionsMatrix } from '../src/widgets/conditions-matrix/conditions-matrix.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { generateIllustrativeDataset } from '../scripts/illustrative.js';
import type { IllustrativeFramework } from '../scripts/illustrative.js';
// Big Local's framework (its scales, outcomes and factors), as the full document has it.
import bigLocal from '../src/data/default/big-local-150.json';
import {
  captureWarnings,
  labelledByText,
  query,
  settled,
  shadow,
  spoken,
  textOf,
} from './support/helpers.js';
import { heldOutDataset, heldOutLevel, matrixDataset } from './fixtures/matrix-datasets.js';
import { otherProgramme, reviewSource } from './fixtures/other-programme.js';

async function matrixIn(
  data: unknown,
  markup: TemplateResult = html`<bl-conditions-matrix></bl-conditions-matrix>`,
  options: { parentNode?: Element; timeout?: number } = {},
) {
  const programme = await fixture<BlProgramme>(
    html`<bl-programme .data=${data}>${markup}</bl-programme>`,
    options.parentNode ? { parentNode: options.parentNode } : {},
  );
  const matrix = programme.querySelector('bl-conditions-matrix')!;
  await waitUntil(
    () =>
      shadow(matrix).querySelector('[part="base"]') &&
      !shadow(matrix).querySelector('[part="loading"]'),
    'kept loading',
    { timeout: options.timeout ?? 5000 },
  );
  await matrix.updateComplete;
  return { programme, matrix };
}

/** `rgb(r, g, b)` as numbers. */
const rgbOf = (color: string) =>
  color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);

/** WCAG relative luminance of an sRGB colour. */
function luminance([r = 0, g = 0, b = 0]: number[]): number {
  const [lr, lg, lb] = [r, g, b].map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: number[], b: number[]): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** One area scored 0 to 8 on a scale of nine levels: each cell one step of the palette. */
function paletteDataset() {
  const data = matrixDataset();
  const factors = Array.from({ length: 9 }, (_, level) => ({
    id: `step-${level}`,
    group: 'condition',
    title: `Step ${level}`,
    short: `Step ${level}`,
    scale: 'nine',
  }));
  const area = data.areas[0]!.id;
  return {
    ...data,
    scales: { ...data.scales, nine: ['0', '1', '2', '3', '4', '5', '6', '7', '8'] },
    factors,
    areas: data.areas.slice(0, 1),
    assessments: [
      {
        area,
        year: 2024,
        factors: Object.fromEntries(factors.map((factor, level) => [factor.id, level])),
      },
    ],
  };
}

/** The grid's header rows: the groups (aria-rowindex 1), then the column headers (2). */
const HEADER_ROWS = 2;
/** The 0-based place, in the sorted areas, of a rendered row. */
const placeOf = (row: Element) => Number(row.getAttribute('aria-rowindex')) - HEADER_ROWS - 1;

/** The rendered data rows: those with a row header (an area's name). */
const rows = (matrix: BlConditionsMatrix) => [
  ...shadow(matrix).querySelectorAll<HTMLElement>('[role="row"]:has([role="rowheader"])'),
];
/** The row of column headers. */
const columnHeaders = (matrix: BlConditionsMatrix) => [
  ...shadow(matrix).querySelectorAll<HTMLElement>(
    `[role="row"][aria-rowindex="${HEADER_ROWS}"] [role="columnheader"]`,
  ),
];
/** Each rendered row as a reader meets it: the name, then each cell's text. */
const table = (matrix: BlConditionsMatrix) =>
  rows(matrix).map((row) =>
    [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')].map((cell) => spoken(cell)),
  );
const names = (matrix: BlConditionsMatrix) => table(matrix).map((row) => row[0]);
/** Each column header's name: its text without the sort mark, which is hidden from readers. */
const headers = (matrix: BlConditionsMatrix) => columnHeaders(matrix).map((cell) => spoken(cell));
const sortState = (matrix: BlConditionsMatrix) =>
  [...shadow(matrix).querySelectorAll('[aria-sort]')].map(
    (cell) => `${spoken(cell)} ${cell.getAttribute('aria-sort')}`,
  );
const focused = (matrix: BlConditionsMatrix) => shadow(matrix).activeElement as HTMLElement | null;
/** The focused cell as "row index/column index: text". */
const where = (matrix: BlConditionsMatrix) => {
  const cell = focused(matrix)!;
  const row = cell.closest('[role="row"]')!;
  return `${row.getAttribute('aria-rowindex')}/${cell.getAttribute('aria-colindex')}: ${spoken(cell)}`;
};
const header = (matrix: BlConditionsMatrix, label: string) =>
  columnHeaders(matrix).find((cell) => spoken(cell) === label)!;
/** The count of areas shown, a live status beside the controls. */
const count = (matrix: BlConditionsMatrix) =>
  textOf(query(matrix, '[part="controls"] [role="status"]'));
/** Whether the focused cell is in the scroller's view, below the sticky header rows. */
const focusedInView = (matrix: BlConditionsMatrix) => {
  const cell = focused(matrix)?.getBoundingClientRect();
  if (!cell) return false;
  const view = query(matrix, '[part="scroller"]').getBoundingClientRect();
  const head = query(matrix, '[role="rowgroup"]').getBoundingClientRect();
  return cell.top >= head.bottom - 1 && cell.bottom <= view.bottom + 1;
};

/** Presses keys in turn; `Control+End` holds Control down around End. */
async function press(matrix: BlConditionsMatrix, ...keys: string[]) {
  for (const key of keys) {
    const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: main! });
    if (modifier) await sendKeys({ up: modifier });
    await matrix.updateComplete;
  }
}

/** Names in the order the matrix sorts them: the same collation, numbers as numbers. */
const collator = new Intl.Collator('en-GB', { numeric: true });

describe('bl-conditions-matrix', () => {
  afterEach(() => resetMouse());

  it('draws one column per factor of a dataset it has never seen, grouped by factor.group', async () => {
    const { matrix } = await matrixIn(matrixDataset());
    const grid = query(matrix, '[role="grid"]');
    const groups = [...grid.querySelectorAll('[aria-rowindex="1"] [role="columnheader"]')].map(
      (group) =>
        `${textOf(group)} ${group.getAttribute('aria-colindex')}+${group.getAttribute('aria-colspan')}`,
    );
    expect(groups).to.deep.equal(['Conditions 2+2', 'Ways of working 4+1']);
    expect(headers(matrix)).to.deep.equal(['Area', 'Ferry', 'Market', 'Choir']);
    expect(grid.getAttribute('aria-rowcount')).to.equal('7');
    expect(grid.getAttribute('aria-colcount')).to.equal('4');
    expect(table(matrix)).to.deep.equal([
      ['Ford Green', '1 Slack', '0 Ebb', '4 Loud'],
      ['Lock Side', '1 Slack', 'No data', '3 Fair'],
      ['Mill Race', '2 Flood', '2 Flood', '0 Silent'],
      ['Quiet Bank', 'No data', 'No data', 'No data'],
      ['Weir End', '2 Flood', 'Not assessed', '5 Roar'],
    ]);
    expect(rows(matrix).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal([
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    const colIndexes = [...rows(matrix)[0]!.children].map((cell) =>
      cell.getAttribute('aria-colindex'),
    );
    expect(colIndexes).to.deep.equal(['1', '2', '3', '4']);
  });

  it('shows a level by colour and by number and bar; not assessed unlike the lowest level', async () => {
    const { matrix } = await matrixIn(
      matrixDataset(),
      html`<bl-conditions-matrix theme="light"></bl-conditions-matrix>`,
    );
    const [fordGreen] = rows(matrix);
    const [, ferry, market, choir] = [...fordGreen!.children];
    // The chip is drawn before a cell's number, and the bar of segments after it.
    const chip = (cell: Element) => getComputedStyle(cell, '::before');
    const bar = (cell: Element) => {
      const style = getComputedStyle(cell, '::after');
      // One segment is a period of the repeating mask; the fill is the first background layer.
      const period = Number(/([\d.]+)%\)$/.exec(style.maskImage)?.[1]);
      return `${style.backgroundSize.split(',')[0]} of ${Math.round(100 / period)} segments`;
    };
    // Market 0 of 2 is palette step 0, Ferry 1 of 2 step 4, Choir 4 of 5 step 6.
    expect(chip(market!).backgroundColor).to.equal('rgb(143, 154, 45)');
    expect(chip(ferry!).backgroundColor).to.equal('rgb(0, 97, 92)');
    expect(chip(choir!).backgroundColor).to.equal('rgb(0, 60, 99)');
    expect(bar(choir!)).to.equal('80% 100% of 5 segments');
    expect(bar(ferry!)).to.equal('50% 100% of 2 segments');
    expect(bar(market!)).to.equal('0% 100% of 2 segments');
    // The number shows; the level's label is there for screen readers.
    expect(spoken(choir!)).to.equal('4 Loud');
    expect(choir!.querySelectorAll('*').length, 'a cell is one element and its words').to.equal(1);
    const weirEnd = rows(matrix)[4]!;
    const unassessed = weirEnd.children[2]!;
    expect(spoken(unassessed)).to.equal('Not assessed');
    expect(chip(unassessed).backgroundImage).to.contain('repeating-linear-gradient');
    expect(chip(unassessed).borderStyle).to.equal('dashed');
    expect(getComputedStyle(unassessed, '::after').content).to.equal('"–" / ""');
    expect(chip(weirEnd.children[1]!).backgroundColor).to.equal('rgb(4, 22, 88)');
    const legend = [...shadow(matrix).querySelectorAll('[part="legend"] li')].map((item) =>
      spoken(item),
    );
    expect(legend).to.include.members(['Ferry, Market:', 'Ebb', 'Slack', 'Flood', 'Roar']);
    expect(legend.at(-1)).to.equal('Not assessed, or no data');
  });

  it('shows each area’s latest assessment by default, and a chosen year', async () => {
    const { matrix } = await matrixIn(matrixDataset());
    expect(textOf(query(matrix, '[part="caption"]'))).to.equal(
      'Conditions and Ways of working by area, from each area’s latest assessment',
    );
    matrix.year = 2018;
    await matrix.updateComplete;
    expect(textOf(query(matrix, '[part="caption"]'))).to.equal(
      'Conditions and Ways of working by area in 2018',
    );
    expect(table(matrix)[4]).to.deep.equal(['Weir End', '0 Ebb', '1 Slack', '2 Low']);
    expect(table(matrix)[0]).to.deep.equal(['Ford Green', 'No data', 'No data', 'No data']);
    matrix.year = 2030;
    await matrix.updateComplete;
    expect(textOf(query(matrix, '[part="notice"]'))).to.equal(
      'No assessment of Conditions or Ways of working was published for 2030.',
    );
  });

  it('filters by setting, region, partnership, case study and area ids', async () => {
    const cases: [TemplateResult, string[]][] = [
      [
        html`<bl-conditions-matrix setting="urban"></bl-conditions-matrix>`,
        ['Lock Side', 'Mill Race'],
      ],
      [
        html`<bl-conditions-matrix region="eastshire"></bl-conditions-matrix>`,
        ['Ford Green', 'Mill Race'],
      ],
      [
        html`<bl-conditions-matrix partnership="sturdy"></bl-conditions-matrix>`,
        ['Ford Green', 'Weir End'],
      ],
      [html`<bl-conditions-matrix case-study></bl-conditions-matrix>`, ['Mill Race', 'Weir End']],
      [
        html`<bl-conditions-matrix
          areas="weir-end, lock-side"
          setting="urban,rural"
        ></bl-conditions-matrix>`,
        ['Lock Side', 'Weir End'],
      ],
    ];
    for (const [markup, expected] of cases) {
      const { matrix } = await matrixIn(matrixDataset(), markup);
      expect(names(matrix)).to.deep.equal(expected);
      expect(count(matrix)).to.equal(`${expected.length} of 5 areas`);
    }
    const { matrix } = await matrixIn(
      matrixDataset(),
      html`<bl-conditions-matrix region="Nowhere"></bl-conditions-matrix>`,
    );
    expect(shadow(matrix).querySelector('[role="grid"]')).to.equal(null);
    expect(textOf(query(matrix, '[part="notice"]'))).to.equal('No areas match the filters.');
  });

  it('searches by name from a labelled search box', async () => {
    const { matrix } = await matrixIn(matrixDataset());
    const search = query<HTMLInputElement>(matrix, 'input[type="search"]');
    expect(textOf(search.closest('label')!)).to.equal('Search areas by name');
    search.focus();
    await sendKeys({ type: 'mILL' });
    await matrix.updateComplete;
    expect(names(matrix)).to.deep.equal(['Mill Race']);
    expect(count(matrix)).to.equal('1 of 5 areas');
    await sendKeys({ type: 'x' });
    await matrix.updateComplete;
    expect(textOf(query(matrix, '[part="notice"]'))).to.equal('No areas match “mILLx”.');
    expect(document.activeElement).to.equal(matrix);
    expect(shadow(matrix).activeElement).to.equal(search);
  });

  it('sorts by any column header: levels highest first, ties by name, unassessed last', async () => {
    const data = matrixDataset();
    data.assessments.push({
      area: 'quiet-bank',
      year: 2022,
      outcomes: {},
      factors: { ferry: null } as Record<string, number | null>,
    } as (typeof data.assessments)[number]);
    const { matrix } = await matrixIn(data);
    expect(sortState(matrix)).to.deep.equal(['Area ascending']);
    header(matrix, 'Ferry').click();
    await matrix.updateComplete;
    expect(sortState(matrix)).to.deep.equal(['Ferry descending']);
    expect(names(matrix)).to.deep.equal([
      'Mill Race',
      'Weir End',
      'Ford Green',
      'Lock Side',
      'Quiet Bank',
    ]);
    header(matrix, 'Ferry').click();
    await matrix.updateComplete;
    expect(sortState(matrix)).to.deep.equal(['Ferry ascending']);
    expect(names(matrix)).to.deep.equal([
      'Ford Green',
      'Lock Side',
      'Mill Race',
      'Weir End',
      'Quiet Bank',
    ]);
    // Not assessed (Weir End) and no data (Lock Side, Quiet Bank) both sort last, by name.
    header(matrix, 'Market').click();
    await matrix.updateComplete;
    expect(names(matrix)).to.deep.equal([
      'Mill Race',
      'Ford Green',
      'Lock Side',
      'Quiet Bank',
      'Weir End',
    ]);
    header(matrix, 'Area').click();
    await matrix.updateComplete;
    expect(sortState(matrix)).to.deep.equal(['Area ascending']);
    header(matrix, 'Area').click();
    await matrix.updateComplete;
    expect(sortState(matrix)).to.deep.equal(['Area descending']);
    expect(names(matrix)[0]).to.equal('Weir End');
  });

  it('sorts by the outcome progress column', async () => {
    const { matrix } = await matrixIn(
      matrixDataset(),
      html`<bl-conditions-matrix summary></bl-conditions-matrix>`,
    );
    expect(headers(matrix).at(-1)).to.equal('Outcomes');
    expect(table(matrix).map((row) => row.at(-1))).to.deep.equal([
      '50%',
      '50%',
      '0%',
      'No data',
      '100%',
    ]);
    header(matrix, 'Outcomes').click();
    await matrix.updateComplete;
    expect(names(matrix)).to.deep.equal([
      'Weir End',
      'Ford Green',
      'Lock Side',
      'Mill Race',
      'Quiet Bank',
    ]);
  });

  it('is one tab stop; arrows, Home, End and Ctrl+Home/End move across groups and headers', async () => {
    const { matrix, programme } = await matrixIn(matrixDataset());
    const grid = query(matrix, '[role="grid"]');
    expect(grid.querySelectorAll('[tabindex="0"]').length).to.equal(1);
    query<HTMLButtonElement>(matrix, '[part="download"]').focus();
    await press(matrix, 'Tab');
    expect(where(matrix)).to.equal('3/1: Ford Green');
    await press(matrix, 'ArrowRight', 'ArrowRight');
    expect(where(matrix)).to.equal('3/3: 0 Ebb');
    // Across the boundary from the conditions to the ways of working.
    await press(matrix, 'ArrowRight');
    expect(where(matrix)).to.equal('3/4: 4 Loud');
    await press(matrix, 'ArrowRight');
    expect(where(matrix)).to.equal('3/4: 4 Loud');
    await press(matrix, 'ArrowDown', 'ArrowDown');
    expect(where(matrix)).to.equal('5/4: 0 Silent');
    await press(matrix, 'Home');
    expect(where(matrix)).to.equal('5/1: Mill Race');
    await press(matrix, 'End');
    expect(where(matrix)).to.equal('5/4: 0 Silent');
    await press(matrix, 'Control+End');
    expect(where(matrix)).to.equal('7/4: 5 Roar');
    await press(matrix, 'Control+Home');
    expect(where(matrix)).to.equal('2/1: Area');
    expect(grid.querySelectorAll('[tabindex="0"]').length).to.equal(1);
    // Enter and Space on a header sort by it; focus stays on the header.
    await press(matrix, 'ArrowRight', 'ArrowRight', 'ArrowRight');
    await press(matrix, 'Enter');
    expect(sortState(matrix)).to.deep.equal(['Choir descending']);
    expect(focused(matrix)?.getAttribute('aria-sort')).to.equal('descending');
    await press(matrix, ' ');
    expect(sortState(matrix)).to.deep.equal(['Choir ascending']);
    await press(matrix, 'ArrowDown');
    expect(where(matrix)).to.equal('3/4: 0 Silent');
    // Enter on a row selects its area.
    await press(matrix, 'Enter');
    await waitUntil(() => programme.selectedArea === 'mill-race', 'Enter did not select');
    // Tab leaves the grid in one step, for what follows on the page (at a page's end, WebKit
    // would wrap round to the page's first control).
    const after = document.createElement('button');
    after.textContent = 'after';
    programme.after(after);
    await press(matrix, 'Tab');
    expect(focused(matrix)).to.equal(null);
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('reads right to left under dir="rtl": names on the right, Left and Right arrows swapped', async () => {
    // The fixture appends this wrapper to the page and removes it after the test.
    const wrapper = document.createElement('div');
    wrapper.dir = 'rtl';
    const { matrix } = await matrixIn(matrixDataset(), undefined, { parentNode: wrapper });
    query(matrix, '[tabindex="0"]').focus();
    await press(matrix, 'ArrowLeft');
    expect(where(matrix)).to.equal('3/2: 1 Slack');
    await press(matrix, 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
    expect(where(matrix)).to.equal('3/4: 4 Loud');
    await press(matrix, 'ArrowRight');
    expect(where(matrix)).to.equal('3/3: 0 Ebb');
    const name = rows(matrix)[0]!.querySelector('[role="rowheader"]')!.getBoundingClientRect();
    const view = query(matrix, '[part="scroller"]').getBoundingClientRect();
    expect(view.right - name.right, 'the area column is not at the right').to.be.below(3);
  });

  it('selects an area by click and stays in step with an area card under the same provider', async () => {
    const { programme, matrix } = await matrixIn(
      matrixDataset(),
      html`<bl-conditions-matrix></bl-conditions-matrix>
        <bl-area-card variant="compact"></bl-area-card>
        <bl-area-card area="lock-side" variant="compact"></bl-area-card>`,
    );
    const [follower, lockSide] = [...programme.querySelectorAll('bl-area-card')];
    const selected = () =>
      rows(matrix)
        .filter((row) => row.getAttribute('aria-selected') === 'true')
        .map((row) => textOf(row.querySelector('[role="rowheader"]')!));
    expect(selected()).to.deep.equal([]);
    const events: string[] = [];
    programme.addEventListener('bl-area-select', (event) => events.push(event.detail.area));
    rows(matrix)[2]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await waitUntil(() => programme.selectedArea === 'mill-race', 'the click did not select');
    expect(events).to.deep.equal(['mill-race']);
    await matrix.updateComplete;
    expect(selected()).to.deep.equal(['Mill Race']);
    await settled(follower!);
    expect(textOf(query(follower!, '[role="heading"]'))).to.equal('Mill Race');

    query<HTMLButtonElement>(lockSide!, '[part="name"]').click();
    await waitUntil(() => selected()[0] === 'Lock Side', 'the matrix did not follow the card');
    expect(selected()).to.deep.equal(['Lock Side']);
    await waitUntil(() => textOf(query(follower!, '[role="heading"]')) === 'Lock Side');
  });

  it('shows a cell’s detail on hover, keeps it while hovered, hides it on Escape, never over the cell', async () => {
    const { matrix } = await matrixIn(matrixDataset());
    const tooltip = query(matrix, '[role="tooltip"]');
    expect(getComputedStyle(tooltip).display).to.equal('none');
    const cell = rows(matrix)[4]!.children[1] as HTMLElement;
    const box = cell.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitUntil(() => getComputedStyle(tooltip).display !== 'none', 'no tooltip on hover', {
      timeout: 5000,
    });
    expect(textOf(tooltip)).to.equal(
      'Weir End A ferry people rely on: Flood (level 2 of 2) ' +
        'Boats every hour since the new pontoon. Assessed in 2022',
    );
    const tip = tooltip.getBoundingClientRect();
    const overlaps =
      tip.left < box.right && tip.right > box.left && tip.top < box.bottom && tip.bottom > box.top;
    expect(overlaps, 'the tooltip covers its cell').to.equal(false);
    await sendMouse({
      type: 'move',
      position: [Math.round(tip.x + tip.width / 2), Math.round(tip.y + tip.height / 2)],
    });
    await matrix.updateComplete;
    expect(getComputedStyle(tooltip).display).to.not.equal('none');
    await sendKeys({ press: 'Escape' });
    await matrix.updateComplete;
    expect(getComputedStyle(tooltip).display).to.equal('none');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows the focused cell’s detail, described by the tooltip, and hides it on Escape', async () => {
    const { matrix } = await matrixIn(matrixDataset());
    const tooltip = query(matrix, '[role="tooltip"]');
    query(matrix, '[tabindex="0"]').focus();
    await press(matrix, 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(getComputedStyle(tooltip).display).to.not.equal('none');
    expect(focused(matrix)!.getAttribute('aria-describedby')).to.equal('tip');
    expect(textOf(tooltip)).to.equal(
      'Ford Green Singing together: Loud (level 4 of 5) Assessed in 2022',
    );
    const cell = focused(matrix)!.getBoundingClientRect();
    const tip = tooltip.getBoundingClientRect();
    expect(tip.top >= cell.bottom - 0.5 || tip.bottom <= cell.top + 0.5).to.equal(true);
    await press(matrix, 'Escape');
    expect(getComputedStyle(tooltip).display).to.equal('none');
    expect(focused(matrix)!.hasAttribute('aria-describedby')).to.equal(false);
    // A header's detail is the factor's full title and description.
    await press(matrix, 'ArrowUp');
    expect(textOf(tooltip)).to.equal('Singing together Residents meet weekly to sing.');
  });

  it('downloads exactly the filtered, sorted rows and columns as CSV, safe from formulas', async () => {
    const data = matrixDataset();
    data.areas.push({
      id: 'formula',
      name: '=HYPERLINK("http://evil")',
      setting: 'urban',
    } as (typeof data.areas)[number]);
    data.assessments.push({
      area: 'formula',
      year: 2020,
      outcomes: {},
      factors: { ferry: 0 },
    } as (typeof data.assessments)[number]);
    const { matrix } = await matrixIn(
      data,
      html`<bl-conditions-matrix setting="urban,rural" summary></bl-conditions-matrix>`,
    );
    const search = query<HTMLInputElement>(matrix, 'input[type="search"]');
    search.focus();
    await sendKeys({ type: 'r' });
    header(matrix, 'Ferry').click();
    await matrix.updateComplete;

    const blobs: Blob[] = [];
    const clicked: { href: string; download: string }[] = [];
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href')!, download: this.download });
    };
    try {
      query<HTMLButtonElement>(matrix, '[part="download"]').click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.deep.equal([{ href: 'blob:test', download: 'rivers-conditions.csv' }]);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await blobs[0]!.text()).to.equal(
      'Area,A ferry people rely on,A weekly market,Singing together,Outcome progress (%),' +
        'Assessment year,Assessment source\r\n' +
        'Mill Race,2,2,0,0,2021,\r\n' +
        'Weir End,2,Not assessed,5,100,2022,\r\n' +
        '"\'=HYPERLINK(""http://evil"")",0,,,,2020,\r\n',
    );
    expect(names(matrix)).to.deep.equal(['Mill Race', 'Weir End', '=HYPERLINK("http://evil")']);
  });

  it('switches to a plain table with the same rows and columns', async () => {
    const { matrix } = await matrixIn(
      matrixDataset(),
      html`<bl-conditions-matrix summary></bl-conditions-matrix>`,
    );
    header(matrix, 'Ferry').click();
    await matrix.updateComplete;
    const toggle = query<HTMLInputElement>(matrix, 'input[role="switch"]');
    expect(textOf(toggle.closest('label')!)).to.equal('Table view');
    toggle.click();
    await matrix.updateComplete;
    expect(matrix.hasAttribute('table-view')).to.equal(true);
    expect(shadow(matrix).querySelector('[role="grid"]')).to.equal(null);
    const tableElement = query<HTMLTableElement>(matrix, 'table');
    const heads = [...tableElement.querySelectorAll('thead tr:last-child th')].map((th) =>
      textOf(th),
    );
    expect(heads).to.deep.equal([
      'Area',
      'A ferry people rely on ▼',
      'A weekly market',
      'Singing together',
      'Outcomes',
      'Assessment',
    ]);
    expect(tableElement.querySelector('[aria-sort]')!.getAttribute('aria-sort')).to.equal(
      'descending',
    );
    const body = [...tableElement.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    expect(body).to.deep.equal([
      [
        'Mill Race',
        'Flood (level 2 of 2)',
        'Flood (level 2 of 2)',
        'Silent (level 0 of 5)',
        '0%',
        'Assessed in 2021',
      ],
      [
        'Weir End',
        'Flood (level 2 of 2) Boats every hour since the new pontoon.',
        'Not assessed',
        'Roar (level 5 of 5)',
        '100%',
        'Assessed in 2022',
      ],
      [
        'Ford Green',
        'Slack (level 1 of 2)',
        'Ebb (level 0 of 2)',
        'Loud (level 4 of 5)',
        '50%',
        'Assessed in 2022',
      ],
      [
        'Lock Side',
        'Slack (level 1 of 2)',
        'No data',
        'Fair (level 3 of 5)',
        '50%',
        'Assessed in 2020',
      ],
      [
        'Quiet Bank',
        'No data',
        'No data',
        'No data',
        'No data',
        'No assessment published for this area.',
      ],
    ]);
    await expect(matrix).to.be.accessible();
    toggle.click();
    await matrix.updateComplete;
    expect(names(matrix)[0]).to.equal('Mill Race');
  });

  it('renders 15,000 areas with a bounded number of rows, the right ones after scrolling', async function () {
    this.timeout(60000);
    const data = generateIllustrativeDataset(bigLocal as IllustrativeFramework, { areas: 15000 });
    const { matrix } = await matrixIn(data, undefined, { timeout: 30000 });
    const sorted = [...data.areas].sort((a, b) => collator.compare(a.name, b.name));
    const grid = query(matrix, '[role="grid"]');
    expect(grid.getAttribute('aria-rowcount')).to.equal('15002');
    expect(headers(matrix)).to.deep.equal([
      'Area',
      ...bigLocal.factors.map((factor) => factor.short),
    ]);
    expect(rows(matrix).length).to.be.within(5, 60);
    expect(names(matrix).slice(0, 5)).to.deep.equal(sorted.slice(0, 5).map((area) => area.name));

    const scroller = query(matrix, '[part="scroller"]');
    const rowHeight = rows(matrix)[0]!.getBoundingClientRect().height;
    const target = 7321;
    scroller.scrollTop = target * rowHeight;
    await waitUntil(
      () => rows(matrix).some((row) => placeOf(row) === target),
      'row 7,321 was not rendered after scrolling',
      { timeout: 10000 },
    );
    await matrix.updateComplete;
    expect(rows(matrix).length).to.be.within(5, 60);
    for (const row of rows(matrix)) {
      expect(textOf(row.querySelector('[role="rowheader"]')!)).to.equal(sorted[placeOf(row)]!.name);
    }
    // The row just under the sticky header rows is the one the scroll position says.
    const head = query(matrix, '[role="rowgroup"]').getBoundingClientRect();
    const under = shadow(matrix).elementFromPoint(head.left + 20, head.bottom + rowHeight / 2);
    expect(placeOf(under!.closest('[role="row"]')!)).to.equal(target);
    // The table view shows the first 1,000 rows and says how to reach the rest.
    matrix.tableView = true;
    await matrix.updateComplete;
    expect(query(matrix, 'tbody').children.length).to.equal(1000);
    const notes = [...shadow(matrix).querySelectorAll('p')].map((p) => textOf(p));
    expect(notes).to.include(
      'The table shows the first 1,000 of 15,000 rows: search to narrow them, or download the CSV for all.',
    );
  });

  it('moves keyboard focus into rows not yet rendered, scrolling them into view', async function () {
    this.timeout(60000);
    const data = generateIllustrativeDataset(bigLocal as IllustrativeFramework, { areas: 15000 });
    const { matrix } = await matrixIn(data, undefined, { timeout: 30000 });
    const sorted = [...data.areas].sort((a, b) => collator.compare(a.name, b.name));
    const scroller = query(matrix, '[part="scroller"]');
    // Scrolling happens in frames: wait for what a reader would see, never for a fixed time.
    const inView = (message: string) =>
      waitUntil(() => focusedInView(matrix), message, { timeout: 10000 });
    query(matrix, '[tabindex="0"]').focus();
    await press(matrix, 'Control+End');
    expect(where(matrix)).to.match(/^15002\/12: /);
    await inView('the last row is not in view');
    expect(rows(matrix).length).to.be.within(5, 60);
    await press(matrix, 'Control+Home', 'ArrowDown');
    expect(where(matrix)).to.equal(`3/1: ${sorted[0]!.name}`);
    await press(matrix, 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown');
    const row = placeOf(focused(matrix)!.closest('[role="row"]')!);
    expect(row).to.be.greaterThan(17);
    expect(textOf(focused(matrix)!)).to.equal(sorted[row]!.name);
    await inView('the paged-to row is not in view');
    // Page by page, the focused row is never left under the sticky header (WCAG 2.4.11).
    for (let page = 1; page <= 12; page++) {
      await press(matrix, 'PageDown');
      await inView(`after Page Down ${page}, the focused row is hidden`);
    }
    for (let page = 1; page <= 6; page++) {
      await press(matrix, 'PageUp');
      await inView(`after Page Up ${page}, the focused row is hidden`);
    }
    // Scrolled away with the wheel, the focused row stays in the DOM and keeps the tab stop.
    scroller.scrollTop = 9000 * rows(matrix)[0]!.getBoundingClientRect().height;
    await waitUntil(() => rows(matrix).some((r) => placeOf(r) > 9000), 'no rows near 9,000', {
      timeout: 10000,
    });
    await matrix.updateComplete;
    const paged = placeOf(focused(matrix)!.closest('[role="row"]')!);
    expect(textOf(focused(matrix)!)).to.equal(sorted[paged]!.name);
    expect(query(matrix, '[role="grid"]').querySelectorAll('[tabindex="0"]').length).to.equal(1);
    await press(matrix, 'ArrowDown');
    expect(textOf(focused(matrix)!)).to.equal(sorted[paged + 1]!.name);
    await inView('the row below the focused one is not in view');
  });

  it('renders a held-out dataset of 150 areas with the right level in every cell', async () => {
    const data = heldOutDataset(150);
    const { matrix } = await matrixIn(data);
    expect(headers(matrix)).to.deep.equal(['Area', 'Ferry', 'Market', 'Choir']);
    // Column order: the two conditions (factors 0 and 2), then the way of working (factor 1).
    const columns = [
      { factor: 0, top: 2, labels: data.scales.tide },
      { factor: 2, top: 2, labels: data.scales.tide },
      { factor: 1, top: 5, labels: data.scales.volume },
    ];
    const expectedRow = (i: number) => [
      `Harbour ${i + 1}`,
      ...columns.map(({ factor, top, labels }) => {
        const level = heldOutLevel(i, factor, top);
        if (level === null) return 'Not assessed';
        if (level === undefined) return 'No data';
        return `${level} ${labels[level]}`;
      }),
    ];
    const check = () => {
      const shown = rows(matrix);
      expect(shown.length).to.be.greaterThan(3);
      for (const row of shown) {
        expect(table(matrix)[shown.indexOf(row)]).to.deep.equal(expectedRow(placeOf(row)));
      }
    };
    check();
    const scroller = query(matrix, '[part="scroller"]');
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => rows(matrix).some((row) => placeOf(row) === 149), 'the last row', {
      timeout: 10000,
    });
    await matrix.updateComplete;
    check();
  });

  it('stays usable in a 320 px container: it scrolls sideways under a sticky area column', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    document.body.append(wrapper);
    try {
      const matrix = document.createElement('bl-conditions-matrix');
      matrix.summary = true;
      const programme = document.createElement('bl-programme');
      programme.data = heldOutDataset(30);
      programme.append(matrix);
      wrapper.append(programme);
      await settled(matrix);
      expect(matrix.scrollWidth).to.be.at.most(320);
      const scroller = query(matrix, '[part="scroller"]');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      const name = rows(matrix)[0]!.querySelector('[role="rowheader"]')!;
      const left = name.getBoundingClientRect().left;
      scroller.scrollLeft = 100;
      expect(scroller.scrollLeft, 'the grid did not scroll sideways').to.be.greaterThan(0);
      expect(name.getBoundingClientRect().left).to.be.closeTo(left, 1);
      const controls = [...query(matrix, '[part="controls"]').children].map((child) =>
        child.getBoundingClientRect(),
      );
      for (const [i, a] of controls.entries()) {
        expect(a.right, 'a control overflows').to.be.at.most(
          matrix.getBoundingClientRect().right + 0.5,
        );
        for (const b of controls.slice(i + 1)) {
          const overlap =
            a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
          expect(overlap, 'controls overlap').to.equal(false);
        }
      }
    } finally {
      wrapper.remove();
    }
  });

  it('says the grid scrolls sideways, and shades the edges with more columns, only while it overflows', async () => {
    // Big Local's framework: seven conditions and four ways of working.
    const data = generateIllustrativeDataset(bigLocal as IllustrativeFramework, { areas: 30 });
    const { programme, matrix } = await matrixIn(data);
    programme.style.display = 'block';
    programme.style.width = '320px';
    const scroller = query(matrix, '[part="scroller"]');
    const frame = scroller.parentElement!;
    const grid = query(matrix, '[role="grid"]');
    const name = rows(matrix)[0]!.querySelector('[role="rowheader"]')!;
    const shadowAt = (element: Element) => getComputedStyle(element, '::after').backgroundImage;
    await waitUntil(() => shadow(matrix).querySelector('.sideways'), 'no sideways hint');
    const hint = query(matrix, '.sideways');
    expect(textOf(hint)).to.equal('↔ Scroll sideways for all 11 columns');
    expect(hint.getBoundingClientRect().width, 'the hint is not shown').to.be.greaterThan(0);
    // A screen reader hears it with the grid; the arrow is only drawn.
    expect(spoken(shadow(matrix).getElementById(grid.getAttribute('aria-describedby')!)!)).to.equal(
      'Scroll sideways for all 11 columns',
    );
    // At the start: more to the end, nothing before the area column.
    expect(shadowAt(frame)).to.contain('gradient');
    expect(shadowAt(name)).to.equal('none');
    scroller.scrollLeft = 60;
    await waitUntil(() => shadowAt(name).includes('gradient'), 'no shadow under the area column');
    expect(shadowAt(frame)).to.contain('gradient');
    // The sticky area column stays where it was.
    expect(name.getBoundingClientRect().left).to.be.closeTo(
      scroller.getBoundingClientRect().left + 1,
      1,
    );
    scroller.scrollLeft = scroller.scrollWidth;
    await waitUntil(() => shadowAt(frame) === 'none', 'the end still shaded at the end');
    expect(shadowAt(name)).to.contain('gradient');
    // Wide enough for every column: no hint, no shadows.
    programme.style.width = '1280px';
    await waitUntil(() => !shadow(matrix).querySelector('.sideways'), 'the hint stayed');
    expect(grid.hasAttribute('aria-describedby')).to.equal(false);
    expect(shadowAt(frame)).to.equal('none');
    expect(shadowAt(name)).to.equal('none');
    // Narrow again, then the table view: the grid's hint goes with the grid.
    programme.style.width = '320px';
    await waitUntil(() => shadow(matrix).querySelector('.sideways'), 'no hint when narrow again');
    matrix.tableView = true;
    await matrix.updateComplete;
    expect(shadow(matrix).querySelector('.sideways')).to.equal(null);
  });

  it('groups its columns under another programme’s own groups, in their order, titled by them', async () => {
    const { matrix } = await matrixIn(otherProgramme());
    const grid = query(matrix, '[role="grid"]');
    const groups = [...grid.querySelectorAll('[aria-rowindex="1"] [role="columnheader"]')].map(
      (group) =>
        `${textOf(group)} ${group.getAttribute('aria-colindex')}+${group.getAttribute('aria-colspan')}`,
    );
    expect(groups).to.deep.equal(['Capabilities 2+2', 'Relationships 4+2', 'Resources 6+1']);
    expect(headers(matrix)).to.deep.equal([
      'Area',
      'Planning',
      'Money',
      'Trust',
      'Council',
      'Halls',
    ]);
    expect(textOf(query(matrix, '[part="caption"]'))).to.equal(
      'Capabilities, Relationships and Resources by area, from each area’s latest assessment',
    );
    expect(labelledByText(grid)).to.equal(textOf(query(matrix, '[part="caption"]')));
    // A scale of six levels: six keys, and the scale's own note.
    const legend = query(matrix, '[part="legend"]');
    expect(
      [...legend.querySelectorAll('.scale:first-child li')].map((item) => spoken(item)),
    ).to.deep.equal(['Not yet', 'Exploring', 'Trying', 'Growing', 'Thriving', 'Self-sustaining']);
    expect(textOf(legend)).to.contain('The fund’s own scale, agreed with the islands in 2019.');
    matrix.year = 1999;
    await matrix.updateComplete;
    expect(textOf(query(matrix, '[part="notice"]'))).to.equal(
      'No assessment of Capabilities, Relationships or Resources was published for 1999.',
    );
  });

  it('links the source of every group, factor and scale, and names them in the header’s detail', async () => {
    const { matrix } = await matrixIn(otherProgramme());
    const sources = query(matrix, '[part="sources"]');
    const list = sources.querySelector('ul')!;
    expect(labelledByText(list)).to.equal('Sources');
    const items = [...list.querySelectorAll('li')].map((item) => ({
      text: textOf(item),
      href: item.querySelector('a')!.href,
    }));
    expect(items).to.deep.equal([
      {
        text: 'Capabilities and Relationships: What makes a place able to act',
        href: 'https://skerry-fund.example/framework',
      },
      { text: 'Trust: Trust survey method', href: 'https://skerry-fund.example/trust' },
      { text: 'Resources: Assets audit guide', href: 'https://skerry-fund.example/assets' },
      { text: 'Levels: The six-step journey', href: 'https://skerry-fund.example/journey' },
    ]);
    const tooltip = query(matrix, '[role="tooltip"]');
    query(matrix, '[tabindex="0"]').focus();
    await press(matrix, 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp');
    expect(where(matrix)).to.equal('2/4: Trust');
    expect(focused(matrix)!.getAttribute('aria-describedby')).to.equal('tip');
    expect(textOf(tooltip)).to.equal(
      'Trust between islands Source: Trust survey method ' +
        'Relationships: What makes a place able to act',
    );
  });

  it('says how each assessment was made in the cell’s detail and in the table view', async () => {
    const { matrix } = await matrixIn(otherProgramme());
    const tooltip = query(matrix, '[role="tooltip"]');
    query(matrix, '[tabindex="0"]').focus();
    // North Holm (the third row by name), Trust.
    await press(matrix, 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(where(matrix)).to.equal('5/4: 3 Growing');
    const made =
      'Assessed on 3 November 2024 by The partnership with its fund adviser ' +
      'Method: Self-assessment at a partnership workshop ' +
      'Source: Annual review 2024: north-holm';
    expect(textOf(tooltip)).to.equal(
      `North Holm Trust between islands: Growing (level 3 of 5) ` +
        `The inter-island forum met every month. ${made}`,
    );
    await press(matrix, 'Escape');

    matrix.tableView = true;
    await matrix.updateComplete;
    const tableElement = query<HTMLTableElement>(matrix, 'table');
    const groupHeads = [...tableElement.querySelectorAll('th[scope="colgroup"]')].map(
      (th) => `${textOf(th)} ${th.getAttribute('colspan')}`,
    );
    expect(groupHeads).to.deep.equal(['Capabilities 2', 'Relationships 2', 'Resources 1']);
    const northHolm = [...tableElement.querySelectorAll('tbody tr')].find(
      (row) => textOf(row.querySelector('th')!) === 'North Holm',
    )!;
    const cell = northHolm.lastElementChild!;
    expect(textOf(cell)).to.equal(made);
    expect(cell.querySelector('a')!.href).to.equal(reviewSource('north-holm', 2024).url);
    // A chosen year shows that year's assessment and how it was made.
    matrix.year = 2020;
    await matrix.updateComplete;
    const earlier = [...query(matrix, 'table').querySelectorAll('tbody tr')].find(
      (row) => textOf(row.querySelector('th')!) === 'North Holm',
    )!;
    expect(textOf(earlier.lastElementChild!)).to.contain('Assessed on 1 November 2020');
    expect(earlier.lastElementChild!.querySelector('a')!.href).to.equal(
      reviewSource('north-holm', 2020).url,
    );
  });

  it('shows what it would compare when nothing is assessed: the embedded default has no scores', async () => {
    const matrix = await fixture<BlConditionsMatrix>(
      html`<bl-conditions-matrix></bl-conditions-matrix>`,
    );
    await settled(matrix);
    expect(textOf(query(matrix, '[part="notice"]'))).to.equal(
      'No assessments of Conditions or Ways of working have been published for these areas. ' +
        'When a dataset has them, the matrix compares each area by these:',
    );
    expect(shadow(matrix).querySelector('[role="grid"]')).to.equal(null);
    // The seven conditions and four ways of working, each with its description and source.
    const framework = query(matrix, '[part="framework"]');
    expect([...framework.querySelectorAll('.framework-group')].map(textOf)).to.deep.equal([
      'Conditions',
      'Ways of working',
    ]);
    const items = [...framework.querySelectorAll('[part="framework-item"]')];
    expect(items).to.have.length(11);
    expect(textOf(items[0]!)).to.contain('Basic demographic and socio-economic characteristics');
    expect(textOf(items[0]!)).to.contain('no clear pattern');
    // Their one source and scale are said once per group, not on each of the eleven.
    const shared = [...framework.querySelectorAll('.framework-shared')].map(textOf);
    expect(shared).to.have.length(2);
    for (const line of shared) expect(line).to.contain('Scored from Limited to Strong');
    expect(framework.querySelectorAll('.framework-shared a')).to.have.length(2);
    expect(textOf(framework)).to.contain('To show levels, a dataset adds assessments');
  });

  it('links each factor to where bl-success-factors explains it, beside it on the page', async () => {
    const { programme, matrix } = await matrixIn(
      matrixDataset(),
      html`<bl-conditions-matrix table-view></bl-conditions-matrix>
        <bl-success-factors></bl-success-factors>`,
    );
    const explained = programme.querySelector('bl-success-factors')!;
    await settled(explained);
    const links = [...shadow(matrix).querySelectorAll<HTMLAnchorElement>('thead th a')];
    const factors = matrixDataset().factors;
    // One link per factor column (the columns follow the groups' order, not the list's).
    expect(links.map((link) => new URL(link.href).hash).sort()).to.deep.equal(
      factors.map((factor) => `#factor-${factor.id}`).sort(),
    );
    const first = new URL(links[0]!.href).hash.slice('#factor-'.length);
    // Following one brings the reader to that factor's explanation.
    try {
      links[0]!.click();
      await waitUntil(
        () => shadow(explained).activeElement?.id === `factor-${first}`,
        'the factor was not brought into view',
      );
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('links factors only to a web address its factors-page names', async () => {
    for (const [page, expected] of [
      ['/success.html', '/success.html#factor-'],
      ['javascript:alert(1)', undefined],
    ] as const) {
      const { matrix } = await matrixIn(
        matrixDataset(),
        html`<bl-conditions-matrix table-view factors-page=${page}></bl-conditions-matrix>`,
      );
      const link = shadow(matrix).querySelector<HTMLAnchorElement>('thead th a');
      expect(link?.getAttribute('href')?.replace(/factor-.*/, 'factor-')).to.equal(expected);
    }
  });

  it('warns once about an unknown area id and shows the rest', async () => {
    const warnings = captureWarnings();
    try {
      const { matrix } = await matrixIn(
        matrixDataset(),
        html`<bl-conditions-matrix areas="weir-end,atlantis"></bl-conditions-matrix>`,
      );
      expect(names(matrix)).to.deep.equal(['Weir End']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('There is no area "atlantis"');
    } finally {
      warnings.restore();
    }
  });

  it('shows the loading state, then the provider’s error, and the Illustrative badge', async () => {
    // Loading, from a src that never answers and is never given up on.
    const waiting = document.createElement('bl-programme');
    waiting.src = `/fault/hang?id=${Math.random()}`;
    waiting.innerHTML = '<bl-conditions-matrix></bl-conditions-matrix>';
    document.body.append(waiting);
    const loading = waiting.querySelector('bl-conditions-matrix')!;
    await waitUntil(() => loading.shadowRoot?.querySelector('[part="loading"]'), 'no loading');
    expect(textOf(query(loading, '[part="loading"]'))).to.equal('Loading data…');
    waiting.remove();
    // The error, once the provider gives up on one.
    const programme = document.createElement('bl-programme');
    programme.src = '/fault/hang';
    programme.timeout = 400;
    programme.innerHTML = '<bl-conditions-matrix></bl-conditions-matrix>';
    const warnings = captureWarnings();
    document.body.append(programme);
    try {
      const matrix = programme.querySelector('bl-conditions-matrix')!;
      await waitUntil(() => shadow(matrix).querySelector('[role="alert"]'), 'no error shown');
      expect(textOf(query(matrix, '[part="error"]'))).to.contain('took longer than 0.4 seconds');
    } finally {
      warnings.restore();
      programme.remove();
    }
    const { matrix } = await matrixIn(matrixDataset());
    expect(textOf(query(matrix, '[part="badge"]'))).to.match(/^Illustrative/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`runs its palette lightest to deepest in the ${theme} theme, every step seen and read`, async () => {
      // Nine levels of a top of 8, so each cell is one palette step.
      const { matrix } = await matrixIn(
        paletteDataset(),
        html`<bl-conditions-matrix theme=${theme}></bl-conditions-matrix>`,
      );
      const surface = rgbOf(getComputedStyle(query(matrix, '[part~="base"]')).backgroundColor);
      const cells = [...rows(matrix)[0]!.querySelectorAll('.level')];
      expect(cells.length).to.equal(9);
      const fills = cells.map((cell) => rgbOf(getComputedStyle(cell, '::before').backgroundColor));
      const inks = cells.map((cell) => rgbOf(getComputedStyle(cell).color));
      for (const [step, fill] of fills.entries()) {
        expect(contrast(fill, surface), `step ${step} against the surface`).to.be.at.least(3);
        expect(contrast(inks[step]!, fill), `the number on step ${step}`).to.be.at.least(4.5);
        if (step > 0) {
          expect(luminance(fill), `step ${step} deeper than ${step - 1}`).to.be.below(
            luminance(fills[step - 1]!),
          );
        }
      }
    });

    it(`passes axe in the ${theme} theme, with a selected row and a tooltip`, async () => {
      const { matrix, programme } = await matrixIn(
        matrixDataset(),
        html`<bl-conditions-matrix summary theme=${theme}></bl-conditions-matrix>`,
      );
      programme.selectedArea = 'weir-end';
      query(matrix, '[tabindex="0"]').focus();
      await press(matrix, 'ArrowRight');
      await expect(matrix).to.be.accessible();
    });
  }
});
