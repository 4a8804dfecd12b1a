import { expect } from '@open-wc/testing';
import { readSheets } from '../src/data/sheets/index.js';
import { validateDataset } from '../src/data/validate.js';
import { loadEmbeddedDataset } from '../src/data/default-dataset.js';
import { riverDataset } from './fixtures/datasets.js';
import { problemText, setLocale, strings } from '../src/strings/index.js';
import type { Problem } from '../src/data/types.js';
import { chromiumOnlyHeap, heapAfterGc, heapMeasurable } from './support/guarantees.js';

const paths = (input: unknown) => validateDataset(input).problems.map((problem) => problem.path);
const problemAt = (input: unknown, path: string) =>
  validateDataset(input).problems.find((problem) => problem.path === path);
const messageAt = (input: unknown, path: string) => problemAt(input, path)?.message ?? '';

describe('validateDataset', () => {
  it('keeps a valid dataset whole and reports no problems', () => {
    const { dataset, problems } = validateDataset(riverDataset());
    expect(problems).to.deep.equal([]);
    expect(dataset?.outcomes.map((outcome) => outcome.id)).to.deep.equal([
      'clean-water',
      'boat-club',
      'flood-plan',
    ]);
    expect(dataset?.areas).to.have.length(3);
    expect(dataset?.assessments).to.have.length(3);
    expect(dataset?.assessments[0]?.outcomes['flood-plan']).to.equal(null);
    expect(dataset?.programme.illustrative).to.equal(true);
  });

  it('accepts the smallest document the contract allows and fills the optional collections', () => {
    const { dataset, problems } = validateDataset({
      schema: 1,
      programme: { id: 'p', name: 'P' },
      outcomes: [],
      factors: [],
      areas: [{ id: 'a', name: 'A' }],
    });
    expect(problems).to.deep.equal([]);
    expect(dataset?.assessments).to.deep.equal([]);
    expect(dataset?.facts).to.deep.equal([]);
    expect(dataset?.programme.illustrative).to.equal(false);
  });

  it('reads the embedded default with no problems, no scores and a source on every fact', async () => {
    const result = await loadEmbeddedDataset();
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset.assessments).to.deep.equal([]);
    expect(result.dataset.outcomes).to.have.length(4);
    expect(result.dataset.factors.filter((f) => f.group === 'condition')).to.have.length(7);
    expect(result.dataset.factors.filter((f) => f.group === 'way-of-working')).to.have.length(4);
    expect(result.dataset.areas.filter((area) => area.caseStudy)).to.have.length(15);
    for (const area of result.dataset.areas) expect(area.population).to.equal(undefined);
    for (const fact of result.dataset.facts) expect(fact.source.url).to.match(/^https?:\/\//);
  });

  it('returns no dataset, and says why, when the root is not an object', () => {
    for (const input of [null, 42, 'text', [1, 2], undefined]) {
      const { dataset, problems } = validateDataset(input);
      expect(dataset).to.equal(null);
      expect(problems[0]?.path).to.equal('$');
      expect(problems[0]?.message).to.match(/should be a dataset object/);
    }
  });

  it('drops an assessment that names an unknown area', () => {
    const input = riverDataset();
    input.assessments.push({ area: 'atlantis', year: 2020, outcomes: { 'clean-water': 1 } });
    const { dataset } = validateDataset(input);
    expect(problemAt(input, '$.assessments[3].area')).to.deep.equal({
      path: '$.assessments[3].area',
      code: 'unknown-area',
      params: { id: 'atlantis' },
      message: 'names the unknown area "atlantis"',
    });
    expect(dataset?.assessments).to.have.length(3);
  });

  it('drops a level outside its scale and keeps the rest of the assessment', () => {
    const input = riverDataset();
    (input.assessments[1]!.outcomes as Record<string, number>)['clean-water'] = 7;
    const { dataset } = validateDataset(input);
    expect(messageAt(input, '$.assessments[1].outcomes.clean-water')).to.equal(
      'level 7 is outside the scale "stage" (0 to 2)',
    );
    expect(dataset?.assessments[1]?.outcomes).to.not.have.property('clean-water');
    expect(dataset?.assessments[1]?.outcomes['boat-club']).to.equal(1);
  });

  it('rejects negative, fractional and non-number levels', () => {
    const input = riverDataset();
    Object.assign(input.assessments[1]!.outcomes, {
      'clean-water': -1,
      'boat-club': 1.5,
      'flood-plan': '2',
    });
    expect(paths(input)).to.include.members([
      '$.assessments[1].outcomes.clean-water',
      '$.assessments[1].outcomes.boat-club',
      '$.assessments[1].outcomes.flood-plan',
    ]);
  });

  it('keeps the first of two items with the same id', () => {
    const input = riverDataset();
    input.areas.push({ id: 'weir-end', name: 'Second Weir End' } as (typeof input.areas)[number]);
    const { dataset } = validateDataset(input);
    expect(messageAt(input, '$.areas[3].id')).to.equal(
      'repeats the id "weir-end"; only the first is used',
    );
    expect(dataset?.areas.find((area) => area.id === 'weir-end')?.name).to.equal('Weir End');
  });

  it('keeps the first of two assessments of one area in one year', () => {
    const input = riverDataset();
    input.assessments.push({ area: 'lock-side', year: 2020, outcomes: { 'clean-water': 2 } });
    expect(messageAt(input, '$.assessments[3]')).to.match(
      /repeats the assessment of "lock-side" in 2020/,
    );
    expect(validateDataset(input).dataset?.assessments).to.have.length(3);
  });

  it('names wrong types and drops only the field', () => {
    const input = riverDataset() as unknown as { areas: Record<string, unknown>[] };
    Object.assign(input.areas[0]!, { population: 'lots', setting: 'lunar', caseStudy: 'yes' });
    const { dataset } = validateDataset(input);
    expect(messageAt(input, '$.areas[0].population')).to.equal('should be a number, not a string');
    expect(messageAt(input, '$.areas[0].setting')).to.equal(
      'names the setting "lunar", which the dataset\'s settings do not list',
    );
    expect(messageAt(input, '$.areas[0].caseStudy')).to.equal(
      'should be true or false, not a string',
    );
    expect(dataset?.areas[0]?.name).to.equal('Weir End');
    expect(dataset?.areas[0]).to.not.have.property('population');
  });

  it('drops an area without a name and says which', () => {
    const input = riverDataset() as unknown as { areas: Record<string, unknown>[] };
    delete input.areas[1]!.name;
    const { dataset } = validateDataset(input);
    expect(messageAt(input, '$.areas[1].name')).to.equal('is missing');
    expect(dataset?.areas.map((area) => area.id)).to.deep.equal(['weir-end', 'no-data']);
  });

  it('returns no dataset when the required collections are missing, naming each', () => {
    const { dataset, problems } = validateDataset({ schema: 1, programme: { id: 'p', name: 'P' } });
    expect(problems.map((p) => p.path)).to.deep.equal(['$.outcomes', '$.factors', '$.areas']);
    expect(dataset).to.equal(null);
  });

  it('rejects non-finite and negative numbers passed as values', () => {
    const input = riverDataset() as unknown as { areas: Record<string, unknown>[] };
    Object.assign(input.areas[0]!, {
      population: Number.NaN,
      funding: { amount: -5, currency: 'GBP' },
    });
    Object.assign(input.areas[1]!, { population: Number.POSITIVE_INFINITY });
    expect(messageAt(input, '$.areas[0].population')).to.equal('should be a number, not NaN');
    expect(messageAt(input, '$.areas[0].funding.amount')).to.equal('should not be negative');
    expect(messageAt(input, '$.areas[1].population')).to.equal('should be a number, not Infinity');
  });

  it('keeps only http and https links', () => {
    const input = riverDataset() as unknown as { areas: Record<string, unknown>[] };
    Object.assign(input.areas[0]!, { website: 'javascript:alert(1)' });
    Object.assign(input.areas[1]!, { website: 'https://lock-side.example/' });
    const { dataset } = validateDataset(input);
    expect(messageAt(input, '$.areas[0].website')).to.equal(
      'is not an http or https link and was dropped',
    );
    expect(dataset?.areas[0]).to.not.have.property('website');
    expect(dataset?.areas[1]?.website).to.equal('https://lock-side.example/');
  });

  it('ignores unknown fields and cannot be used to pollute prototypes', () => {
    const input = JSON.parse(
      '{"schema":1,"programme":{"id":"p","name":"P","extra":1},"outcomes":[],"factors":[],' +
        '"areas":[{"id":"a","name":"A","__proto__":{"polluted":true},"colour":"red"}],' +
        '"scales":{"__proto__":["x","y"]}}',
    );
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset?.areas[0]).to.deep.equal({ id: 'a', name: 'A' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('polluted');
  });

  it('gives records that inherit nothing, so an id such as "constructor" is only an id', () => {
    const { dataset } = validateDataset(riverDataset());
    const assessment = dataset?.assessments[1];
    for (const record of [assessment?.outcomes, assessment?.factors, assessment?.notes]) {
      expect(record).to.not.equal(undefined);
      expect('constructor' in record!).to.equal(false);
      expect('toString' in record!).to.equal(false);
    }
    expect('hasOwnProperty' in dataset!.scales).to.equal(false);
  });

  it('reads an unknown schema version as version 1 and says so', () => {
    const input = { ...riverDataset(), schema: 3 };
    expect(messageAt(input, '$.schema')).to.equal('version 3 is not known; read as version 1');
    expect(validateDataset(input).dataset?.outcomes).to.have.length(3);
  });

  it('caps the number of areas at a configurable limit and says how many were dropped', () => {
    const areas = Array.from({ length: 50 }, (_, index) => ({
      id: `a${index}`,
      name: `Area ${index}`,
    }));
    const input = { ...riverDataset(), areas, assessments: [] };
    const { dataset, problems } = validateDataset(input, { maxAreas: 20 });
    expect(dataset?.areas).to.have.length(20);
    expect(problems[0]).to.deep.equal({
      path: '$.areas',
      code: 'too-many',
      params: { count: 50, limit: 20 },
      message: 'holds 50 items; only the first 20 are used',
    });
  });

  it('lists a bounded number of problems and counts the rest', () => {
    const areas = Array.from({ length: 300 }, () => ({ name: 'No id' }));
    const { problems } = validateDataset({ ...riverDataset(), areas, assessments: [] });
    expect(problems).to.have.length(101);
    expect(problems[100]?.message).to.equal('200 more problems not listed');
    const one = validateDataset({ ...riverDataset(), areas: areas.slice(0, 101), assessments: [] });
    expect(one.problems[100]?.message).to.equal('1 more problem not listed');
  });

  if (heapMeasurable)
    it(`keeps a text the document repeats once, however often it appears${chromiumOnlyHeap}`, async () => {
      // 4,000 assessments with the same 2,000-character note: parsed, 8 MB of separate strings.
      const note = 'A note every assessment repeats. '.repeat(60);
      const validated = () => {
        const river = riverDataset();
        const areas = Array.from({ length: 40 }, (_, index) => ({ id: `a${index}`, name: 'A' }));
        const assessments = Array.from({ length: 4000 }, (_, index) => ({
          area: `a${Math.floor(index / 100)}`,
          year: 1901 + (index % 100),
          notes: { [river.outcomes[0]!.id]: note },
        }));
        const text = JSON.stringify({ ...river, areas, assessments });
        return validateDataset(JSON.parse(text));
      };
      const before = await heapAfterGc();
      const { dataset, problems } = validated();
      const held = (await heapAfterGc()) - before;
      expect(problems).to.deep.equal([]);
      expect(dataset?.assessments).to.have.length(4000);
      expect(dataset?.assessments[3999]?.notes[dataset.outcomes[0]!.id]).to.equal(note.trim());
      // One copy of the note is 2 kB; a copy per assessment would be 8 MB.
      expect(held).to.be.below(2_000_000);
    });

  it('quotes a long wrong value only in part', () => {
    const input = riverDataset() as unknown as { areas: Record<string, unknown>[] };
    Object.assign(input.areas[0]!, { setting: 'x'.repeat(4000) });
    const problem = problemAt(input, '$.areas[0].setting');
    expect(problem?.message.length).to.be.lessThan(150);
  });
});

type Json = Record<string, unknown>;
const river = () =>
  riverDataset() as unknown as Json & {
    areas: Json[];
    outcomes: Json[];
    factors: Json[];
    assessments: Json[];
  };
const withArea = (area: Json) => ({
  ...river(),
  areas: [{ id: 'a', name: 'A', ...area }],
  assessments: [],
});
const source = { title: 'Report', url: 'https://example.org/report' };

describe('validateDataset: required parts', () => {
  const unusable: [string, Json, string][] = [
    ['a programme given as text', { ...river(), programme: 'Rivers' }, '$.programme'],
    ['a programme without a name', { ...river(), programme: { id: 'p' } }, '$.programme.name'],
    ['outcomes given as text', { ...river(), outcomes: 'four' }, '$.outcomes'],
    ['factors given as an object', { ...river(), factors: { id: 'f' } }, '$.factors'],
    ['areas given as an object', { ...river(), areas: { id: 'x' } }, '$.areas'],
  ];
  for (const [name, input, path] of unusable) {
    it(`returns no dataset for ${name}, naming ${path}`, () => {
      const { dataset, problems } = validateDataset(input);
      expect(dataset).to.equal(null);
      expect(problems.map((problem) => problem.path)).to.include(path);
    });
  }
});

describe('validateDataset: bounds and units', () => {
  it('drops a population of 1e308 and names the bound', () => {
    const input = withArea({ population: 1e308 });
    expect(problemAt(input, '$.areas[0].population')).to.deep.include({
      code: 'out-of-range',
      params: { value: 1e308, min: 0, max: 1_000_000 },
    });
    expect(messageAt(input, '$.areas[0].population')).to.equal('should be between 0 and 1,000,000');
    expect(validateDataset(input).dataset?.areas[0]).to.not.have.property('population');
  });

  it('drops money without a currency: there is no default currency', () => {
    const input = withArea({ funding: { amount: 1_000_000 } });
    expect(problemAt(input, '$.areas[0].funding.currency')?.code).to.equal('missing');
    const area = validateDataset(input).dataset?.areas[0];
    expect(area?.name).to.equal('A');
    expect(area).to.not.have.property('funding');
  });

  it('keeps money and counts with their qualifiers', () => {
    const input = withArea({
      funding: { amount: 1_000_000, currency: 'GBP', qualifier: 'at-least' },
      population: { value: 8000, qualifier: 'about' },
    });
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset?.areas[0]?.funding).to.deep.equal({
      amount: 1_000_000,
      currency: 'GBP',
      qualifier: 'at-least',
    });
    expect(dataset?.areas[0]?.population).to.deep.equal({ value: 8000, qualifier: 'about' });
  });

  it('drops an amount past a trillion, a wave past 20 and a fractional wave', () => {
    const input = withArea({ funding: { amount: 2e12, currency: 'GBP' }, wave: 21 });
    expect(problemAt(input, '$.areas[0].funding.amount')?.code).to.equal('out-of-range');
    expect(problemAt(input, '$.areas[0].wave')?.code).to.equal('out-of-range');
    expect(problemAt(withArea({ wave: 1.5 }), '$.areas[0].wave')?.code).to.equal('not-integer');
  });

  it('accepts ISO dates, and drops anything else named', () => {
    const good = withArea({ joined: '2012-02-29', completed: '2026-03' });
    expect(validateDataset(good).problems).to.deep.equal([]);
    const input = withArea({ joined: '29/02/2012', completed: '2026-13' });
    expect(messageAt(input, '$.areas[0].joined')).to.equal(
      'should be a date such as 2024-03-31, not "29/02/2012"',
    );
    expect(problemAt(input, '$.areas[0].completed')?.code).to.equal('not-date');
    expect(validateDataset(input).dataset?.areas[0]).to.not.have.property('joined');
  });

  it('drops an assessment dated after 2100', () => {
    const input = { ...river(), assessments: [{ area: 'weir-end', year: 2150 }] };
    expect(problemAt(input, '$.assessments[0].year')?.code).to.equal('not-year');
    expect(validateDataset(input).dataset?.assessments).to.deep.equal([]);
  });
});

