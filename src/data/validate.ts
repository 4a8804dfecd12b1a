import type {
  Area,
  Assessment,
  Certainty,
  Dataset,
  Fact,
  Factor,
  FactorGroup,
  FrameworkItem,
  Level,
  Money,
  Outcome,
  PartnershipType,
  Problem,
  ProblemCode,
  ProblemParams,
  Programme,
  Scale,
  Setting,
  Source,
  ValidationResult,
  ValueKind,
} from './types.js';
import { problemText } from '../strings.js';

/** Bounds that keep validation fast and memory flat whatever a partner's file holds. */
export interface ValidationLimits {
  /** Areas past this count are dropped with one problem, so a huge file cannot freeze the tab. */
  maxAreas: number;
  /** Assessments past this count are dropped likewise. */
  maxAssessments: number;
  /** Longer strings are cut to this length. */
  maxStringLength: number;
  /** Problems past this count are counted but not listed. */
  maxProblems: number;
}

export const defaultLimits: ValidationLimits = {
  maxAreas: 20_000,
  maxAssessments: 250_000,
  maxStringLength: 5_000,
  maxProblems: 100,
};

const settings: readonly Setting[] = ['urban', 'rural', 'coastal'];
const partnershipTypes: readonly PartnershipType[] = [
  'sturdy',
  'key-people',
  'conflict',
  'fragile-maturity',
];
const factorGroups: readonly FactorGroup[] = ['condition', 'way-of-working'];
const certainties: readonly Certainty[] = ['stated', 'uncertain', 'conflict'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, for a wording such as "should be text, not a list". */
const kindOf = (value: unknown): ValueKind => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  }
  return typeof value;
};

const found = (value: unknown) => ({ found: kindOf(value) });

/** Text quoted back in a problem, kept short: a problem names a value, it does not copy it. */
const quoted = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A problem with no parameters takes none; every other one takes exactly its own. */
type ParamsOf<Code extends ProblemCode> =
  ProblemParams[Code] extends Record<string, never> ? [] : [params: ProblemParams[Code]];

/**
 * Only http and https links are ever rendered: anything else could run script or mislead.
 * A relative link resolves against the page, as the browser would resolve it.
 */
export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value, globalThis.document?.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validation state for one document: where problems are collected and limits applied. Each
 * reader returns a clean copy holding only known fields, so unknown keys (including
 * `__proto__`) never reach a widget.
 */
class Reader {
  readonly problems: Problem[] = [];
  private unlisted = 0;

  constructor(readonly limits: ValidationLimits) {}

  report<Code extends ProblemCode>(path: string, code: Code, ...[params]: ParamsOf<Code>): void {
    if (this.problems.length < this.limits.maxProblems) this.push(path, code, params ?? {});
    else this.unlisted += 1;
  }

  finish(): Problem[] {
    if (this.unlisted > 0) this.push('$', 'unlisted', { count: this.unlisted });
    return this.problems;
  }

  private push(path: string, code: ProblemCode, params: object): void {
    const problem = { path, code, params, message: '' } as Problem;
    problem.message = problemText(problem);
    this.problems.push(problem);
  }

