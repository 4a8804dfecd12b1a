import bigLocal from './default/big-local.json';
import type { LoadResult } from './load.js';
import { fromValue } from './load.js';

let embedded: LoadResult | undefined;

/**
 * The embedded default: the programme framework, facts with sources and the areas public pages
 * name, with no scores. Validated on first use, once per page, like any partner's document.
 */
export function embeddedDataset(): LoadResult {
  embedded ??= fromValue(bigLocal);
  return embedded;
}
