import type { Problem, ProblemCode, ProblemParams, ValueKind } from '../data/types.js';
import type { LoadErrorDetail } from '../data/load.js';
import { formatList } from '../format/text.js';
import { formatNumber, formatYear, plural } from '../format/number.js';
import { defineStrings } from './locale.js';

/**
 * What the data layer says: why a dataset could not be loaded, what each problem the validator
 * found means, and what a list of problems dropped. It travels in the data layer's chunk, so a
 * widget that never loads data never downloads it.
 */

/** Why a dataset could not be loaded. */
export const loadErrorStrings = defineStrings('loadErrors', {
  parse: (detail: string) => `The data is not valid JSON (${detail}).`,
  invalid: 'The data has no usable programme, outcomes, factors or areas.',
  badUrl: (src: string) => `The data address "${src}" is not a valid URL.`,
  network: 'The data could not be reached. Check the address and your connection.',
  timeout: (ms: number) => {
    const seconds = ms < 1000 ? ms / 1000 : Math.round(ms / 1000);
    return (
      `The data took longer than ${formatNumber(seconds)} ` +
      `${plural(seconds, { one: 'second', other: 'seconds' })} to load.`
    );
  },
  http: (status: number) => `The data server answered with error ${status}.`,
  contentType: (type: string) => `The data address returned ${type}, not JSON.`,
  tooLarge: (bytes: number) =>
    `The data is larger than the limit of ${formatNumber(Math.round(bytes / 1024 / 1024))} MB.`,
  truncated: 'The data stopped arriving before it was complete.',
  /** The console warning that lists a dataset's problems. */
  problems: (count: number) =>
    `the dataset has ${formatNumber(count)} ` +
    `${plural(count, { one: 'problem', other: 'problems' })}; those parts were dropped:`,
});

/** One wording per problem code: text, or a function of the problem's parameters. */
type ProblemWordings = {
  [Code in ProblemCode]: ProblemParams[Code] extends Record<string, never>
    ? string
    : (params: ProblemParams[Code]) => string;
};

/**
 * What the validator says of each kind of problem, after the problem's JSON path:
 * "$.areas[3].population should be a number, not a string". One entry per `ProblemCode`.
 */
