import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';

/** The area directory's wordings. */
export const areaDirectoryStrings = defineStrings('areaDirectory', {
  title: 'Find an area',
  /** The takeaway: how many areas, across how many regions, and how many name none. */
  takeaway: (areas: number, regions: number, withoutRegion: number) => {
    const across = plural(regions, {
      one: `across ${formatNumber(regions)} region`,
      other: `across ${formatNumber(regions)} regions`,
    });
    const all = plural(areas, {
      one: `${formatNumber(areas)} area`,
      other: `${formatNumber(areas)} areas`,
    });
    const head = regions > 0 ? `${all} ${across}` : all;
    if (withoutRegion === 0) return `${head}: search by name, place or local authority.`;
    const missing = plural(withoutRegion, {
      one: `${formatNumber(withoutRegion)} has no region a published source states`,
      other: `${formatNumber(withoutRegion)} have no region a published source states`,
    });
    return `${head}; ${missing}. Search by name, place or local authority.`;
  },
  search: 'Search',
  searchHint: 'Name, place or local authority',
  region: 'Region',
  wave: 'Wave',
  status: 'Status',
  confirmed: 'Confirmed',
  caseStudyOnly: 'Case-study areas only',
  sort: 'Sort by',
  sorts: { name: 'Name', wave: 'Wave, then name' },
  view: 'Show as',
  views: { list: 'List', cards: 'Cards' },
  filters: 'Filters',
  anyRegion: 'Any region',
  anyWave: 'Any wave',
  anyStatus: 'Any status',
  anyConfirmation: 'Any',
  noRegion: 'No region given',
  noWave: 'No wave given',
  waveNumber: (wave: number) => `Wave ${formatNumber(wave)}`,
  statuses: { active: 'Active', completed: 'Completed' },
  confirmations: {
    confirmed: 'Confirmed by a source',
    unconfirmed: 'Not confirmed by a source',
  },
  /** The live count: "12 of 150 areas". */
  count: (shown: number, total: number) =>
    plural(total, {
      one: `${formatNumber(shown)} of ${formatNumber(total)} area`,
      other: `${formatNumber(shown)} of ${formatNumber(total)} areas`,
    }),
  listLabel: 'Areas',
  caseStudy: 'Case-study area',
  unconfirmed: 'Not confirmed by a published source',
  clear: 'Clear filters',
  /** What the empty state says is narrowing the list: each a phrase after "No areas". */
  narrowing: {
    region: (region: string) => `in ${region}`,
    noRegion: 'with no region given',
    wave: (wave: number) => `in wave ${formatNumber(wave)}`,
    noWave: 'with no wave given',
    caseStudy: 'among case-study areas',
    status: { active: 'that are active', completed: 'that are completed' },
    confirmed: {
      confirmed: 'confirmed by a source',
      unconfirmed: 'not confirmed by a source',
    },
  },
  /** What the reader can change, in the order the empty state offers them. */
  changes: {
    query: 'clear the search',
    region: 'choose another region',
    wave: 'choose another wave',
    caseStudy: 'include areas that are not case studies',
    status: 'choose another status',
    confirmed: 'include areas whether confirmed or not',
  },
  /** The empty state: `query` as typed (or empty), the phrases and changes from above. */
  empty: (query: string, narrowing: readonly string[], changes: readonly string[]) => {
    const subject = query ? `No areas match “${query}”` : 'No areas';
    const advice = formatList(changes, 'disjunction');
    const first = advice.charAt(0).toLocaleUpperCase() + advice.slice(1);
    return `${[subject, ...narrowing].join(' ')}. ${first}.`;
  },
  noAreas: 'This dataset has no areas.',
  sources: (count: number) => `Sources (${formatNumber(count)})`,
  /** Bad attributes: each said once, and the directory shows what it can. */
  unknownRegion: (region: string) =>
    `There is no region "${region}" in this dataset, so areas of every region are shown.`,
  badWave: (wave: string) =>
    `"${wave}" is not a wave (use a whole number or "none"), so areas of every wave are shown.`,
  badView: (view: string) =>
    `"${view}" is not a view (use "list" or "cards"), so the list is shown.`,
  badSort: (sort: string) =>
    `"${sort}" is not a sort (use "name" or "wave"), so areas are sorted by name.`,
});
