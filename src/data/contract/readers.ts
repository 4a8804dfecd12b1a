import type { Level, ProblemCode, ProblemParams } from '../types.js';
import { kindOf, quoted } from './context.js';
import type { Context, FoundCode, IdCode, Json, PlainCode } from './context.js';

/**
 * Reader combinators: each reads an unknown value at the context's path into a clean typed value,
 * or `undefined` after reporting why. Each keeps its parameters as plain data, which
 * `toJsonSchema` (in `json-schema.ts`, never bundled) turns into JSON Schema, so the browser
 * carries no schema code. Readers are built once per contract and hold no per-value state.
 */

/**
 * How a field's absence is taken: `required` drops the object holding it, `optional` leaves it
 * out, `default` reads `fallback` instead, `expected` reports it (with its `missing` code) but
 * keeps the object. In the JSON Schema, `required` and `expected` fields are required.
 */
export type Presence = 'required' | 'optional' | 'default' | 'expected';

export abstract class Reader<T = unknown, Optional extends boolean = boolean> {
  /** Type only: what the reader gives and whether an object's field of it may be absent. */
  declare readonly output: T;
  declare readonly isOptional: Optional;
  abstract readonly kind: string;
  presence: Presence = 'required';
  /** For `default` presence: a document fragment read in place of an absent or unusable value. */
  fallback: unknown = undefined;
  /** The problem an absent `required` or `expected` value is reported with. */
  missing: PlainCode = 'missing';

  read(value: unknown, ctx: Context): T | undefined {
    // `null` stands for absent in an optional field; a required one should say what it is.
    if (value === undefined || (value === null && this.presence !== 'required')) {
      if (this.presence === 'default') return this.readPresent(this.fallback, ctx);
      if (this.presence !== 'optional') ctx.report(undefined, this.missing);
      return undefined;
    }
    const read = this.readPresent(value, ctx);
    return read === undefined && this.presence === 'default'
      ? this.readPresent(this.fallback, ctx)
      : read;
  }

  /** Reads a value known to be there; every reader's own rules. */
  abstract readPresent(value: unknown, ctx: Context): T | undefined;
}

export type AnyReader = Reader<unknown, boolean>;
export type Infer<R> = R extends Reader<infer T, boolean> ? T : never;

function withPresence<T, Optional extends boolean>(
  reader: Reader<T, boolean>,
  presence: Presence,
  extra: Partial<Pick<AnyReader, 'fallback' | 'missing'>> = {},
): Reader<T, Optional> {
  const copy = Object.create(Object.getPrototypeOf(reader) as object) as Reader<T, Optional>;
  return Object.assign(copy, reader, { presence }, extra);
}

/** A field that may be absent: left out of the clean copy, with no problem. */
export const optional = <T>(reader: Reader<T, boolean>): Reader<T, true> =>
  withPresence(reader, 'optional');

/** A field read as `fallback` (a document fragment, read by the same rules) when absent. */
export const withDefault = <T>(reader: Reader<T, boolean>, fallback: unknown): Reader<T, false> =>
  withPresence(reader, 'default', { fallback });

/** A field whose absence is reported with `missing`, while the object holding it is kept. */
export const expected = <T>(reader: Reader<T, boolean>, missing: PlainCode): Reader<T, true> =>
  withPresence(reader, 'expected', { missing });

/** A required field whose absence is reported with its own code rather than `missing`. */
export const required = <T>(reader: Reader<T, boolean>, missing: PlainCode): Reader<T, false> =>
  withPresence(reader, 'required', { missing });

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The prototype of every record the readers make: it has none itself, so a key such as
 * `__proto__` or `constructor` is only ever a key and nothing is inherited. Unlike
 * `Object.create(null)`, whose objects V8 keeps as slow dictionaries, objects made on it stay
 * fast, which matters for the hundreds of thousands of level records in a large dataset.
 */
const bare = Object.create(null) as object;
const emptyRecord = <T>() => Object.create(bare) as Record<string, T>;