  string(value: unknown, path: string, required = false): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.report(path, 'missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(path, 'not-text', found(value));
      return undefined;
    }
    const text = value.trim();
    if (required && text === '') {
      this.report(path, 'empty');
      return undefined;
    }
    if (text.length > this.limits.maxStringLength) {
      this.report(path, 'cut', { max: this.limits.maxStringLength });
      return text.slice(0, this.limits.maxStringLength);
    }
    return text;
  }

  nonNegative(value: unknown, path: string): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report(path, 'not-number', found(value));
      return undefined;
    }
    if (value < 0) {
      this.report(path, 'negative');
      return undefined;
    }
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.report(path, 'not-boolean', found(value));
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    this.report(path, 'not-allowed', {
      ...found(value),
      allowed,
      ...(typeof value === 'string' ? { value: quoted(value) } : {}),
    });
    return undefined;
  }

  url(value: unknown, path: string): string | undefined {
    const text = this.string(value, path);
    if (text === undefined) return undefined;
    const safe = safeHttpUrl(text);
    if (!safe) this.report(path, 'not-http');
    return safe;
  }

  source(value: unknown, path: string): Source | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      this.report(path, 'not-source', found(value));
      return undefined;
    }
    const url = this.url(value.url, `${path}.url`);
    if (!url) {
      if (value.url === undefined) this.report(`${path}.url`, 'missing');
      return undefined;
    }
    return { title: this.string(value.title, `${path}.title`) ?? url, url };
  }

  list(value: unknown, path: string, required = false): unknown[] {
    if (value === undefined || value === null) {
      if (required) this.report(path, 'missing');
      return [];
    }
    if (!Array.isArray(value)) {
      this.report(path, 'not-list', found(value));
      return [];
    }
    return value;
  }

  /** Keeps the first item for each id and reports the rest. */
  uniqueItems<T extends { id: string }>(
    items: unknown[],
    path: string,
    read: (item: Json, itemPath: string, id: string) => T | undefined,
    limit = Infinity,
  ): T[] {
    const seen = new Set<string>();
    const kept: T[] = [];
    const count = Math.min(items.length, limit);
    if (items.length > limit) {
      this.report(path, 'too-many', { count: items.length, limit });
    }
    for (let index = 0; index < count; index++) {
      const item = items[index];
      const itemPath = `${path}[${index}]`;
      if (!isObject(item)) {
        this.report(itemPath, 'not-object', found(item));
        continue;
      }
      const id = this.string(item.id, `${itemPath}.id`, true);
      if (id === undefined) continue;
      if (seen.has(id)) {
        this.report(`${itemPath}.id`, 'repeated-id', { id });
        continue;
      }
      const clean = read(item, itemPath, id);
      if (clean) {
        seen.add(id);
        kept.push(clean);
      }
    }
    return kept;
  }
}

function readProgramme(reader: Reader, value: unknown): Programme {
  if (!isObject(value)) {
    if (value === undefined) reader.report('$.programme', 'missing');
    else reader.report('$.programme', 'not-object', found(value));
    return { id: 'unnamed', name: '', illustrative: false };
  }
  const programme: Programme = {
    id: reader.string(value.id, '$.programme.id', true) ?? 'unnamed',
    name: reader.string(value.name, '$.programme.name', true) ?? '',
    illustrative: reader.boolean(value.illustrative, '$.programme.illustrative') ?? false,
  };
  const source = reader.source(value.source, '$.programme.source');
  if (source) programme.source = source;
  const updated = reader.string(value.updated, '$.programme.updated');
  if (updated) programme.updated = updated;
  const description = reader.string(value.description, '$.programme.description');
  if (description) programme.description = description;
  return programme;
}

function readScales(reader: Reader, value: unknown): Record<string, Scale> {
  const scales: Record<string, Scale> = Object.create(null) as Record<string, Scale>;
  if (value === undefined) return scales;
  if (!isObject(value)) {
    reader.report('$.scales', 'not-scales', found(value));
    return scales;
  }
  for (const [id, labels] of Object.entries(value)) {
    const path = `$.scales.${id}`;
    const list = reader.list(labels, path);
    const clean = list.map((label, index) => reader.string(label, `${path}[${index}]`, true));
    if (clean.length < 2 || clean.some((label) => label === undefined)) {
      reader.report(path, 'unusable-scale');
      continue;
    }
    scales[id] = clean as string[];
  }
  return scales;
}

function readScaleRef(
  reader: Reader,
  item: Json,
  path: string,
  scales: Record<string, Scale>,
): string | undefined {
  const scale = reader.string(item.scale, `${path}.scale`);
  if (scale === undefined) {
    reader.report(`${path}.scale`, 'no-scale');
    return undefined;
  }
  if (!Object.hasOwn(scales, scale)) {
    reader.report(`${path}.scale`, 'unknown-scale', { id: scale });
    return undefined;
  }
  return scale;
}

