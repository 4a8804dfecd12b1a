/** Dates as a reader of the current locale expects them. */
import { cached } from './number.js';

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
