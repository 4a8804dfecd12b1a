/// <reference types="node" />
// The two reference documents (the embedded default and all 150 areas) are built by
// scripts/reference-data.mjs from the shared reference folder. These tests check that the
// committed files are what the generator writes, and that they ship only what a source states.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Area, Dataset, Source } from '../../src/data/types.js';

type FileName =
  'big-local.json' | 'big-local-framework.json' | 'big-local-story.json' | 'big-local-150.json';
interface ReferenceTexts {
  areas150: string;
  areasNamed: string;
  facts: string;
}
interface Generator {
  findReference(dir?: string): string | undefined;
  readReference(dir: string): ReferenceTexts;
  generate(texts: ReferenceTexts): Record<FileName, string>;
  parseCsv(text: string): string[][];
}

const root = new URL('../../', import.meta.url);
const script = new URL('scripts/reference-data.mjs', root);
// A computed specifier: the generator is plain JavaScript without type declarations.
const generator = (await import(script.href)) as Generator;

const committed = (file: FileName) =>
  readFileSync(new URL(`src/data/default/${file}`, root), 'utf8');
// The embedded default is its programme part, its factors and its story, as the build merges them.
const named = {
  ...JSON.parse(committed('big-local.json')),
  ...JSON.parse(committed('big-local-framework.json')),
  ...JSON.parse(committed('big-local-story.json')),
} as Dataset;
const all = JSON.parse(committed('big-local-150.json')) as Dataset;
const documents = { 'big-local.json': named, 'big-local-150.json': all };

// The reference files are committed under reference/, so these tests always run.
const reference = generator.findReference();
assert.ok(reference, 'the reference folder (reference/) is missing');
const needsReference = {};

/** The evaluation reports: cited for what they state, never for what they leave out. */
const evaluationReports = [
  'https://ourbiggerstory.com/report/2020-evaluation-report/',
  'https://ourbiggerstory.com/wp-content/uploads/2025/03/Our-Bigger-Study-What-is-Success.pdf',
];

/**
 * Fields that need no citation: the record's identity, and which of its values are inferred.
 * (`confirmed: false`, which says no page confirms the area, is checked on its own.)
 */
const uncited = new Set(['id', 'name', 'sources', 'inferred']);

const isSource = (source: Source | undefined) =>
  !!source &&
  typeof source.title === 'string' &&
  source.title.trim() !== '' &&
  /^https?:\/\/\S+$/.test(source.url);

test('the generator reproduces the committed documents byte for byte', needsReference, () => {
  const texts = generator.generate(generator.readReference(reference!));
  for (const file of [
    'big-local.json',
    'big-local-framework.json',
    'big-local-story.json',
    'big-local-150.json',
  ] as const) {
    assert.ok(texts[file] === committed(file), `${file} differs from what the generator writes`);
  }
});

test('the command line --check agrees, and --stdout prints the document', needsReference, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [fileURLToPath(script), '--reference', reference!, ...args], {
      encoding: 'utf8',
    });
  const check = run('--check');
  assert.equal(check.status, 0, check.stderr);
  const printed = run('--stdout', 'big-local.json');
  assert.equal(printed.status, 0, printed.stderr);
  assert.ok(printed.stdout === committed('big-local.json'));
});