export const problemStrings = defineStrings('problems', {
  missing: 'is missing',
  empty: 'is empty',
  'not-text': ({ found }) => `should be text, not ${valueKind(found)}`,
  cut: ({ max }) => `is longer than ${formatNumber(max)} characters and was cut`,
  'not-number': ({ found }) => `should be a number, not ${valueKind(found)}`,
  negative: 'should not be negative',
  // A value such as 1e308 would run to hundreds of digits: only a readable one is quoted.
  'out-of-range': ({ value, min, max }) =>
    `should be between ${formatNumber(min)} and ${formatNumber(max)}` +
    (Math.abs(value) < 1e15 ? `, not ${formatNumber(value)}` : ''),
  'not-integer': ({ value }) => `should be a whole number, not ${formatNumber(value)}`,
  'not-date': ({ value }) => `should be a date such as 2024-03-31, not "${value}"`,
  'not-boolean': ({ found }) => `should be true or false, not ${valueKind(found)}`,
  'not-allowed': ({ allowed, value, found }) =>
    `should be one of ${formatList(allowed, 'disjunction')}, ` +
    `not ${value === undefined ? valueKind(found) : `"${value}"`}`,
  'not-http': 'is not an http or https link and was dropped',
  'not-source': ({ found }) => `should be an object with title and url, not ${valueKind(found)}`,
  'not-list': ({ found }) => `should be a list, not ${valueKind(found)}`,
  'not-object': ({ found }) => `should be an object, not ${valueKind(found)}`,
  'not-dataset': ({ found }) => `should be a dataset object, not ${valueKind(found)}`,
  'too-many': ({ count, limit }) =>
    `holds ${formatNumber(count)} items; ` +
    plural(limit, {
      one: 'only the first is used',
      other: `only the first ${formatNumber(limit)} are used`,
    }),
  'repeated-id': ({ id }) => `repeats the id "${id}"; only the first is used`,
  'not-scales': ({ found }) => `should be an object of label lists, not ${valueKind(found)}`,
  'not-scale': ({ found }) =>
    `should be a list of level labels or an object with labels, not ${valueKind(found)}`,
  'unusable-scale': 'should list at least two level labels as text; the scale is unusable',
  'no-scale': 'is missing, so levels for this item cannot be shown',
  'unknown-scale': ({ id }) => `names the unknown scale "${id}"`,
  'unknown-group': ({ id }) => `names the group "${id}", which the dataset's groups do not list`,
  'unknown-setting': ({ id }) =>
    `names the setting "${id}", which the dataset's settings do not list`,
  'unknown-fact-group': ({ id }) =>
    `names the fact group "${id}", which the dataset's fact groups do not list`,
  'not-a-level': ({ value, scale }) => `'${value}' is not a level of scale '${scale}'`,
  'unknown-column': ({ column }) =>
    `"${column}" is not an outcome or factor id, so the column was left out`,
  'not-yes-no': ({ value }) => `'${value}' should be yes, no, true or false`,
  'not-a-figure': ({ value }) => `'${value}' should be a number`,
  'no-areas-sheet': 'is missing: a programme’s sheets need an areas sheet',
  'unknown-key': ({ key }) =>
    `"${key}" is not a programme key (id, name, illustrative, source, updated…)`,
  'unknown-row': ({ id }) => `names "${id}", which is no area, or gives no field or URL`,
  'bad-extra': ({ detail }) => `is not JSON: ${detail}`,
  'unknown-partnership': ({ id }) =>
    `names the partnership type "${id}", which the dataset's partnership types do not list`,
  'not-money': ({ found }) =>
    `should be an object with amount and currency, not ${valueKind(found)}`,
  'bad-currency': ({ value }) =>
    `should be a three-letter currency code such as GBP, not "${value}"`,
  'not-sources': ({ found }) => `should be an object of source lists, not ${valueKind(found)}`,
  'no-alt': 'is missing, so the image is not shown',
  'not-levels': ({ found }) => `should be an object of levels, not ${valueKind(found)}`,
  'unknown-outcome': ({ id }) => `names the unknown outcome "${id}"`,
  'unknown-factor': ({ id }) => `names the unknown factor "${id}"`,
  'not-level': ({ found }) => `should be a whole-number level or null, not ${valueKind(found)}`,
  'level-outside': ({ level, scale, top }) =>
    `level ${formatNumber(level)} is outside the scale "${scale}" ` +
    `(${formatNumber(0)} to ${formatNumber(top)})`,
  'unknown-area': ({ id }) => `names the unknown area "${id}"`,
  'not-year': ({ found, value }) =>
    `should be a year such as ${formatYear(2024)}, ` +
    `not ${value === undefined ? valueKind(found) : formatYear(value)}`,
  'repeated-assessment': ({ area, year }) =>
    `repeats the assessment of "${area}" in ${formatYear(year)}; only the first is used`,
  'not-notes': ({ found }) => `should be an object of texts, not ${valueKind(found)}`,
  'no-schema': 'is missing; read as version 1',
  'unknown-schema': ({ version, found }) =>
    `version ${version ?? valueKind(found)} is not known; read as version 1`,
  unreadable: ({ detail }) => `could not be read (${detail})`,
  unlisted: ({ count }) =>
    `${formatNumber(count)} ${plural(count, { one: 'more problem', other: 'more problems' })} ` +
    'not listed',
} satisfies ProblemWordings);

/** How a problem names the kind of value it found: "should be text, not a list". */
export const valueKindStrings = defineStrings('valueKinds', {
  null: 'null',
  list: 'a list',
  NaN: 'NaN',
  Infinity: 'Infinity',
  '-Infinity': '-Infinity',
  string: 'a string',
  number: 'a number',
  bigint: 'a big integer',
  boolean: 'a boolean',
  symbol: 'a symbol',
  undefined: 'nothing',
  object: 'an object',
  function: 'a function',
} satisfies Record<ValueKind, string>);

