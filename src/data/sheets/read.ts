import { parseSheet } from './dsv.js';
import type { Sheet } from './dsv.js';
import {
  assessmentColumns,
  extraFile,
  listSheets,
  notAssessed,
  notePrefix,
  programmeKeys,
  scaleColumns,
} from './layout.js';
import type { CellKind, Column } from './layout.js';
import type { ProblemCode, ProblemParams } from '../types.js';

/** A problem found while reading the sheets, before validation: where, and which. */
export interface SheetProblem<Code extends ProblemCode = ProblemCode> {
  /** "assessments.csv row 14, column community-leadership". */
  at: string;
  code: Code;
  params: ProblemParams[Code];
}

export interface SheetsDocument {
  /** The sheets as a document of the JSON contract, for the validator. */
  document: Record<string, unknown>;
  problems: SheetProblem[];
  /** Where in the sheets a JSON path of the document came from ("areas.csv row 5, column funding"). */
  locate(path: string): string | undefined;
}

type Item = Record<string, unknown>;

const where = (file: string, row?: number, column?: string) =>
  [
    file,
    row === undefined ? '' : ` row ${row}`,
    column === undefined ? '' : `, column ${column}`,
  ].join('');

/** A figure as a spreadsheet may print it: "£1,000,000", "1 000 000", or "52,5" beside `;`. */
function readNumber(text: string): number | undefined {
  if (/^-?\d{1,15}$/.test(text)) return Number(text);
  let plain = text.replace(/[£$€\s_]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) plain = plain.replaceAll(',', '');
  else if (/^-?\d+,\d+$/.test(plain)) plain = plain.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

function setPath(target: Item, path: readonly string[], value: unknown): void {
  let at = target;
  path.slice(0, -1).forEach((key) => {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Item;
  });
  at[path[path.length - 1]!] = value;
}

export function sheetsToDocument(files: Readonly<Record<string, string>>): SheetsDocument {
  const problems: SheetProblem[] = [];
  const origins = new Map<string, string>();
  const problem = <Code extends ProblemCode>(at: string, code: Code, params: ProblemParams[Code]) =>
    problems.push({ at, code, params } as SheetProblem);

  /** A sheet by name, `.csv` or `.tsv`, with the file name it came from. */
  const sheet = (name: string): { file: string; sheet: Sheet } | undefined => {
    for (const file of [`${name}.csv`, `${name}.tsv`, `${name}.txt`]) {
      const text = files[file];
      if (typeof text === 'string') return { file, sheet: parseSheet(text) };
    }
    return undefined;
  };

  /** A cell as its column's kind reads it; a cell that does not read is a problem, and left out. */
  const cell = (text: string, kind: CellKind, at: () => string): unknown => {
    if (kind === 'number') {
      const value = readNumber(text);
      if (value === undefined) problem(at(), 'not-a-figure', { value: text });
      return value;
    }
    if (kind === 'boolean') {
      const lower = text.toLowerCase();
      if (yes.has(lower)) return true;
      if (no.has(lower)) return false;
      problem(at(), 'not-yes-no', { value: text });
      return undefined;
    }
    if (kind === 'list') {
      return text
        .split('|')
        .map((part) => part.trim())
        .filter(Boolean);
    }
    return text;
  };

  /** Each item's row, by its JSON path (`$.areas[3]`): a problem's column follows from its path. */
  const rowsAt = new Map<
    string,
    { file: string; row: number; columns: readonly Column[]; long?: boolean }
  >();

  /** Reads a row's cells by `columns` into an item, remembering its row. */
  const fill = (
    item: Item,
    columns: readonly Column[],
    file: string,
    row: number,
    values: Record<string, string>,
    path: string,
  ) => {
    for (const spec of columns) {
      const text = values[spec.name];
      if (text === undefined || text === '') continue;
      const value = cell(text, spec.kind, () => where(file, row, spec.name));
      if (value !== undefined) setPath(item, spec.path, value);
    }
    rowsAt.set(path, { file, row, columns });
  };

  const document: Record<string, unknown> = {};

  // programme.csv: key, value.
  const programme: Item = {};
  const programmeSheet = sheet('programme');
  if (programmeSheet) {
    origins.set('$.programme', programmeSheet.file);
    for (const { row, values } of programmeSheet.sheet.rows) {
      const key = values.key ?? '';
      const spec = programmeKeys.find((entry) => entry.name === key);
      if (!spec) {
        problem(where(programmeSheet.file, row, 'key'), 'unknown-key', { key });
        continue;
      }
      const at = where(programmeSheet.file, row, 'value');
      const value = values.value ? cell(values.value, spec.kind, () => at) : undefined;
      if (value === undefined) continue;
      if (spec.name === 'schema') document.schema = value;
      else setPath(programme, spec.path, value);
      origins.set(`$.programme.${spec.path[0]}`, at);
    }
  }
  document.schema ??= 2;
  document.programme = { id: 'programme', name: 'Programme', ...programme };

  // scales.csv: one row per level.
  const scales: Record<string, Item & { labels: string[] }> = {};
  const scalesSheet = sheet('scales');
  for (const { row, values } of scalesSheet?.sheet.rows ?? []) {
    const id = values.scale ?? '';
    const file = scalesSheet!.file;
    if (!id) continue;
    const scale = (scales[id] ??= { labels: [] });
    const level = values.level ? readNumber(values.level) : scale.labels.length;
    if (level === undefined || !Number.isInteger(level) || level < 0 || level > 100) {
      problem(where(file, row, 'level'), 'not-a-figure', { value: values.level ?? '' });
      continue;
    }
    scale.labels[level] = values.label ?? '';
    origins.set(`$.scales.${id}.labels[${level}]`, where(file, row, 'label'));
    origins.set(`$.scales.${id}`, where(file, row));
    const extra: Item = {};
    fill(
      extra,
      scaleColumns.filter((spec) => ['note', 'source_title', 'source_url'].includes(spec.name)),
      file,
      row,
      values,
      `$.scales.${id}`,
    );
    Object.assign(scale, extra);
  }
  document.scales = scales;

  // The list sheets: outcomes, groups, factors, settings, partnership types, areas.
  for (const [name, { key, columns }] of Object.entries(listSheets)) {
    const found = sheet(name);
    if (!found) {
      if (key === 'outcomes' || key === 'factors') document[key] = [];
      if (key === 'areas') problem('areas.csv', 'no-areas-sheet', {});
      continue;
    }
    origins.set(`$.${key}`, found.file);
    document[key] = found.sheet.rows.map(({ row, values }, index) => {
      const item: Item = {};
      fill(item, columns, found.file, row, values, `$.${key}[${index}]`);
      if (key === 'areas' && item.funding && typeof item.funding === 'object') {
        (item.funding as Item).currency ??= 'GBP';
      }
      return item;
    });
  }

  // sources.csv: an area's citations per field.
  const areas = (document.areas ?? []) as Item[];
  const sourcesSheet = sheet('sources');
  for (const { row, values } of sourcesSheet?.sheet.rows ?? []) {
    const index = areas.findIndex((area) => area.id === values.id);
    if (index < 0 || !values.field || !values.url) {
      problem(
        where(sourcesSheet!.file, row, index < 0 ? 'id' : values.field ? 'url' : 'field'),
        'unknown-row',
        {
          id: values.id ?? '',
        },
      );
      continue;
    }
    const sources = (areas[index]!.sources ??= {}) as Record<string, unknown[]>;
    (sources[values.field] ??= []).push({ title: values.title || values.url, url: values.url });
    origins.set(`$.areas[${index}].sources.${values.field}`, where(sourcesSheet!.file, row));
  }

  // assessments.csv, wide or long.
  const labelsOf = new Map<
    string,
    { kind: 'outcomes' | 'factors'; scale: string; labels: string[] }
  >();
  for (const kind of ['outcomes', 'factors'] as const) {
    for (const item of (document[kind] ?? []) as Item[]) {
      const scaleId = String(item.scale ?? '');
      labelsOf.set(String(item.id), {
        kind,
        scale: scaleId,
        labels: scales[scaleId]?.labels ?? [],
      });
    }
  }
  const level = (text: string, id: string, at: () => string): number | null | undefined => {
    if (text.toLowerCase() === notAssessed) return null;
    const number = readNumber(text);
    if (number !== undefined) return number;
    const known = labelsOf.get(id)!;
    const index = known.labels.findIndex((label) => label.toLowerCase() === text.toLowerCase());
    if (index >= 0) return index;
    problem(at(), 'not-a-level', { value: text, scale: known.scale });
    return undefined;
  };
  const assessmentsSheet = sheet('assessments');
  if (assessmentsSheet) {
    const { file, sheet: found } = assessmentsSheet;
    origins.set('$.assessments', file);
    const long = found.columns.includes('item');
    const assessments: Item[] = [];
    const byKey = new Map<string, number>();
    const fixed = new Set([...assessmentColumns.map((spec) => spec.name), 'item', 'level', 'note']);
    if (!long) {
      for (const name of found.columns) {
        const id = name.startsWith(notePrefix) ? name.slice(notePrefix.length) : name;
        if (!fixed.has(name) && !labelsOf.has(id))
          problem(where(file, 1, name), 'unknown-column', { column: name });
      }
    }
    // Each item's column with its note column; a note alone (no level) is read too.
    const itemColumns = new Map<string, string>();
    for (const name of found.columns) {
      const id = name.startsWith(notePrefix) ? name.slice(notePrefix.length) : name;
      if (!fixed.has(name) && labelsOf.has(id)) itemColumns.set(id, `${notePrefix}${id}`);
    }
    for (const { row, values } of found.rows) {
      const key = `${values.area}\u0000${values.year}`;
      let index = long ? byKey.get(key) : undefined;
      if (index === undefined) {
        index = assessments.length;
        byKey.set(key, index);
        const assessment: Item = { outcomes: {}, factors: {}, notes: {} };
        fill(assessment, assessmentColumns, file, row, values, `$.assessments[${index}]`);
        rowsAt.get(`$.assessments[${index}]`)!.long = long;
        assessments.push(assessment);
      }
      const assessment = assessments[index]!;
      const put = (id: string, text: string, noteText: string | undefined, column: string) => {
        const known = labelsOf.get(id);
        if (!known) return;
        if (text) {
          const value = level(text, id, () => where(file, row, column));
          if (value !== undefined) (assessment[known.kind] as Item)[id] = value;
        }
        if (noteText) (assessment.notes as Item)[id] = noteText;
      };
      if (long) {
        const id = values.item ?? '';
        if (!labelsOf.has(id)) problem(where(file, row, 'item'), 'unknown-column', { column: id });
        else put(id, values.level ?? '', values.note, 'level');
      } else {
        for (const [id, note] of itemColumns) put(id, values[id] ?? '', values[note], id);
      }
    }
    document.assessments = assessments;
  }

  // extra.json: what no sheet holds.
  const extra = files[extraFile];
  if (typeof extra === 'string') {
    try {
      const parsed: unknown = JSON.parse(extra);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [key, value] of Object.entries(parsed))
          if (!(key in document)) document[key] = value;
      }
    } catch (error) {
      problem(extraFile, 'bad-extra', {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** The column of an item's row that a path inside the item comes from. */
  const columnOf = (entry: { columns: readonly Column[]; long?: boolean }, inside: string[]) => {
    const [first, second] = inside;
    if (first === 'outcomes' || first === 'factors') return entry.long ? 'level' : second;
    if (first === 'notes') return entry.long ? 'note' : `${notePrefix}${second}`;
    return entry.columns.find(
      (spec) =>
        spec.path[0] === first &&
        (second === undefined || spec.path.length === 1 || spec.path[1] === second),
    )?.name;
  };

  const locate = (path: string): string | undefined => {
    let at = path;
    for (;;) {
      const entry = rowsAt.get(at);
      if (entry) {
        const inside = path
          .slice(at.length)
          .split(/[.[\]]+/)
          .filter(Boolean);
        return where(entry.file, entry.row, inside.length ? columnOf(entry, inside) : undefined);
      }
      const found = origins.get(at);
      if (found) return found;
      const cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
      if (cut <= 1) return undefined;
      at = at.slice(0, cut);
    }
  };
  return { document, problems, locate };
}
