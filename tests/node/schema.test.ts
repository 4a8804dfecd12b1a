/// <reference types="node" />
// Types, schema and validator come from one definition (src/data/contract/dataset.ts); these
// tests hold them to it: the committed schema.json is the generated one, and on every committed
// document and on broken ones, ajv with the schema and the validator agree on validity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateDataset, validateParsed } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';
import { problemText, strings } from '../../src/strings/index.js';
import { generateIllustrativeDataset } from '../../scripts/illustrative.js';

// A plain Node script (the build runs it), so imported by a name the type checker does not follow.
const schemaScript = '../../scripts/schema.mjs';
const { generateSchema } = (await import(schemaScript)) as {
  generateSchema: () => Promise<string>;
};

type Json = Record<string, unknown>;
const url = (path: string) => new URL(path, import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(url(path), 'utf8'));
const schema = read('../../src/data/schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const matchesSchema = ajv.compile(schema);
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

test('the committed schema.json is the one the contract generates', async () => {
  const committed = readFileSync(url('../../src/data/schema.json'), 'utf8');
  assert.equal(committed, await generateSchema(), 'run node scripts/schema.mjs');
});

const documents: Record<string, string> = {
  'the illustrative dataset': '../../src/data/illustrative.json',
};
// The factors and story parts of the embedded default are checked with its programme part, as
// they are loaded.
for (const file of readdirSync(url('../../src/data/default/'))) {
  if (file.endsWith('.json') && !/-(story|framework)\.json$/.test(file)) {
    documents[file] = `../../src/data/default/${file}`;
  }
}

/** Both agree a document is valid: the schema accepts it and the validator finds nothing. */
function assertValid(document: unknown): void {
  assert.equal(matchesSchema(copy(document)), true, JSON.stringify(matchesSchema.errors?.[0]));
  assert.deepEqual(validateDataset(copy(document)).problems, []);
}

for (const [name, path] of Object.entries(documents)) {
  test(`${name} matches the JSON Schema and validates with no problems`, () => {
    assertValid(read(path));
  });
}

test('the embedded default with its factors and story matches the JSON Schema and validates', () => {
  assertValid({
    ...read('../../src/data/default/big-local.json'),
    ...read('../../src/data/default/big-local-framework.json'),
    ...read('../../src/data/default/big-local-story.json'),
  });
});

const framework = read('../../src/data/default/big-local-150.json') as Json;

test('a generated dataset, typed as the contract, is valid to both', () => {
  const generated: Dataset = generateIllustrativeDataset(
    framework as unknown as Parameters<typeof generateIllustrativeDataset>[0],
    { areas: 150 },
  );
  assertValid(generated);
  // What the validator gives back is a document of the current form, valid to both again.
  assertValid(validateDataset(generated).dataset);
});

const minimal = {
  schema: 1,
  programme: { id: 'p', name: 'P' },
  outcomes: [],
  factors: [],
  areas: [{ id: 'a', name: 'A' }],
};
const withArea = (area: Json) => ({ ...minimal, areas: [{ id: 'a', name: 'A', ...area }] });
const scored = {
  ...minimal,
  scales: { stage: ['Low', 'High'] },
  outcomes: [{ id: 'o', title: 'O', scale: 'stage' }],
};

test('both accept the smallest valid document and the legacy and current forms', () => {
  assertValid(minimal);
  assertValid({ ...scored, schema: 2, scales: { stage: { labels: ['Low', 'High'] } } });
  assertValid(withArea({ population: 4200, funding: { amount: 1e6, currency: 'GBP' } }));
  assertValid(withArea({ population: { value: 4200, qualifier: 'about' }, joined: '2012-02' }));
});

/** Documents both must flag, each for one reason. */
const broken: [string, unknown][] = [
  ['a list at the top level', [minimal]],
  ['a programme given as text', { ...minimal, programme: 'P' }],
  ['outcomes given as text', { ...minimal, outcomes: 'four' }],
  ['factors given as an object', { ...minimal, factors: { id: 'f' } }],
  ['areas given as an object', { ...minimal, areas: { id: 'a' } }],
  ['a missing areas list', { ...minimal, areas: undefined }],
  ['a programme without a name', { ...minimal, programme: { id: 'p' } }],
  ['an unknown schema version', { ...minimal, schema: 3 }],
  ['an area without a name', { ...minimal, areas: [{ id: 'a' }] }],
  ['an area with a blank name', { ...minimal, areas: [{ id: 'a', name: '  ' }] }],
  ['a javascript: website', withArea({ website: 'javascript:x' })],
  ['a negative population', withArea({ population: -1 })],
  ['a population of 1e308', withArea({ population: 1e308 })],
  ['a fractional population', withArea({ population: 10.5 })],
  ['a population given as text', withArea({ population: 'many' })],
  ['money without a currency', withArea({ funding: { amount: 1e6 } })],
  ['money in "pounds"', withArea({ funding: { amount: 1e6, currency: 'pounds' } })],
  ['money of 2e12', withArea({ funding: { amount: 2e12, currency: 'GBP' } })],
  ['an unknown qualifier', withArea({ funding: { amount: 1, currency: 'GBP', qualifier: 'x' } })],
  ['a wave of 21', withArea({ wave: 21 })],
  ['a date in words', withArea({ joined: '29 February 2012' })],
  ['a thirteenth month', withArea({ completed: '2026-13' })],
  ['an unknown status', withArea({ status: 'paused' })],
  ['an image without alt text', withArea({ image: { src: 'https://x.test/a.png' } })],
  ['a source without a link', withArea({ sources: { name: [{ title: 'No link' }] } })],
  ['a scale of one label', { ...scored, scales: { stage: ['Only'] } }],
  ['a scale given as a number', { ...scored, scales: { stage: 5 } }],
  ['an outcome without a scale', { ...minimal, outcomes: [{ id: 'o', title: 'O' }] }],
  ['a factor without a group', { ...scored, factors: [{ id: 'f', title: 'F', scale: 'stage' }] }],
  [
    'a fractional level',
    { ...scored, assessments: [{ area: 'a', year: 2020, outcomes: { o: 1.5 } }] },
  ],
  ['an assessment in 2150', { ...scored, assessments: [{ area: 'a', year: 2150 }] }],
  ['a fact without a source', { ...minimal, facts: [{ id: 'f', label: 'L', value: 'V' }] }],
];

for (const [name, document] of broken) {
  test(`the schema and the validator both reject ${name}`, () => {
    assert.equal(matchesSchema(copy(document)), false, 'the schema accepts it');
    const { problems } = validateDataset(copy(document));
    assert.notDeepEqual(problems, [], 'the validator finds nothing');
    // Outside a browser too, each problem has a code the catalogue words, and says it so.
    for (const problem of problems) {
      assert.ok(Object.hasOwn(strings.problems, problem.code), problem.code);
      assert.equal(problem.message, problemText(problem));
    }
  });
}

/**
 * What a JSON Schema cannot say: an id naming an item of another list, ids told apart, a level
 * within its item's scale. The validator alone checks these, and the schema's silence is known.
 */
const crossReferences: [string, unknown, string][] = [
  [
    'a factor in an undeclared group',
    { ...scored, factors: [{ id: 'f', group: 'other', title: 'F', scale: 'stage' }] },
    'unknown-group',
  ],
  ['a setting the dataset does not list', withArea({ setting: 'lunar' }), 'unknown-setting'],
  [
    'an area repeating an id',
    { ...minimal, areas: [minimal.areas[0], minimal.areas[0]] },
    'repeated-id',
  ],
  [
    'an assessment of an unknown area',
    { ...scored, assessments: [{ area: 'x', year: 2020 }] },
    'unknown-area',
  ],
  [
    'a level above its scale',
    { ...scored, assessments: [{ area: 'a', year: 2020, outcomes: { o: 2 } }] },
    'level-outside',
  ],
];

for (const [name, document, code] of crossReferences) {
  test(`the validator alone flags ${name} (${code})`, () => {
    assert.equal(matchesSchema(copy(document)), true);
    const codes = validateDataset(copy(document)).problems.map((problem) => problem.code);
    assert.deepEqual(codes, [code]);
  });
}

test('the embedded default is valid as built: the validator returns it unchanged', () => {
  // Pages showing the default trust it without the validator (src/data/default-dataset.ts),
  // in each combination a widget loads: the programme part alone (a card), with the factors (the
  // matrix), or with the factors and the story (a widget that tells the story).
  const programme = read('../../src/data/default/big-local.json');
  const framework = read('../../src/data/default/big-local-framework.json');
  const story = read('../../src/data/default/big-local-story.json');
  const documents = {
    'the programme part': programme,
    'with the factors': { ...programme, ...framework },
    'all three parts': { ...programme, ...framework, ...story },
    'big-local-150.json': read('../../src/data/default/big-local-150.json'),
  };
  for (const [name, document] of Object.entries(documents)) {
    const { dataset, problems } = validateDataset(copy(document));
    assert.deepEqual(problems, [], name);
    assert.deepEqual(copy(dataset), document, `${name} is not as the validator returns it`);
  }
});

// A document the data layer parsed itself keeps the records that read as they are instead of
// copying them (validateParsed); a value a page handed over is copied. Both must give the same.
const notedAssessments = {
  ...scored,
  assessments: [
    { area: 'a', year: 2019, outcomes: { o: 1 }, notes: { o: '  Kept, once trimmed.  ' } },
    { area: 'a', year: 2020, outcomes: { o: 1, x: 0 }, notes: { o: 'A note', x: 'Unknown id' } },
    { area: 'a', year: 2021, outcomes: { o: 2, p: 1 }, notes: { o: 7, __proto__x: 'ok' } },
    { area: 'a', year: 2022, outcomes: { o: null }, notes: JSON.parse('{"__proto__": "a note"}') },
  ],
};

test('a parsed document and a value handed over validate alike, dropped parts and all', () => {
  const cases: [string, unknown][] = [
    ...Object.entries(documents).map(([name, path]): [string, unknown] => [name, read(path)]),
    ...broken,
    ...crossReferences.map(([name, document]): [string, unknown] => [name, document]),
    ['assessments with notes and levels, some dropped', notedAssessments],
  ];
  for (const [name, document] of cases) {
    const handed = validateDataset(copy(document));
    const parsed = validateParsed(copy(document));
    assert.deepEqual(parsed.problems, handed.problems, name);
    assert.equal(JSON.stringify(parsed.dataset), JSON.stringify(handed.dataset), name);
  }
});

test('records a parsed document leaves out are its own, never shared between assessments', () => {
  const document = { ...scored, assessments: [2019, 2020].map((year) => ({ area: 'a', year })) };
  const [first, second] = validateParsed(copy(document)).dataset!.assessments;
  assert.notEqual(first!.outcomes, second!.outcomes);
  assert.notEqual(first!.notes, second!.notes);
  assert.deepEqual(Object.keys(first!.outcomes), []);
});

test('a parsed document whose ids name members of every object reads no level it lacks', () => {
  // Parsed objects inherit from Object.prototype: with an outcome called `constructor`, a
  // record kept as parsed would read a function there. Such records are copied instead.
  const document = {
    ...scored,
    outcomes: [{ id: 'constructor', title: 'C', scale: 'stage' }, ...scored.outcomes],
    assessments: [{ area: 'a', year: 2020, outcomes: { o: 1 }, notes: { o: 'n' } }],
  };
  const { dataset, problems } = validateParsed(copy(document));
  assert.deepEqual(problems, []);
  const [assessment] = dataset!.assessments;
  assert.equal(assessment!.outcomes.constructor, undefined);
  assert.equal(assessment!.notes.constructor, undefined);
  assert.equal(assessment!.outcomes.o, 1);
});
