/**
 * How a programme's sheets map onto the data contract: one definition that reading sheets
 * (`read.ts`) and writing them (`write.ts`) both follow, so a dataset survives the round trip.
 * A column names a path into the item and how its text reads.
 */

export type CellKind = 'text' | 'number' | 'boolean' | 'list';

export interface Column {
  /** The header, as a partner types it. */
  name: string;
  path: readonly string[];
  kind: CellKind;
}

const column = (
  name: string,
  path: string | readonly string[] = name,
  kind: CellKind = 'text',
) => ({
  name,
  path: typeof path === 'string' ? [path] : path,
  kind,
});

const sourced = [
  column('source_title', ['source', 'title']),
  column('source_url', ['source', 'url']),
];

/** The sheets of a programme, by file name (or its `.tsv` twin), in the order they are read. */
export const sheetNames = [
  'programme',
  'scales',
  'outcomes',
  'groups',
  'factors',
  'settings',
  'partnership-types',
  'areas',
  'sources',
  'assessments',
] as const;

export type SheetName = (typeof sheetNames)[number];

/** What the contract keeps that no sheet holds (the programme's story), as JSON beside them. */
export const extraFile = 'extra.json';

export const areaColumns: readonly Column[] = [
  column('id'),
  column('name'),
  column('place'),
  column('localAuthority'),
  column('region'),
  column('setting'),
  column('population', ['population', 'value'], 'number'),
  column('population_qualifier', ['population', 'qualifier']),
  column('funding', ['funding', 'amount'], 'number'),
  column('funding_currency', ['funding', 'currency']),
  column('funding_qualifier', ['funding', 'qualifier']),
  column('partnership'),
  column('caseStudy', 'caseStudy', 'boolean'),
  column('website'),
  column('summary'),
  column('wave', 'wave', 'number'),
  column('status'),
  column('joined'),
  column('completed'),
  column('confirmed', 'confirmed', 'boolean'),
  column('lat', 'lat', 'number'),
  column('lon', 'lon', 'number'),
  column('priorities', 'priorities', 'list'),
  column('inferred', 'inferred', 'list'),
  column('image_src', ['image', 'src']),
  column('image_alt', ['image', 'alt']),
];

export const outcomeColumns: readonly Column[] = [
  column('id'),
  column('title'),
  column('short'),
  column('description'),
  column('scale'),
  ...sourced,
];

export const factorColumns: readonly Column[] = [
  column('id'),
  column('group'),
  column('title'),
  column('short'),
  column('description'),
  column('scale'),
  ...sourced,
  column('finding', ['finding', 'text']),
  column('finding_source_title', ['finding', 'source', 'title']),
  column('finding_source_url', ['finding', 'source', 'url']),
];

/** Groups, settings and partnership types: a list of named items. */
export const itemColumns: readonly Column[] = [
  column('id'),
  column('title'),
  column('description'),
];

/** Scales, one row per level; the note and source go on a scale's first row. */
export const scaleColumns: readonly Column[] = [
  column('scale'),
  column('level', 'level', 'number'),
  column('label'),
  column('note'),
  ...sourced,
];

/** `assessments.csv`: these, then a column per outcome and factor id, and `note:<id>`. */
export const assessmentColumns: readonly Column[] = [
  column('area'),
  column('year', 'year', 'number'),
  column('method'),
  column('assessed_by', 'assessedBy'),
  column('date'),
  ...sourced,
];

/** The long form of assessments: one row per item. */
export const longAssessmentColumns = ['area', 'year', 'item', 'level', 'note'] as const;

export const notePrefix = 'note:';

/** A level's cell when the item is stated as not assessed (an empty cell leaves it out). */
export const notAssessed = 'not assessed';

/** `programme.csv`: key, value. */
export const programmeKeys: readonly Column[] = [
  column('schema', 'schema', 'number'),
  column('id'),
  column('name'),
  column('illustrative', 'illustrative', 'boolean'),
  column('description'),
  column('updated'),
  column('source', ['source', 'url']),
  column('source_title', ['source', 'title']),
];

/** `sources.csv`: an area's citations per field. */
export const sourceColumns = ['sheet', 'id', 'field', 'title', 'url'] as const;

/** Which collection each list sheet fills. */
export const listSheets = {
  outcomes: { key: 'outcomes', columns: outcomeColumns },
  groups: { key: 'groups', columns: itemColumns },
  factors: { key: 'factors', columns: factorColumns },
  settings: { key: 'settings', columns: itemColumns },
  'partnership-types': { key: 'partnershipTypes', columns: itemColumns },
  areas: { key: 'areas', columns: areaColumns },
} as const;