function readOutcome(
  reader: Reader,
  item: Json,
  path: string,
  id: string,
  scales: Record<string, Scale>,
): Outcome | undefined {
  const title = reader.string(item.title, `${path}.title`, true);
  if (title === undefined) return undefined;
  const outcome: Outcome = { id, title };
  const short = reader.string(item.short, `${path}.short`);
  if (short) outcome.short = short;
  const description = reader.string(item.description, `${path}.description`);
  if (description) outcome.description = description;
  const scale = readScaleRef(reader, item, path, scales);
  if (scale) outcome.scale = scale;
  return outcome;
}

function readFactor(
  reader: Reader,
  item: Json,
  path: string,
  id: string,
  scales: Record<string, Scale>,
): Factor | undefined {
  const outcome = readOutcome(reader, item, path, id, scales);
  if (!outcome) return undefined;
  const group = reader.oneOf(item.group, factorGroups, `${path}.group`);
  if (!group) {
    if (item.group === undefined) reader.report(`${path}.group`, 'missing');
    return undefined;
  }
  return { ...outcome, group };
}

function readMoney(reader: Reader, value: unknown, path: string): Money | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    reader.report(path, 'not-money', found(value));
    return undefined;
  }
  const amount = reader.nonNegative(value.amount, `${path}.amount`);
  if (amount === undefined) return undefined;
  const currency = reader.string(value.currency, `${path}.currency`) ?? 'GBP';
  if (!/^[A-Z]{3}$/.test(currency)) {
    reader.report(`${path}.currency`, 'bad-currency');
    return undefined;
  }
  return { amount, currency };
}

function readSources(
  reader: Reader,
  value: unknown,
  path: string,
): Record<string, Source[]> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    reader.report(path, 'not-sources', found(value));
    return undefined;
  }
  const sources: Record<string, Source[]> = Object.create(null) as Record<string, Source[]>;
  for (const [field, list] of Object.entries(value)) {
    const clean = reader
      .list(list, `${path}.${field}`)
      .map((source, index) => reader.source(source, `${path}.${field}[${index}]`))
      .filter((source): source is Source => source !== undefined);
    if (clean.length > 0) sources[field] = clean;
  }
  return sources;
}

function readArea(reader: Reader, item: Json, path: string, id: string): Area | undefined {
  const name = reader.string(item.name, `${path}.name`, true);
  if (name === undefined) return undefined;
  const area: Area = { id, name };
  const text = (key: 'place' | 'region' | 'summary') => {
    const value = reader.string(item[key], `${path}.${key}`);
    if (value) area[key] = value;
  };
  text('place');
  text('region');
  text('summary');
  const setting = reader.oneOf(item.setting, settings, `${path}.setting`);
  if (setting) area.setting = setting;
  const population = reader.nonNegative(item.population, `${path}.population`);
  if (population !== undefined) area.population = Math.round(population);
  const funding = readMoney(reader, item.funding, `${path}.funding`);
  if (funding) area.funding = funding;
  const partnership = reader.oneOf(item.partnership, partnershipTypes, `${path}.partnership`);
  if (partnership) area.partnership = partnership;
  const caseStudy = reader.boolean(item.caseStudy, `${path}.caseStudy`);
  if (caseStudy !== undefined) area.caseStudy = caseStudy;
  const website = reader.url(item.website, `${path}.website`);
  if (website) area.website = website;
  if (item.priorities !== undefined) {
    area.priorities = reader
      .list(item.priorities, `${path}.priorities`)
      .map((priority, index) => reader.string(priority, `${path}.priorities[${index}]`, true))
      .filter((priority): priority is string => priority !== undefined);
  }
  if (item.image !== undefined) {
    const image = isObject(item.image) ? item.image : {};
    const src = reader.url(image.src, `${path}.image.src`);
    const alt = reader.string(image.alt, `${path}.image.alt`);
    if (src && alt !== undefined) area.image = { src, alt };
    else if (src) reader.report(`${path}.image.alt`, 'no-alt');
  }
  const sources = readSources(reader, item.sources, `${path}.sources`);
  if (sources) area.sources = sources;
  return area;
}

