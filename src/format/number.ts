import { currentLocale } from '../strings/locale.js';

/**
 * Numbers, money, percentages, plurals and text comparison as a reader of the current locale
 * (`currentLocale()`) expects them, through `Intl`. Each formatter is made once per locale and
 * options, and read at call time, so a page that sets another locale gets it everywhere.
 */
const cache = new Map<string, unknown>();

export function cached<T>(kind: string, options: object, make: (locale: string) => T): T {
  const key = `${currentLocale()}\u0000${kind}\u0000${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make(currentLocale());
    cache.set(key, value);
  }
  return value;
}

export const numberFormat = (options: Intl.NumberFormatOptions = {}) =>
  cached('number', options, (locale) => new Intl.NumberFormat(locale, options));

export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** A year as a year: never grouped, so 2024 stays "2024" where 8000 would be "8.000". */
export function formatYear(year: number): string {
  return numberFormat({ useGrouping: false }).format(year);
}

/** The plural category of a count in the current locale: `one`, `other`, `few`… */
export function pluralOf(count: number): Intl.LDMLPluralRule {
  return cached('plural', {}, (locale) => new Intl.PluralRules(locale)).select(count);
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
