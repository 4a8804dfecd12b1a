import { frameworkDefaults } from '../default/framework-defaults.js';
import {
  boolean,
  either,
  expected,
  levels,
  list,
  map,
  number,
  object,
  oneOf,
  optional,
  record,
  ref,
  required,
  text,
  url,
  version,
  withDefault,
} from './readers.js';

/**
 * The data contract, defined once: one JSON document per dataset. The types in `types.ts`, the
 * shipped `schema.json` (`scripts/schema.mjs`) and the validator all come from this module.
 *
 * Only `schema`, `programme`, `outcomes`, `factors` and `areas[].id/name` are required; every
 * other field may be missing, and widgets cope. A document whose required parts are unusable is
 * not a dataset. Lists are read in the order below, so an item can name items of lists above it.
 *
 * To add an optional collection: define its item here with `object({...}, { name })` (JSDoc on
 * each field: it becomes the type's documentation and the schema's descriptions), add
 * `things: withDefault(list(thing, { idKey: 'id' }), [])` to `dataset`, export its type from
 * `types.ts` as `Infer<typeof thing>`, and run `node scripts/schema.mjs`. Only a new kind of
 * problem needs more: its code in `ProblemParams` and its wording in `strings.problems`.
 */

/** ISO 8601 calendar dates, as precise as the source is: YYYY-MM-DD, YYYY-MM or YYYY. */
const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const date = () => text({ pattern: isoDate, mismatch: 'not-date' });

/** A citation: where a figure or statement can be checked. */
export const source = map(
  object(
    {
      /** What to call the link; the address itself when absent. */
      title: optional(text()),
      /** Only http and https links survive. */
      url: url(),
    },
    { name: 'source', notObject: 'not-source' },
  ),
  (cited) => ({ title: cited.title ?? cited.url, url: cited.url }),
);

/** The programme the dataset describes, and where the dataset comes from. */
export const programme = object(
  {
    id: text(),
    name: text(),
    /** True when the dataset is made up for demonstration; widgets then say so on screen. */
    illustrative: withDefault(boolean(), false),
    /** Where the dataset as a whole comes from: every top-level widget's credit line. */
    source: optional(source),
    /** ISO date (YYYY-MM-DD) of the last update, shown in the credit line. */
    updated: optional(date()),
    description: optional(text()),
  },
  { name: 'programme' },
);

/**
 * How exact a figure is, as its source words it: "at least £1m" is `at-least`, "about 8,000"
 * is `about`, "just under £160m" is `under`. Without one the figure is exact.
 */
export const qualifier = oneOf(['at-least', 'about', 'up-to', 'over', 'under']);

/** An amount of money in an explicit currency: there is no default currency. */
export const money = object(
  {
    amount: number({ min: 0, max: 1e12 }),
    /** ISO 4217 code, e.g. GBP. */
    currency: text({ pattern: /^[A-Z]{3}$/, mismatch: 'bad-currency' }),
    qualifier: optional(qualifier),
  },
  { name: 'money', notObject: 'not-money' },
);

/** A count of people or things; a plain number in a document reads as an exact count. */
const count = (max: number) => {
  const value = number({ min: 0, max, integer: true });
  return either(
    {
      number: map(value, (exact) => ({ value: exact })),
      object: object({ value, qualifier: optional(qualifier) }),
    },
    'not-number',
  );
};

const labels = list(text(), { min: 2, whole: true, unusable: 'unusable-scale' });

/** A scale's ordered level labels (index 0 the lowest), and where the scale comes from. */
export const scale = either(
  {
    // Schema 1 gives a scale as its bare list of labels.
    list: map(labels, (bare) => ({ labels: bare })),
    object: object(
      {
        labels,
        source: optional(source),
        /** E.g. "A product convention, not the evaluation's own scale." */
        note: optional(text()),
      },
      { name: 'scale' },
    ),
  },
  'not-scale',
);

export const outcome = object(
  {
    id: text(),
    title: text(),
    /** A short title for tight spaces (ring captions, column headers). */
    short: optional(text()),
    description: optional(text()),
    /** Id of the scale its levels index into. */
    scale: expected(ref('scales', 'unknown-scale'), 'no-scale'),
    source: optional(source),
  },
  { name: 'outcome' },
);

