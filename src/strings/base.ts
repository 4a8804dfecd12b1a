import { defineStrings } from './locale.js';

/** What every widget may say about its data: loading, made-up data, the credit line. */
export const baseStrings = defineStrings('states', {
  loading: 'Loading data…',
  illustrative: 'Illustrative',
  illustrativeNote: 'Made-up data about fictional places, for demonstration only.',
  /** The data credit line: the programme's source and when the data was updated. */
  source: 'Source:',
  updated: (date: string) => `Updated ${date}`,
  /** The page asked for no embedded default, and this widget was given no data. */
  noDataset: 'No data for this widget: give it a src, or put it inside a bl-programme.',
  unknownArea: (id: string) => `There is no area "${id}" in this dataset.`,
  unknownOutcome: (id: string) => `There is no outcome "${id}" in this dataset.`,
  noAssessment: 'No assessment published for this area.',
});

/** The error state every widget shares; why a load failed is worded by the data layer. */
export const errorStrings = defineStrings('errors', {
  title: 'This widget cannot show its data.',
  internal: 'Something went wrong while drawing this widget.',
  retry: 'Retry',
});
