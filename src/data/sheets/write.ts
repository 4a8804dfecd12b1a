import { formatSheet } from './dsv.js';
import {
  assessmentColumns,
  extraFile,
  listSheets,
  notAssessed,
  notePrefix,
  programmeKeys,
  scaleColumns,
  sourceColumns,
} from './layout.js';
import type { Column } from './layout.js';
import type { Dataset } from '../types.js';

type Item = Record<string, unknown>;

function getPath(item: unknown, path: readonly string[]): unknown {
  let at = item;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Item)[key];
  }
  return at;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(' | ');
  return String(value);
}

/** Whether every field of every item is one of `columns`' paths, so the sheet holds it whole. */
function fits(items: readonly Item[], columns: readonly Column[]): boolean {
  const covered = (value: unknown, prefix: string[]): boolean => {
    if (columns.some((spec) => spec.path.join('.') === prefix.join('.'))) return true;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.entries(value).every(([key, inner]) => covered(inner, [...prefix, key]));
  };
  return items.every((item) =>
    Object.entries(item).every(([key, value]) => key === 'sources' || covered(value, [key])),
  );
}

/** A sheet of `items` by `columns`, leaving out the columns no item fills. */
function listSheet(items: readonly Item[], columns: readonly Column[]): string {
  const used = columns.filter(
    (spec, index) => index < 2 || items.some((item) => getPath(item, spec.path) !== undefined),
  );
  return formatSheet(
    used.map((spec) => spec.name),
    items.map((item) => used.map((spec) => text(getPath(item, spec.path)))),
  );
}

/**
 * A validated dataset as the sheets a partner keeps (`programme.csv`, `areas.csv`, …) and, for
 * what no sheet holds (the programme's story, framework items with more than a title and a
 * description), `extra.json`; `sheetsToDocument` reads them back to the same dataset.
 */
export function datasetToSheets(dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = {};
  const extra: Item = {};
  const data = dataset as unknown as Item;

  files['programme.csv'] = formatSheet(
    ['key', 'value'],
    programmeKeys
      .map((spec) => [
        spec.name,
        text(spec.name === 'schema' ? 2 : getPath(dataset.programme, spec.path)),
      ])
      .filter(([, value]) => value !== ''),
  );

  const scaleRows: string[][] = [];
  for (const [id, scale] of Object.entries(dataset.scales)) {
    scale.labels.forEach((label, level) => {
      const first = level === 0;
      scaleRows.push([
        id,
        String(level),
        label,
        first ? text(scale.note) : '',
        first ? text(scale.source?.title) : '',
        first ? text(scale.source?.url) : '',
      ]);
    });
  }
  files['scales.csv'] = formatSheet(
    scaleColumns.map((spec) => spec.name),
    scaleRows,
  );

  for (const [name, { key, columns }] of Object.entries(listSheets)) {
    const items = (data[key] ?? []) as Item[];
    if (fits(items, columns)) files[`${name}.csv`] = listSheet(items, columns);
    else extra[key] = items;
  }

  const sourceRows: string[][] = [];
  for (const area of dataset.areas) {
    for (const [field, sources] of Object.entries(area.sources ?? {})) {
      for (const source of sources)
        sourceRows.push(['areas', area.id, field, source.title, source.url]);
    }
  }
  if (sourceRows.length > 0) files['sources.csv'] = formatSheet(sourceColumns, sourceRows);

  if (dataset.assessments.length > 0) {
    const items = [
      ...dataset.outcomes.map((item) => item.id),
      ...dataset.factors.map((item) => item.id),
    ];
    const noted = items.filter((id) =>
      dataset.assessments.some((assessment) => assessment.notes[id]),
    );
    const fixed = assessmentColumns.filter(
      (spec, index) =>
        index < 2 ||
        dataset.assessments.some((assessment) => getPath(assessment, spec.path) !== undefined),
    );
    const level = (value: number | null | undefined) =>
      value === undefined ? '' : value === null ? notAssessed : String(value);
    files['assessments.csv'] = formatSheet(
      [...fixed.map((spec) => spec.name), ...items, ...noted.map((id) => `${notePrefix}${id}`)],
      dataset.assessments.map((assessment) => [
        ...fixed.map((spec) => text(getPath(assessment, spec.path))),
        ...items.map((id, index) =>
          level(index < dataset.outcomes.length ? assessment.outcomes[id] : assessment.factors[id]),
        ),
        ...noted.map((id) => text(assessment.notes[id])),
      ]),
    );
  }

  const sheetKeys = new Set<string>([
    'schema',
    'programme',
    'scales',
    'assessments',
    ...Object.values(listSheets).map((entry) => entry.key),
  ]);
  for (const [key, value] of Object.entries(data)) {
    if (!sheetKeys.has(key) && !(Array.isArray(value) && value.length === 0)) extra[key] = value;
  }
  if (Object.keys(extra).length > 0) files[extraFile] = `${JSON.stringify(extra, null, 2)}\n`;
  return files;
}