/** Reads `{ id: level }` for known items, dropping unknown ids and levels outside the scale. */
function readLevels(
  reader: Reader,
  value: unknown,
  path: string,
  items: ReadonlyMap<string, Outcome | Factor>,
  scales: Record<string, Scale>,
  unknown: 'unknown-outcome' | 'unknown-factor',
): Record<string, Level> {
  const levels: Record<string, Level> = Object.create(null) as Record<string, Level>;
  if (value === undefined || value === null) return levels;
  if (!isObject(value)) {
    reader.report(path, 'not-levels', found(value));
    return levels;
  }
  for (const [id, level] of Object.entries(value)) {
    const levelPath = `${path}.${id}`;
    const item = items.get(id);
    if (!item) {
      reader.report(levelPath, unknown, { id });
      continue;
    }
    if (level === null) {
      levels[id] = null;
      continue;
    }
    const scale = item.scale ? scales[item.scale] : undefined;
    if (!scale) continue; // already reported on the item itself
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0) {
      reader.report(levelPath, 'not-level', found(level));
      continue;
    }
    if (level >= scale.length) {
      reader.report(levelPath, 'level-outside', {
        level,
        scale: item.scale ?? '',
        top: scale.length - 1,
      });
      continue;
    }
    levels[id] = level;
  }
  return levels;
}

function readAssessments(
  reader: Reader,
  value: unknown,
  dataset: Pick<Dataset, 'areas' | 'outcomes' | 'factors' | 'scales'>,
): Assessment[] {
  const list = reader.list(value, '$.assessments');
  const areaIds = new Set(dataset.areas.map((area) => area.id));
  const outcomes = new Map<string, Outcome>(dataset.outcomes.map((item) => [item.id, item]));
  const factors = new Map<string, Factor>(dataset.factors.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const assessments: Assessment[] = [];
  const count = Math.min(list.length, reader.limits.maxAssessments);
  if (list.length > count) {
    reader.report('$.assessments', 'too-many', { count: list.length, limit: count });
  }
  for (let index = 0; index < count; index++) {
    const item = list[index];
    const path = `$.assessments[${index}]`;
    if (!isObject(item)) {
      reader.report(path, 'not-object', found(item));
      continue;
    }
    const area = reader.string(item.area, `${path}.area`, true);
    if (area === undefined) continue;
    if (!areaIds.has(area)) {
      reader.report(`${path}.area`, 'unknown-area', { id: area });
      continue;
    }
    const year = item.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
      reader.report(`${path}.year`, 'not-year', {
        ...found(year),
        ...(typeof year === 'number' ? { value: year } : {}),
      });
      continue;
    }
    const key = `${area}\u0000${year}`;
    if (seen.has(key)) {
      reader.report(path, 'repeated-assessment', { area, year });
      continue;
    }
    seen.add(key);
    const notes: Record<string, string> = Object.create(null) as Record<string, string>;
    if (item.notes !== undefined) {
      if (isObject(item.notes)) {
        for (const [id, note] of Object.entries(item.notes)) {
          const text = reader.string(note, `${path}.notes.${id}`);
          if (text) notes[id] = text;
        }
      } else reader.report(`${path}.notes`, 'not-notes', found(item.notes));
    }
    assessments.push({
      area,
      year,
      outcomes: readLevels(
        reader,
        item.outcomes,
        `${path}.outcomes`,
        outcomes,
        dataset.scales,
        'unknown-outcome',
      ),
      factors: readLevels(
        reader,
        item.factors,
        `${path}.factors`,
        factors,
        dataset.scales,
        'unknown-factor',
      ),
      notes,
    });
  }
  return assessments;
}

