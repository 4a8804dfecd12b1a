/** Text in the reader's locale: lists in prose and the one collator for names. */
import { cached } from './number.js';

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

/** A list in prose: "Health, Young people and Environment", or "urban, rural or coastal". */
export function formatList(
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return cached('list', { type }, (locale) => new Intl.ListFormat(locale, { type })).format(items);
}
