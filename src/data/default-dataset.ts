import type { LoadResult } from './load.js';
import { fromValue } from './load.js';

let loading: Promise<LoadResult> | undefined;
let loaded: LoadResult | undefined;

/**
 * The embedded default: the programme framework, facts with sources and the areas public pages
 * name, with no scores. A chunk of its own, fetched only when a widget has neither a provider
 * nor a `src`, and validated once per page like any partner's document.
 */
export function loadEmbeddedDataset(): Promise<LoadResult> {
  loading ??= import('./default/big-local.json').then(({ default: document }) => {
    loaded = fromValue(document);
    return loaded;
  });
  return loading;
}

/** The embedded default if it has already arrived, so later widgets need not wait a turn. */
export function embeddedDatasetIfLoaded(): LoadResult | undefined {
  return loaded;
}
