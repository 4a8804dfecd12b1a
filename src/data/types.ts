/**
 * The data contract: one JSON document per dataset. `schema.json` beside this file describes the
 * same shape for partners; `validate.ts` turns any input into these types.
 *
 * Only `schema`, `programme`, `outcomes`, `factors` and `areas[].id/name` are required. Every
 * other field may be missing, and widgets cope.
 */

/** A citation: where a figure or statement can be checked. */
export interface Source {
  title: string;
  url: string;
}

export interface Programme {
  id: string;
  name: string;
  /** True when the dataset is made up for demonstration; widgets then say so on screen. */
  illustrative: boolean;
  /** Where the dataset as a whole comes from. */
  source?: Source;
  /** ISO date of the last update. */
  updated?: string;
  description?: string;
}

/** Ordered level labels: index 0 is the lowest level. */
export type Scale = readonly string[];

export interface Outcome {
  id: string;
  title: string;
  /** A short title for tight spaces (ring captions, column headers). */
  short?: string;
  description?: string;
  /** Id of the scale its levels index into. */
  scale?: string;
}

export type FactorGroup = 'condition' | 'way-of-working';

export interface Factor {
  id: string;
  group: FactorGroup;
  title: string;
  short?: string;
  description?: string;
  scale?: string;
}

export type Setting = 'urban' | 'rural' | 'coastal';
export type PartnershipType = 'sturdy' | 'key-people' | 'conflict' | 'fragile-maturity';

export interface Money {
  amount: number;
  /** ISO 4217 code, e.g. GBP. */
  currency: string;
}

export interface Area {
  id: string;
  name: string;
  place?: string;
  region?: string;
  setting?: Setting;
  population?: number;
  funding?: Money;
  partnership?: PartnershipType;
  caseStudy?: boolean;
  /** Only http and https URLs survive validation. */
  website?: string;
  summary?: string;
  priorities?: string[];
  image?: { src: string; alt: string };
  /** Citations per field name, e.g. `{ "funding": [{ title, url }] }`. */
  sources?: Record<string, Source[]>;
}

/** A level index into the item's scale, or null for "not assessed". */
export type Level = number | null;

export interface Assessment {
  area: string;
  year: number;
  outcomes: Record<string, Level>;
  factors: Record<string, Level>;
  notes: Record<string, string>;
}

/** How sure a source is about a figure: conflicting sources are labelled, never hidden. */
export type Certainty = 'stated' | 'uncertain' | 'conflict';

/** A programme-level fact with the page that states it. */
export interface Fact {
  id: string;
  label: string;
  /** The figure or statement as the source gives it, e.g. "£217m". */
  value: string;
  /** A numeric form of the value when there is one, for charts. */
  number?: number;
  unit?: string;
  certainty?: Certainty;
  note?: string;
  source: Source;
}

/** A named item of the framework with a description: partnership types, levels of change. */
export interface FrameworkItem {
  id: string;
  title: string;
  description?: string;
  source?: Source;
}

export interface Dataset {
  schema: 1;
  programme: Programme;
  scales: Record<string, Scale>;
  outcomes: Outcome[];
  factors: Factor[];
  areas: Area[];
  assessments: Assessment[];
  facts: Fact[];
  partnershipTypes: FrameworkItem[];
  levelsOfChange: FrameworkItem[];
}

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
  'unusable-scale': NoParams;
  'no-scale': NoParams;
  'unknown-scale': { id: string };
  'not-money': Found;
  'bad-currency': NoParams;
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
