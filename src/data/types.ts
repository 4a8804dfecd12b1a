import type { Infer } from './contract/readers.js';
import type {
  area,
  assessment,
  dataset,
  fact,
  factor,
  finding,
  frameworkItem,
  measure,
  milestone,
  money,
  outcome,
  programme,
  qualifier,
  quote,
  scale,
  source,
  spend,
  spendHeading,
  study,
  theme,
} from './contract/dataset.js';

/**
 * The data contract as types, derived from its one definition in `contract/dataset.ts` (where
 * each field's documentation lives), from which `schema.json` and the validator come too.
 *
 * Only `schema`, `programme`, `outcomes`, `factors` and `areas[].id/name` are required. Every
 * other field may be missing, and widgets cope.
 */

/** A citation: where a figure or statement can be checked. */
export type Source = Infer<typeof source>;
export type Programme = Infer<typeof programme>;
/**
 * How exact a figure is, as its source words it: "at least £1m" is `at-least`, "about 8,000"
 * is `about`. Without one the figure is exact.
 */
export type Qualifier = Infer<typeof qualifier>;
/** An amount of money in an explicit currency: there is no default currency. */
export type Money = Infer<typeof money>;
/** A count of people or things; a plain number in a document reads as an exact count. */
export type Count = NonNullable<Area['population']>;
/** A scale's ordered level labels (index 0 the lowest), and where the scale comes from. */
export type ScaleDefinition = Infer<typeof scale>;
/** Ordered level labels: index 0 is the lowest level. */
export type Scale = readonly string[];
export type Outcome = Infer<typeof outcome>;
/** A named item of the framework: factor groups, partnership types, settings, levels of change. */
export type FrameworkItem = Infer<typeof frameworkItem>;
/** A group of factors (Big Local's conditions, its ways of working), in the dataset's order. */
export type FactorGroup = FrameworkItem;
export type Factor = Infer<typeof factor>;
export type Area = Infer<typeof area>;
/** Where an area is in the programme's life. */
export type AreaStatus = NonNullable<Area['status']>;
/** A level index into the item's scale, or null for "not assessed". */
export type Level = number | null;
export type Assessment = Infer<typeof assessment>;
/** A programme-level fact with the page that states it. */
export type Fact = Infer<typeof fact>;
/** How sure a source is about a figure: conflicting sources are labelled, never hidden. */
export type Certainty = NonNullable<Fact['certainty']>;
/** A finding of the evaluation about one item, with the page that states it. */
export type Finding = Infer<typeof finding>;
/** A passage quoted word for word, with where it is published. */
export type Quote = Infer<typeof quote>;
/** A theme of the programme's learning, with its figures and its own page. */
export type Theme = Infer<typeof theme>;
/** One measure of a study: the programme's areas against the comparison group. */
export type Measure = Infer<typeof measure>;
/** An independent study comparing the programme's areas with similar areas. */
export type Study = Infer<typeof study>;
/** A dated step in the programme's journey, or in one area's. */
export type Milestone = Infer<typeof milestone>;
export type SpendHeading = Infer<typeof spendHeading>;
/** How the programme's money was spent, and the inputs of a per-resident figure. */
export type Spend = Infer<typeof spend>;
export type Dataset = Infer<typeof dataset>;

/** What the validator found where it expected something else: `typeof`, refined. */
export type ValueKind =
  | 'null'
  | 'list'
  | 'NaN'
  | 'Infinity'
  | '-Infinity'
  | 'string'
  | 'number'
  | 'bigint'
  | 'boolean'
  | 'symbol'
  | 'undefined'
  | 'object'
  | 'function';

type NoParams = Record<string, never>;
/** The kind of value found, for wordings such as "should be text, not a list". */
type Found = { found: ValueKind };

/**
 * Every kind of problem the validator reports, with what its wording names. The wordings are
 * `strings.problems`, one per code, so a translation words each kind once.
 */
