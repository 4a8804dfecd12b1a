/** The data layer alone: types, validation and loading, with no elements defined. */
export type * from './types.js';
export { validateDataset, defaultLimits, safeHttpUrl } from './validate.js';
export type { ValidationLimits } from './validate.js';
export { fetchDataset, readDocument, fromValue, defaultTimeout, defaultMaxBytes } from './load.js';
export type { FetchOptions, LoadError, LoadErrorKind, LoadResult } from './load.js';
export { programmeContext } from './context.js';
export { selectionContext } from './context.js';
export type { DataOrigin, LoadState, ProgrammeState, SelectionState } from './context.js';
export { embeddedDatasetIfLoaded, loadEmbeddedDataset } from './default-dataset.js';
export {
  areasByName,
  assessmentsOf,
  findArea,
  findFact,
  findOutcome,
  journeyOf,
  levelAt,
  partnershipTitle,
  scaleOf,
} from './query.js';
export type { Journey, LevelAt } from './query.js';
