import { defineStrings } from './locale.js';
import { formatNumber } from '../format/number.js';

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
});
