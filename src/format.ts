import { strings } from './strings.js';
import type { Money } from './data/types.js';

/** Numbers and money as a reader of `strings.locale` expects them, through `Intl`. */
const numberFormat = new Intl.NumberFormat(strings.locale);
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatMoney({ amount, currency }: Money): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(strings.locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** A list in prose: "Health, Young people and Environment". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(strings.locale, { type: 'conjunction' }).format(items);
}