describe("validateDataset: the dataset's own categories", () => {
  it('names a factor whose group is not declared, and drops the factor', () => {
    const input = river();
    input.factors.push({ id: 'money', group: 'finance', title: 'Money', scale: 'stage' });
    expect(problemAt(input, '$.factors[2].group')).to.deep.include({
      code: 'unknown-group',
      params: { id: 'finance' },
    });
    expect(validateDataset(input).dataset?.factors.map((f) => f.id)).to.deep.equal([
      'volunteers',
      'meetings',
    ]);
  });

  it("reads the groups a document declares, in order, instead of Big Local's", () => {
    const input = {
      ...river(),
      schema: 2,
      groups: [
        { id: 'people', title: 'People', source },
        { id: 'places', title: 'Places' },
      ],
      factors: [
        { id: 'volunteers', group: 'people', title: 'Volunteers', scale: 'stage' },
        { id: 'meetings', group: 'condition', title: 'Open meetings', scale: 'stage' },
      ],
    };
    const { dataset } = validateDataset(input);
    expect(dataset?.groups).to.deep.equal([
      { id: 'people', title: 'People', source },
      { id: 'places', title: 'Places' },
    ]);
    expect(dataset?.factors.map((factor) => factor.id)).to.deep.equal(['volunteers']);
    expect(problemAt(input, '$.factors[1].group')?.code).to.equal('unknown-group');
  });

  it('names a setting or partnership type the dataset does not list, dropping only the field', () => {
    const input = {
      ...withArea({ setting: 'urban', partnership: 'sturdy' }),
      settings: [{ id: 'island', title: 'Island' }],
      partnershipTypes: [{ id: 'new', title: 'New' }],
    };
    expect(problemAt(input, '$.areas[0].setting')).to.deep.include({
      code: 'unknown-setting',
      params: { id: 'urban' },
    });
    expect(problemAt(input, '$.areas[0].partnership')?.code).to.equal('unknown-partnership');
    expect(validateDataset(input).dataset?.areas[0]).to.deep.equal({ id: 'a', name: 'A' });
  });

  it("falls back to Big Local's groups, settings and partnership types when none are given", () => {
    const dataset = validateDataset(river()).dataset;
    expect(dataset?.groups.map((group) => [group.id, group.title])).to.deep.equal([
      ['condition', 'Conditions'],
      ['way-of-working', 'Ways of working'],
    ]);
    expect(dataset?.settings.map((setting) => setting.title)).to.deep.equal([
      'Urban',
      'Rural',
      'Coastal',
    ]);
    expect(dataset?.partnershipTypes.map((type) => type.id)).to.deep.equal([
      'sturdy',
      'key-people',
      'conflict',
      'fragile-maturity',
    ]);
  });
});