/** A finding of the evaluation about one item, with the page that states it. */
export const finding = object({ text: text(), source: optional(source) }, { name: 'finding' });

/** A named item of the framework: factor groups, partnership types, settings, levels of change. */
export const frameworkItem = object(
  {
    id: text(),
    title: text(),
    description: optional(text()),
    /** What falls under the item, e.g. the kinds of activity a level of change lists. */
    activities: optional(list(text())),
    /**
     * How much of what was studied the item covers, in the source's words ("around a third",
     * "a couple"): never turned into a count.
     */
    share: optional(text()),
    /** The share as a fraction (0 to 1), only when the source states one. */
    fraction: optional(number({ min: 0, max: 1 })),
    /** What the evaluation found about the item. */
    finding: optional(finding),
    source: optional(source),
  },
  { name: 'frameworkItem' },
);

export const factor = object(
  {
    id: text(),
    /** Id of one of the dataset's `groups`. */
    group: ref('groups', 'unknown-group'),
    title: text(),
    short: optional(text()),
    description: optional(text()),
    scale: expected(ref('scales', 'unknown-scale'), 'no-scale'),
    /** What the evaluation found about the factor, e.g. that it was the most critical. */
    finding: optional(finding),
    source: optional(source),
  },
  { name: 'factor' },
);

export const area = object(
  {
    id: text(),
    name: text(),
    /** The town or district a reader would name. */
    place: optional(text()),
    /** The local authority, which is not always the place (Ramsey is in Huntingdonshire). */
    localAuthority: optional(text()),
    region: optional(text()),
    /**
     * Latitude of a point in the area (WGS 84 degrees, as a map service gives them); with `lon`,
     * `bl-area-map` draws the area as a point on an outline of England. Cite where it comes from
     * in `sources.location`.
     */
    lat: optional(number({ min: -90, max: 90 })),
    /** Longitude of the same point (WGS 84 degrees, negative west of Greenwich). */
    lon: optional(number({ min: -180, max: 180 })),
    /** Id of one of the dataset's `settings`. */
    setting: optional(ref('settings', 'unknown-setting')),
    /** A neighbourhood's residents: a plain number or `{ value, qualifier }`. */
    population: optional(count(1_000_000)),
    funding: optional(money),
    /** Id of one of the dataset's `partnershipTypes`. */
    partnership: optional(ref('partnershipTypes', 'unknown-partnership')),
    caseStudy: optional(boolean()),
    /** The wave in which the area joined the programme (1, 2, 3…). */
    wave: optional(number({ min: 1, max: 20, integer: true })),
    /** Where the area is in the programme's life. */
    status: optional(oneOf(['active', 'completed'])),
    /** ISO date the area joined (was announced). */
    joined: optional(date()),
    /** ISO date the area completed its programme. */
    completed: optional(date()),
    /**
     * False when no source confirms the area as part of the programme (only an unattributed list
     * names it): every card says so. Absent means confirmed.
     */
    confirmed: optional(boolean()),
    /**
     * Fields whose value a source infers rather than states (`["region"]`): widgets label them
     * as inferred.
     */
    inferred: optional(list(oneOf(['localAuthority', 'region', 'wave', 'joined']))),
    /** Only http and https URLs survive validation. */
    website: optional(url()),
    summary: optional(text()),
    priorities: optional(list(text())),
    image: optional(object({ src: url(), alt: required(text({ allowEmpty: true }), 'no-alt') })),
    /** Citations per field name, e.g. `{ "funding": [{ title, url }] }`. */
    sources: optional(record(list(source), { notObject: 'not-sources' })),
  },
  { name: 'area' },
);

export const assessment = object(
  {
    /** Id of one of the dataset's areas. */
    area: ref('areas', 'unknown-area'),
    year: number({ min: 1900, max: 2100, integer: true, invalid: 'not-year' }),
    /** A level per outcome id: a whole-number index into its scale, or null for not assessed. */
    outcomes: withDefault(levels('outcomes', 'unknown-outcome'), {}),
    /** A level per factor id, likewise. */
    factors: withDefault(levels('factors', 'unknown-factor'), {}),
    /** A note per outcome or factor id. */
    notes: withDefault(
      record(optional(text()), { notObject: 'not-notes', keyedBy: ['outcomes', 'factors'] }),
      {},
    ),
    /** Where the assessment is published. */
    source: optional(source),
    /** How it was made, e.g. "Self-assessment at a partnership workshop". */
    method: optional(text()),
    /** Who made it, e.g. "The partnership with its Big Local rep". */
    assessedBy: optional(text()),
    /** ISO date it was made. */
    date: optional(date()),
  },
  { name: 'assessment' },
);

