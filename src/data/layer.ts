/**
 * The validating data layer as one module for `DatasetSource` to import when a dataset arrives
 * from anywhere but the embedded default (which is valid by construction): the loaders, the
 * validator behind them, and the words for what they find.
 */
export { fetchDataset, fromValue, readDocument } from './load.js';
export { dataWords } from '../strings/data.js';
