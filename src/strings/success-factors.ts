import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';

/** The success factors' wordings. */
export const successFactorsStrings = defineStrings('successFactors', {
  title: 'What helped areas succeed',
  /** The takeaway when the dataset quotes the evaluation's main message (shown below it). */
  combinations: 'No single factor explains an area’s success: combinations of them do.',
  combinationsAndPeople:
    'No single factor explains an area’s success: combinations do, and the engagement of ' +
    'skilled, capable individuals was arguably the most critical.',
  /** The takeaway otherwise: the factors counted, by group. */
  counted: (total: number, groups: readonly { title: string; count: number }[]) =>
    plural(total, {
      one: `One factor, in ${formatList(groups.map((group) => group.title))}.`,
      other:
        `${formatNumber(total)} factors, in ` +
        `${formatList(groups.map((group) => `${group.title} (${formatNumber(group.count)})`))}.`,
    }),
  conclusion: 'What the evaluation concluded',
  finding: 'What the evaluation found',
  source: 'Source:',
  /** Where a group's descriptions come from, and where its findings do, each cited once. */
  describedIn: 'Described in:',
  findingsFrom: 'Findings from:',
  none: 'This dataset has no success factors.',
  unknownGroup: (id: string) => `There is no factor group "${id}" in this dataset.`,
  emptyGroup: (title: string) => `The group "${title}" has no factors in this dataset.`,
  unknownFactor: (id: string) => `There is no factor "${id}" in this dataset.`,
  factorElsewhere: (id: string, group: string) =>
    `The factor "${id}" is not in the group shown, ${group}.`,
});
