import { defineStrings } from './locale.js';
import { formatNumber, formatYear, plural } from '../format/number.js';

/** The area profile's wordings. */
export const areaProfileStrings = defineStrings('areaProfile', {
  chooseArea: 'Choose an area to see its profile.',
  /** The takeaway: where the area is and since when, as far as its record says. */
  takeaway: (area: string, where: readonly string[], joined: string | undefined) => {
    const place = where.length
      ? `${area} is in ${where.join(', ')}`
      : `${area}’s record gives no place`;
    return joined ? `${place}; part of the programme since ${joined}.` : `${place}.`;
  },
  neighbours: 'Nearby areas',
  neighboursIn: (place: string, count: number) =>
    count === 1 ? `Another area in ${place}` : `${formatNumber(count)} other areas in ${place}`,
  /** Said after `neighboursIn` when there are more than are shown. */
  neighboursMore: (shown: number) => `; the first ${formatNumber(shown)} by name`,
  noNeighbours: 'No other area in this dataset shares its local authority or region.',
  overTime: 'Outcomes over time',
  /** What the table of levels shows: `years` assessments, oldest first. */
  overTimeBasis: (area: string, years: number) =>
    `${area}’s level on each outcome in the ${formatNumber(years)} years it was assessed, ` +
    'oldest first. ▲ and ▼ mark a rise or a fall since the assessment before.',
  /** The name of the table's scrolling frame. */
  overTimeTable: 'Levels by year',
  year: 'Year',
  /** The table's last row: each outcome from its first assessed year to its last. */
  change: 'Change',
  up: 'up',
  down: 'down',
  notAssessed: 'Not assessed',
  /** An outcome's change from its first assessed level to its last, in levels. */
  changeBy: (by: number, fromYear: number) => {
    const since = ` since ${formatYear(fromYear)}`;
    if (by === 0) return `No change${since}`;
    const levels = plural(Math.abs(by), {
      one: `${formatNumber(Math.abs(by))} level`,
      other: `${formatNumber(Math.abs(by))} levels`,
    });
    return `${by > 0 ? 'Up' : 'Down'} ${levels}${since}`;
  },
  /** The key to the levels, named by the dataset's scale. */
  levels: 'Levels',
});
