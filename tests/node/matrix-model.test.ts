/// <reference types="node" />
// The conditions matrix's rules without a browser: the model built from a dataset and a year,
// filters, search, sorts and the CSV of what is in view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';
import {
  NOT_ASSESSED,
  NO_DATA,
  buildModel,
  byNameSort,
  csvField,
  csvOf,
  filterRows,
  groupTitlesOf,
  levelOf,
  nextSort,
  sortRows,
  unknownAreaIds,
} from '../../src/widgets/conditions-matrix/model.js';
import type {
  MatrixModel,
  RowFilter,
  Sort,
  SortKey,
} from '../../src/widgets/conditions-matrix/model.js';
import { matrixDataset } from '../fixtures/matrix-datasets.js';
import { otherProgramme, reviewSource } from '../fixtures/other-programme.js';

function dataset(document: object = matrixDataset()): Dataset {
  const { dataset } = validateDataset(document);
  assert.ok(dataset, 'the fixture is a usable dataset');
  return dataset;
}

function model(document?: object, year?: number): MatrixModel {
  const built = buildModel(dataset(document), year);
  assert.equal(typeof built, 'object', `no model: ${String(built)}`);
  return built as MatrixModel;
}

const names = (m: MatrixModel, rows: Int32Array) => [...rows].map((row) => m.areas[row]!.name);
const shown = (m: MatrixModel, filter: RowFilter = {}, sort: Sort = byNameSort) =>
  names(m, sortRows(m, filterRows(m, filter), sort));
const sortBy = (key: SortKey, direction: 1 | -1): Sort => ({ key, direction });

/** The fixture with extra areas, for search and sorting ties. */
function withAreas(...areas: { id: string; name: string; ferry?: number | null }[]) {
  const document = matrixDataset();
  for (const { id, name, ferry } of areas) {
    document.areas.push({ id, name } as (typeof document.areas)[number]);
    if (ferry !== undefined) {
      document.assessments.push({
        area: id,
        year: 2020,
        outcomes: {},
        factors: { ferry },
      } as unknown as (typeof document.assessments)[number]);
    }
  }
  return document;
}

test('a schema 1 document groups its columns as Big Local did, under its titles', () => {
  const m = model();
  assert.deepEqual(
    m.columns.map(
      (column) => `${column.factor.id} top ${column.top}${column.start ? ' start' : ''}`,
    ),
    ['ferry top 2 start', 'market top 2', 'choir top 5 start'],
  );
  assert.deepEqual(
    m.groups.map(({ group, first, span }) => `${group.id} ${group.title} ${first}+${span}`),
    ['condition Conditions 0+2', 'way-of-working Ways of working 2+1'],
  );
});

test('columns follow the dataset’s own groups, in their order, with their titles and sources', () => {
  const m = model(otherProgramme());
  assert.deepEqual(
    m.groups.map(({ group, first, span }) => `${group.title} ${first}+${span}`),
    ['Capabilities 0+2', 'Relationships 2+2', 'Resources 4+1'],
  );
  assert.deepEqual(groupTitlesOf(dataset(otherProgramme())), [
    'Capabilities',
    'Relationships',
    'Resources',
  ]);
  // Factors in dataset order within each group, whatever order the groups came in.
  assert.deepEqual(
    m.columns.map((column) => `${column.factor.id}${column.start ? ' start' : ''}`),
    ['planning start', 'money', 'trust start', 'council', 'halls start'],
  );
  assert.equal(m.groups[2]!.group.source?.url, 'https://skerry-fund.example/assets');
  assert.equal(m.columns[2]!.factor.source?.url, 'https://skerry-fund.example/trust');
  // The column keeps its whole scale: six labels, the source and the note.
  assert.equal(m.columns[0]!.top, 5);
  assert.equal(m.columns[0]!.scale?.source?.url, 'https://skerry-fund.example/journey');
  assert.match(m.columns[0]!.scale?.note ?? '', /own scale/);
});

