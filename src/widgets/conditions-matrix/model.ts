/**
 * What the conditions matrix shows, as plain data: the model built from a dataset and a year,
 * the rows a filter keeps, their order under a sort, and the CSV of what is in view. No DOM and
 * no Lit, so every rule here is tested in Node (`tests/node/matrix-model.test.ts`).
 */
import { assessmentsOf, findGroup, scaleDefinitionOf } from '../../data/query.js';
import type {
  Area,
  Assessment,
  Dataset,
  Factor,
  FactorGroup,
  Scale,
  ScaleDefinition,
} from '../../data/types.js';
import { collator } from '../../format/text.js';
import { currentLocale } from '../../strings/locale.js';
import { matrixStrings } from '../../strings/matrix.js';

/** Level codes below zero: the assessment says null, or has no key for the factor at all. */
export const NOT_ASSESSED = -1;
export const NO_DATA = -2;
/** Levels are stored in an `Int8Array`; no scale a reader could compare by eye is longer. */
export const HIGHEST_LEVEL = 127;

export interface Column {
  factor: Factor;
  labels: Scale;
  /** The scale the labels come from, with its source and note, when the dataset has one. */
  scale?: ScaleDefinition;
  /** The highest level (at least 1, so a level divides by it safely). */
  top: number;
  /** The first column of its group, which draws the group's dividing line. */
  start: boolean;
}

export interface Group {
  /** The dataset's group: its id, title and source. */
  group: FactorGroup;
  /** Index of its first column among the factor columns. */
  first: number;
  span: number;
}

/** Everything the matrix draws from one dataset and year, built once for both. */
export interface MatrixModel {
  columns: Column[];
  groups: Group[];
  areas: readonly Area[];
  /** The assessment each row shows, if any. */
  shown: (Assessment | undefined)[];
  /** Row-major levels: `levels[row * columns.length + column]`, or a code below zero. */
  levels: Int8Array;
  /** Mean outcome level as a share of the top level, NaN when no outcome was assessed. */
  progress: Float64Array;
  /** Rows in name order, and each row's place in it. */
  byName: Int32Array;
  rank: Int32Array;
}

/** A factor's level for a row, or a code below zero. */
export function levelOf(model: MatrixModel, row: number, column: number): number {
  return model.levels[row * model.columns.length + column]!;
}

/** Text folded so that a search ignores case and accents: "Öxford" finds "oxford". */
export function foldForSearch(text: string): string {
  // Most names are printable ASCII, with no accents to drop: skipping the Unicode work for
  // them keeps the first search over 15,000 names quick.
  const plain = /^[ -~]*$/.test(text);
  const bare = plain ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return bare.toLocaleLowerCase(currentLocale());
}

/** Each area's name folded for search, made on the first search rather than on every load. */
const searchNames = new WeakMap<MatrixModel, string[]>();

function searchNamesOf(model: MatrixModel): string[] {
  let names = searchNames.get(model);
  if (!names) {
    names = model.areas.map((area) => foldForSearch(area.name));
    searchNames.set(model, names);
  }
  return names;
}

/**
 * The assessment a row shows: the one in `year`, or the area's latest that records any factor,
 * else its latest at all (whose outcomes still give the progress column).
 */
function assessmentFor(list: readonly Assessment[], year: number | undefined) {
  if (year !== undefined) return list.find((assessment) => assessment.year === year);
  for (let i = list.length - 1; i >= 0; i--) {
    if (Object.keys(list[i]!.factors).length > 0) return list[i];
  }
  return list.at(-1);
}

/**
 * Columns grouped as the dataset's `groups`, in their order, factors in dataset order. Groups
 * with no factor are left out; a factor whose group the dataset does not list (which the
 * validator prevents) still shows, in a group after the listed ones titled by its id.
 */