test('both documents are schema 2 with one framework and no scores', () => {
  for (const [file, dataset] of Object.entries(documents)) {
    assert.equal(dataset.schema, 2, file);
    assert.equal(dataset.programme.illustrative, false, file);
    assert.match(dataset.programme.updated ?? '', /^\d{4}-\d{2}-\d{2}$/, file);
    assert.ok(isSource(dataset.programme.source), `${file}: programme.source`);
    assert.deepEqual(dataset.assessments, [], `${file}: no assessments for real areas`);
    for (const area of dataset.areas) assert.equal(area.population, undefined, area.id);
  }
  for (const key of [
    'scales',
    'outcomes',
    'groups',
    'factors',
    'settings',
    'partnershipTypes',
    'levelsOfChange',
    'facts',
    'quotes',
    'themes',
    'studies',
    'milestones',
    'spend',
  ] as const) {
    assert.deepEqual(all[key], named[key], `the two documents' ${key} are the same`);
  }
  assert.deepEqual(
    named.groups.map((group) => [group.id, group.title]),
    [
      ['condition', 'Conditions'],
      ['way-of-working', 'Ways of working'],
    ],
  );
  const groups = new Set(named.groups.map((group) => group.id));
  for (const factor of named.factors) assert.ok(groups.has(factor.group), factor.id);
  assert.equal(named.factors.filter((factor) => factor.group === 'condition').length, 7);
  assert.equal(named.factors.filter((factor) => factor.group === 'way-of-working').length, 4);
  assert.equal(named.outcomes.length, 4);
  assert.equal(named.areas.length, 29);
  assert.equal(all.areas.length, 150);
  assert.equal(named.areas.filter((area) => area.caseStudy).length, 15);
});

test('every outcome, factor, group, setting and partnership type cites its source', () => {
  for (const item of [...named.outcomes, ...named.factors, ...named.groups]) {
    assert.ok(isSource(item.source), item.id);
    assert.ok(
      evaluationReports.includes(item.source!.url),
      `${item.id} cites an evaluation report`,
    );
  }
  for (const item of [...named.settings, ...named.partnershipTypes, ...named.levelsOfChange]) {
    assert.ok(isSource(item.source), item.id);
  }
  for (const fact of named.facts) assert.ok(isSource(fact.source), fact.id);
});

test('the scales have labels and a note saying they are a product convention', () => {
  for (const [id, scale] of Object.entries(named.scales)) {
    assert.ok(scale.labels.length > 1, id);
    assert.match(scale.note ?? '', /product convention/i, id);
  }
});

test('every id in the 29-area document has the same record in the 150-area document', () => {
  const byId = new Map(all.areas.map((area) => [area.id, area]));
  for (const area of named.areas) {
    const same = byId.get(area.id);
    assert.ok(same, `${area.id} is in the 150-area document`);
    assert.equal(same.name, area.name, `${area.id}: name`);
    assert.equal(same.place, area.place, `${area.id}: place`);
    assert.equal(same.region, area.region, `${area.id}: region`);
    assert.equal(same.localAuthority, area.localAuthority, `${area.id}: localAuthority`);
    assert.deepEqual(same, area, `${area.id}: the whole record`);
  }
  assert.equal(new Set(all.areas.map((area) => area.id)).size, all.areas.length, 'ids are unique');
});

test('every area field with a value has a source, or says that none confirms the area', () => {
  for (const area of all.areas) {
    for (const [field, value] of Object.entries(area)) {
      if (uncited.has(field) || value === undefined) continue;
      if (field === 'confirmed') {
        assert.equal(value, false, `${area.id}: confirmed is only ever written as false`);
        continue;
      }
      const sources = area.sources?.[field] ?? [];
      assert.ok(sources.length > 0, `${area.id}.${field} has no source`);
      for (const source of sources) assert.ok(isSource(source), `${area.id}.${field}`);
    }
    for (const field of Object.keys(area.sources ?? {})) {
      assert.ok(field in area, `${area.id} cites ${field}, which it does not have`);
    }
  }
});

test('an area no source confirms carries nothing but its name', () => {
  const unconfirmed = all.areas.filter((area) => area.confirmed === false);
  assert.equal(unconfirmed.length, 10);
  for (const area of unconfirmed) {
    assert.deepEqual(Object.keys(area).sort(), ['confirmed', 'id', 'name'], area.id);
  }
});

test('no area cites the evaluation for not being a case study', () => {
  for (const area of all.areas) {
    if (area.caseStudy === true) continue;
    assert.equal(area.caseStudy, undefined, `${area.id}: "not a case study" is not written`);
    assert.equal(area.sources?.caseStudy, undefined, `${area.id}: sources.caseStudy`);
  }
});

