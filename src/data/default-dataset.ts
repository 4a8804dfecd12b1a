import type { LoadResult } from './load.js';
import type { Dataset } from './types.js';

let loading: Promise<LoadResult> | undefined;
let loaded: LoadResult | undefined;

/**
 * The embedded default: the programme framework, facts with sources and the areas public pages
 * name, with no scores. A chunk of its own, fetched only when a widget has neither a provider
 * nor a `src`. It is a dataset as the validator returns it, checked when it is built
 * (`tests/node/reference-data.test.ts`), so a page showing it never downloads the validator.
 */
export function loadEmbeddedDataset(): Promise<LoadResult> {
  loading ??= import('./default/big-local.json').then(({ default: document }) => {
    loaded = { ok: true, dataset: document as unknown as Dataset, problems: [] };
    return loaded;
  });
  return loading;
}

/** The embedded default if it has already arrived, so later widgets need not wait a turn. */
export function embeddedDatasetIfLoaded(): LoadResult | undefined {
  return loaded;
}
