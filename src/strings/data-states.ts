import { defineStrings } from './locale.js';

/**
 * What a widget on data may say about it: made-up data, the credit line, an id the data does
 * not know. Apart from the base's wordings, so a ring given its value never downloads them.
 */
export const dataStateStrings = defineStrings('dataStates', {
  illustrative: 'Illustrative',
  illustrativeNote: 'Made-up data about fictional places, for demonstration only.',
  /** The data credit line: the programme's source and when the data was updated. */
  source: 'Source:',
  updated: (date: string) => `Updated ${date}`,
  unknownArea: (id: string) => `There is no area "${id}" in this dataset.`,
  unknownOutcome: (id: string) => `There is no outcome "${id}" in this dataset.`,
  noAssessment: 'No assessment published for this area.',
});