describe('validateDataset: forms and sources', () => {
  it('reads the legacy forms: bare label lists, bare population numbers, schema 1', () => {
    const input = withArea({ population: 4200 });
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset?.schema).to.equal(1);
    expect(dataset?.scales.stage).to.deep.equal({ labels: ['Dormant', 'Stirring', 'Flowing'] });
    expect(dataset?.areas[0]?.population).to.deep.equal({ value: 4200 });
  });

  it('reads schema 2 with scales as objects, keeping their source and note', () => {
    const input = {
      ...river(),
      schema: 2,
      scales: { stage: { labels: ['Dormant', 'Stirring', 'Flowing'], source, note: 'Ours.' } },
    };
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset?.schema).to.equal(2);
    expect(dataset?.scales.stage).to.deep.equal({
      labels: ['Dormant', 'Stirring', 'Flowing'],
      source,
      note: 'Ours.',
    });
  });

  it('keeps the sources of outcomes, factors and assessments, and how assessments were made', () => {
    const input = river();
    Object.assign(input.outcomes[0]!, { source });
    Object.assign(input.factors[0]!, { source });
    Object.assign(input.assessments[0]!, {
      source,
      method: 'Self-assessment at a workshop',
      assessedBy: 'The partnership',
      date: '2018-06-01',
    });
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset?.outcomes[0]?.source).to.deep.equal(source);
    expect(dataset?.factors[0]?.source).to.deep.equal(source);
    expect(dataset?.assessments[0]).to.deep.include({
      source,
      method: 'Self-assessment at a workshop',
      assessedBy: 'The partnership',
      date: '2018-06-01',
    });
  });

  it("keeps an area's place in the programme", () => {
    const fields = {
      localAuthority: 'Huntingdonshire',
      wave: 2,
      status: 'completed',
      joined: '2012-02-29',
      completed: '2026-03-31',
      confirmed: false,
    };
    const { dataset, problems } = validateDataset(withArea(fields));
    expect(problems).to.deep.equal([]);
    expect(dataset?.areas[0]).to.deep.equal({ id: 'a', name: 'A', ...fields });
  });
});