test('a group with no factors is left out of the columns', () => {
  const document = otherProgramme();
  document.factors = document.factors.filter((factor) => factor.group !== 'relationships');
  assert.deepEqual(
    model(document).groups.map(({ group, first, span }) => `${group.id} ${first}+${span}`),
    ['capabilities 0+2', 'resources 2+1'],
  );
});

test('each row keeps the assessment it shows, with how it was made', () => {
  const m = model(otherProgramme());
  const row = m.areas.findIndex((area) => area.id === 'north-holm');
  const shown = m.shown[row]!;
  assert.equal(shown.year, 2024);
  assert.deepEqual(shown.source, reviewSource('north-holm', 2024));
  assert.equal(shown.method, 'Self-assessment at a partnership workshop');
  assert.equal(shown.assessedBy, 'The partnership with its fund adviser');
  assert.equal(shown.date, '2024-11-03');
  assert.equal(model(otherProgramme(), 2020).shown[row]!.date, '2020-11-01');
});

test('each row shows one coherent assessment: the latest with factors, or the chosen year', () => {
  const m = model();
  const row = (name: string) => m.areas.findIndex((area) => area.name === name);
  const levels = (name: string) => m.columns.map((_, col) => levelOf(m, row(name), col));
  // Ford Green's latest (2023) has outcomes only, so its factors come from 2022.
  assert.deepEqual(levels('Ford Green'), [1, 0, 4]);
  assert.equal(m.shown[row('Ford Green')]?.year, 2022);
  assert.deepEqual(levels('Weir End'), [2, NOT_ASSESSED, 5]);
  assert.deepEqual(levels('Lock Side'), [1, NO_DATA, 3]);
  assert.deepEqual(levels('Quiet Bank'), [NO_DATA, NO_DATA, NO_DATA]);
  assert.equal(m.progress[row('Weir End')], 1);
  assert.ok(Number.isNaN(m.progress[row('Quiet Bank')]!));

  const in2018 = model(undefined, 2018);
  const weirEnd = in2018.areas.findIndex((area) => area.name === 'Weir End');
  assert.deepEqual(
    in2018.columns.map((_, col) => levelOf(in2018, weirEnd, col)),
    [0, 1, 2],
  );
});

test('says why there is nothing to compare: no factors, or no assessment (in the year)', () => {
  assert.equal(buildModel(dataset({ ...matrixDataset(), factors: [] }), undefined), 'no-factors');
  assert.equal(buildModel(dataset(), 2030), 'no-assessments');
  assert.equal(
    buildModel(dataset({ ...matrixDataset(), assessments: [] }), undefined),
    'no-assessments',
  );
});

test('filters by setting, region, partnership, case study and area ids, case-insensitively', () => {
  const m = model();
  assert.deepEqual(shown(m, { setting: 'urban' }), ['Lock Side', 'Mill Race']);
  assert.deepEqual(shown(m, { region: 'EASTSHIRE' }), ['Ford Green', 'Mill Race']);
  assert.deepEqual(shown(m, { partnership: 'sturdy' }), ['Ford Green', 'Weir End']);
  assert.deepEqual(shown(m, { caseStudy: true }), ['Mill Race', 'Weir End']);
  assert.deepEqual(shown(m, { areas: 'weir-end, Lock-Side', setting: 'urban,rural' }), [
    'Lock Side',
    'Weir End',
  ]);
  // Every filter at once, and one that matches nothing.
  assert.deepEqual(
    shown(m, { setting: 'urban', region: 'eastshire', partnership: 'conflict', caseStudy: true }),
    ['Mill Race'],
  );
  assert.deepEqual(shown(m, { region: 'Nowhere' }), []);
  // An empty list filters nothing.
  assert.equal(shown(m, { setting: ' , ' }).length, 5);
});

test('names the area ids a list asks for that the dataset lacks', () => {
  const m = model();
  assert.deepEqual(unknownAreaIds(m, 'weir-end, atlantis,Mill-Race,Lyonesse'), [
    'atlantis',
    'lyonesse',
  ]);
  assert.deepEqual(unknownAreaIds(m, undefined), []);
});

