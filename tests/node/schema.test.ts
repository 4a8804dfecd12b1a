/// <reference types="node" />
// The shipped JSON Schema and the validator describe one contract: every committed document
// passes both, and documents the validator rejects are rejected by the schema too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateDataset } from '../../src/data/validate.js';
import { problemText, strings } from '../../src/strings.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../src/data/schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const matchesSchema = ajv.compile(schema);

const documents = {
  'the embedded default': '../../src/data/default/big-local.json',
  'all 150 areas': '../../src/data/default/big-local-150.json',
  'the illustrative dataset': '../../src/data/illustrative.json',
};

for (const [name, path] of Object.entries(documents)) {
  test(`${name} matches the JSON Schema and validates with no problems`, () => {
    const document = read(path);
    assert.equal(matchesSchema(document), true, JSON.stringify(matchesSchema.errors?.slice(0, 3)));
    assert.deepEqual(validateDataset(document).problems, []);
  });
}

const minimal = {
  schema: 1,
  programme: { id: 'p', name: 'P' },
  outcomes: [],
  factors: [],
  areas: [{ id: 'a', name: 'A' }],
};

test('the schema accepts the smallest valid document', () => {
  assert.equal(matchesSchema(minimal), true);
});

const broken: [string, unknown][] = [
  ['a missing areas list', { ...minimal, areas: undefined }],
  ['an area without a name', { ...minimal, areas: [{ id: 'a' }] }],
  ['an unknown setting', { ...minimal, areas: [{ id: 'a', name: 'A', setting: 'lunar' }] }],
  [
    'a javascript: website',
    { ...minimal, areas: [{ id: 'a', name: 'A', website: 'javascript:x' }] },
  ],
  ['a negative population', { ...minimal, areas: [{ id: 'a', name: 'A', population: -1 }] }],
  [
    'a fractional level',
    { ...minimal, assessments: [{ area: 'a', year: 2020, outcomes: { o: 1.5 } }] },
  ],
  ['a factor without a group', { ...minimal, factors: [{ id: 'f', title: 'F' }] }],
];

for (const [name, document] of broken) {
  test(`the schema and the validator both reject ${name}`, () => {
    assert.equal(matchesSchema(JSON.parse(JSON.stringify(document))), false);
    const { problems } = validateDataset(JSON.parse(JSON.stringify(document)));
    assert.notDeepEqual(problems, []);
    // Outside a browser too, each problem has a code the catalogue words, and says it so.
    for (const problem of problems) {
      assert.ok(Object.hasOwn(strings.problems, problem.code), problem.code);
      assert.equal(problem.message, problemText(problem));
    }
  });
}