/** A programme-level fact with the page that states it. */
export const fact = object(
  {
    id: text(),
    label: text(),
    /** The figure or statement as the source gives it, e.g. "£217m". */
    value: text(),
    /** A numeric form of the value when there is one, for charts. */
    number: optional(number({ min: 0 })),
    /** The upper end when the source gives a range ("10–15 years"): `number` is the lower. */
    max: optional(number({ min: 0 })),
    /** The whole that `number` is part of, for "117 of 150". */
    of: optional(number({ min: 0 })),
    /**
     * What `number` counts: `GBP` (or another ISO 4217 code) for money, `percent` for a share
     * from 0 to 1, `year`, `years`, or a noun such as `areas` or `people`.
     */
    unit: optional(text()),
    /** How exact `number` is, as the source words it ("over", "about"). */
    qualifier: optional(qualifier),
    /**
     * Id of one of the dataset's `factGroups`: figures that sources give differently for the
     * same thing (the programme's total funding) share one, and widgets show them as one entry
     * with the alternatives listed once.
     */
    group: optional(ref('factGroups', 'unknown-fact-group')),
    /**
     * How sure a source is about a figure: an approximate one ("just under £160m") says so, and
     * conflicting sources are labelled, never hidden.
     */
    certainty: optional(oneOf(['stated', 'approximate', 'uncertain', 'conflict'])),
    note: optional(text()),
    /** A figure nobody can check is not shown. */
    source,
  },
  { name: 'fact' },
);

/** A passage quoted word for word, with where it is published. */
export const quote = object(
  {
    /** Widgets ask for the quotes they show by id: `hypothesis`, `no-single-factor`, … */
    id: text(),
    text: text(),
    /** Where in the source, or how other sources word it. */
    note: optional(text()),
    source,
  },
  { name: 'quote' },
);

/** A theme of the programme's learning, with its figures and its own page. */
export const theme = object(
  {
    id: text(),
    title: text(),
    summary: optional(text()),
    /** The theme's own page. */
    url: optional(url()),
    figures: withDefault(list(fact, { idKey: 'id' }), []),
    source: optional(source),
  },
  { name: 'theme' },
);

/** One measure of a study: the programme's areas against the comparison group. */
export const measure = object(
  {
    id: text(),
    label: text(),
    /** How the two figures read: a percentage, percentage points, a rate per 1,000, a number. */
    unit: oneOf(['percent', 'percentage-points', 'per-1000', 'number']),
    /** Which way is better for residents: more business units, fewer children in poverty. */
    better: oneOf(['higher', 'lower']),
    /** The programme's areas; a change is signed (a fall is negative). */
    programme: number({ min: -1e9, max: 1e9 }),
    comparison: number({ min: -1e9, max: 1e9 }),
    /** The years the figures span, e.g. "2014–2021". */
    period: optional(text()),
    /** The measure in one plain sentence. */
    sentence: optional(text()),
    /** E.g. "A change in percentage points, not a level." */
    note: optional(text()),
    source: optional(source),
  },
  { name: 'measure' },
);

/** An independent study comparing the programme's areas with similar areas. */
export const study = object(
  {
    id: text(),
    title: text(),
    publisher: optional(text()),
    /** ISO date of publication. */
    published: optional(date()),
    /** The years compared, as the study states them. */
    period: optional(text()),
    /** Who the areas were compared with, e.g. "29 similarly deprived areas". */
    comparison: optional(text()),
    summary: optional(text()),
    measures: withDefault(list(measure, { idKey: 'id' }), []),
    /** Findings the study states without paired figures. */
    findings: withDefault(list(finding), []),
    /** The study's own caveats, and what our sources leave out. */
    caveats: withDefault(list(text()), []),
    source,
  },
  { name: 'study' },
);

