import type { Problem, ProblemCode, ProblemParams, Qualifier, ValueKind } from './data/types.js';
import type { LoadErrorDetail } from './data/load.js';
// format.ts reads `strings.locale` and these wordings call format.ts, each only when called, so
// the two modules may load in either order.
import { formatDate, formatList, formatNumber, formatYear, plural } from './format.js';

/**
 * Every string a reader sees, in one place. A translation is one object of the same shape
 * (`Catalogue`) given to `setLocale`, which also sets the locale that numbers, money, years and
 * plurals follow: wordings take numbers and format them through `src/format.ts`, never by hand.
 */
export const strings = {
  locale: 'en-GB',
  states: {
    loading: 'Loading data…',
    illustrative: 'Illustrative',
    illustrativeNote: 'Made-up data about fictional places, for demonstration only.',
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
    /** The data credit line: the programme's source and when the data was updated. */
    source: 'Source:',
    updated: (date: string) => `Updated ${date}`,
    /** The page asked for no embedded default, and this widget was given no data. */
    noDataset: 'No data for this widget: give it a src, or put it inside a bl-programme.',
    moreProblems: (count: number) =>
      `and ${formatNumber(count)} more (listed in the browser console)`,
    unknownArea: (id: string) => `There is no area "${id}" in this dataset.`,
    unknownOutcome: (id: string) => `There is no outcome "${id}" in this dataset.`,
    noAssessment: 'No assessment published for this area.',
  },
  errors: {
    title: 'This widget cannot show its data.',
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
    internal: 'Something went wrong while drawing this widget.',
    retry: 'Retry',
  },
  /**
   * What the validator says of each kind of problem, after the problem's JSON path:
   * "$.areas[3].population should be a number, not a string". One entry per `ProblemCode`.
   */
  problems: {
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
  } satisfies ProblemWordings,
  /** How a problem names the kind of value it found: "should be text, not a list". */
  valueKinds: {
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
  } satisfies Record<ValueKind, string>,
  /** A figure as its source qualifies it; `figure` is already formatted ("£1,000,000"). */
  qualifiers: {
    'at-least': (figure: string) => `at least ${figure}`,
    about: (figure: string) => `about ${figure}`,
    'up-to': (figure: string) => `up to ${figure}`,
    over: (figure: string) => `over ${figure}`,
  } satisfies Record<Qualifier, (figure: string) => string>,
  /** Where a figure comes from: an assessment's making, a source's title. */
  provenance: {
    /** `date` is an ISO date; `by` who made the assessment. */
    assessed: (year: number, date?: string, by?: string) =>
      (date ? `Assessed on ${formatDate(date)}` : `Assessed in ${formatYear(year)}`) +
      (by ? ` by ${by}` : ''),
    method: (method: string) => `Method: ${method}`,
    source: (title: string) => `Source: ${title}`,
    /** What a scale's citation is listed under. */
    levels: 'Levels',
    sources: 'Sources',
  },
  facts: {
    certainty: { conflict: 'Sources disagree', uncertain: 'Uncertain' },
    source: (title: string) => `Source: ${title}`,
    none: 'This dataset has no programme facts.',
    unknown: (ids: readonly string[]) => {
      const list = formatList(ids.map((id) => `"${id}"`));
      return plural(ids.length, {
        one: `There is no fact ${list} in this dataset.`,
        other: `There are no facts ${list} in this dataset.`,
      });
    },
  },
  embed: {
    unknownWidget: (name: string) => `There is no widget called "${name}" to embed.`,
  },
  warnings: {
    prefix: 'big-local-widgets:',
    problems: (count: number) =>
      `the dataset has ${formatNumber(count)} ` +
      `${plural(count, { one: 'problem', other: 'problems' })}; those parts were dropped:`,
    badOverride: (path: string) =>
      `setLocale: the wording at "${path}" is not text or a function where English has one, ` +
      'so English is kept there.',
    duplicateDefine: (tag: string, existing: string, loading: string) =>
      `another copy (version ${existing}) already defines <${tag}>; ` +
      `this copy (version ${loading}) leaves the tags it finds defined as they are.`,
  },
  card: {
    chooseArea: 'Choose an area to see its card.',
    fields: {
      name: 'Name',
      place: 'Place',
      localAuthority: 'Local authority',
      region: 'Region',
      setting: 'Setting',
      population: 'Population',
      funding: 'Funding',
      partnership: 'Partnership',
      summary: 'Summary',
      priorities: 'Priorities',
      website: 'Website',
      caseStudy: 'Case-study status',
      image: 'Image',
      wave: 'Wave',
      status: 'Status',
      joined: 'Joined',
      completed: 'Completed',
      confirmed: 'Confirmation',
    } as Record<string, string>,
    statuses: { active: 'Active', completed: 'Completed' } as Record<string, string>,
    unconfirmed: 'Not confirmed by a published source',
    caseStudy: 'Case-study area',
    selected: 'Selected',
    priorities: 'Priorities',
    website: (area: string) => `${area} website`,
    sources: (count: number) => `Sources (${formatNumber(count)})`,
    sourceNumbers: 'Sources: ',
  },
  rings: {
    chooseArea: 'Choose an area to see its outcomes.',
    noAssessmentIn: (year: number) =>
      `No assessment published for this area in ${formatYear(year)}.`,
    caption: (area: string, year: number) => `${area}: outcomes in ${formatYear(year)}`,
    legendLabel: 'Levels',
    startKey: 'where the area started (its first assessment)',
    /** What the outcomes' citation is listed under when they share one source. */
    outcomes: 'Outcomes',
  },
  ring: {
    notAssessed: 'Not assessed',
    badMax: 'max should be a whole number from 1 to 100.',
    outside: (level: number, max: number) =>
      `The level ${formatNumber(level)} is outside the scale ` +
      `${formatNumber(0)} to ${formatNumber(max)}.`,
    inYear: (year: number) => `in ${formatYear(year)}`,
    change: (from: string, fromYear: number | undefined, to: string, toYear: number | undefined) =>
      `from ${from}${fromYear ? ` in ${formatYear(fromYear)}` : ''} ` +
      `to ${to}${toYear ? ` in ${formatYear(toYear)}` : ''}`,
    startedAt: (from: string, year: number | undefined) =>
      year ? `Started: ${from} (${formatYear(year)})` : `Started: ${from}`,
    levelOf: (level: number, max: number) => `Level ${formatNumber(level)} of ${formatNumber(max)}`,
    valueText: (label: string, level: number, max: number) =>
      `${label} (level ${formatNumber(level)} of ${formatNumber(max)})`,
  },
  embedBuilder: {
    widget: 'Widget',
    /** Each embeddable widget's name in the builder, by its registry name. */
    widgets: {
      'area-card': 'Area card',
      'outcome-rings': 'Outcome rings of an area',
      'outcome-ring': 'One outcome ring',
      'conditions-matrix': 'Matrix of areas',
      'programme-facts': 'Programme facts',
    } as Record<string, string>,
    /** The label of each attribute an embed may set, by attribute name. */
    attributes: {
      area: 'Area',
      outcome: 'Outcome',
      variant: 'Layout',
      year: 'Year',
      areas: 'Only these areas (ids separated by |)',
      setting: 'Only settings (separated by |)',
      region: 'Only regions (separated by |)',
      partnership: 'Only partnership types (separated by |)',
    } as Record<string, string>,
    /** The labels of a `choice` attribute's values, by attribute name then value. */
    choices: {
      variant: { '': 'Full', compact: 'Compact' },
    } as Record<string, Record<string, string>>,
    latest: 'Latest',
    theme: 'Theme',
    themes: { '': 'Follow the page', light: 'Light', dark: 'Dark' },
    format: 'Snippet format',
    formats: { script: 'Script tag', iframe: 'Iframe (for CMSs that strip scripts)' },
    preview: 'Preview',
    snippet: 'Snippet to paste into your page',
    copy: 'Copy snippet',
    copied: 'Copied',
    selectToCopy: 'Select the text and copy it',
    noDataSrc:
      'This data has no web address, so the snippet shows the built-in Big Local data. ' +
      'Set data-src to the address of your data.',
    /** The iframe's title, which names the frame for screen readers. */
    title: (programme: string, subject: string) => `${programme}: ${subject}`,
    /**
     * What an iframe shows, for its title; a widget without an entry is named by its label.
     * `groups` are the dataset's factor group titles.
     */
    subjects: {
      'area-card': (area: string) => `${area} area card`,
      'outcome-rings': (area: string) => `${area} outcomes`,
      'outcome-ring': (area: string, outcome: string) => `${area}, ${outcome}`,
      'conditions-matrix': (_area: string, _outcome: string, groups: readonly string[]) =>
        groups.length ? `${formatList(groups)} by area` : 'areas compared',
      'programme-facts': () => 'programme facts',
    } as Record<string, (area: string, outcome: string, groups: readonly string[]) => string>,
  },
  /** `groups` are the dataset's factor group titles, in its order ("Conditions", …). */
  matrix: {
    caption: (groups: readonly string[], year: number | undefined) =>
      year === undefined
        ? `${formatList(groups)} by area, from each area’s latest assessment`
        : `${formatList(groups)} by area in ${formatYear(year)}`,
    area: 'Area',
    progress: 'Outcomes',
    progressKey: 'the area’s mean outcome level, as a share of the top level',
    csvProgress: 'Outcome progress (%)',
    csvYear: 'Assessment year',
    csvSource: 'Assessment source',
    assessment: 'Assessment',
    /** The source of a factor's group, in a column header's detail. */
    groupSource: (group: string, source: string) => `${group}: ${source}`,
    search: 'Search areas by name',
    tableView: 'Table view',
    download: 'Download CSV',
    csvFile: (programme: string) => `${programme}-conditions.csv`,
    count: (shown: string, total: string) => `${shown} of ${total} areas`,
    legend: 'Levels',
    level: (label: string, level: number, top: number) =>
      `${label} (level ${formatNumber(level)} of ${formatNumber(top)})`,
    notAssessed: 'Not assessed',
    noData: 'No data',
    noneKey: 'Not assessed, or no data',
    noFactors: 'This dataset lists nothing to compare the areas by.',
    noAssessments: (groups: readonly string[]) =>
      `No assessments of ${formatList(groups, 'disjunction')} have been published for these areas.`,
    noAssessmentIn: (groups: readonly string[], year: number) =>
      `No assessment of ${formatList(groups, 'disjunction')} was published for ${formatYear(year)}.`,
    noneMatch: 'No areas match the filters.',
    noMatch: (query: string) => `No areas match “${query}”.`,
    tableShown: (shown: string, total: string) =>
      `The table shows the first ${shown} of ${total} rows: search to narrow them, ` +
      'or download the CSV for all.',
  },
} as const;