export interface ProblemParams {
  missing: NoParams;
  empty: NoParams;
  'not-text': Found;
  /** Longer than `max` characters, and cut to that length. */
  cut: { max: number };
  'not-number': Found;
  negative: NoParams;
  /** A number outside the plausible bounds the contract declares. */
  'out-of-range': { value: number; min: number; max: number };
  'not-integer': { value: number };
  /** `value` is the text found, when it was text. */
  /** `value` is the text found. */
  'not-date': { value: string };
  'not-boolean': Found;
  /** `value` is the text found, when it was text. */
  'not-allowed': Found & { allowed: readonly string[]; value?: string };
  'not-http': NoParams;
  'not-source': Found;
  'not-list': Found;
  'not-object': Found;
  'not-dataset': Found;
  /** A list longer than the limit: only its first `limit` items are used. */
  'too-many': { count: number; limit: number };
  'repeated-id': { id: string };
  'not-scales': Found;
  /** A scale that is neither a list of labels nor an object with `labels`. */
  'not-scale': Found;
  'unusable-scale': NoParams;
  'no-scale': NoParams;
  'unknown-scale': { id: string };
  /** Ids that must name an item of the dataset's own `groups`, `settings`, `partnershipTypes`. */
  'unknown-group': { id: string };
  'unknown-setting': { id: string };
  'unknown-partnership': { id: string };
  'unknown-fact-group': { id: string };
  /** Sheets: a level cell that is neither a number nor a label of the item's scale. */
  'not-a-level': { value: string; scale: string };
  /** Sheets: an assessments column that is no outcome or factor id. */
  'unknown-column': { column: string };
  /** Sheets: a yes/no cell that is neither. */
  'not-yes-no': { value: string };
  /** Sheets: a number cell that is not a number. */
  'not-a-figure': { value: string };
  /** Sheets: no areas sheet among them. */
  'no-areas-sheet': NoParams;
  /** Sheets: a `programme.csv` key the contract does not have. */
  'unknown-key': { key: string };
  /** Sheets: a `sources.csv` row for no area, or without a field or a URL. */
  'unknown-row': { id: string };
  /** Sheets: `extra.json` is not JSON. */
  'bad-extra': { detail: string };
  'not-money': Found;
  /** `value` is the text found. */
  'bad-currency': { value: string };
  'not-sources': Found;
  'no-alt': NoParams;
  'not-levels': Found;
  'unknown-outcome': { id: string };
  'unknown-factor': { id: string };
  'not-level': Found;
  /** The level is not within the scale, whose levels run from 0 to `top`. */
  'level-outside': { level: number; scale: string; top: number };
  'unknown-area': { id: string };
  /** `value` is the number found, when it was a number. */
  'not-year': Found & { value?: number };
  'repeated-assessment': { area: string; year: number };
  'not-notes': Found;
  'no-schema': NoParams;
  /** `version` is the version found, when it was a number or text. */
  'unknown-schema': Found & { version?: string };
  /** A bug in the validator; `detail` is the error's own text. */
  unreadable: { detail: string };
  /** Problems past the limit are counted, not listed. */
  unlisted: { count: number };
}

export type ProblemCode = keyof ProblemParams;

/**
 * One thing the validator could not use: where it is, which kind of problem, and what the
 * wording names. Show `problemText(problem)`, which words it in the locale in force.
 */
export type Problem = {
  [Code in ProblemCode]: {
    /** JSON path into the input, e.g. `$.areas[3].population`. */
    path: string;
    code: Code;
    params: ProblemParams[Code];
    /**
     * The wording in the locale in force when the data was validated, for the console and logs;
     * it does not follow a later `setLocale`.
     */
    message: string;
  };
}[ProblemCode];

export interface ValidationResult {
  /** The usable part of the input, or null when nothing in it can be used. */
  dataset: Dataset | null;
  problems: Problem[];
}
