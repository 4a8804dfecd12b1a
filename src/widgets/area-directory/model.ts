import type { Area } from '../../data/types.js';

/**
 * The directory's filtering, sorting and counting, pure: no DOM, no locale read at call time
 * (the caller passes its collator and locale), so it is tested without a browser widget and
 * 15,000 areas cost one pass per keystroke over keys made once per dataset.
 */

/** The filter value that stands for "the area's record gives none" (region or wave). */
export const NONE = 'none';

export type DirectorySort = 'name' | 'wave';
export type DirectoryView = 'list' | 'cards';
export type StatusFilter = 'active' | 'completed';
export type ConfirmedFilter = 'confirmed' | 'unconfirmed';

export const sorts: readonly DirectorySort[] = ['name', 'wave'];
export const views: readonly DirectoryView[] = ['list', 'cards'];
export const statuses: readonly StatusFilter[] = ['active', 'completed'];
export const confirmations: readonly ConfirmedFilter[] = ['confirmed', 'unconfirmed'];

export interface DirectoryFilter {
  query: string;
  /** A region as the data names it, `NONE`, or undefined for every region. */
  region?: string;
  /** A wave, `NONE`, or undefined for every wave. */
  wave?: number | typeof NONE;
  caseStudy: boolean;
  status?: StatusFilter;
  confirmed?: ConfirmedFilter;
}

export interface DirectoryModel {
  areas: readonly Area[];
  /** One folded search key per area: name, place and local authority. */
  keys: readonly string[];
  /** Each area's region folded as the region filter compares it ('' for none). */
  regionKeys: readonly string[];
  /** Area indexes by name (collator order). */
  byName: Int32Array;
  /** Area indexes by wave (areas with no wave last), then name. */
  byWave: Int32Array;
  /** The regions the data names, in collator order. */
  regions: readonly string[];
  waves: readonly number[];
  withoutRegion: number;
  withoutWave: number;
  /** The statuses some area has, in the order of `statuses`. */
  statuses: readonly StatusFilter[];
  unconfirmed: number;
  caseStudies: number;
}

/**
 * Text folded so that a search ignores case and accents: "Öxford" finds "oxford", as the
 * collator's base sensitivity compares them. Canonical decomposition (NFD) splits a letter from
 * its accents, which are then dropped; letters with no decomposition (ß, ø) stay as they are.
 */
export function foldForSearch(text: string, locale?: string): string {
  // Most names are printable ASCII, with no accents to drop: skipping the Unicode work for them
  // keeps building 15,000 keys quick.
  const plain = /^[ -~]*$/.test(text);
  const bare = plain ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  return bare.toLocaleLowerCase(locale);
}

/** Builds the directory's keys, orders and choices once per dataset and locale. */
export function buildModel(
  areas: readonly Area[],
  compare: (a: string, b: string) => number,
  locale?: string,
): DirectoryModel {
  // A separator no query can contain (queries are split on whitespace), so a search never
  // matches across the end of one field and the start of the next.
  const keys = areas.map((area) =>
    foldForSearch([area.name, area.place ?? '', area.localAuthority ?? ''].join('\n'), locale),
  );
  const regionKeys = areas.map((area) => (area.region ? foldForSearch(area.region, locale) : ''));
  const byName = Int32Array.from(areas.keys()).sort(
    (a, b) => compare(areas[a]!.name, areas[b]!.name) || a - b,
  );
  const rank = new Int32Array(areas.length);
  byName.forEach((area, place) => (rank[area] = place));
  const waveOf = (index: number) => areas[index]!.wave ?? Number.POSITIVE_INFINITY;
  const byWave = byName.slice().sort((a, b) => waveOf(a) - waveOf(b) || rank[a]! - rank[b]!);

  const regions = new Map<string, string>();
  const waves = new Set<number>();
  const present = new Set<StatusFilter>();
  let withoutRegion = 0;
  let withoutWave = 0;
  let unconfirmed = 0;
  let caseStudies = 0;
  for (const area of areas) {
    if (area.region) {
      // One entry for regions spelled with other case or accents, as the filter matches them.
      const key = foldForSearch(area.region, locale);
      if (!regions.has(key)) regions.set(key, area.region);
    } else withoutRegion++;
    if (area.wave !== undefined) waves.add(area.wave);
    else withoutWave++;
    if (area.status) present.add(area.status);
    if (area.confirmed === false) unconfirmed++;
    if (area.caseStudy) caseStudies++;
  }
  return {
    areas,
    keys,
    regionKeys,
    byName,
    byWave,
    regions: [...regions.values()].sort(compare),
    waves: [...waves].sort((a, b) => a - b),
    withoutRegion,
    withoutWave,
    statuses: statuses.filter((status) => present.has(status)),
    unconfirmed,
    caseStudies,
  };
}

