import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultLimits, validateDataset } from '../src/data/validate.js';
import type { Dataset } from '../src/data/types.js';
import { captureWarnings } from './support/helpers.js';
import { renderEveryWidget, stateOf, watchPage } from './support/page-health.js';
import { cardDataset } from './fixtures/card-dataset.js';

/** What every dataset the validator returns guarantees to widgets, whatever came in. */
function assertInvariants(dataset: Dataset): void {
  const unique = (ids: string[], what: string) =>
    expect(new Set(ids).size, `${what} ids are unique`).to.equal(ids.length);
  unique(
    dataset.areas.map((area) => area.id),
    'area',
  );
  unique(
    dataset.outcomes.map((outcome) => outcome.id),
    'outcome',
  );
  unique(
    dataset.factors.map((factor) => factor.id),
    'factor',
  );
  const areas = new Set(dataset.areas.map((area) => area.id));
  const items = new Map([...dataset.outcomes, ...dataset.factors].map((item) => [item.id, item]));
  for (const item of items.values()) {
    if (item.scale) expect(Object.hasOwn(dataset.scales, item.scale)).to.equal(true);
  }
  for (const area of dataset.areas) {
    expect(area.name).to.be.a('string');
    if (area.website) expect(new URL(area.website).protocol).to.match(/^https?:$/);
    if (area.population !== undefined)
      expect(Number.isFinite(area.population) && area.population >= 0).to.equal(true);
    for (const list of Object.values(area.sources ?? {})) {
      for (const source of list) expect(new URL(source.url).protocol).to.match(/^https?:$/);
    }
  }
  for (const assessment of dataset.assessments) {
    expect(areas.has(assessment.area)).to.equal(true);
    expect(Number.isInteger(assessment.year)).to.equal(true);
    for (const levels of [assessment.outcomes, assessment.factors]) {
      for (const [id, level] of Object.entries(levels)) {
        const item = items.get(id);
        expect(item, `assessed item ${id} exists`).to.not.equal(undefined);
        if (level === null) continue;
        const scale = dataset.scales[item!.scale!]!;
        expect(Number.isInteger(level) && level >= 0 && level < scale.length).to.equal(true);
      }
    }
  }
}

function checkValidator(input: unknown): void {
  const { dataset, problems } = validateDataset(input);
  expect(problems.length).to.be.at.most(defaultLimits.maxProblems + 1);
  for (const problem of problems) {
    expect(problem.path).to.match(/^\$/);
    expect(problem.message).to.be.a('string').and.not.equal('');
  }
  if (dataset) assertInvariants(dataset);
}

/** Values a spreadsheet export or a hand-written file can hold, and a few hostile ones. */
const awkward = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, -0, 1.5, 1e308, '', ' ', '__proto__'),
  fc.string({ maxLength: 2000 }),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '<img src=x onerror=alert(1)>'),
);

/** A change to one place of a valid document: replace, delete, or add an odd key. */
const mutation = fc.record({
  path: fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 5 }),
  kind: fc.constantFrom('replace', 'delete', 'add-key'),
  value: awkward,
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'x'),
});

type Mutation = { path: number[]; kind: string; value: unknown; key: string };

/** Applies a mutation to a copy of `base`, walking the path by index into keys and items. */
function mutate(base: unknown, { path, kind, value, key }: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  let node: unknown = copy;
  for (let depth = 0; depth < path.length; depth++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const slot = keys[path[depth]! % keys.length]!;
    const record = node as Record<string, unknown>;
    const child = record[slot];
    const last = depth === path.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      if (kind === 'delete') delete record[slot];
      else if (kind === 'add-key')
        Object.defineProperty(record, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      else record[slot] = value;
      break;
    }
    node = child;
  }
  return copy;
}

describe('property: the validator never throws and keeps its promises', () => {
  it('for arbitrary JSON values', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
        runs += 1;
        checkValidator(input);
      }),
      { numRuns: 1000 },
    );
    console.log(`arbitrary JSON: ${runs} generated cases`);
  });

  it('for arbitrary JavaScript values set through the data property', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 4, withMap: true, withSet: true, withBigInt: true }),
        (input) => {
          runs += 1;
          checkValidator(input);
        },
      ),
      { numRuns: 500 },
    );
    console.log(`arbitrary values: ${runs} generated cases`);
  });

  it('for mutations of a valid dataset', () => {
    let runs = 0;
    const base = cardDataset();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        runs += 1;
        checkValidator(mutations.reduce<unknown>((data, change) => mutate(data, change), base));
      }),
      { numRuns: 1500 },
    );
    console.log(`mutated datasets: ${runs} generated cases`);
  });
});

describe('property: every widget renders whatever the validator keeps', () => {
  it('for mutations of a valid dataset, with no uncaught error', async () => {
    let runs = 0;
    const base = cardDataset();
    const warnings = captureWarnings();
    const watch = watchPage();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          runs += 1;
          const data = mutations.reduce<unknown>(
            (current, change) => mutate(current, change),
            base,
          );
          const { programme, widgets } = await renderEveryWidget(data);
          try {
            for (const widget of widgets)
              expect(stateOf(widget), widget.localName).to.not.equal('empty');
            expect(watch.errors).to.deep.equal([]);
          } finally {
            programme.remove();
          }
        }),
        { numRuns: 150 },
      );
    } finally {
      warnings.restore();
      watch.stop();
    }
    console.log(`widgets on mutated datasets: ${runs} generated cases`);
  });
});