function columnsOf(dataset: Dataset): { columns: Column[]; groups: Group[] } {
  const columns: Column[] = [];
  const groups: Group[] = [];
  const ids = new Set([
    ...dataset.groups.map((group) => group.id),
    ...dataset.factors.map((factor) => factor.group),
  ]);
  for (const id of ids) {
    const first = columns.length;
    for (const factor of dataset.factors) {
      if (factor.group !== id) continue;
      const scale = scaleDefinitionOf(dataset, factor);
      const labels = scale?.labels ?? [];
      columns.push({
        factor,
        labels,
        scale,
        top: Math.min(Math.max(labels.length - 1, 1), HIGHEST_LEVEL),
        start: columns.length === first,
      });
    }
    if (columns.length === first) continue;
    const group = findGroup(dataset, id) ?? { id, title: id };
    groups.push({ group, first, span: columns.length - first });
  }
  return { columns, groups };
}

/** The titles of the groups the matrix shows (those with factors), in the dataset's order. */
export function groupTitlesOf(dataset: Dataset): string[] {
  return columnsOf(dataset).groups.map(({ group }) => group.title);
}

/** Why there is nothing to compare: no factors, or no assessment of any (in the year). */
export type NothingToCompare = 'no-factors' | 'no-assessments';

/** The model, or why there is none. */
export function buildModel(
  dataset: Dataset,
  year: number | undefined,
): MatrixModel | NothingToCompare {
  if (dataset.factors.length === 0) return 'no-factors';
  const { columns, groups } = columnsOf(dataset);
  const { areas } = dataset;
  const width = columns.length;
  const levels = new Int8Array(areas.length * width).fill(NO_DATA);
  const progress = new Float64Array(areas.length).fill(NaN);
  const shown: (Assessment | undefined)[] = [];
  const outcomeTops = dataset.outcomes.map(
    (outcome) => (scaleDefinitionOf(dataset, outcome)?.labels.length ?? 0) - 1,
  );
  let anyLevel = false;
  areas.forEach((area, row) => {
    const assessment = assessmentFor(assessmentsOf(dataset, area.id), year);
    shown.push(assessment);
    if (!assessment) return;
    columns.forEach(({ factor }, col) => {
      if (!Object.hasOwn(assessment.factors, factor.id)) return;
      anyLevel = true;
      const level = assessment.factors[factor.id];
      levels[row * width + col] =
        typeof level === 'number' ? Math.min(level, HIGHEST_LEVEL) : NOT_ASSESSED;
    });
    let sum = 0;
    let count = 0;
    dataset.outcomes.forEach((outcome, i) => {
      const level = assessment.outcomes[outcome.id];
      const top = outcomeTops[i]!;
      if (typeof level === 'number' && top > 0) {
        sum += level / top;
        count += 1;
      }
    });
    if (count) progress[row] = sum / count;
  });
  if (!anyLevel) return 'no-assessments';

  const compare = collator().compare;
  // Names equal to the collator keep dataset order, so the order never depends on the engine.
  const byName = Int32Array.from(areas.keys()).sort(
    (a, b) => compare(areas[a]!.name, areas[b]!.name) || a - b,
  );
  const rank = new Int32Array(areas.length);
  byName.forEach((row, place) => (rank[row] = place));
  return { columns, groups, areas, shown, levels, progress, byName, rank };
}

// ---- Filtering ---------------------------------------------------------------------------

/** The attributes that narrow the rows; each list is comma-separated and case-insensitive. */
export interface RowFilter {
  areas?: string;
  setting?: string;
  region?: string;
  partnership?: string;
  caseStudy?: boolean;
  /** Part of a name, matched ignoring case and accents. */
  query?: string;
}

/** A comma-separated attribute as a lower-case set; undefined when empty. */
function listOf(value: string | undefined): Set<string> | undefined {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  return items.length ? new Set(items) : undefined;
}

/** Ids in an `areas` list that name no area of the model, to warn about. */
export function unknownAreaIds(model: MatrixModel, areas: string | undefined): string[] {
  const known = new Set(model.areas.map((area) => area.id.toLowerCase()));
  return [...(listOf(areas) ?? [])].filter((id) => !known.has(id));
}