/** The partial-data notice: what was dropped, and the problems behind it. */
export const droppedStrings = defineStrings('dropped', {
  /** What was dropped, e.g. "2 areas and 1 assessment"; the rest of the data is shown. */
  partial: (dropped: string) =>
    `Part of the data could not be used: ${dropped}. The rest is shown.`,
  /** The items of each part of a dataset that had problems, by the part's name. */
  parts: {
    programme: () => 'the programme’s details',
    scales: (count: number) =>
      plural(count, { one: '1 scale', other: `${formatNumber(count)} scales` }),
    outcomes: (count: number) =>
      plural(count, { one: '1 outcome', other: `${formatNumber(count)} outcomes` }),
    groups: (count: number) =>
      plural(count, {
        one: '1 group of factors',
        other: `${formatNumber(count)} groups of factors`,
      }),
    factors: (count: number) =>
      plural(count, { one: '1 factor', other: `${formatNumber(count)} factors` }),
    settings: (count: number) =>
      plural(count, { one: '1 setting', other: `${formatNumber(count)} settings` }),
    partnershipTypes: (count: number) =>
      plural(count, {
        one: '1 partnership type',
        other: `${formatNumber(count)} partnership types`,
      }),
    areas: (count: number) =>
      plural(count, { one: '1 area', other: `${formatNumber(count)} areas` }),
    assessments: (count: number) =>
      plural(count, { one: '1 assessment', other: `${formatNumber(count)} assessments` }),
    facts: (count: number) =>
      plural(count, { one: '1 fact', other: `${formatNumber(count)} facts` }),
    levelsOfChange: (count: number) =>
      plural(count, {
        one: '1 level of change',
        other: `${formatNumber(count)} levels of change`,
      }),
    other: (count: number) =>
      plural(count, { one: '1 other part', other: `${formatNumber(count)} other parts` }),
  } as Record<string, (count: number) => string>,
  problems: (count: number) =>
    plural(count, { one: 'The problem', other: `The ${formatNumber(count)} problems` }),
  more: (count: number) => `and ${formatNumber(count)} more (listed in the browser console)`,
});

/** Read at call time, so that a problem wording follows an override of `valueKinds`. */
function valueKind(kind: ValueKind): string {
  return valueKindStrings[kind];
}

/** A problem in the current locale's words, e.g. "should be a number, not a string". */
export function problemText(problem: Pick<Problem, 'code' | 'params'>): string {
  const wording: string | ((params: never) => string) = problemStrings[problem.code];
  return typeof wording === 'function' ? wording(problem.params as never) : wording;
}

/** Why a dataset could not be loaded, in the current locale's words. */
export function loadErrorText(error: LoadErrorDetail): string {
  const errors = loadErrorStrings;
  switch (error.kind) {
    case 'http':
      return errors.http(error.params.status);
    case 'network': {
      const { params } = error;
      if (params.cause === 'bad-url') return errors.badUrl(params.src);
      return params.cause === 'truncated' ? errors.truncated : errors.network;
    }
    case 'timeout':
      return errors.timeout(error.params.ms);
    case 'content-type':
      return errors.contentType(error.params.type);
    case 'too-large':
      return errors.tooLarge(error.params.bytes);
    case 'parse':
      return errors.parse(error.params.detail);
    case 'invalid':
      return errors.invalid;
  }
}

/** What a widget needs to say about a load error or dropped parts: see `ProgrammeState`. */
export interface DataWords {
  loadError(error: LoadErrorDetail): string;
  /** "Part of the data could not be used: 2 areas. The rest is shown." */
  partial(problems: readonly Problem[]): string;
  problem(problem: Problem): string;
  /** The summary of the problems' disclosure: "The 3 problems". */
  problems(count: number): string;
  /** The last line of a cut list: "and 4 more". */
  more(count: number): string;
  /** The one console warning that lists every problem of a dataset. */
  warning(problems: readonly Problem[]): string;
}

const itemPath = /^\$\.(\w+)(?:\[(\d+)\]|\.(\w+))?/;

/**
 * What a list of problems dropped, in the reader's words: "2 areas and 1 assessment". Counts
 * the distinct items of each part of the dataset that a problem points into, in the order the
 * parts first appear, so a reader learns what is missing without reading JSON paths.
 */
export function describeDropped(problems: readonly Problem[]): string {
  const { parts } = droppedStrings;
  const items = new Map<string, Set<string>>();
  for (const problem of problems) {
    if (problem.code === 'unlisted') continue;
    const [, part = 'other', index, key] = itemPath.exec(problem.path) ?? [];
    const name = part in parts ? part : 'other';
    const seen = items.get(name) ?? new Set<string>();
    seen.add(index ?? key ?? problem.path);
    items.set(name, seen);
  }
  const phrases = [...items].map(([name, seen]) => parts[name]!(seen.size));
  return formatList(phrases.length ? phrases : [parts.other!(problems.length)]);
}

export const dataWords: DataWords = {
  loadError: loadErrorText,
  partial: (problems) => droppedStrings.partial(describeDropped(problems)),
  problem: problemText,
  problems: (count) => droppedStrings.problems(count),
  more: (count) => droppedStrings.more(count),
  warning: (problems) =>
    [
      loadErrorStrings.problems(problems.length),
      ...problems.map((problem) => `  ${problem.path} ${problemText(problem)}`),
    ].join('\n'),
};
