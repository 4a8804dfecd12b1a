/** The data layer alone: types, validation and loading, with no elements defined. */
export type * from './types.js';
export { validateDataset, defaultLimits, safeHttpUrl } from './validate.js';
export type { ValidationLimits } from './validate.js';
export { fetchDataset, readDocument, fromValue, defaultTimeout, defaultMaxBytes } from './load.js';
export type { FetchOptions, LoadError, LoadErrorKind, LoadResult } from './load.js';
export { programmeContext } from './context.js';
export type { LoadState, ProgrammeState } from './context.js';
export { embeddedDataset } from './default-dataset.js';
export { findArea, assessmentsOf, scaleOf, levelAt, journeyOf } from './query.js';
export type { Journey, LevelAt } from './query.js';