/** Codes for text that does not match a pattern, naming the text found. */
type PatternCode = {
  [Code in ProblemCode]: ProblemParams[Code] extends { value: string } ? Code : never;
}[ProblemCode];

export interface TextOptions {
  /** Text must match this (after trimming), else it is dropped with `mismatch`. */
  pattern?: RegExp;
  mismatch?: PatternCode;
  /** Keeps empty text (an image's empty `alt` says it is decorative). */
  allowEmpty?: boolean;
}

export class TextReader<T extends string = string> extends Reader<T, false> {
  readonly kind: string = 'text';
  constructor(readonly options: TextOptions = {}) {
    super();
  }

  readPresent(value: unknown, ctx: Context): T | undefined {
    if (typeof value !== 'string') {
      ctx.report(undefined, 'not-text', { found: kindOf(value) });
      return undefined;
    }
    let text = value.trim();
    if (text === '') {
      if (this.options.allowEmpty) return text as T;
      // Blank text is absent: a problem where a value is needed, nothing where it is optional.
      if (this.presence === 'required') ctx.report(undefined, 'empty');
      else if (this.presence === 'expected') ctx.report(undefined, this.missing);
      return undefined;
    }
    const max = ctx.limits.maxStringLength;
    if (text.length > max) {
      ctx.report(undefined, 'cut', { max });
      text = text.slice(0, max);
    }
    const { pattern, mismatch } = this.options;
    if (pattern && !pattern.test(text)) {
      if (mismatch) ctx.report(undefined, mismatch, { value: quoted(text) });
      return undefined;
    }
    return ctx.intern(text as T);
  }
}

/** Text: trimmed, cut to the length limit; empty text counts as absent. */
export const text = (options?: TextOptions) => new TextReader(options);

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

class UrlReader extends TextReader {
  override readonly kind = 'url';
  override readPresent(value: unknown, ctx: Context): string | undefined {
    const link = super.readPresent(value, ctx);
    if (link === undefined) return undefined;
    const safe = safeHttpUrl(link);
    if (!safe) ctx.report(undefined, 'not-http');
    // The link as the browser resolved it is a new string each time: kept once, as text is.
    return safe && ctx.intern(safe);
  }
}

/** An http or https link, made absolute. */
export const url = () => new UrlReader();

/** Text naming an item of a list read earlier (registered with `as`). */
export class RefReader extends TextReader {
  override readonly kind = 'ref';
  constructor(
    readonly of: string,
    readonly unknown: IdCode,
  ) {
    super();
  }

  override readPresent(value: unknown, ctx: Context): string | undefined {
    const id = super.readPresent(value, ctx);
    if (id === undefined) return undefined;
    const items = ctx.lookup(this.of);
    // An unusable list was reported where it is; its items are not named again one by one.
    if (items?.has(id)) return id;
    if (items) ctx.report(undefined, this.unknown, { id: quoted(id) });
    return undefined;
  }
}

/** An id of an item of the list or record registered as `of`; an unknown one is `unknown`. */
export const ref = (of: string, unknown: IdCode) => new RefReader(of, unknown);

/** Codes for a number that is not what a field wants, naming what was found. */
type NumberCode = {
  [Code in ProblemCode]: ProblemParams[Code] extends { found: string; value?: number }
    ? Code
    : never;
}[ProblemCode];

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  /** One problem for every way the value is wrong, where one wording says it best (a year). */
  invalid?: NumberCode;
}

export class NumberReader extends Reader<number, false> {
  readonly kind = 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly invalid: NumberCode | undefined;
  constructor(options: NumberOptions = {}) {
    super();
    this.min = options.min ?? -Number.MAX_VALUE;
    this.max = options.max ?? Number.MAX_VALUE;
    this.integer = options.integer ?? false;
    this.invalid = options.invalid;
  }