test('search finds part of a name, ignoring case and accents', () => {
  const m = model(
    withAreas({ id: 'oxford', name: 'Öxford Quay' }, { id: 'cafe', name: 'Café Row' }),
  );
  assert.deepEqual(shown(m, { query: 'mILL' }), ['Mill Race']);
  assert.deepEqual(shown(m, { query: 'oxford' }), ['Öxford Quay']);
  assert.deepEqual(shown(m, { query: 'CAFE' }), ['Café Row']);
  assert.deepEqual(shown(m, { query: 'café' }), ['Café Row']);
  assert.deepEqual(shown(m, { query: '  side ' }), ['Lock Side']);
  assert.deepEqual(shown(m, { query: 'mILLx' }), []);
  assert.deepEqual(shown(m, { query: 'e', setting: 'urban' }), ['Lock Side', 'Mill Race']);
});

test('names sort A to Z with numbers in numeric order, and reverse', () => {
  const m = model(withAreas({ id: 'a10', name: 'Area 10' }, { id: 'a2', name: 'Area 2' }));
  assert.deepEqual(shown(m).slice(0, 2), ['Area 2', 'Area 10']);
  assert.deepEqual(shown(m, {}, sortBy('name', -1)).slice(-2), ['Area 10', 'Area 2']);
});

test('a level sort puts the highest first, ties by name, not assessed and no data last', () => {
  const document = matrixDataset();
  document.assessments.push({
    area: 'quiet-bank',
    year: 2022,
    outcomes: {},
    factors: { ferry: null },
  } as unknown as (typeof document.assessments)[number]);
  const m = model(document);
  assert.deepEqual(shown(m, {}, sortBy('factor:ferry', -1)), [
    'Mill Race',
    'Weir End',
    'Ford Green',
    'Lock Side',
    'Quiet Bank',
  ]);
  assert.deepEqual(shown(m, {}, sortBy('factor:ferry', 1)), [
    'Ford Green',
    'Lock Side',
    'Mill Race',
    'Weir End',
    'Quiet Bank',
  ]);
  // Not assessed (Weir End) and no data (Lock Side, Quiet Bank) both go last, by name, either way.
  for (const direction of [1, -1] as const) {
    assert.deepEqual(shown(m, {}, sortBy('factor:market', direction)).slice(-3), [
      'Lock Side',
      'Quiet Bank',
      'Weir End',
    ]);
  }
  assert.deepEqual(shown(m, {}, sortBy('factor:market', -1)).slice(0, 2), [
    'Mill Race',
    'Ford Green',
  ]);
});

test('a level sort is stable: equal levels keep name order, in both directions', () => {
  // Many areas with only three distinct levels, added in an order unlike their names.
  const areas = Array.from({ length: 60 }, (_, i) => ({
    id: `t${i}`,
    name: `Town ${(i * 37) % 60}`,
    ferry: i % 3,
  }));
  const m = model(withAreas(...areas));
  const towns = (sort: Sort) => shown(m, { query: 'town' }, sort);
  for (const direction of [1, -1] as const) {
    const sorted = towns(sortBy('factor:ferry', direction));
    const levels = sorted.map((name) => areas.find((area) => area.name === name)!.ferry);
    assert.deepEqual(
      levels,
      [...levels].sort((a, b) => (a - b) * direction),
    );
    for (const level of [0, 1, 2]) {
      const group = sorted.filter((_, i) => levels[i] === level);
      const byNumber = [...group].sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
      assert.deepEqual(group, byNumber, `level ${level} is not in name order`);
    }
  }
});

test('outcome progress sorts highest first, no data last', () => {
  assert.deepEqual(shown(model(), {}, sortBy('progress', -1)), [
    'Weir End',
    'Ford Green',
    'Lock Side',
    'Mill Race',
    'Quiet Bank',
  ]);
});

