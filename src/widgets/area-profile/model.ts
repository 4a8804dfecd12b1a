import { assessmentsOf, scaleOf } from '../../data/query.js';
import type { Area, Dataset, Scale } from '../../data/types.js';
import { collator } from '../../format/text.js';

/** The profile's arithmetic, apart from Lit and the DOM: an area's neighbours and its change. */

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

/** One outcome's level in one assessed year, and how it moved since the one before. */
export interface OutcomeStep {
  /** Null when that year's assessment does not assess the outcome. */
  level: number | null;
  /** Against the last earlier year that assessed it; undefined for the first, or unassessed. */
  change?: 'up' | 'down' | 'same';
}

/** One outcome across the years an area was assessed. */
export interface OutcomeTrack {
  id: string;
  /** Its short name, for a column header. */
  name: string;
  title: string;
  /** Its scale's level labels, lowest first (empty when the dataset names no scale). */
  labels: Scale;
  /** One per year of `OutcomesOverTime.years`. */
  steps: OutcomeStep[];
  /** Levels from its first assessed year to its last, when two years assessed it. */
  change?: { from: number; to: number; fromYear: number; toYear: number };
}

export interface OutcomesOverTime {
  /** The years whose assessment gives any outcome a level, oldest first. */
  years: number[];
  outcomes: OutcomeTrack[];
}

/**
 * Each outcome's level in every year the area was assessed, with each move marked: undefined
 * unless at least two years give an outcome a level, since one year shows no change.
 */
export function outcomesOverTime(dataset: Dataset, areaId: string): OutcomesOverTime | undefined {
  const assessed = assessmentsOf(dataset, areaId).filter((assessment) =>
    Object.values(assessment.outcomes).some((level) => typeof level === 'number'),
  );
  if (new Set(assessed.map((assessment) => assessment.year)).size < 2) return undefined;
  const outcomes = dataset.outcomes.map((outcome): OutcomeTrack => {
    let previous: { level: number; year: number } | undefined;
    let first: { level: number; year: number } | undefined;
    const steps = assessed.map(({ outcomes: levels, year }): OutcomeStep => {
      const level = Object.hasOwn(levels, outcome.id) ? (levels[outcome.id] ?? null) : null;
      if (level === null) return { level };
      const change =
        previous === undefined
          ? undefined
          : level > previous.level
            ? 'up'
            : level < previous.level
              ? 'down'
              : 'same';
      previous = { level, year };
      first ??= previous;
      return { level, change };
    });
    return {
      id: outcome.id,
      name: outcome.short ?? outcome.title,
      title: outcome.title,
      labels: scaleOf(dataset, outcome) ?? [],
      steps,
      change:
        first && previous && previous.year !== first.year
          ? { from: first.level, to: previous.level, fromYear: first.year, toYear: previous.year }
          : undefined,
    };
  });
  return { years: assessed.map((assessment) => assessment.year), outcomes };
}
