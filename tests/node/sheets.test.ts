/// <reference types="node" />
// A programme kept in spreadsheets: reading the sheets as spreadsheet programs export them,
// converting them to the contract, placing every problem by sheet, row and column, the round
// trip JSON -> sheets -> JSON, and the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetToSheets, parseSheet, readSheets } from '../../src/data/sheets/index.js';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const flawedFolder = join(root, 'tests/fixtures/sheets/flawed');
const folder = (path: string) =>
  Object.fromEntries(
    readdirSync(path).map((name) => [name, readFileSync(join(path, name), 'utf8')]),
  );
const document = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
/** As JSON has it: the validator's records have no prototype. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const messages = (problems: readonly { path: string; message: string }[]) =>
  problems.map((problem) => `${problem.path}: ${problem.message}`);

test('reads sheets as spreadsheet programs export them', () => {
  const text =
    '\uFEFFid;name;  place ;;\r\n' +
    ' a ; "Ann, ""the"" first" ;"Two\r\nlines";;\r\n' +
    'b;Bo;;;\r\n' +
    ';;;;\r\n\r\n';
  const sheet = parseSheet(text);
  assert.deepEqual(sheet.columns, ['id', 'name', 'place']);
  assert.deepEqual(sheet.rows, [
    { row: 2, values: { id: 'a', name: 'Ann, "the" first', place: 'Two\r\nlines' } },
    { row: 3, values: { id: 'b', name: 'Bo', place: '' } },
  ]);
  const tabs = parseSheet('id\tname\nx\tX\n');
  assert.deepEqual(tabs.rows[0]!.values, { id: 'x', name: 'X' });
});

test('converts a folder of sheets, and places each problem by sheet, row and column', () => {
  const { dataset, problems } = readSheets(folder(flawedFolder));
  assert.ok(dataset);
  assert.equal(dataset.programme.name, 'River towns fund');
  assert.equal(dataset.programme.illustrative, true);
  const [weir, lock] = dataset.areas;
  assert.equal(weir!.name, 'Weir End');
  assert.deepEqual(weir!.funding, { amount: 1_000_000, currency: 'GBP' });
  assert.equal(weir!.caseStudy, true);
  assert.equal(weir!.summary, 'Two lines:\nthe weir and the lock.');
  assert.equal(lock!.caseStudy, undefined);
  // Without groups.csv, Big Local's groups.
  assert.deepEqual(
    dataset.groups.map((group) => group.id),
    ['condition', 'way-of-working'],
  );
  const [first, second] = dataset.assessments;
  // Labels in any case, or numbers, and notes.
  assert.deepEqual(plain(first!.outcomes), { 'clean-water': 1 });
  assert.deepEqual(plain(first!.factors), { 'community-leadership': 2 });
  assert.deepEqual(plain(first!.notes), { 'clean-water': 'A note' });
  assert.deepEqual(plain(second!.outcomes), { 'clean-water': 2 });
  assert.deepEqual(plain(second!.factors), {});
  assert.deepEqual(messages(problems), [
    "areas.csv row 3, column caseStudy: 'maybe' should be yes, no, true or false",
    "assessments.csv row 3, column community-leadership: 'hgh' is not a level of scale 'four-level'",
  ]);
});

test('places the validator’s problems in the sheets too', () => {
  const files = folder(flawedFolder);
  files['areas.csv'] += 'quiet-bank,Quiet Bank,,,-5,,\n';
  files['assessments.csv'] += 'weir-end,2024,7,,\nnowhere,2024,1,,\n';
  const { problems } = readSheets(files);
  const placed = messages(problems).slice(2);
  assert.deepEqual(placed, [
    'areas.csv row 4, column funding: should not be negative',
    'assessments.csv row 4, column clean-water: level 7 is outside the scale "four-level" (0 to 3)',
    'assessments.csv row 5, column area: names the unknown area "nowhere"',
  ]);
});

test('reads assessments in the long form to the same dataset', () => {
  const files = folder(flawedFolder);
  files['assessments.csv'] =
    'area,year,item,level,note\n' +
    'weir-end,2023,clean-water,Medium,A note\n' +
    'weir-end,2023,community-leadership,high,\n' +
    'lock-side,2023,clean-water,2,\n';
  const long = readSheets(files);
  const wide = readSheets(folder(flawedFolder));
  assert.deepEqual(long.dataset!.assessments, wide.dataset!.assessments);
});

for (const path of ['src/data/illustrative.json', 'src/data/default/big-local-150.json']) {
  test(`${path}: JSON -> sheets -> JSON is lossless`, () => {
    const original = validateDataset(document(path));
    assert.deepEqual(original.problems, []);
    const sheets = datasetToSheets(original.dataset!);
    assert.ok(sheets['areas.csv']);
    const back = readSheets(sheets);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.dataset, original.dataset);
  });
}

test('a 15,000-area sheet converts and validates within the limits', () => {
  const base = validateDataset(document('src/data/illustrative.json')).dataset as Dataset;
  const areas = Array.from({ length: 15_000 }, (_, index) => ({
    ...base.areas[index % base.areas.length]!,
    id: `area-${index}`,
    name: `Area ${index}`,
  }));
  const assessments = Array.from({ length: 15_000 * 5 }, (_, index) => ({
    ...base.assessments[index % base.assessments.length]!,
    area: `area-${Math.floor(index / 5)}`,
    year: 2020 + (index % 5),
  }));
  const sheets = datasetToSheets({ ...base, areas, assessments });
  const start = performance.now();
  const { dataset, problems } = readSheets(sheets);
  const took = performance.now() - start;
  console.log(
    `15,000 areas and 75,000 assessments from sheets: converted and validated in ${took.toFixed(0)} ms`,
  );
  assert.deepEqual(problems, []);
  assert.equal(dataset!.areas.length, 15_000);
  assert.equal(dataset!.assessments.length, 75_000);
});

test('the command line checks, converts and writes sheets, with exit codes', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin/big-local-widgets.mjs'), ...args], {
      encoding: 'utf8',
    });
  const work = mkdtempSync(join(tmpdir(), 'blw-sheets-'));
  try {
    const flawed = cli('check', flawedFolder);
    assert.equal(flawed.status, 1);
    assert.match(
      flawed.stdout,
      /^assessments\.csv row 3, column community-leadership: 'hgh' is not a level of scale 'four-level'$/m,
    );
    assert.match(flawed.stdout, /2 areas, 2 assessments; 2 problems\./);

    const sheets = join(work, 'sheets');
    const written = cli('sheets', join(root, 'src/data/illustrative.json'), '-o', sheets);
    assert.equal(written.status, 0, written.stderr);
    assert.ok(readdirSync(sheets).includes('assessments.csv'));
    const clean = cli('check', sheets);
    assert.equal(clean.status, 0, clean.stdout);
    assert.match(clean.stdout, /24 areas, 126 assessments; no problems\./);

    const out = join(work, 'data.json');
    const converted = cli('convert', sheets, '-o', out);
    assert.equal(converted.status, 0, converted.stderr);
    assert.deepEqual(
      JSON.parse(readFileSync(out, 'utf8')),
      plain(validateDataset(document('src/data/illustrative.json')).dataset),
    );

    writeFileSync(join(work, 'broken.json'), '{ not json');
    assert.equal(cli('check', join(work, 'broken.json')).status, 1);
    assert.equal(cli('convert', sheets).status, 2);
    assert.equal(cli('frobnicate', sheets).status, 2);
    assert.equal(cli('check', join(work, 'missing')).status, 2);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
