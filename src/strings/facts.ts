import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { plural } from '../format/number.js';

/** The programme facts' wordings. */
export const factsStrings = defineStrings('facts', {
  certainty: { conflict: 'Sources disagree', uncertain: 'Uncertain', approximate: 'Approximate' },
  source: (title: string) => `Source: ${title}`,
  none: 'This dataset has no programme facts.',
  unknown: (ids: readonly string[]) => {
    const list = formatList(ids.map((id) => `"${id}"`));
    return plural(ids.length, {
      one: `There is no fact ${list} in this dataset.`,
      other: `There are no facts ${list} in this dataset.`,
    });
  },
});
