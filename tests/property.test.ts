import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultLimits, validateDataset } from '../src/data/validate.js';
import type { Dataset } from '../src/data/types.js';
import { captureWarnings } from './support/helpers.js';
import { dataDrivenWidgets, defineWidgets } from './support/page-health.js';
import { assertRenders } from './support/guarantees.js';
import { mutate, mutation } from './support/mutations.js';
import { cardDataset } from './fixtures/card-dataset.js';

/**
 * Each property runs up to its number of cases, but stops generating new ones after a few
 * seconds, so a busy machine runs fewer cases rather than hitting the test timeout; any failing
 * case found still fails the test (fast-check then shrinks it and reports the smallest one).
 */
const budget = { plugins: [fc.interruptAfterTimeLimit(4000)] };

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
      expect(Number.isFinite(area.population.value) && area.population.value >= 0).to.equal(true);
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
        expect(Number.isInteger(level) && level >= 0 && level < scale.labels.length).to.equal(true);
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

describe('property: the validator never throws and keeps its promises', () => {
  it('for arbitrary JSON values', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (input) => {
        runs += 1;
        checkValidator(input);
      }),
      { numRuns: 1000, ...budget },
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
      { numRuns: 500, ...budget },
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
      { numRuns: 1500, ...budget },
    );
    console.log(`mutated datasets: ${runs} generated cases`);
  });
});

describe('property: every widget renders whatever the validator keeps', () => {
  before(() => defineWidgets());

  for (const widget of dataDrivenWidgets()) {
    it(`<${widget.tag}>, for mutations of a valid dataset, with no uncaught error`, async () => {
      let runs = 0;
      const base = cardDataset();
      const warnings = captureWarnings();
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(mutation, { minLength: 1, maxLength: 3 }),
            async (mutations) => {
              runs += 1;
              const data = mutations.reduce<unknown>(
                (current, change) => mutate(current, change),
                base,
              );
              await assertRenders(data, [widget]);
            },
          ),
          { numRuns: 150, ...budget },
        );
      } finally {
        warnings.restore();
      }
      console.log(`<${widget.tag}> on mutated datasets: ${runs} generated cases`);
    });
  }
});
