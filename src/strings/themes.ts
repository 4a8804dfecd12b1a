import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';

/** The learning themes' wordings. */
export const themesStrings = defineStrings('themes', {
  title: 'What the programme learned, theme by theme',
  /** The takeaway: only counts of what the dataset holds. */
  takeaway: (themes: number, withFigures: number) => {
    const count = plural(themes, {
      one: `The programme’s learning in ${formatNumber(themes)} theme`,
      other: `The programme’s learning in ${formatNumber(themes)} themes`,
    });
    if (withFigures === 0) return `${count}.`;
    const figures =
      withFigures === themes
        ? plural(themes, { one: 'it gives figures', other: 'each gives figures' })
        : plural(withFigures, {
            one: `${formatNumber(withFigures)} gives figures`,
            other: `${formatNumber(withFigures)} give figures`,
          });
    return `${count}; ${figures}, each as its source words it.`;
  },
  /** The subheading over the themes that have only a title and a page. */
  more: 'More themes',
  certainty: { approximate: 'Approximate', uncertain: 'Uncertain', conflict: 'Sources disagree' },
  source: (title: string) => `Source: ${title}`,
  none: 'This dataset has no learning themes.',
  unknown: (ids: readonly string[]) => {
    const list = formatList(ids.map((id) => `"${id}"`));
    return plural(ids.length, {
      one: `There is no theme ${list} in this dataset.`,
      other: `There are no themes ${list} in this dataset.`,
    });
  },
});