/** One wording per problem code: text, or a function of the problem's parameters. */
type ProblemWordings = {
  [Code in ProblemCode]: ProblemParams[Code] extends Record<string, never>
    ? string
    : (params: ProblemParams[Code]) => string;
};

/** Read at call time, so that a problem wording follows an override of `valueKinds`. */
function valueKind(kind: ValueKind): string {
  return strings.valueKinds[kind];
}

/** A problem in the current locale's words, e.g. "should be a number, not a string". */
export function problemText(problem: Pick<Problem, 'code' | 'params'>): string {
  const wording: string | ((params: never) => string) = strings.problems[problem.code];
  return typeof wording === 'function' ? wording(problem.params as never) : wording;
}

/** Why a dataset could not be loaded, in the current locale's words. */
export function loadErrorText(error: LoadErrorDetail): string {
  const { errors } = strings;
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

/** Dispatched on `globalThis` by `setLocale`; every widget then words and formats itself anew. */
export const localeChangeEvent = 'bl-locale-change';

type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { readonly [Key in keyof T]: Widen<T[Key]> };

/** The shape of a whole catalogue: English's, with any text where English has its own. */
export type Catalogue = Widen<typeof strings>;

/** Part of a catalogue: whatever it leaves out stays English. */
export type DeepPartial<T> = T extends string | ((...args: never[]) => unknown)
  ? T
  : { readonly [Key in keyof T]?: DeepPartial<T[Key]> };

type Block = Record<string, unknown>;

const isBlock = (value: unknown): value is Block =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of every block; wordings themselves (text, functions) are never changed in place. */
function copy(block: Block): Block {
  return Object.fromEntries(
    Object.entries(block).map(([key, value]) => [key, isBlock(value) ? copy(value) : value]),
  );
}

/** English as loaded, which every `setLocale` starts from. */
const english = copy(strings);

/** Makes `target` hold exactly `source`'s wordings, keeping each block object where it is. */
function restore(target: Block, source: Block): void {
  for (const key of Object.keys(target)) if (!Object.hasOwn(source, key)) delete target[key];
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isBlock(value) && isBlock(current)) restore(current, value);
    else target[key] = isBlock(value) ? copy(value) : value;
  }
}