  readPresent(value: unknown, ctx: Context): number | undefined {
    if (this.invalid) {
      if (this.accepts(value)) return value;
      ctx.report(undefined, this.invalid, {
        found: kindOf(value),
        ...(typeof value === 'number' ? { value } : {}),
      });
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      ctx.report(undefined, 'not-number', { found: kindOf(value) });
      return undefined;
    }
    if (this.integer && !Number.isInteger(value)) {
      ctx.report(undefined, 'not-integer', { value });
      return undefined;
    }
    if (value < this.min || value > this.max) {
      if (this.min === 0 && value < 0) ctx.report(undefined, 'negative');
      else ctx.report(undefined, 'out-of-range', { value, min: this.min, max: this.max });
      return undefined;
    }
    return value;
  }

  private accepts(value: unknown): value is number {
    return (
      typeof value === 'number' &&
      (this.integer ? Number.isInteger(value) : Number.isFinite(value)) &&
      value >= this.min &&
      value <= this.max
    );
  }
}

/** A finite number, within plausible bounds: a value outside them is dropped and named. */
export const number = (options?: NumberOptions) => new NumberReader(options);

class BooleanReader extends Reader<boolean, false> {
  readonly kind = 'boolean';
  readPresent(value: unknown, ctx: Context): boolean | undefined {
    if (typeof value === 'boolean') return value;
    ctx.report(undefined, 'not-boolean', { found: kindOf(value) });
    return undefined;
  }
}

export const boolean = () => new BooleanReader();

export class OneOfReader<T extends string> extends Reader<T, false> {
  readonly kind = 'oneOf';
  constructor(readonly values: readonly T[]) {
    super();
  }

  readPresent(value: unknown, ctx: Context): T | undefined {
    if (typeof value === 'string' && (this.values as readonly string[]).includes(value)) {
      return value as T;
    }
    ctx.report(undefined, 'not-allowed', {
      found: kindOf(value),
      allowed: this.values,
      ...(typeof value === 'string' ? { value: quoted(value) } : {}),
    });
    return undefined;
  }
}

/** One of a fixed set of words that the code itself relies on (never a category of data). */
export const oneOf = <const T extends string>(values: readonly T[]) => new OneOfReader<T>(values);

/** The document's version: an unknown or missing one is read as the first, and said so. */
export class VersionReader<T extends number> extends Reader<T, false> {
  readonly kind = 'version';
  constructor(readonly versions: readonly [T, ...T[]]) {
    super();
  }

  override read(value: unknown, ctx: Context): T {
    return this.readPresent(value, ctx);
  }

  readPresent(value: unknown, ctx: Context): T {
    if ((this.versions as readonly unknown[]).includes(value)) return value as T;
    if (value === undefined) ctx.report(undefined, 'no-schema');
    else {
      ctx.report(undefined, 'unknown-schema', {
        found: kindOf(value),
        ...(typeof value === 'number' ? { version: String(value) } : {}),
        ...(typeof value === 'string' ? { version: quoted(JSON.stringify(value)) } : {}),
      });
    }
    return this.versions[0];
  }
}

export const version = <const T extends number>(versions: readonly [T, ...T[]]) =>
  new VersionReader<T>(versions);

type Shape = Record<string, AnyReader>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** An object's type: optional fields (and `expected` ones) may be absent. Keeps fields' JSDoc. */
export type ObjectOf<S extends Shape> = Simplify<
  {
    [K in keyof S as S[K] extends Reader<unknown, true> ? never : K]: Infer<S[K]>;
  } & {
    [K in keyof S as S[K] extends Reader<unknown, true> ? K : never]?: Infer<S[K]>;
  }
>;

export interface ObjectOptions {
  /** Its name among the schema's `$defs`, when it is used in more than one place. */
  name?: string;
  /** The problem for a value that is not an object. */
  notObject?: FoundCode;
}

export class ObjectReader<S extends Shape> extends Reader<ObjectOf<S>, false> {
  readonly kind = 'object';
  readonly keys: readonly string[];
  readonly readers: readonly AnyReader[];
  private readonly needed: readonly boolean[];
  /** Optional fields, which when absent are passed over without a call. */
  private readonly skippable: readonly boolean[];
  constructor(
    readonly shape: S,
    readonly options: ObjectOptions = {},
  ) {
    super();
    this.keys = Object.keys(shape);
    this.readers = Object.values(shape);
    this.needed = this.readers.map((reader) => reader.presence === 'required');
    this.skippable = this.readers.map((reader) => reader.presence === 'optional');
  }