test('every money has an explicit currency and a known qualifier', () => {
  const money = all.areas.filter((area): area is Area & Required<Pick<Area, 'funding'>> =>
    Boolean(area.funding),
  );
  assert.ok(money.length > 0);
  for (const { id, funding } of money) {
    assert.equal(typeof funding.amount, 'number', id);
    assert.match(funding.currency, /^[A-Z]{3}$/, id);
    if (funding.qualifier !== undefined) {
      assert.ok(['at-least', 'about', 'up-to', 'over'].includes(funding.qualifier), id);
    }
  }
  const qualifier = (id: string) => all.areas.find((area) => area.id === id)?.funding?.qualifier;
  assert.equal(qualifier('birchfield'), 'at-least', '"at least £1 million"');
  assert.equal(qualifier('bountagu'), 'over', '"over £1m"');
  assert.equal(qualifier('barrowcliff'), undefined, '"£1m"');
});

/** Every text a reader sees that is not a title: facts, notes, descriptions, summaries. */
function texts(dataset: Dataset): { where: string; text: string; sources: Source[] }[] {
  const out: { where: string; text: string; sources: Source[] }[] = [];
  const add = (where: string, text: string | undefined, sources: (Source | undefined)[]) => {
    if (text) out.push({ where, text, sources: sources.filter(isSource) as Source[] });
  };
  add('programme.description', dataset.programme.description, [dataset.programme.source]);
  for (const [id, scale] of Object.entries(dataset.scales)) add(`scales.${id}`, scale.note, []);
  for (const fact of dataset.facts) {
    for (const key of ['label', 'value', 'note'] as const) {
      add(`facts.${fact.id}.${key}`, fact[key], [fact.source]);
    }
  }
  for (const item of [
    ...dataset.outcomes,
    ...dataset.groups,
    ...dataset.factors,
    ...dataset.settings,
    ...dataset.partnershipTypes,
    ...dataset.levelsOfChange,
  ]) {
    add(`${item.id}.description`, item.description, [item.source]);
  }
  for (const area of dataset.areas) {
    add(`${area.id}.summary`, area.summary, area.sources?.summary ?? []);
  }
  return out;
}

/**
 * The per-area figures later Local Trust wording gives, and the only pages cited here that state
 * them (each is the page `big-local-facts.md` gives for that figure).
 */
const laterFigures: { pattern: RegExp; statedBy: string }[] = [
  {
    pattern: /£\s?1\.15\s?m(illion)?\b/i,
    statedBy: 'https://www.localgov.co.uk/First-Big-Local-area-distributes-1.15m-grant/54441',
  },
  {
    pattern: /£\s?1\.1\s?m(illion)?\b/i,
    statedBy:
      'https://localtrust.org.uk/news-and-stories/news/local-trust-releases-further-funds-to-big-local-areas/',
  },
];

test('no fact or note gives £1.1m or £1.15m unless its own source states it', () => {
  for (const dataset of [named, all]) {
    for (const { where, text, sources } of texts(dataset)) {
      for (const { pattern, statedBy } of laterFigures) {
        if (!pattern.test(text)) continue;
        assert.ok(
          sources.some((source) => source.url === statedBy),
          `${where} gives ${text.match(pattern)![0]} without citing the page that states it`,
        );
      }
    }
  }
  const perArea = named.facts.find((fact) => fact.id === 'funding-per-area')!;
  for (const { pattern } of laterFigures) assert.doesNotMatch(perArea.note ?? '', pattern);
});

test(
  'the pages cited for £1.1m and £1.15m are the ones the reference gives',
  needsReference,
  () => {
    const lines = generator.readReference(reference!).facts.split('\n');
    for (const { pattern, statedBy } of laterFigures) {
      assert.ok(
        lines.some((line) => line.includes(statedBy) && pattern.test(line)),
        `big-local-facts.md gives ${statedBy} for ${pattern}`,
      );
    }
  },
);

test('nothing mentions "community conferences", which no source states', () => {
  for (const dataset of [named, all]) {
    for (const { where, text } of texts(dataset)) {
      assert.doesNotMatch(text, /community conferences?/i, where);
    }
  }
});

test('"over 4,300" is counted as volunteers, as its source words it', () => {
  const fact = named.facts.find((item) => item.value === 'over 4,300');
  assert.ok(fact);
  assert.match(fact.label, /volunteers/i);
  assert.doesNotMatch(fact.label, /partnership members|served on/i);
});

