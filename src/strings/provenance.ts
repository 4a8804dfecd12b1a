import { defineStrings } from './locale.js';
import { formatDate } from '../format/date.js';
import { formatYear } from '../format/number.js';

/** Where a figure comes from: an assessment's making, a source's title. */
export const provenanceStrings = defineStrings('provenance', {
  /** `date` is an ISO date; `by` who made the assessment. */
  assessed: (year: number, date?: string, by?: string) =>
    (date ? `Assessed on ${formatDate(date)}` : `Assessed in ${formatYear(year)}`) +
    (by ? ` by ${by}` : ''),
  method: (method: string) => `Method: ${method}`,
  source: (title: string) => `Source: ${title}`,
  /** What a scale's citation is listed under. */
  levels: 'Levels',
  sources: 'Sources',
});
