import { createContext } from '@lit/context';
import type { Dataset, Problem } from './types.js';
import type { LoadError } from './load.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** What `bl-programme` shares with every widget inside it. A new object on every change. */
export interface ProgrammeState {
  state: LoadState;
  dataset: Dataset | null;
  /** Problems found in a usable dataset (parts that were dropped). */
  problems: readonly Problem[];
  error: LoadError | null;
  /** Id of the area selected in any widget under the same provider. */
  selectedArea: string | null;
  /** Loads the dataset again after a failure (offered as a Retry button); absent when pointless. */
  retry?: () => void;
}

/**
 * `Symbol.for` so that a page mixing the npm build and the script-tag bundle still connects
 * providers and widgets from either copy.
 */
export const programmeContext = createContext<ProgrammeState>(
  Symbol.for('big-local-widgets/programme'),
);
