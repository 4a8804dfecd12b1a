import type { Context } from '../base/context.js';
import type { Dataset, Problem } from './types.js';
import type { LoadError } from './load.js';
import type { DataWords } from '../strings/data.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Where a dataset came from: the embedded default, a URL, inline JSON, or the `data` property;
 * `unknown` while a widget waits for its `bl-programme` to upgrade and say.
 */
export type DataOrigin = 'default' | 'src' | 'inline' | 'property' | 'unknown';

/**
 * What a dataset source shares with every widget that draws from it. Built in one place
 * (`DatasetSource`) and replaced only when the load changes, so a provider pushes it to its
 * widgets only then.
 */
export interface ProgrammeState {
  state: LoadState;
  dataset: Dataset | null;
  /** Problems found in a usable dataset (parts that were dropped). */
  problems: readonly Problem[];
  error: LoadError | null;
  origin: DataOrigin;
  /** The dataset's absolute URL when it came from `src`. */
  url?: string;
  /**
   * How the data layer words what it found, in the current locale: a widget shows a load error
   * or dropped parts through these, so that it never downloads the wordings itself.
   */
  words?: DataWords;
  /** Loads the dataset again after a failure (offered as a Retry button); absent when pointless. */
  retry?: () => void;
}

/**
 * A context key is the key itself (`createContext` only types it). `Symbol.for` so that a page
 * mixing the npm build and the script-tag bundle still connects providers and widgets from
 * either copy.
 */
export const programmeContext = Symbol.for('big-local-widgets/programme') as Context<
  symbol,
  ProgrammeState
>;

/** The area a reader selected, owned by the nearest `bl-programme`. */
export interface SelectionState {
  area: string | null;
}

/**
 * Separate from the data, so that a widget with its own `src` inside a `bl-programme` still
 * follows the provider's selection, and a selection does not re-derive what only data changes.
 */
export const selectionContext = Symbol.for('big-local-widgets/selection') as Context<
  symbol,
  SelectionState
>;