/** A dated step in the programme's journey, or in one area's when `area` names it. */
export const milestone = object(
  {
    id: text(),
    /** ISO 8601, as precise as the source: 2010, 2022-06 or 2012-02-29. */
    date: date(),
    label: text(),
    description: optional(text()),
    /** A date the sources give loosely is `approximate`; one they disagree on, `uncertain`. */
    certainty: optional(oneOf(['stated', 'approximate', 'uncertain'])),
    /** What sort of step: `programme`, `evaluation`, `research`, `data`. */
    kind: optional(text()),
    /** Id of one of the dataset's areas, for an area's own milestone. */
    area: optional(ref('areas', 'unknown-area')),
    source: optional(source),
    /** Other pages that give this date, or dispute it (why a date is `uncertain`). */
    otherSources: optional(list(source)),
  },
  { name: 'milestone' },
);

/** A heading money was spent under, across the programme. */
export const spendHeading = object(
  {
    id: text(),
    label: text(),
    /** The share of all spend (0 to 1), only when the source states one. */
    share: optional(number({ min: 0, max: 1 })),
    /** The share as the source gives it, e.g. "32%". */
    value: optional(text()),
    note: optional(text()),
    figures: withDefault(list(fact, { idKey: 'id' }), []),
    source: optional(source),
  },
  { name: 'spendHeading' },
);

/** How the programme's money was spent, and the sourced inputs of a per-resident figure. */
export const spend = object(
  {
    total: optional(fact),
    headings: withDefault(list(spendHeading, { idKey: 'id' }), []),
    /**
     * The money each area had, over how many years, for how many residents: a widget divides
     * them in the open and labels the result as derived.
     */
    perResident: optional(object({ amount: fact, years: fact, people: fact })),
  },
  { name: 'spend' },
);

/** A framework list of the document's own, or Big Local's when it has none. */
const framework = (as: keyof typeof frameworkDefaults) =>
  withDefault(list(frameworkItem, { idKey: 'id', as }), frameworkDefaults[as]);

/**
 * One dataset: a programme's framework (scales, outcomes, factor groups and factors, settings and
 * partnership types), its areas and their assessments. Only schema, programme, outcomes, factors
 * and areas[].id/name are required; widgets cope with any other field missing. Levels are whole
 * numbers indexing the item's scale (0 is the first label); null means not assessed.
 */
export const dataset = object({
  /** 1 (groups, settings and partnership types as Big Local's) or 2. */
  schema: version([1, 2]),
  programme,
  scales: withDefault(record(scale, { as: 'scales', notObject: 'not-scales' }), {}),
  outcomes: list(outcome, { idKey: 'id', as: 'outcomes' }),
  /** The factor groups in order; Big Local's conditions and ways of working when absent. */
  groups: framework('groups'),
  factors: list(factor, { idKey: 'id', as: 'factors' }),
  /** The settings areas may have; Big Local's urban, rural and coastal when absent. */
  settings: framework('settings'),
  /** The partnership types areas may have; Big Local's four when absent. */
  partnershipTypes: framework('partnershipTypes'),
  areas: list(area, { idKey: 'id', as: 'areas', max: 'maxAreas' }),
  assessments: withDefault(
    list(assessment, {
      max: 'maxAssessments',
      distinct: {
        by: ['area', 'year'],
        problem: (read) => ({
          code: 'repeated-assessment',
          params: { area: read.area, year: read.year },
        }),
      },
    }),
    [],
  ),
  /** What facts that sources give differently measure, and what is known about why. */
  factGroups: withDefault(list(frameworkItem, { idKey: 'id', as: 'factGroups' }), []),
  facts: withDefault(list(fact, { idKey: 'id' }), []),
  levelsOfChange: withDefault(list(frameworkItem, { idKey: 'id' }), []),
  /** Passages the story widgets quote, by id. */
  quotes: withDefault(list(quote, { idKey: 'id' }), []),
  /** The themes of the programme's learning. */
  themes: withDefault(list(theme, { idKey: 'id' }), []),
  /** Independent studies comparing the programme's areas with similar areas. */
  studies: withDefault(list(study, { idKey: 'id' }), []),
  /** The programme's journey, and areas' own steps. */
  milestones: withDefault(list(milestone, { idKey: 'id' }), []),
  spend: optional(spend),
});
