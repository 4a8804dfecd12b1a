import { defineStrings } from './locale.js';
import { formatNumber, plural } from '../format/number.js';

/** The levels of change's wordings. */
export const changeLevelsStrings = defineStrings('changeLevels', {
  title: 'Where change happened',
  takeaway: (count: number) =>
    plural(count, {
      one: 'Change showed at one level, with its own kinds of activity.',
      other: `Change showed at ${formatNumber(count)} levels, each with its own kinds of activity.`,
    }),
  activities: 'Kinds of activity',
  source: 'Source:',
  none: 'This dataset has no levels of change.',
});
