import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';
import { defineStrings } from './locale.js';

/**
 * What the matrix and the rings say on data without assessments (Big Local's own, which
 * publishes none): the framework they would score, and how a partner adds levels.
 */
export const frameworkStrings = defineStrings('framework', {
  /** `groups` are the dataset's factor group titles ("Conditions", "Ways of working"). */
  matrixIntro: (groups: readonly string[]) =>
    `No assessments of ${formatList(groups, 'disjunction')} have been published for these areas. ` +
    `When a dataset has them, the matrix compares each area by these:`,
  /** What the rings of an area never assessed show in their place, under the area's name. */
  ringsCaption: (area: string) => `${area}: outcomes`,
  ringsIntro: (area: string, count: number) =>
    plural(count, {
      one: `This is the outcome an assessment of ${area} is measured against.`,
      other: `These are the ${formatNumber(count)} outcomes an assessment of ${area} is measured against.`,
    }) + ' None has been published yet.',
  /** The levels an item is scored on, e.g. "Scored from Limited to Strong". */
  scale: (lowest: string, highest: string) => `Scored from ${lowest} to ${highest}`,
  /** The disclosure that holds `howTo`: for whoever runs the site, not its readers. */
  howToSummary: 'For site editors: how levels are shown',
  howTo:
    'To show levels, a dataset adds assessments (its assessments list, described in the data ' +
    'contract): one per area and year, giving a level for each outcome and factor, with who made ' +
    'it, how, and where it is published.',
});
