import { defineStrings } from './locale.js';
import { formatNumber, formatYear } from '../format/number.js';

/** One outcome ring's wordings. */
export const ringStrings = defineStrings('ring', {
  notAssessed: 'Not assessed',
  badMax: 'max should be a whole number from 1 to 100.',
  outside: (level: number, max: number) =>
    `The level ${formatNumber(level)} is outside the scale ` +
    `${formatNumber(0)} to ${formatNumber(max)}.`,
  inYear: (year: number) => `in ${formatYear(year)}`,
  change: (from: string, fromYear: number | undefined, to: string, toYear: number | undefined) =>
    `from ${from}${fromYear ? ` in ${formatYear(fromYear)}` : ''} ` +
    `to ${to}${toYear ? ` in ${formatYear(toYear)}` : ''}`,
  startedAt: (from: string, year: number | undefined) =>
    year ? `Started: ${from} (${formatYear(year)})` : `Started: ${from}`,
  levelOf: (level: number, max: number) => `Level ${formatNumber(level)} of ${formatNumber(max)}`,
  valueText: (label: string, level: number, max: number) =>
    `${label} (level ${formatNumber(level)} of ${formatNumber(max)})`,
});
