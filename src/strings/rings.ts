import { defineStrings } from './locale.js';
import { formatYear } from '../format/number.js';

/** The outcome rings' wordings. */
export const ringsStrings = defineStrings('rings', {
  chooseArea: 'Choose an area to see its outcomes.',
  noAssessmentIn: (year: number) => `No assessment published for this area in ${formatYear(year)}.`,
  caption: (area: string, year: number) => `${area}: outcomes in ${formatYear(year)}`,
  legendLabel: 'Levels',
  startKey: 'where the area started (its first assessment)',
  /** What a screen reader calls the start marker in the legend. */
  marker: 'Triangle',
  /** What the outcomes' citation is listed under when they share one source. */
  outcomes: 'Outcomes',
});