test('a sort by a factor the dataset lacks keeps name order', () => {
  const m = model();
  assert.deepEqual(shown(m, {}, sortBy('factor:unknown', -1)), shown(m));
});

test('choosing a column sorts names A to Z and levels highest first; again reverses', () => {
  assert.deepEqual(nextSort(byNameSort, 'name'), { key: 'name', direction: -1 });
  assert.deepEqual(nextSort(byNameSort, 'factor:ferry'), { key: 'factor:ferry', direction: -1 });
  assert.deepEqual(nextSort(sortBy('factor:ferry', -1), 'factor:ferry'), sortBy('factor:ferry', 1));
  assert.deepEqual(nextSort(sortBy('factor:ferry', 1), 'name'), byNameSort);
  assert.deepEqual(nextSort(byNameSort, 'progress'), sortBy('progress', -1));
});

test('CSV holds exactly the rows and columns in view, in their order', () => {
  const m = model();
  const rows = sortRows(m, filterRows(m, { setting: 'urban,rural' }), sortBy('factor:ferry', -1));
  assert.equal(
    csvOf(m, rows, { summary: true }),
    'Area,A ferry people rely on,A weekly market,Singing together,Outcome progress (%),' +
      'Assessment year,Assessment source\r\n' +
      'Mill Race,2,2,0,0,2021,\r\n' +
      'Weir End,2,Not assessed,5,100,2022,\r\n' +
      'Lock Side,1,,3,50,2020,\r\n',
  );
  assert.equal(
    csvOf(m, filterRows(m, { query: 'quiet' }), { summary: false }),
    'Area,A ferry people rely on,A weekly market,Singing together,Assessment year,' +
      'Assessment source\r\nQuiet Bank,,,,,\r\n',
  );
});

test('CSV gives each row the year and the address of the assessment it shows', () => {
  const m = model(otherProgramme());
  const lines = csvOf(m, filterRows(m, {}), { summary: false }).split('\r\n');
  assert.equal(
    lines[0],
    'Area,Planning together,Managing money,Trust between islands,Working with the council,' +
      'Halls and meeting places,Assessment year,Assessment source',
  );
  assert.deepEqual(lines.slice(1, -1), [
    'Fen End,,,,,,,',
    `Marrow Cross,4,2,3,2,3,2024,${reviewSource('marrow-cross', 2024).url}`,
    `North Holm,4,2,3,3,2,2024,${reviewSource('north-holm', 2024).url}`,
  ]);
});

test('CSV quotes commas, quotes and line breaks (RFC 4180)', () => {
  assert.equal(csvField('Mill Race'), 'Mill Race');
  assert.equal(csvField('Weir, End'), '"Weir, End"');
  assert.equal(csvField('The "Lock"'), '"The ""Lock"""');
  assert.equal(csvField('Two\nlines'), '"Two\nlines"');
  assert.equal(csvField('Two\r\nlines'), '"Two\r\nlines"');
  assert.equal(csvField(3), '3');
  const m = model(withAreas({ id: 'odd', name: 'Quay "North", Upper\nTown', ferry: 1 }));
  assert.match(
    csvOf(m, filterRows(m, { areas: 'odd' }), { summary: false }),
    /\r\n"Quay ""North"", Upper\nTown",1,,,2020,\r\n$/,
  );
});

test('CSV text never runs as a spreadsheet formula', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    assert.equal(csvField(`${start}SUM(A1)`).replace(/^"/, '').at(0), "'", JSON.stringify(start));
  }
  assert.equal(csvField('=HYPERLINK("http://evil")'), '"\'=HYPERLINK(""http://evil"")"');
  assert.equal(csvField('Mid-Town = fine'), 'Mid-Town = fine');
  const m = model(withAreas({ id: 'formula', name: '=HYPERLINK("http://evil")', ferry: 0 }));
  assert.equal(
    csvOf(m, filterRows(m, { areas: 'formula' }), { summary: true }).split('\r\n')[1],
    '"\'=HYPERLINK(""http://evil"")",0,,,,2020,',
  );
});
