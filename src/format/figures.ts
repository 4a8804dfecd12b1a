/**
 * Money, counts, ranges and percentages, one way everywhere, through the shared `Intl`
 * formatters: a million or more compact ("£217m", "2.5 million"), less in full ("£105,000",
 * "8,000"), ranges with an en dash, and the source's qualifier in words.
 */

import { figureStrings } from '../strings/figures.js';
import { qualifierStrings } from '../strings/qualifiers.js';
import type { Count, Fact, Money, Qualifier } from '../data/types.js';
import { formatNumber, formatYear, numberFormat } from './number.js';

const MILLION = 1e6;

/**
 * An amount in `currency` (ISO 4217): "£1.15m", "£50,000". Millions are written with the
 * catalogue's own suffix, not `Intl`'s compact notation, whose patterns differ between engines
 * ("£160m" in one, "£160M" in another).
 */
export function formatAmount(amount: number, currency: string): string {
  if (amount < MILLION) {
    return numberFormat({ style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  }
  const parts = numberFormat({
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).formatToParts(amount / MILLION);
  // The suffix goes straight after the number, wherever the locale puts the symbol.
  const last = parts.findLastIndex((part) => /^(integer|fraction|decimal|group)$/.test(part.type));
  return parts
    .map((part, index) => (index === last ? part.value + figureStrings.millionsSuffix : part.value))
    .join('');
}

/** A count: "2.5 million", "26,900". */
export function formatLargeCount(value: number): string {
  if (value < MILLION) return formatNumber(value);
  return figureStrings.millions(numberFormat({ maximumFractionDigits: 2 }).format(value / MILLION));
}

export function formatMoney({ amount, currency }: Money): string {
  return formatAmount(amount, currency);
}

/**
 * Whether a source's words say more than the fields do ("about 400" with no `qualifier`): then
 * the words are shown as they are, so nothing the source says is lost to formatting.
 */
function saysMore({ value, unit, qualifier, of }: Fact): boolean {
  if (qualifier) return false;
  const rest = value
    .replace(/[\d.,%£$€¥–—-]/g, ' ')
    .replace(/\b(?:m|k|bn|million|billion)\b/gi, ' ')
    .replace(of === undefined ? /$^/ : /\bof\b/gi, ' ')
    .replace(unit ? new RegExp(`\\b${unit.replace(/\W/g, '')}\\b`, 'gi') : /$^/, ' ');
  return /\p{L}/u.test(rest);
}

/**
 * A fact's figure, written from its number, range, whole, unit and qualifier the one way every
 * figure is written; a fact without a number (a date, "over a quarter") as its source words it.
 * `noun` adds what a count counts (its `unit`), for a figure inside a sentence.
 */
export function formatFigure(fact: Fact, { noun = false } = {}): string {
  const { number: low, max, of, unit, qualifier } = fact;
  if (low === undefined || saysMore(fact)) return fact.value;
  const one = (value: number) =>
    unit === 'percent'
      ? formatPercent(value)
      : unit === 'year'
        ? formatYear(value)
        : unit && /^[A-Z]{3}$/.test(unit)
          ? formatAmount(value, unit)
          : formatLargeCount(value);
  let figure = max !== undefined && max > low ? figureStrings.range(one(low), one(max)) : one(low);
  if (of !== undefined) figure = figureStrings.partOf(figure, formatLargeCount(of));
  if (unit === 'years') figure = figureStrings.years(figure);
  // What is counted, where no label says it ("8,000 people" in a sentence): the data's noun.
  else if (noun && unit && !/^(percent|year|[A-Z]{3})$/.test(unit)) figure = `${figure} ${unit}`;
  return formatQualified(figure, qualifier);
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
