import type { Area, Milestone, Source } from '../../data/types.js';

/**
 * The timeline's arithmetic, apart from Lit and the DOM: reading dates as precise as their
 * sources, ordering them, grouping them by year, filtering by kind, and the steps an area record
 * dates by itself (when it joined and completed).
 */

/** How much of a date the source gives. */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1 to 12, when the source names the month. */
  month?: number;
  /** 1 to 31, when the source names the day. */
  day?: number;
  precision: Precision;
}

const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * `2010`, `2022-06` or `2012-02-29` as its parts; undefined for anything else, including a day
 * the month does not have (`2023-02-29`), which the contract's pattern alone lets through.
 */
export function parseDate(iso: string): PartialDate | undefined {
  const match = isoDate.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) return { year, precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month, precision: 'month' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Orders partial dates by where each period starts, the coarser first when they start together:
 * "2012" spans the whole year, so it opens 2012, before "February 2012", which comes before
 * "29 February 2012". A date that cannot be read sorts last, keeping its place among its kind.
 */
export function compareDates(a: string, b: string): number {
  const first = parseDate(a);
  const second = parseDate(b);
  if (!first || !second) return Number(!first) - Number(!second);
  return (
    first.year - second.year ||
    (first.month ?? 0) - (second.month ?? 0) ||
    (first.day ?? 0) - (second.day ?? 0)
  );
}

/** The items in date order; items dated alike keep the order they came in (a stable sort). */
export function sortByDate<Item extends { date: string }>(items: readonly Item[]): Item[] {
  return [...items].sort((a, b) => compareDates(a.date, b.date));
}

export interface YearGroup<Item> {
  year: number;
  items: Item[];
}

/**
 * Items already in date order, grouped by year in that order; an unreadable date has no year
 * to go under, so it is left out (the validator never passes one).
 */
export function groupByYear<Item extends { date: string }>(
  items: readonly Item[],
): YearGroup<Item>[] {
  const groups: YearGroup<Item>[] = [];
  for (const item of items) {
    const year = parseDate(item.date)?.year;
    if (year === undefined) continue;
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/**
 * The items of the kinds asked for; every item when none are asked for. An item without a kind
 * belongs to no kind, so any filter leaves it out.
 */
export function filterByKinds<Item extends { kind?: string }>(
  items: readonly Item[],
  kinds: readonly string[],
): Item[] {
  if (kinds.length === 0) return [...items];
  const wanted = new Set(kinds);
  return items.filter((item) => item.kind !== undefined && wanted.has(item.kind));
}

/** The kinds asked for that no item has: a typing mistake the page should hear about once. */
export function unknownKinds(
  items: readonly { kind?: string }[],
  kinds: readonly string[],
): string[] {
  const present = new Set(items.map((item) => item.kind));
  return kinds.filter((kind) => !present.has(kind));
}

/** The steps an area's record dates by itself, with the sources it gives for those fields. */
export interface AreaStep {
  step: 'joined' | 'completed';
  date: string;
  /** The first source the record gives for the field; the others follow in `otherSources`. */
  source?: Source;
  otherSources: Source[];
}

/** When the area joined and completed, as far as its record says, in that order. */
export function areaSteps(area: Area): AreaStep[] {
  const steps: AreaStep[] = [];
  for (const step of ['joined', 'completed'] as const) {
    const date = area[step];
    if (!date) continue;
    const [source, ...otherSources] = area.sources?.[step] ?? [];
    steps.push({ step, date, source, otherSources });
  }
  return steps;
}

/** The programme's own milestones (those of no area), and those of the area with this id. */
export function milestonesOf(
  milestones: readonly Milestone[],
  areaId?: string,
): { programme: Milestone[]; area: Milestone[] } {
  return {
    programme: milestones.filter((milestone) => milestone.area === undefined),
    area: areaId ? milestones.filter((milestone) => milestone.area === areaId) : [],
  };
}
