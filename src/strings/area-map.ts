import { defineStrings } from './locale.js';
import { formatNumber, plural } from '../format/number.js';

const areas = (count: number) =>
  plural(count, { one: `${formatNumber(count)} area`, other: `${formatNumber(count)} areas` });

/** The area map's wordings. */
export const areaMapStrings = defineStrings('areaMap', {
  title: 'Where the areas are',
  /** The takeaway: the region with most areas, of those the data places. */
  takeaway: (top: string, topCount: number, placed: number, total: number) =>
    placed === 0
      ? `None of the ${formatNumber(total)} areas has a region in this data.`
      : `${top} has the most areas (${formatNumber(topCount)}) of the ${formatNumber(placed)} whose region the data gives, out of ${formatNumber(total)}.`,
  /** The tiles' names for the layout's regions; a region not listed is shown as the data spells it. */
  regions: {
    'North East': 'North East',
    'North West': 'North West',
    'Yorkshire and the Humber': 'Yorkshire and the Humber',
    'East Midlands': 'East Midlands',
    'West Midlands': 'West Midlands',
    'East of England': 'East of England',
    London: 'London',
    'South East': 'South East',
    'South West': 'South West',
  } as Record<string, string>,
  mapLabel: 'Areas by region of England, as tiles placed roughly where each region lies',
  cartogramNote:
    'Each region is one equal tile placed roughly where it lies: a diagram, not a map to scale.',
  keysHint: 'Arrow keys move between regions; Enter or Space lists a region’s areas.',
  areas,
  /** Said after a tile's number, for a screen reader ("24 areas"). */
  areasWord: (count: number) => plural(count, { one: 'area', other: 'areas' }),
  inferred: (count: number) => `of which ${formatNumber(count)} inferred`,
  selectedHere: 'Selected area',
  legend: 'Areas per region',
  legendStep: (from: number, to: number) =>
    from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`,
  legendInferred: 'Dashed outline: some areas’ region is inferred by a source, not stated',
  unplaced: (count: number) =>
    plural(count, {
      one: `${formatNumber(count)} area has no region in the data`,
      other: `${formatNumber(count)} areas have no region in the data`,
    }),
  elsewhere: (count: number) =>
    plural(count, {
      one: `${formatNumber(count)} area has a region outside England’s nine`,
      other: `${formatNumber(count)} areas have a region outside England’s nine`,
    }),
  showAreas: 'List them',
  listTitle: (region: string, count: number) => `${region}: ${areas(count)}`,
  unplacedTitle: (count: number) => `No region in the data: ${areas(count)}`,
  elsewhereTitle: (count: number) => `Outside England’s nine regions: ${areas(count)}`,
  listEmpty: 'This dataset has no areas in this region.',
  inferredTag: 'region inferred',
  selectedTag: 'selected',
  close: 'Close the list',
  table: 'Show as a table',
  tableCaption: 'Areas by region',
  columns: { region: 'Region', areas: 'Areas', inferred: 'of which inferred' },
  noRegionRow: 'No region in the data',
  elsewhereRow: 'Outside the nine regions',
  none: 'This dataset has no areas.',
  /** The point map's name: a picture whose text is the list beside it. */
  pointsLabel: (count: number) =>
    `Map of England with ${areas(count)} drawn where their coordinates place them`,
  pointsNote:
    'Each dot is an area, where the data’s coordinates place it. Choose one to select it.',
  pointList: (count: number) => `List the ${areas(count)} on the map`,
  unlocated: (count: number) =>
    plural(count, {
      one: `${formatNumber(count)} area has no coordinates in the data, so is not on the map`,
      other: `${formatNumber(count)} areas have no coordinates in the data, so are not on the map`,
    }),
  unlocatedTitle: (count: number) => `No coordinates in the data: ${areas(count)}`,
  offMap: (count: number) =>
    plural(count, {
      one: `${formatNumber(count)} area’s coordinates fall outside this map of England`,
      other: `${formatNumber(count)} areas’ coordinates fall outside this map of England`,
    }),
  offMapTitle: (count: number) => `Outside the map: ${areas(count)}`,
  noCoordinates: 'No area in this data has coordinates, so the regions are shown as tiles.',
});