/** The words of a query, folded: an area matches when its key holds every one. */
export function queryTerms(query: string, locale?: string): string[] {
  return foldForSearch(query, locale).split(/\s+/).filter(Boolean);
}

/** The region of `model` that `wanted` names, however it is cased or accented. */
export function regionNamed(
  model: DirectoryModel,
  wanted: string,
  locale?: string,
): string | undefined {
  const key = foldForSearch(wanted.trim(), locale);
  return model.regions.find((region) => foldForSearch(region, locale) === key);
}

/** The indexes of the areas that pass `filter`, in `sort` order. */
export function filterAreas(
  model: DirectoryModel,
  filter: DirectoryFilter,
  sort: DirectorySort,
  locale?: string,
): number[] {
  const terms = queryTerms(filter.query, locale);
  const region =
    filter.region && filter.region !== NONE ? foldForSearch(filter.region, locale) : '';
  const { areas, keys, regionKeys } = model;
  const shown: number[] = [];
  for (const index of sort === 'wave' ? model.byWave : model.byName) {
    const area = areas[index]!;
    if (filter.region === NONE ? area.region : region && regionKeys[index] !== region) continue;
    if (
      filter.wave === NONE
        ? area.wave !== undefined
        : filter.wave !== undefined && area.wave !== filter.wave
    ) {
      continue;
    }
    if (filter.caseStudy && !area.caseStudy) continue;
    if (filter.status && area.status !== filter.status) continue;
    if (filter.confirmed && (area.confirmed === false) !== (filter.confirmed === 'unconfirmed')) {
      continue;
    }
    const key = keys[index]!;
    if (terms.every((term) => key.includes(term))) shown.push(index);
  }
  return shown;
}

/** Whether any filter narrows the directory (the query counts only when it has words). */
export function isFiltered(filter: DirectoryFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.region !== undefined ||
    filter.wave !== undefined ||
    filter.caseStudy ||
    filter.status !== undefined ||
    filter.confirmed !== undefined
  );
}

/** The state a `#q=…&region=…` hash carries, read and written alike. */
export interface HashState {
  query?: string;
  region?: string;
  wave?: number | typeof NONE;
  caseStudy?: boolean;
  status?: StatusFilter;
  confirmed?: ConfirmedFilter;
  sort?: DirectorySort;
  view?: DirectoryView;
}

const hashKeys = ['q', 'region', 'wave', 'case-study', 'status', 'confirmed', 'sort', 'view'];

/** A wave as an attribute or hash gives it: a whole number from 1, or `none`. */
export function parseWave(value: string | undefined | null): number | typeof NONE | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (text === NONE) return NONE;
  return /^\d{1,3}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((item) => item === value?.trim().toLowerCase());
}

/**
 * Reads a location hash. Unknown keys, and values that mean nothing, are ignored; a malformed
 * hash (stray `%`, no `=`) gives what it can and never throws.
 */
export function readHash(hash: string): HashState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return {};
  }
  const state: HashState = {};
  const q = params.get('q');
  if (q !== null) state.query = q;
  const region = params.get('region')?.trim();
  if (region) state.region = region;
  const wave = parseWave(params.get('wave'));
  if (wave !== undefined) state.wave = wave;
  const caseStudy = params.get('case-study');
  if (caseStudy !== null) state.caseStudy = !['0', 'false', 'no'].includes(caseStudy.trim());
  const status = oneOf(statuses, params.get('status'));
  if (status) state.status = status;
  const confirmed = oneOf(confirmations, params.get('confirmed'));
  if (confirmed) state.confirmed = confirmed;
  const sort = oneOf(sorts, params.get('sort'));
  if (sort) state.sort = sort;
  const view = oneOf(views, params.get('view'));
  if (view) state.view = view;
  return state;
}

/**
 * The hash for `state`, keeping the keys of `previous` this directory does not own (another
 * script's) as they were. Defaults are left out, so an unfiltered directory adds nothing.
 */
export function writeHash(state: HashState, previous = ''): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(previous.replace(/^#/, ''));
  } catch {
    params = new URLSearchParams();
  }
  for (const key of hashKeys) params.delete(key);
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set('q', state.query?.trim() ? state.query : undefined);
  set('region', state.region);
  set('wave', state.wave === undefined ? undefined : String(state.wave));
  set('case-study', state.caseStudy ? '1' : undefined);
  set('status', state.status);
  set('confirmed', state.confirmed);
  set('sort', state.sort === 'wave' ? 'wave' : undefined);
  set('view', state.view === 'cards' ? 'cards' : undefined);
  // Spaces as %20, which every reader of a URL takes as a space, rather than `+`.
  const text = params.toString().replace(/\+/g, '%20');
  return text ? `#${text}` : '';
}