function readFact(reader: Reader, item: Json, path: string, id: string): Fact | undefined {
  const label = reader.string(item.label, `${path}.label`, true);
  const value = reader.string(item.value, `${path}.value`, true);
  const source = reader.source(item.source, `${path}.source`);
  if (label === undefined || value === undefined) return undefined;
  if (!source) {
    // A figure nobody can check is not shown.
    if (item.source === undefined) reader.report(`${path}.source`, 'missing');
    return undefined;
  }
  const fact: Fact = { id, label, value, source };
  const number = reader.nonNegative(item.number, `${path}.number`);
  if (number !== undefined) fact.number = number;
  const unit = reader.string(item.unit, `${path}.unit`);
  if (unit) fact.unit = unit;
  const certainty = reader.oneOf(item.certainty, certainties, `${path}.certainty`);
  if (certainty) fact.certainty = certainty;
  const note = reader.string(item.note, `${path}.note`);
  if (note) fact.note = note;
  return fact;
}

function readFrameworkItem(
  reader: Reader,
  item: Json,
  path: string,
  id: string,
): FrameworkItem | undefined {
  const title = reader.string(item.title, `${path}.title`, true);
  if (title === undefined) return undefined;
  const clean: FrameworkItem = { id, title };
  const description = reader.string(item.description, `${path}.description`);
  if (description) clean.description = description;
  const source = reader.source(item.source, `${path}.source`);
  if (source) clean.source = source;
  return clean;
}

/**
 * Turns any value into the usable part of a dataset plus a list of problems. Never throws:
 * whatever a partner's file holds, the caller gets something to render and words to show.
 */
export function validateDataset(
  input: unknown,
  limits: Partial<ValidationLimits> = {},
): ValidationResult {
  const reader = new Reader({ ...defaultLimits, ...limits });
  try {
    if (!isObject(input)) {
      reader.report('$', 'not-dataset', found(input));
      return { dataset: null, problems: reader.finish() };
    }
    const schema = input.schema;
    if (schema === undefined) reader.report('$.schema', 'no-schema');
    else if (schema !== 1) {
      reader.report('$.schema', 'unknown-schema', {
        ...found(schema),
        ...(typeof schema === 'number' ? { version: String(schema) } : {}),
        ...(typeof schema === 'string' ? { version: quoted(JSON.stringify(schema)) } : {}),
      });
    }
    const programme = readProgramme(reader, input.programme);
    const scales = readScales(reader, input.scales);
    const outcomes = reader.uniqueItems(
      reader.list(input.outcomes, '$.outcomes', true),
      '$.outcomes',
      (item, path, id) => readOutcome(reader, item, path, id, scales),
    );
    const factors = reader.uniqueItems(
      reader.list(input.factors, '$.factors', true),
      '$.factors',
      (item, path, id) => readFactor(reader, item, path, id, scales),
    );
    const areas = reader.uniqueItems(
      reader.list(input.areas, '$.areas', true),
      '$.areas',
      (item, path, id) => readArea(reader, item, path, id),
      reader.limits.maxAreas,
    );
    const partial = { scales, outcomes, factors, areas };
    const dataset: Dataset = {
      schema: 1,
      programme,
      ...partial,
      assessments: readAssessments(reader, input.assessments, partial),
      facts: reader.uniqueItems(reader.list(input.facts, '$.facts'), '$.facts', (item, path, id) =>
        readFact(reader, item, path, id),
      ),
      partnershipTypes: reader.uniqueItems(
        reader.list(input.partnershipTypes, '$.partnershipTypes'),
        '$.partnershipTypes',
        (item, path, id) => readFrameworkItem(reader, item, path, id),
      ),
      levelsOfChange: reader.uniqueItems(
        reader.list(input.levelsOfChange, '$.levelsOfChange'),
        '$.levelsOfChange',
        (item, path, id) => readFrameworkItem(reader, item, path, id),
      ),
    };
    return { dataset, problems: reader.finish() };
  } catch (error) {
    // Unreachable by design; kept so that a bug here can never break a host page.
    reader.report('$', 'unreadable', { detail: String(error) });
    return { dataset: null, problems: reader.finish() };
  }
}
