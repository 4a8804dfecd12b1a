import type { Area } from '../../data/types.js';
import { collator } from '../../format/text.js';

/** The profile's arithmetic, apart from Lit and the DOM: an area's neighbours. */

export interface Neighbours {
  /** What the neighbours share with the area. */
  basis: 'localAuthority' | 'region';
  /** The local authority or region, as the area's record names it. */
  place: string;
  /** Up to `limit` of them, in name order. */
  areas: Area[];
  /** How many share it in all. */
  total: number;
}

/**
 * The other areas in the same local authority, else (when it has none, or the record names
 * none) in the same region: the nearest a reader can go without coordinates. Names match
 * whatever their case or accents, as sources spell them loosely. Undefined when neither gives
 * any other area.
 */
export function neighboursOf(
  areas: readonly Area[],
  area: Area,
  limit = 6,
): Neighbours | undefined {
  const compare = collator();
  for (const basis of ['localAuthority', 'region'] as const) {
    const place = area[basis]?.trim();
    if (!place) continue;
    const same = areas
      .filter((other) => other.id !== area.id && other[basis] !== undefined)
      .filter((other) => compare.compare(other[basis]!.trim(), place) === 0)
      .sort((a, b) => compare.compare(a.name, b.name));
    if (same.length) return { basis, place, areas: same.slice(0, limit), total: same.length };
  }
  return undefined;
}
