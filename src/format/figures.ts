/** Money, counts with their qualifiers and percentages, through the shared `Intl` formatters. */

import { qualifierStrings } from '../strings/qualifiers.js';
import type { Count, Money, Qualifier } from '../data/types.js';
import { formatNumber, numberFormat } from './number.js';

export function formatMoney({ amount, currency }: Money): string {
  return numberFormat({ style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/**
 * A figure as its source words it: "at least £1,000,000", "about 8,000"; a figure without a
 * qualifier is exact and shown as it is.
 */
export function formatQualified(figure: string, qualifier: Qualifier | undefined): string {
  const wording = qualifier ? qualifierStrings[qualifier] : undefined;
  return wording ? wording(figure) : figure;
}

/** An amount of money with its qualifier: "at least £1,000,000". */
export function formatQualifiedMoney(money: Money): string {
  return formatQualified(formatMoney(money), money.qualifier);
}

/** A count with its qualifier: "about 8,000". */
export function formatCount({ value, qualifier }: Count): string {
  return formatQualified(formatNumber(value), qualifier);
}

/** A share from 0 to 1 as a whole percentage: 0.42 -> "42%". */
export function formatPercent(share: number): string {
  return numberFormat({ style: 'percent' }).format(share);
}
