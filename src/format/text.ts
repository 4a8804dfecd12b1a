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
  return listFormat(type).format(items);
}

const listFormat = (type: Intl.ListFormatType) =>
  cached('list', { type }, (locale) => new Intl.ListFormat(locale, { type }));

/**
 * Makes the collator and the list format now, at the next idle moment. Each costs the first
 * time several milliseconds of locale data (a collator about 8 ms, a list format 5 ms in
 * Chromium); made while a dataset is on its way, they are ready when it arrives, instead of
 * holding up the first draw.
 */
export function prepareTextFormats(): void {
  const { requestIdleCallback: whenIdle = (work: () => void) => setTimeout(work, 0) } =
    globalThis as { requestIdleCallback?: (work: () => void) => number };
  whenIdle(() => {
    collator();
    listFormat('conjunction');
  });
}
