import type { Dataset, Problem } from '../data/types.js';
import type { LoadError } from '../data/load.js';

export interface AreaSelectDetail {
  /** Id of the selected area. */
  area: string;
}

/** Fired by any widget when a reader selects an area; `bl-programme` shares the selection. */
export class AreaSelectEvent extends CustomEvent<AreaSelectDetail> {
  static readonly eventName = 'bl-area-select';
  constructor(area: string) {
    super(AreaSelectEvent.eventName, { detail: { area }, bubbles: true, composed: true });
  }
}

/**
 * Dispatches `bl-area-select`. A function, not a base-class method, so that the manifest lists
 * the event only on the widgets that document it with `@fires`.
 */
export function dispatchAreaSelect(from: HTMLElement, area: string): void {
  from.dispatchEvent(new AreaSelectEvent(area));
}

export interface DataLoadDetail {
  dataset: Dataset;
  problems: readonly Problem[];
}

export interface DataErrorDetail {
  error: LoadError;
}

declare global {
  interface HTMLElementEventMap {
    'bl-area-select': AreaSelectEvent;
    'bl-data-load': CustomEvent<DataLoadDetail>;
    'bl-data-error': CustomEvent<DataErrorDetail>;
  }
  /** `bl-area-select` is composed and bubbles, so a page can listen on the document. */
  interface DocumentEventMap {
    'bl-area-select': AreaSelectEvent;
  }
}
