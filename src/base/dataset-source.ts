import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataOrigin, LoadState, ProgrammeState } from '../data/context.js';
import type { LoadError, LoadResult } from '../data/load.js';
import { embeddedDatasetIfLoaded, loadEmbeddedDataset } from '../data/default-dataset.js';
import type { Dataset, Problem } from '../data/types.js';
import { warn } from './warn.js';
import { prepareTextFormats } from '../format/text.js';

type DataLayer = typeof import('../data/layer.js');

/** The validating data layer, once imported: the embedded default never needs it. */
let dataLayer: DataLayer | undefined;
let importingDataLayer: Promise<DataLayer> | undefined;
const importDataLayer = () =>
  (importingDataLayer ??= import('../data/layer.js').then((layer) => (dataLayer = layer)));

/** A `src` that names sheets (a folder, or a `.csv` or `.tsv` file) rather than JSON. */
const namesSheets = (src: string) => /(\/|\.(csv|tsv))([?#].*)?$/i.test(src);

/**
 * Gives every source the data layer from the start: `bl-programme` does, so that a dataset set
 * through its `data` property or inline JSON is ready in the same update, as its API promises.
 */
export function useDataLayer(layer: DataLayer): void {
  dataLayer = layer;
}

/** Where a dataset comes from, in the order a host checks them. */
export interface DatasetInput {
  /** A value set through the `data` property: an object, or JSON text. */
  data?: unknown;
  /** JSON text from an inline `<script type="application/json">` child. */
  inline?: string | null;
  /** A URL, resolved against the page: a JSON document, or sheets (a folder, a `.csv`). */
  src?: string | null;
  /** Sheets named one by one: `areas=a.csv | assessments=b.csv`. */
  sheets?: string | null;
  timeout?: number;
  maxBytes?: number;
  /** The most areas kept; more are dropped with a notice, so a huge file cannot freeze the tab. */
  maxAreas?: number;
  /** On the embedded default: all 150 areas rather than the 29 named ones. */
  allAreas?: boolean;
}

/**
 * Loads one dataset for its host (the provider, or a widget with its own `src`): picks the
 * source, validates through the data layer, aborts when the host leaves the page, and warns once
 * per result. The host reads `snapshot`: one `ProgrammeState` object, replaced only when the
 * load changes, so sharing it through context pushes to consumers only then.
 *
 * On the embedded default, a host whose class says `static tellsStory = true` (a provider, and
 * the widgets that tell the programme's story) gets the story part too; others only the
 * programme part, and one whose class says `static usesFactors = true` (the matrix, the builder)
 * its factors too. One whose class says `static allAreas = true` (the directory, the map), or
 * whose input asks for `allAreas` (a provider with `default-areas="all"`), gets all 150 areas.
 */
export class DatasetSource implements ReactiveController {
  snapshot: ProgrammeState = {
    state: 'idle',
    dataset: null,
    problems: [],
    error: null,
    origin: 'default',
  };

  get state(): LoadState {
    return this.snapshot.state;
  }
  get dataset(): Dataset | null {
    return this.snapshot.dataset;
  }
  get problems(): readonly Problem[] {
    return this.snapshot.problems;
  }
  get error(): LoadError | null {
    return this.snapshot.error;
  }

  private abort?: AbortController;
  /** Counts loads, so a result that arrives after a newer load began is dropped. */
  private generation = 0;
  private input: DatasetInput = {};
  private inputKey = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSettled?: (source: DatasetSource) => void,
  ) {
    host.addController(this);
  }

  /** Loads `input` unless the same input is already loaded or loading. */
  set(input: DatasetInput): void {
    const key = JSON.stringify([
      input.src ?? null,
      input.sheets ?? null,
      input.inline ?? null,
      input.timeout,
      input.maxBytes,
      input.maxAreas,
      input.allAreas,
    ]);
    if (input.data === this.input.data && key === this.inputKey && this.state !== 'idle') return;
    this.input = input;
    this.inputKey = key;
    this.load();
  }

  /** Loads the current input again, e.g. from a Retry button. Bound, so it can be shared. */
  readonly retry = (): void => {
    this.load();
  };

  private origin(): { origin: DataOrigin; url?: string } {
    const { data, inline, src, sheets } = this.input;
    if (data !== undefined && data !== null) return { origin: 'property' };
    if (inline) return { origin: 'inline' };
    if (sheets && !src) return { origin: 'src' };
    if (!src) return { origin: 'default' };
    try {
      return { origin: 'src', url: new URL(src, document.baseURI).href };
    } catch {
      return { origin: 'src', url: src };
    }
  }

  hostConnected(): void {
    // Reattached after a move: finish what a disconnect interrupted.
    if (this.state === 'loading' && !this.abort) this.load();
  }

  hostDisconnected(): void {
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
    }
  }

  private load(): void {
    this.generation += 1;
    this.abort?.abort();
    this.abort = undefined;
    const { data, inline, src, sheets } = this.input;
    if ((data === undefined || data === null) && !inline && !src && !sheets) {
      this.loadDefault();
    } else if (dataLayer) {
      this.loadThrough(dataLayer);
    } else {
      this.showLoading();
      const generation = this.generation;
      void importDataLayer().then((layer) => {
        if (generation === this.generation) this.loadThrough(layer);
      });
    }
  }

  private showLoading(): void {
    // While the data is on its way, the formats its widgets will word it with are made.
    if (this.state !== 'loading') prepareTextFormats();
    this.snapshot = {
      ...this.origin(),
      state: 'loading',
      dataset: null,
      problems: [],
      error: null,
    };
    this.host.requestUpdate();
  }

  /** A document given as a value, inline or at a URL, through the validating layer. */
  private loadThrough(layer: DataLayer): void {
    const { data, inline, src, maxAreas } = this.input;
    const limits = maxAreas ? { maxAreas } : undefined;
    if (data !== undefined && data !== null) {
      this.settle(
        typeof data === 'string'
          ? layer.readDocument(data, undefined, limits)
          : layer.fromValue(data, undefined, limits),
      );
    } else if (inline) {
      this.settle(layer.readDocument(inline, undefined, limits));
    } else if (this.input.sheets || (src && namesSheets(src))) {
      if (this.state !== 'loading') this.showLoading();
      const abort = new AbortController();
      this.abort = abort;
      const generation = this.generation;
      // The data layer too: its words say what the sheets' problems are.
      void Promise.all([import('../data/sheets/load-sheets.js'), importDataLayer()])
        .then(([module]) =>
          module.fetchSheets(
            { src, sheets: this.input.sheets },
            {
              signal: abort.signal,
              timeout: this.input.timeout,
              maxBytes: this.input.maxBytes,
              limits,
            },
          ),
        )
        .then((result) => {
          if (generation !== this.generation || abort.signal.aborted) return;
          this.abort = undefined;
          this.settle(result);
        });
    } else if (src) {
      if (this.state !== 'loading') this.showLoading();
      const abort = new AbortController();
      this.abort = abort;
      void layer
        .fetchDataset(src, {
          signal: abort.signal,
          timeout: this.input.timeout,
          maxBytes: this.input.maxBytes,
          limits,
        })
        .then((result) => {
          if (this.abort === abort) this.abort = undefined;
          this.settle(result);
        });
    }
  }

  /** Whether the host asks for all 150 areas of the default: its input, or its class. */
  private allAreas(): boolean {
    return (
      this.input.allAreas ?? (this.host.constructor as { allAreas?: boolean }).allAreas ?? false
    );
  }

  private loadDefault(): void {
    // A provider may hold any widget; a widget alone fetches the story part only if it tells it.
    const host = this.host.constructor as { tellsStory?: boolean; usesFactors?: boolean };
    const parts = {
      story: host.tellsStory ?? false,
      factors: host.usesFactors ?? false,
      allAreas: this.allAreas(),
    };
    const ready = embeddedDatasetIfLoaded(parts);
    if (ready) {
      this.settle(ready);
      return;
    }
    this.showLoading();
    const generation = this.generation;
    void loadEmbeddedDataset(parts).then((result) => {
      // A newer input (a src set meanwhile) wins over the default that arrived late.
      if (generation === this.generation) this.settle(result);
    });
  }

  private settle(result: LoadResult): void {
    const origin = this.origin();
    if (result.ok) {
      this.snapshot = {
        ...origin,
        words: dataLayer?.dataWords,
        state: 'ready',
        dataset: result.dataset,
        problems: result.problems,
        error: null,
      };
      if (result.problems.length > 0 && dataLayer) {
        warn(this.host, dataLayer.dataWords.warning(result.problems));
      }
    } else {
      this.snapshot = {
        ...origin,
        words: dataLayer?.dataWords,
        state: 'error',
        dataset: null,
        problems: result.error.problems ?? [],
        error: result.error,
        // Only a URL can answer differently a second time.
        retry: origin.origin === 'src' ? this.retry : undefined,
      };
      warn(this.host, result.error.message + (result.error.url ? ` (${result.error.url})` : ''));
    }
    this.host.requestUpdate();
    this.onSettled?.(this);
  }
}