/** Documents broken in every way the validator knows, so that every problem code is reported. */
function brokenEverywhere(): unknown[] {
  const assessed = (assessment: Record<string, unknown>) => ({
    ...river(),
    assessments: [{ area: 'weir-end', year: 2020, ...assessment }],
  });
  return [
    null,
    { ...river(), schema: undefined },
    { ...river(), schema: '2' },
    { schema: 1, programme: 'P', scales: [], outcomes: {}, factors: [7], areas: [] },
    {
      ...river(),
      scales: { stage: ['Dormant', 'Stirring', 'Flowing'], short: ['one'], odd: 5 },
      outcomes: [{ id: 'o', title: 'O' }, { id: 'p', title: 'P', scale: 'none' }, { id: 'o' }],
      factors: [{ id: 'f', title: 'F', scale: 'stage' }],
    },
    withArea({ name: '' }),
    withArea({ population: 'many', caseStudy: 1, setting: 'lunar', status: 'paused' }),
    withArea({ population: 1e308, wave: 2.5, joined: 'March 2012', partnership: 'shaky' }),
    withArea({ population: { value: 10, qualifier: 'roughly' }, funding: { amount: 1 } }),
    { ...river(), factors: [{ id: 'f', group: 'other', title: 'F', scale: 'stage' }] },
    withArea({ place: 7, funding: 5, website: 'ftp://x' }),
    withArea({ funding: { amount: -1 }, sources: [] }),
    withArea({ funding: { amount: 1, currency: 'pounds' }, image: { src: 'https://x.test/a' } }),
    withArea({ summary: 'x'.repeat(6000), sources: { funding: [{ title: 'No link' }, 3] } }),
    assessed({ outcomes: [], factors: { volunteers: 9, nobody: 1 }, notes: 'n' }),
    assessed({ outcomes: { 'clean-water': 'two', nothing: 1 } }),
    {
      ...river(),
      assessments: [3, { area: 'nowhere', year: 2020 }, { area: 'weir-end', year: 1 }],
    },
    {
      ...river(),
      assessments: [
        { area: 'weir-end', year: 2020 },
        { area: 'weir-end', year: 2020 },
      ],
    },
    { ...river(), facts: [{ id: 'f', label: 'L', value: 'V' }] },
    {
      ...river(),
      factGroups: [{ id: 'funding', title: 'Total funding' }],
      facts: [
        { id: 'f', label: 'L', value: 'V', group: 'budget', source: { url: 'https://a.example/' } },
      ],
    },
    { ...river(), areas: Array.from({ length: 5 }, () => ({ id: 'same', name: 'Same' })) },
  ];
}