  readPresent(value: unknown, ctx: Context): ObjectOf<S> | undefined {
    if (!isObject(value)) {
      ctx.report(undefined, this.options.notObject ?? 'not-object', { found: kindOf(value) });
      return undefined;
    }
    // Only the contract's own keys are read, so unknown keys and `__proto__` never get through.
    const clean: Json = {};
    const { keys, readers, needed, skippable } = this;
    let usable = true;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const field = value[key];
      if (field === undefined && skippable[index]) continue;
      const reader = readers[index]!;
      ctx.keys[ctx.depth++] = key;
      // A present value (the usual case) goes straight to its reader; `read` decides the rest.
      let read = field === undefined || field === null ? undefined : reader.readPresent(field, ctx);
      if (read === undefined && (field == null || reader.presence === 'default')) {
        read = reader.read(field == null ? field : undefined, ctx);
      }
      ctx.depth--;
      if (read !== undefined) clean[key] = read;
      else if (needed[index]) usable = false;
    }
    return usable ? (clean as ObjectOf<S>) : undefined;
  }
}

/** An object of known fields; one missing a required field is dropped, after all are read. */
export const object = <S extends Shape>(shape: S, options?: ObjectOptions) =>
  new ObjectReader(shape, options);

type ProblemInit = {
  [Code in ProblemCode]: { code: Code; params: ProblemParams[Code] };
}[ProblemCode];

export interface ListOptions<T> {
  /** Items are told apart by this field: a repeated one is dropped and named. */
  idKey?: T extends object ? keyof T & string : never;
  /** Registers the items by `idKey` under this name, for `ref()` and `levels()`. */
  as?: string;
  /** The most items read; the rest are dropped with one problem. */
  max?: number | 'maxAreas' | 'maxAssessments';
  /** Items are told apart by these fields together; a repeated one is dropped with `problem`. */
  distinct?: {
    by: readonly [keyof T & string, keyof T & string];
    problem: (item: T) => ProblemInit;
  };
  /** Fewer usable items than this (or any unusable one, when `whole`) make it `unusable`. */
  min?: number;
  whole?: boolean;
  unusable?: PlainCode;
}

export class ListReader<T> extends Reader<T[], false> {
  readonly kind = 'list';
  constructor(
    readonly item: Reader<T, boolean>,
    readonly options: ListOptions<T> = {},
  ) {
    super();
  }

  readPresent(value: unknown, ctx: Context): T[] | undefined {
    if (!Array.isArray(value)) {
      ctx.report(undefined, 'not-list', { found: kindOf(value) });
      return undefined;
    }
    const { idKey, as, max, distinct, min = 0, whole, unusable } = this.options;
    const limit = typeof max === 'string' ? ctx.limits[max] : (max ?? Infinity);
    const count = Math.min(value.length, limit);
    if (value.length > count) ctx.report(undefined, 'too-many', { count: value.length, limit });
    const byId = idKey === undefined ? undefined : new Map<string, T>();
    const seen = distinct && new Map<unknown, unknown[]>();
    const clean: T[] = [];
    for (let index = 0; index < count; index++) {
      ctx.keys[ctx.depth++] = index;
      const entry: unknown = value[index];
      // Items are required: only a hole needs `read` to say it is missing.
      const item =
        entry === undefined ? this.item.read(entry, ctx) : this.item.readPresent(entry, ctx);
      if (item !== undefined && this.isNew(item, ctx, byId, seen)) clean.push(item);
      ctx.depth--;
    }
    if (clean.length < min || (whole && clean.length < count)) {
      if (unusable) ctx.report(undefined, unusable);
      return undefined;
    }
    if (as !== undefined && byId) ctx.register(as, byId);
    return clean;
  }

