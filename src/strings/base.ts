import { defineStrings } from './locale.js';

/** What every widget may say before it has data: loading, or that the page gave it none. */
export const baseStrings = defineStrings('states', {
  loading: 'Loading data…',
  /** The page asked for no embedded default, and this widget was given no data. */
  noDataset: 'No data for this widget: give it a src, or put it inside a bl-programme.',
});

/** The error state every widget shares; why a load failed is worded by the data layer. */
export const errorStrings = defineStrings('errors', {
  title: 'This widget cannot show its data.',
  internal: 'Something went wrong while drawing this widget.',
  retry: 'Retry',
});