describe('problem codes', () => {
  afterEach(() => setLocale('en-GB'));

  const problems = (limits = {}) =>
    brokenEverywhere().flatMap((input) => validateDataset(input, limits).problems);

  it('word every problem through its code, as its message says', () => {
    for (const problem of problems()) {
      expect(Object.keys(strings.problems)).to.include(problem.code);
      expect(problemText(problem), problem.path).to.equal(problem.message);
    }
  });

  it('are all reported by some document, and each has exactly one wording', () => {
    const seen = new Set<string>([
      ...problems().map((problem) => problem.code),
      ...problems({ maxProblems: 1, maxAreas: 1, maxAssessments: 1 }).map((p) => p.code),
    ]);
    // And what only sheets can get wrong: one folder of spreadsheet mistakes.
    const sheets = readSheets({
      'programme.csv': 'key,value\nowner,Me\n',
      'scales.csv': 'scale,level,label\nstage,0,Low\nstage,1,High\n',
      'outcomes.csv': 'id,title,scale\nwater,Water,stage\n',
      'sources.csv': 'sheet,id,field,title,url\nareas,nowhere,name,X,https://x.test/\n',
      'assessments.csv': 'area,year,water,mystery\na,twenty,hgh,1\n',
      'extra.json': '{ not json',
    });
    const areasOnly = readSheets({ 'areas.csv': 'id,name,caseStudy\na,A,maybe\n' });
    for (const problem of [...sheets.problems, ...areasOnly.problems]) seen.add(problem.code);
    // A bug in the validator is the one problem no document can cause.
    seen.add('unreadable');
    expect([...seen].sort()).to.deep.equal(Object.keys(strings.problems).sort());
  });

  it('follow the locale set after validation, while the message keeps its first wording', () => {
    const problem = problemAt({ ...riverDataset(), areas: [{ id: 'a' }] }, '$.areas[0].name');
    expect(problem?.code).to.equal('missing');
    setLocale('de-DE', { problems: { missing: 'fehlt' } });
    expect(problemText(problem as Problem)).to.equal('fehlt');
    expect(problem?.message).to.equal('is missing');
  });

  it('format their numbers in the locale in force', () => {
    setLocale('de-DE');
    const areas = Array.from({ length: 1500 }, (_, index) => ({ id: `a${index}`, name: 'A' }));
    const { problems } = validateDataset({ ...riverDataset(), areas }, { maxAreas: 1000 });
    expect(problems[0]?.message).to.equal('holds 1.500 items; only the first 1.000 are used');
  });
});
