import { currentLocale } from './strings/locale.js';
import { qualifierStrings } from './strings/base.js';
import type { Count, Money, Qualifier } from './data/types.js';

/**
 * Numbers, money, percentages, plurals and text comparison as a reader of the current locale
 * (`currentLocale()`) expects them, through `Intl`. Each formatter is made once per locale and
 * options, and read at call time, so a page that sets another locale gets it everywhere.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, options: object, make: (locale: string) => T): T {
  const key = `${currentLocale()}\u0000${kind}\u0000${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make(currentLocale());
    cache.set(key, value);
  }
  return value;
}

const numberFormat = (options: Intl.NumberFormatOptions = {}) =>
  cached('number', options, (locale) => new Intl.NumberFormat(locale, options));

export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

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

/** The plural category of a count in the current locale: `one`, `other`, `few`… */
export function pluralOf(count: number): Intl.LDMLPluralRule {
  return cached('plural', {}, (locale) => new Intl.PluralRules(locale)).select(count);
}

/**
 * The one collator for names: case- and accent-insensitive, numbers in numeric order
 * ("Area 2" before "Area 10").
 */
export function collator(): Intl.Collator {
  return cached(
    'collator',
    {},
    (locale) => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
  );
}

/** A year as a year: never grouped, so 2024 stays "2024" where 8000 would be "8.000". */
export function formatYear(year: number): string {
  return numberFormat({ useGrouping: false }).format(year);
}

/** A list in prose: "Health, Young people and Environment", or "urban, rural or coastal". */
export function formatList(
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return cached('list', { type }, (locale) => new Intl.ListFormat(locale, { type })).format(items);
}

/** The wording of a count: `other` always, and a form for each category the locale has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of `forms` for `count` in the current locale: English needs `one` and `other`,
 * Polish `one`, `few`, `many` and `other`; a missing category falls back to `other`.
 */
export function plural(count: number, forms: PluralForms): string {
  return forms[pluralOf(count)] ?? forms.other;
}

/**
 * An ISO date as a reader expects it: `2026-11-22` -> "22 November 2026", `2026-11` ->
 * "November 2026", `2026` -> "2026". Read as a calendar date, so no time zone moves the day.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) return iso;
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}