test('every fact cites a page of the reference that states its value', needsReference, () => {
  const text = generator.readReference(reference!).facts;
  for (const fact of named.facts) {
    assert.ok(text.includes(fact.source.url), `${fact.id}: ${fact.source.url}`);
    assert.ok(text.toLowerCase().includes(fact.value.toLowerCase()), `${fact.id}: ${fact.value}`);
  }
});

test('what the 150-area list tags [INFERRED] is not shipped on its word', needsReference, () => {
  const texts = generator.readReference(reference!);
  const [header, ...rows] = generator.parseCsv(texts.areas150);
  const column = (name: string) => header!.indexOf(name);
  const [namedHeader, ...namedRows] = generator.parseCsv(texts.areasNamed);
  // Pages big-local-areas.csv gives for an area: a value it states may stand on them.
  const namedPages = new Set(
    namedRows.flatMap((row) =>
      (row[namedHeader!.indexOf('sources')] ?? '').split(';').map((url) => url.trim()),
    ),
  );
  const tags: [keyof Area, string][] = [
    ['localAuthority', 'local_authority'],
    ['region', 'region'],
    ['wave', 'wave/date'],
    ['joined', 'wave/date'],
  ];
  assert.equal(rows.length, all.areas.length);
  rows.forEach((row, index) => {
    const area = all.areas[index]!;
    const notes = row[column('notes')] ?? '';
    for (const [field, tag] of tags) {
      if (!notes.includes(`[INFERRED] ${tag}`) || area[field] === undefined) continue;
      // An inferred region is shipped, labelled so; nothing else inferred is.
      if (area.inferred?.includes(field as 'region')) {
        assert.equal(field, 'region', `${area.id}.${field} is marked inferred`);
        continue;
      }
      const sources = area.sources?.[field] ?? [];
      assert.ok(
        sources.some((source) => namedPages.has(source.url)),
        `${area.id}.${field} is inferred in the 150-area list and no named-area page states it`,
      );
    }
  });
});

/** Text compared as a reader would: curly and straight quotes alike, dashes alike, spacing. */
const comparable = (text: string) =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();

test('every quote of the story is word for word in a reference document', () => {
  const folder = new URL('reference/', root);
  const seeds = new URL('reference/seeds/', root);
  const texts = [
    ...readdirSync(folder)
      .filter((file) => /\.(md|csv)$/.test(file))
      .map((file) => readFileSync(new URL(file, folder), 'utf8')),
    ...readdirSync(seeds).map((file) => readFileSync(new URL(file, seeds), 'utf8')),
  ].map(comparable);
  assert.ok(named.quotes.length >= 5, 'the story quotes the evaluation');
  for (const quote of named.quotes) {
    assert.ok(isSource(quote.source), `${quote.id} cites its source`);
    assert.ok(
      texts.some((text) => text.includes(comparable(quote.text))),
      `quote ${quote.id} is not in the reference documents`,
    );
  }
});

test('every theme, study, measure, milestone and spend heading cites its source', () => {
  for (const theme of named.themes) {
    for (const figure of theme.figures) assert.ok(isSource(figure.source), figure.id);
    if (theme.figures.length) assert.ok(isSource(theme.source), theme.id);
  }
  for (const study of named.studies) {
    assert.ok(isSource(study.source), study.id);
    for (const measure of study.measures) {
      assert.ok(isSource(measure.source ?? study.source), `${study.id}.${measure.id}`);
      assert.notEqual(measure.programme, measure.comparison, `${measure.id} compares two figures`);
    }
  }
  for (const milestone of named.milestones) assert.ok(isSource(milestone.source), milestone.id);
  const { spend } = named;
  assert.ok(spend?.total && isSource(spend.total.source), 'the spend total');
  for (const heading of spend.headings) assert.ok(isSource(heading.source), heading.id);
  for (const input of Object.values(spend.perResident ?? {})) {
    assert.ok(isSource(input.source), input.id);
  }
});