  /** Keeps the first item for each id (or pair of distinct fields) and reports the rest. */
  private isNew(
    item: T,
    ctx: Context,
    byId: Map<string, T> | undefined,
    seen: Map<unknown, unknown[]> | undefined,
  ): boolean {
    const { idKey, distinct } = this.options;
    if (byId) {
      const id = (item as Json)[idKey as string] as string;
      if (byId.has(id)) {
        ctx.report(idKey, 'repeated-id', { id: quoted(id) });
        return false;
      }
      byId.set(id, item);
    }
    if (seen && distinct) {
      // The second field's values per value of the first, rather than a joined key: no string
      // is built per item, and an area's few years are quicker to search in a list than a set.
      const [first, second] = distinct.by;
      const outer = item[first];
      const inner = item[second];
      let values = seen.get(outer);
      if (!values) seen.set(outer, (values = []));
      if (values.includes(inner)) {
        const { code, params } = distinct.problem(item);
        (ctx.report as (at: undefined, code: ProblemCode, params: object) => void)(
          undefined,
          code,
          params,
        );
        return false;
      }
      values.push(inner);
    }
    return true;
  }
}

export const list = <T>(item: Reader<T, boolean>, options?: ListOptions<T>) =>
  new ListReader(item, options);

export interface RecordOptions {
  /** Registers the entries under this name, for `ref()`. */
  as?: string;
  notObject?: FoundCode;
  /**
   * The registered lists whose ids widgets look entries up by (the outcomes and factors, for
   * notes): a parsed record whose every entry reads as it is can then be kept as parsed.
   */
  keyedBy?: readonly string[];
}

/**
 * A clean record of the entries of `value` before `key`: where a record kept as parsed (its
 * entries so far read as they are) meets one that does not, and is copied after all.
 */
function entriesBefore<T>(value: Json, key: string): Record<string, T> {
  const clean = emptyRecord<T>();
  for (const earlier in value) {
    if (earlier === key) break;
    if (Object.hasOwn(value, earlier)) clean[earlier] = value[earlier] as T;
  }
  return clean;
}

export class RecordReader<T> extends Reader<Record<string, T>, false> {
  readonly kind = 'record';
  constructor(
    readonly value: Reader<T, boolean>,
    readonly options: RecordOptions = {},
  ) {
    super();
  }

  readPresent(value: unknown, ctx: Context): Record<string, T> | undefined {
    if (!isObject(value)) {
      ctx.report(undefined, this.options.notObject ?? 'not-object', { found: kindOf(value) });
      return undefined;
    }
    const { keyedBy } = this.options;
    // Kept as parsed while every entry reads as it is (a text written back as the one copy
    // kept of it); copied from the first that does not. Each entry is read, and reported, once.
    // Never the fallback read for an absent record: that is the contract's own, not the input.
    const keep = keyedBy && value !== this.fallback && ctx.keepsRecords(keyedBy);
    let clean = keep ? undefined : emptyRecord<T>();
    // `for…in` walks the keys without making a list of them; inherited keys are passed over.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const entry = value[key];
      ctx.keys[ctx.depth++] = key;
      const read = this.value.read(entry, ctx);
      ctx.depth--;
      if (!clean) {
        if (read === entry) {
          value[key] = read;
          continue;
        }
        clean = entriesBefore<T>(value, key);
      }
      if (read !== undefined) clean[key] = read;
    }
    if (clean === undefined) return value as Record<string, T>;
    if (this.options.as !== undefined) {
      ctx.register(this.options.as, new Map(Object.entries(clean)));
    }
    return clean;
  }
}

/** An object of entries under keys the document chooses, each read by `value`. */
export const record = <T>(value: Reader<T, boolean>, options?: RecordOptions) =>
  new RecordReader(value, options);

type Branches<T> = Partial<Record<'list' | 'object' | 'number' | 'string', Reader<T, boolean>>>;

export class EitherReader<T> extends Reader<T, false> {
  readonly kind = 'either';
  constructor(
    readonly branches: Branches<T>,
    readonly mismatch: FoundCode,
  ) {
    super();
  }

