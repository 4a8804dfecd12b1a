import { currentLocale, defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';

/** A heading and its share as the source gives it: "Big Local delivery costs", "32%". */
interface StatedShare {
  label: string;
  value: string;
}

const capitalised = (text: string) =>
  text.charAt(0).toLocaleUpperCase(currentLocale()) + text.slice(1);

/** The programme spend's wordings. */
export const spendStrings = defineStrings('spend', {
  title: 'How the money was spent',
  /** The takeaway: the total as its source words it, and only the shares the sources state. */
  takeaway: (total: string | undefined, stated: readonly StatedShare[], unstated: number) => {
    const spent = total ? `${capitalised(total)} was distributed` : '';
    const [only] = stated;
    const shares =
      stated.length === 1 && only
        ? `${only.label} took ${only.value} of all spend`
        : stated.length
          ? `the shares of all spend stated are ${formatList(
              stated.map((share) => `${share.label} ${share.value}`),
            )}`
          : '';
    const rest = unstated
      ? plural(unstated, {
          one: 'the source states no share for the other heading',
          other: 'the sources state no share for the other headings',
        })
      : '';
    if (!shares) return spent ? `${spent}.` : '';
    const sentence = rest ? `${shares}; ${rest}` : shares;
    return spent ? `${spent}. ${capitalised(sentence)}.` : `${capitalised(sentence)}.`;
  },
  certainty: { approximate: 'Approximate', uncertain: 'Uncertain', conflict: 'Sources disagree' },
  source: (title: string) => `Source: ${title}`,
  /** The subheading over the spending headings. */
  headings: 'Where it went',
  legend: {
    stated: 'Share of all spend, as its source states it; the whole bar is all spend',
    unstated: 'The source names the heading but states no share',
  },
  notStated: 'Share not stated',
  /** The chart's text alternative. */
  summary: (stated: readonly StatedShare[], unstated: number) => {
    const shares = stated.length
      ? `Shares stated: ${formatList(stated.map((share) => `${share.label}, ${share.value}`))}.`
      : 'No heading has a stated share.';
    const rest = unstated
      ? plural(unstated, {
          one: ' One heading has no stated share.',
          other: ` ${formatNumber(unstated)} headings have no stated share.`,
        })
      : '';
    return `${shares}${rest}`;
  },
  table: {
    caption: 'Spending headings and their shares',
    heading: 'Heading',
    share: 'Share of all spend',
    figures: 'Other figures',
    source: 'Source',
  },
  perResident: {
    title: 'What it meant for each resident',
    /** The derived figure, as large type: "About £8 to £12.50". */
    result: (perYear: string) => `About ${perYear}`,
    unit: 'a person a year',
    range: (low: string, high: string) => `${low} to ${high}`,
    /** The whole derivation in one sentence, from the inputs' figures. */
    sentence: (amount: string, years: string, people: string, perYear: string, whole: string) =>
      `${amount} over ${years} for ${people} is about ${perYear} a person a year, ` +
      `or about ${whole} a person over the whole time.`,
    arithmetic: 'The arithmetic',
    /** One division: "£1,000,000 ÷ 10 years ÷ 8,000 people = £12.50 a person a year". */
    perYear: (amount: string, years: number, people: number, result: string, exact: boolean) =>
      `${amount} ÷ ${plural(years, {
        one: `${formatNumber(years)} year`,
        other: `${formatNumber(years)} years`,
      })} ÷ ${formatNumber(people)} people ${exact ? '=' : '≈'} ${result} a person a year`,
    whole: (amount: string, people: number, result: string, exact: boolean) =>
      `${amount} ÷ ${formatNumber(people)} people ${exact ? '=' : '≈'} ${result} a person ` +
      'over the whole time',
    caveat:
      'No source gives this figure: it is worked out here from the three inputs shown with it, each as ' +
      'its source states it, and it is as rough as they are (see their notes).',
    inputs: 'The inputs',
    quotes: 'What partnership members said',
  },
  none: 'This dataset has no spending figures.',
  badPerResident: (value: string) =>
    `per-resident="${value}" is not "hide", so the per-resident figure is shown.`,
});