/**
 * Lays `overrides` over `target` in place. A wording of another kind than English's (text where
 * English has a function, say, as a JSON catalogue would give) would throw when a widget calls
 * it, so it is skipped with a warning.
 */
function override(target: Block, overrides: Block, path: string): void {
  for (const [key, value] of Object.entries(overrides)) {
    // `__proto__` as an own key (from JSON.parse) would replace the block's prototype.
    if (value === undefined || key === '__proto__') continue;
    const at = path ? `${path}.${key}` : key;
    const current = target[key];
    if (isBlock(current) && isBlock(value)) override(current, value, at);
    else if (current === undefined && isBlock(value)) target[key] = copy(value);
    else if (
      (typeof value === 'string' || typeof value === 'function') &&
      (current === undefined || typeof current === typeof value)
    ) {
      target[key] = value;
    } else console.warn(`${strings.warnings.prefix} ${strings.warnings.badOverride(at)}`);
  }
}

/**
 * Sets the locale of every widget on the page and, optionally, its wordings. Numbers, money,
 * years and plurals follow `locale` through `Intl`; `overrides` replaces any wordings, and
 * whatever it leaves out is English. Each call starts again from English, so
 * `setLocale('en-GB')` restores it. Wordings change in place, so code that kept a block
 * (`const text = strings.matrix`) sees the new ones; widgets re-render on `bl-locale-change`.
 *
 * @throws RangeError when `locale` is not a well-formed language tag, before anything changes.
 */
export function setLocale(locale: string, overrides: DeepPartial<Catalogue> = {}): void {
  const [tag = 'en-GB'] = Intl.getCanonicalLocales(locale);
  const root = strings as unknown as Block;
  restore(root, english);
  override(root, overrides as Block, '');
  root.locale = tag;
  if (typeof globalThis.dispatchEvent === 'function') {
    globalThis.dispatchEvent(new Event(localeChangeEvent));
  }
}
