/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import {
  ILLUSTRATIVE_EDGE_CASES,
  generateIllustrativeDataset,
  type IllustrativeFramework,
} from '../../scripts/illustrative.js';
import type { Dataset } from '../../src/data/types.js';

const defaultDir = new URL('../../src/data/default/', import.meta.url);
const frameworkUrl = new URL('big-local-150.json', defaultDir);
const committedUrl = new URL('../../src/data/illustrative.json', import.meta.url);

/** A framework of the programme's shape, kept here so these tests stand on their own. */
const framework: IllustrativeFramework = {
  scales: {
    progress: ['Not started', 'Emerging', 'Developing', 'Established', 'Embedded'],
    strength: ['Limited', 'Emerging', 'Moderate', 'Strong'],
  },
  outcomes: ['identify-needs', 'skills-confidence', 'make-a-difference', 'better-place'].map(
    (id) => ({ id, title: id, scale: 'progress' }),
  ),
  factors: [
    ...[
      'demographics',
      'community-activity',
      'community-leadership',
      'relationships',
      'collective-identity',
      'community-spaces',
      'skills-capabilities',
    ].map((id) => ({ id, group: 'condition' as const, title: id, scale: 'strength' })),
    ...['governance', 'strategic', 'support', 'conflict'].map((id) => ({
      id,
      group: 'way-of-working' as const,
      title: id,
      scale: 'strength',
    })),
  ],
};

/** Every level is null or an integer index into its item's scale; every assessment is whole. */
function assertLevelsValid(dataset: Dataset): void {
  const areaIds = new Set(dataset.areas.map((area) => area.id));
  const check = (
    items: readonly { id: string; scale?: string }[],
    levels: Record<string, unknown>,
    where: string,
  ) => {
    const scored = items.filter(
      (item) => (dataset.scales[item.scale ?? '']?.labels.length ?? 0) > 0,
    );
    const keys = Object.keys(levels).join(' ');
    const expected = scored.map((item) => item.id).join(' ');
    if (keys !== expected) assert.fail(`${where} has keys ${keys}, expected ${expected}`);
    for (const item of scored) {
      const level = levels[item.id];
      const size = dataset.scales[item.scale ?? '']?.labels.length ?? 0;
      if (level === null) continue;
      if (!(Number.isInteger(level) && (level as number) >= 0 && (level as number) < size)) {
        assert.fail(`${where}.${item.id} = ${String(level)} is not in a scale of ${size}`);
      }
    }
  };
  for (const [index, assessment] of dataset.assessments.entries()) {
    const where = `assessments[${index}]`;
    assert.ok(areaIds.has(assessment.area), `${where} names an unknown area ${assessment.area}`);
    check(dataset.outcomes, assessment.outcomes, `${where}.outcomes`);
    check(dataset.factors, assessment.factors, `${where}.factors`);
    for (const [id, text] of Object.entries(assessment.notes)) {
      assert.ok(id in assessment.outcomes || id in assessment.factors, `${where}.notes.${id}`);
      assert.match(text, /^Illustrative note: /);
    }
  }
}

test('the same seed gives the same dataset, another seed a different one', () => {
  const a = generateIllustrativeDataset(framework, { seed: 7 });
  const b = generateIllustrativeDataset(framework, { seed: 7 });
  assert.deepEqual(a, b);
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  const c = generateIllustrativeDataset(framework, { seed: 8 });
  assert.notDeepEqual(a.areas, c.areas);
  assert.notDeepEqual(a.assessments, c.assessments);
});

