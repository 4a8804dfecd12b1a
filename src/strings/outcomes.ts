import { defineStrings } from './locale.js';
import { formatNumber, plural } from '../format/number.js';

/** The outcomes' wordings. */
export const outcomesStrings = defineStrings('outcomes', {
  title: (programme: string) => `What ${programme} set out to achieve`,
  /** The takeaway when the dataset quotes what the clearest progress went with. */
  agencyTakeaway:
    'The areas that made the clearest progress on these outcomes were also those with ' +
    'increased agency.',
  /** The takeaway otherwise. */
  counted: (programme: string, count: number) =>
    plural(count, {
      one: `${programme} names one outcome.`,
      other: `${programme} names ${formatNumber(count)} outcomes.`,
    }),
  hypothesis: 'The programme’s hypothesis',
  outcomes: 'The outcomes',
  agency: 'What the clearest progress went with',
  source: 'Source:',
  none: 'This dataset has no outcomes.',
  unknownOutcome: (id: string) => `There is no outcome "${id}" in this dataset.`,
});
