import type { FrameworkItem } from '../../data/types.js';

/** A stretch of the bar, as fractions of its length (0 to 1). */
export interface Span {
  start: number;
  width: number;
}

/** One type whose share the source states as a fraction, drawn to that length. */
export interface StatedSpan extends Span {
  type: FrameworkItem;
}

/**
 * The bar of the partnership mix: a span for each type whose fraction the source states, and
 * the rest of the bar drawn as one unquantified remainder, shared by the types it does not
 * quantify ("a couple", "the rest"), which are never divided up by guesswork.
 */
export interface MixBar {
  stated: StatedSpan[];
  /** What the stated fractions leave; absent when they fill the bar. */
  remainder?: Span;
  /** The types without a stated fraction, in the dataset's order. */
  unstated: FrameworkItem[];
}

/** Fractions that sum to 1 within this are a whole bar (a third three times over, say). */
const tolerance = 1e-6;

/**
 * The bar for these types, or undefined when there is nothing honest to draw: no type has a
 * stated fraction, or the stated fractions add up to more than the whole.
 */
export function mixBar(types: readonly FrameworkItem[]): MixBar | undefined {
  const stated: StatedSpan[] = [];
  const unstated: FrameworkItem[] = [];
  let start = 0;
  for (const type of types) {
    if (type.fraction === undefined) {
      unstated.push(type);
      continue;
    }
    stated.push({ type, start, width: type.fraction });
    start += type.fraction;
  }
  if (stated.length === 0 || start > 1 + tolerance) return undefined;
  const rest = 1 - start;
  return rest > tolerance
    ? { stated, unstated, remainder: { start, width: rest } }
    : { stated, unstated };
}
