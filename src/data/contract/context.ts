import type { Problem, ProblemCode, ProblemParams, ValueKind } from '../types.js';
import { problemText } from '../../strings/data.js';

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

export type Json = Record<string, unknown>;

/** What a value is, for a wording such as "should be text, not a list". */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN';
  }
  return typeof value;
}

/** Text quoted back in a problem, kept short: a problem names a value, it does not copy it. */
export const quoted = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A problem with no parameters takes none; every other one takes exactly its own. */
export type ParamsOf<Code extends ProblemCode> =
  ProblemParams[Code] extends Record<string, never> ? [] : [params: ProblemParams[Code]];

/** The codes whose only parameter is the kind of value found. */
export type FoundCode = {
  [Code in ProblemCode]: ProblemParams[Code] extends { found: ValueKind }
    ? { found: ValueKind } extends ProblemParams[Code]
      ? Code
      : never
    : never;
}[ProblemCode];

/** The codes that take no parameters. */
export type PlainCode = {
  [Code in ProblemCode]: ProblemParams[Code] extends Record<string, never> ? Code : never;
}[ProblemCode];

/** The codes that name an id, such as an unknown area. */
export type IdCode = {
  [Code in ProblemCode]: ProblemParams[Code] extends { id: string }
    ? { id: string } extends ProblemParams[Code]
      ? Code
      : never
    : never;
}[ProblemCode];

/**
 * The state of one validation: where the reader is (a stack of keys, turned into a JSON path only
 * when a problem is reported, so the happy path builds no strings), the problems found, the
 * limits, and the items read so far that later parts refer to by id.
 */
export class Context {
  readonly problems: Problem[] = [];
  /** Keys from the root to the value being read: the JSON path, unformatted. */
  readonly keys: (string | number)[] = [];
  depth = 0;
  private unlisted = 0;
  /** Items by id of each list or record read with `as`, for `ref()` and `levels()`. */
  private readonly known = new Map<string, ReadonlyMap<string, unknown>>();
  private readonly derived = new Map<string, unknown>();
  /** Each distinct text read so far, so that a text the document repeats is kept once. */
  private readonly texts = new Map<string, string>();

  /**
   * @param owned The input is the validator's own, parsed from text here, which nothing else
   * holds: a record read whole is kept as it is rather than copied (a third faster at 15,000
   * areas). A value a page handed over is always copied, so later changes to it never reach the
   * dataset.
   */
  constructor(
    readonly limits: ValidationLimits,
    readonly owned = false,
  ) {}

  /**
   * Whether records keyed by the ids registered as `names` can be kept as parsed: a parsed
   * object inherits from `Object.prototype`, so none of those ids may name one of its members
   * (an outcome called `constructor` would read as a level where an assessment has none).
   */
  keepsRecords(names: readonly string[]): boolean {
    if (!this.owned) return false;
    let plain = this.plainKeys.get(names);
    if (plain === undefined) {
      plain = names.every((name) => {
        const items = this.known.get(name);
        return items !== undefined && [...items.keys()].every((id) => !(id in Object.prototype));
      });
      this.plainKeys.set(names, plain);
    }
    return plain;
  }
  /** `keepsRecords` by list of names, each list a reader's own. */
  private readonly plainKeys = new Map<readonly string[], boolean>();

  /**
   * The first copy of `text` read in this document. A parsed document holds each occurrence of
   * a text as a string of its own (a note or a source's title repeated over 80,000 assessments
   * is 80,000 strings); the dataset keeps one, and the rest go with the document.
   */
  intern<T extends string>(text: T): T {
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept as T;
    this.texts.set(text, text);
    return text;
  }

  /** Reports a problem at the current path, or at its child `at`. */
  report<Code extends ProblemCode>(
    at: string | number | undefined,
    code: Code,
    ...[params]: ParamsOf<Code>
  ): void {
    if (this.problems.length >= this.limits.maxProblems) {
      this.unlisted += 1;
      return;
    }
    this.push(this.path(at), code, params ?? {});
  }

  finish(): Problem[] {
    if (this.unlisted > 0) this.push('$', 'unlisted', { count: this.unlisted });
    return this.problems;
  }

  register(name: string, items: ReadonlyMap<string, unknown>): void {
    this.known.set(name, items);
    this.derived.delete(name);
  }

  /** The items of a list read earlier; undefined when it was unusable (and so reported). */
  lookup(name: string): ReadonlyMap<string, unknown> | undefined {
    return this.known.get(name);
  }

  /** A value computed once from a registered list, e.g. each item's highest level. */
  derive<T>(
    name: string,
    make: (items: ReadonlyMap<string, unknown>, ctx: Context) => T,
  ): T | undefined {
    if (this.derived.has(name)) return this.derived.get(name) as T;
    const items = this.known.get(name);
    const value = items ? make(items, this) : undefined;
    this.derived.set(name, value);
    return value;
  }

  private path(at: string | number | undefined): string {
    let path = '$';
    for (let index = 0; index < this.depth; index++) path += step(this.keys[index]!);
    return at === undefined ? path : path + step(at);
  }

  private push(path: string, code: ProblemCode, params: object): void {
    const problem = { path, code, params, message: '' } as Problem;
    problem.message = problemText(problem);
    this.problems.push(problem);
  }
}

const step = (key: string | number) => (typeof key === 'number' ? `[${key}]` : `.${key}`);