  readPresent(value: unknown, ctx: Context): T | undefined {
    const { branches } = this;
    const branch = Array.isArray(value)
      ? branches.list
      : typeof value === 'object'
        ? branches.object
        : typeof value === 'number'
          ? branches.number
          : typeof value === 'string'
            ? branches.string
            : undefined;
    if (branch) return branch.readPresent(value, ctx);
    ctx.report(undefined, this.mismatch, { found: kindOf(value) });
    return undefined;
  }
}

/**
 * A value in its current form, an object, or in an older bare form (a list, a number, text),
 * each read by its own reader into the current form's type.
 */
export const either = <T>(
  branches: { object: Reader<T, boolean> } & Branches<NoInfer<T>>,
  mismatch: FoundCode,
) => new EitherReader<T>(branches, mismatch);

export class MapReader<From, To> extends Reader<To, false> {
  readonly kind = 'map';
  constructor(
    readonly from: Reader<From, boolean>,
    readonly to: (value: From) => To,
  ) {
    super();
  }

  readPresent(value: unknown, ctx: Context): To | undefined {
    const read = this.from.readPresent(value, ctx);
    return read === undefined ? undefined : this.to(read);
  }
}

/** Reads with `from`, then reshapes the clean value (an older form into the current one). */
export const map = <From, To>(from: Reader<From, boolean>, to: (value: From) => To) =>
  new MapReader(from, to);

/** Each item's highest level, or -1 when it has no usable scale, computed once per list. */
function topsOf(items: ReadonlyMap<string, unknown>, ctx: Context): Map<string, number> {
  const scales = ctx.lookup('scales') as ReadonlyMap<string, { labels: unknown[] }> | undefined;
  const tops = new Map<string, number>();
  for (const [id, item] of items) {
    const scale = scales?.get((item as { scale?: string }).scale ?? '');
    tops.set(id, scale ? scale.labels.length - 1 : -1);
  }
  return tops;
}

/**
 * `{ itemId: level }` for the items of the list registered as `of` (each with a `scale` among
 * the registered `scales`): unknown ids and levels outside their item's scale are dropped.
 */
export class LevelsReader extends Reader<Record<string, Level>, false> {
  readonly kind = 'levels';
  /** The ids its entries are looked up by: those of `of`. */
  private readonly keyedBy: readonly string[];
  constructor(
    readonly of: string,
    readonly unknown: IdCode,
  ) {
    super();
    this.keyedBy = [of];
  }

  readPresent(value: unknown, ctx: Context): Record<string, Level> | undefined {
    if (!isObject(value)) {
      ctx.report(undefined, 'not-levels', { found: kindOf(value) });
      return undefined;
    }
    const tops = ctx.derive(this.of, topsOf);
    if (!tops) return emptyRecord();
    // Kept as parsed while every level reads as it is, as a record of notes is.
    const keep = value !== this.fallback && ctx.keepsRecords(this.keyedBy);
    let clean = keep ? undefined : emptyRecord<Level>();
    for (const id in value) {
      if (!Object.hasOwn(value, id)) continue;
      const level = value[id];
      const read = this.level(level, id, tops, ctx);
      if (!clean) {
        if (read === level) continue;
        clean = entriesBefore<Level>(value, id);
      }
      if (read !== undefined) clean[id] = read;
    }
    return clean ?? (value as Record<string, Level>);
  }

  /** The level kept for `id`, or `undefined` after reporting why it is dropped. */
  private level(
    level: unknown,
    id: string,
    tops: ReadonlyMap<string, number>,
    ctx: Context,
  ): Level | undefined {
    const top = tops.get(id);
    if (top === undefined) ctx.report(id, this.unknown, { id: quoted(id) });
    else if (level === null) return null;
    else if (top < 0) {
      // The item has no usable scale, which was reported on the item.
    } else if (typeof level !== 'number' || !Number.isInteger(level) || level < 0) {
      ctx.report(id, 'not-level', { found: kindOf(level) });
    } else if (level > top) {
      const item = ctx.lookup(this.of)?.get(id) as { scale: string };
      ctx.report(id, 'level-outside', { level, scale: item.scale, top });
    } else return level;
    return undefined;
  }
}

export const levels = (of: string, unknown: IdCode) => new LevelsReader(of, unknown);