test('defaults: 24 fictional areas with unique ids and names, clearly illustrative', () => {
  const dataset = generateIllustrativeDataset(framework);
  assert.equal(dataset.schema, 2);
  assert.equal(dataset.programme.illustrative, true);
  assert.equal(dataset.programme.id, 'illustrative');
  assert.equal(dataset.areas.length, 24);
  assert.equal(new Set(dataset.areas.map((area) => area.id)).size, 24);
  assert.equal(new Set(dataset.areas.map((area) => area.name)).size, 24);
  assert.deepEqual(dataset.outcomes, framework.outcomes);
  assert.deepEqual(dataset.factors, framework.factors);
  // Scales given as bare lists of labels come out in the contract's form.
  assert.deepEqual(dataset.scales, {
    progress: { labels: framework.scales.progress },
    strength: { labels: framework.scales.strength },
  });
  // Big Local's groups and categories when the framework gives none, so every area's setting
  // and every factor's group is declared.
  assert.deepEqual(
    dataset.groups.map((group) => group.id),
    ['condition', 'way-of-working'],
  );
  assert.deepEqual(
    dataset.settings.map((setting) => setting.id),
    ['urban', 'rural', 'coastal'],
  );
  assert.equal(dataset.partnershipTypes.length, 4);
  // No facts or levels of change: those would be about the real programme, not made-up places.
  assert.deepEqual([dataset.facts, dataset.levelsOfChange], [[], []]);

  const ids = dataset.areas.map((area) => area.id);
  assert.deepEqual([...ids].sort(), ids, 'zero-padded ids sort in generation order');
  for (const area of dataset.areas) {
    assert.match(area.id, /^ill-\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(area.website, undefined, `${area.id} has no website`);
    assert.equal(area.sources, undefined, `${area.id} has no sources`);
    assert.match(area.summary ?? '', /^Illustrative: /);
    const population = area.population?.value;
    assert.ok(Number.isInteger(population));
    assert.ok(population! >= 3000 && population! <= 12000, `${area.id} population`);
    assert.equal(area.funding?.currency, 'GBP');
    assert.ok([1_000_000, 1_050_000, 1_100_000, 1_150_000].includes(area.funding!.amount));
    assert.ok(area.priorities!.length >= 2 && area.priorities!.length <= 4);
    assert.ok(['urban', 'rural', 'coastal'].includes(area.setting!));
    assert.ok(['sturdy', 'key-people', 'conflict', 'fragile-maturity'].includes(area.partnership!));
    assert.equal(typeof area.caseStudy, 'boolean');
  }
  assertLevelsValid(dataset);
});

test('the first areas include the deliberate edge cases', () => {
  const dataset = generateIllustrativeDataset(framework);
  const yearsOf = (index: number) =>
    dataset.assessments
      .filter((assessment) => assessment.area === dataset.areas[index]!.id)
      .map((assessment) => assessment.year);
  assert.ok(dataset.areas[ILLUSTRATIVE_EDGE_CASES.longName]!.name.length > 40);
  assert.deepEqual(yearsOf(ILLUSTRATIVE_EDGE_CASES.neverAssessed), []);
  assert.equal(yearsOf(ILLUSTRATIVE_EDGE_CASES.assessedOnce).length, 1);
  const recent = dataset.areas.filter((_, index) => Math.max(...yearsOf(index)) >= 2024);
  assert.ok(recent.length >= 18, `most areas are assessed near the end (${recent.length}/24)`);
});

test('a framework with three outcomes gives three-outcome assessments', () => {
  const three = { ...framework, outcomes: framework.outcomes.slice(0, 3) };
  const dataset = generateIllustrativeDataset(three, { areas: 50 });
  const expected = three.outcomes.map((outcome) => outcome.id);
  assert.ok(dataset.assessments.length > 0);
  for (const assessment of dataset.assessments) {
    assert.deepEqual(Object.keys(assessment.outcomes), expected);
  }
  assertLevelsValid(dataset);
});

test('items without a usable scale are left out of assessments', () => {
  const partial: IllustrativeFramework = {
    scales: { progress: ['Low', 'High'], empty: [] },
    outcomes: [
      { id: 'scored', title: 'Scored', scale: 'progress' },
      { id: 'no-scale', title: 'No scale' },
      { id: 'unknown-scale', title: 'Unknown scale', scale: 'missing' },
      { id: 'empty-scale', title: 'Empty scale', scale: 'empty' },
    ],
    factors: [],
  };
  const dataset = generateIllustrativeDataset(partial, { areas: 30 });
  for (const assessment of dataset.assessments) {
    assert.deepEqual(Object.keys(assessment.outcomes), ['scored']);
    assert.deepEqual(assessment.factors, {});
  }
  assertLevelsValid(dataset);
});

test('a bigger dataset extends a smaller one with the same seed', () => {
  const small = generateIllustrativeDataset(framework, { areas: 24 });
  const big = generateIllustrativeDataset(framework, { areas: 200 });
  assert.deepEqual(big.areas.slice(0, 24), small.areas);
  const smallIds = new Set(small.areas.map((area) => area.id));
  assert.deepEqual(
    big.assessments.filter((assessment) => smallIds.has(assessment.area)),
    small.assessments,
  );
});

test('nonsense options are refused', () => {
  assert.throws(() => generateIllustrativeDataset(framework, { areas: -1 }), RangeError);
  assert.throws(() => generateIllustrativeDataset(framework, { areas: 2.5 }), RangeError);
  assert.throws(() => generateIllustrativeDataset(framework, { seed: Number.NaN }), RangeError);
  assert.throws(
    () => generateIllustrativeDataset(framework, { firstYear: 2020, lastYear: 2019 }),
    RangeError,
  );
  assert.equal(generateIllustrativeDataset(framework, { areas: 0 }).areas.length, 0);
});

test('15,000 areas generate with unique ids and names, and plausible proportions', () => {
  const started = performance.now();
  const dataset = generateIllustrativeDataset(framework, { areas: 15_000 });
  const elapsed = performance.now() - started;
  console.log(
    `15,000 areas and ${dataset.assessments.length} assessments generated in ` +
      `${elapsed.toFixed(0)} ms`,
  );
  assert.equal(dataset.areas.length, 15_000);
  assert.equal(new Set(dataset.areas.map((area) => area.id)).size, 15_000);
  assert.equal(new Set(dataset.areas.map((area) => area.name)).size, 15_000);
  assert.match(dataset.areas[0]!.id, /^ill-00001-/);
  assertLevelsValid(dataset);

  let items = 0;
  let nulls = 0;
  for (const assessment of dataset.assessments) {
    for (const level of [
      ...Object.values(assessment.outcomes),
      ...Object.values(assessment.factors),
    ]) {
      items++;
      if (level === null) nulls++;
    }
  }
  const share = (part: number, whole: number) => part / whole;
  assert.ok(Math.abs(share(nulls, items) - 0.05) < 0.01, 'about 5% not assessed');
  const sturdy = dataset.areas.filter((area) => area.partnership === 'sturdy').length;
  assert.ok(Math.abs(share(sturdy, 15_000) - 1 / 3) < 0.03, 'roughly a third sturdy');
  const cases = dataset.areas.filter((area) => area.caseStudy).length;
  assert.ok(Math.abs(share(cases, 15_000) - 0.25) < 0.02, 'about one in four case studies');
});

test('levels trend upward over the years', () => {
  const dataset = generateIllustrativeDataset(framework, { areas: 2_000 });
  const mean = (year: number) => {
    let sum = 0;
    let n = 0;
    for (const assessment of dataset.assessments) {
      if (assessment.year !== year) continue;
      for (const level of Object.values(assessment.outcomes)) {
        if (level === null) continue;
        sum += level;
        n++;
      }
    }
    return sum / n;
  };
  assert.ok(mean(2025) > mean(2015) + 0.5, `${mean(2015)} -> ${mean(2025)}`);
});

test('no illustrative name or place is the name of a real area in the default data', () => {
  const real = new Set<string>();
  for (const file of readdirSync(defaultDir).filter((name) => name.endsWith('.json'))) {
    const document = JSON.parse(readFileSync(new URL(file, defaultDir), 'utf8')) as {
      areas?: { name?: string; place?: string }[];
    };
    for (const area of document.areas ?? []) {
      for (const name of [area.name, area.place]) if (name) real.add(name.toLowerCase());
    }
  }
  assert.ok(real.size > 0, 'the default data names some real areas');
  const dataset = generateIllustrativeDataset(framework, { areas: 15_000 });
  for (const area of dataset.areas) {
    assert.ok(!real.has(area.name.toLowerCase()), `${area.name} is a real area's name`);
    assert.ok(!real.has(area.place!.toLowerCase()), `${area.place} is a real place's name`);
  }
});

test('the committed src/data/illustrative.json is what the generator makes by default', () => {
  assert.ok(existsSync(frameworkUrl), 'src/data/default/big-local-150.json exists');
  assert.ok(
    existsSync(committedUrl),
    'src/data/illustrative.json exists (npm run generate:illustrative)',
  );
  const committed = JSON.parse(readFileSync(frameworkUrl, 'utf8')) as IllustrativeFramework;
  const generated = generateIllustrativeDataset({
    scales: committed.scales,
    outcomes: committed.outcomes,
    factors: committed.factors,
  });
  const text = readFileSync(committedUrl, 'utf8');
  const hint = 'regenerate it with npm run generate:illustrative';
  assert.deepEqual(JSON.parse(text), generated, hint);
  assert.equal(text, `${JSON.stringify(generated, null, 2)}\n`, hint);
});