/** The rows the filter keeps, in name order. */
export function filterRows(model: MatrixModel, filter: RowFilter): Int32Array {
  const ids = listOf(filter.areas);
  const settings = listOf(filter.setting);
  const regions = listOf(filter.region);
  const partnerships = listOf(filter.partnership);
  const query = foldForSearch(filter.query?.trim() ?? '');
  const names = query ? searchNamesOf(model) : [];
  const has = (set: Set<string> | undefined, value: string | undefined) =>
    !set || (value !== undefined && set.has(value.toLowerCase()));
  return model.byName.filter((row) => {
    const area = model.areas[row]!;
    return (
      has(ids, area.id) &&
      has(settings, area.setting) &&
      has(regions, area.region) &&
      has(partnerships, area.partnership) &&
      (!filter.caseStudy || area.caseStudy === true) &&
      (!query || names[row]!.includes(query))
    );
  });
}

// ---- Sorting -----------------------------------------------------------------------------

/** What a sort is by: the names, the outcome progress, or a factor (by id). */
export type SortKey = 'name' | 'progress' | `factor:${string}`;

export interface Sort {
  key: SortKey;
  /** 1 ascending (A to Z, lowest first), -1 descending. */
  direction: 1 | -1;
}

export const byNameSort: Sort = { key: 'name', direction: 1 };

export const factorKey = (column: Column): SortKey => `factor:${column.factor.id}`;

/**
 * The sort after choosing `key`: the same key again reverses it; a new key starts with names
 * A to Z and levels highest first, the order a reader comparing areas looks for.
 */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (key === current.key) return { key, direction: current.direction === 1 ? -1 : 1 };
  return { key, direction: key === 'name' ? 1 : -1 };
}

/**
 * Rows (in name order) in the order of `sort`. Ties keep name order, and rows with no level
 * (not assessed or no data) go last in either direction.
 */
export function sortRows(model: MatrixModel, rows: Int32Array, sort: Sort): Int32Array {
  const { key, direction } = sort;
  if (key === 'name') return direction === 1 ? rows : rows.slice().reverse();
  let valueOf: (row: number) => number;
  if (key === 'progress') valueOf = (row) => model.progress[row]!;
  else {
    const column = model.columns.findIndex((candidate) => factorKey(candidate) === key);
    // A factor this dataset does not have (it changed under the sort): name order.
    if (column < 0) return rows;
    valueOf = (row) => {
      const level = levelOf(model, row, column);
      return level < 0 ? NaN : level;
    };
  }
  // One number per row, computed once rather than in every comparison.
  const order = new Float64Array(model.areas.length);
  for (const row of rows) {
    const value = valueOf(row);
    order[row] = Number.isNaN(value) ? Infinity : value * direction;
  }
  // Infinity - Infinity is NaN, which falls through to the name order like a tie.
  return rows.slice().sort((a, b) => order[a]! - order[b]! || model.rank[a]! - model.rank[b]!);
}

// ---- CSV ---------------------------------------------------------------------------------

/**
 * A CSV field (RFC 4180): quoted when it holds a quote, comma or line break. Text a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a leading `'`,
 * so a hostile area name cannot run in the reader's spreadsheet. Two lines rather than
 * `d3-dsv`, whose writer adds 0.9 kB gzip for the same quoting and no formula guard.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows and columns in view, as CSV: levels as numbers, unassessed in words, no data empty;
 * then each row's assessment year and the address of its source, so every level can be checked.
 */
export function csvOf(model: MatrixModel, rows: Int32Array, options: { summary: boolean }): string {
  const header = [
    matrixStrings.area,
    ...model.columns.map((column) => column.factor.title),
    ...(options.summary ? [matrixStrings.csvProgress] : []),
    matrixStrings.csvYear,
    matrixStrings.csvSource,
  ];
  const lines: (string | number)[][] = [header];
  for (const row of rows) {
    const levels = model.columns.map((_, col) => {
      const level = levelOf(model, row, col);
      return level === NO_DATA ? '' : level === NOT_ASSESSED ? matrixStrings.notAssessed : level;
    });
    const progress = model.progress[row]!;
    const summary = Number.isNaN(progress) ? '' : Math.round(progress * 100);
    const shown = model.shown[row];
    lines.push([
      model.areas[row]!.name,
      ...levels,
      ...(options.summary ? [summary] : []),
      shown?.year ?? '',
      shown?.source?.url ?? '',
    ]);
  }
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
