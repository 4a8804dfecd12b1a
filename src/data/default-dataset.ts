import type { LoadResult } from './load.js';
import type { Dataset } from './types.js';

/**
 * The embedded default in chunks, each fetched only by the widgets that need it:
 * - the programme part (the scales, outcomes, groups, settings and partnership types, and the
 *   29 areas public pages name, no scores), which every widget on the default needs;
 * - the factors and levels of change, for the widgets that show them (the matrix, the builder,
 *   and those that tell the story), so a card does not download them;
 * - the story part (facts, quotes, themes, studies, milestones, spend), for the widgets that
 *   tell the programme's story, so a card does not download the timeline's data;
 * - every one of the 150 areas with the framework and the story, for the widgets that find an
 *   area (the directory, the map).
 * Each is a dataset as the validator returns it, checked when it is built
 * (`tests/node/schema.test.ts`), so a page showing it never downloads the validator.
 */
const programmePart = () => import('./default/big-local.json').then((module) => module.default);
const frameworkPart = () =>
  import('./default/big-local-framework.json').then((module) => module.default);
const storyPart = () => import('./default/big-local-story.json').then((module) => module.default);
const allAreas = () => import('./default/big-local-150.json').then((module) => module.default);

/** Which of the default a widget needs. */
export interface DefaultParts {
  /** The story part too (facts, quotes, themes, …). */
  story?: boolean;
  /** All 150 areas, which come with the story. */
  allAreas?: boolean;
  /** The factors and levels of change (which come with the story too). */
  factors?: boolean;
}

const loading = new Map<string, Promise<LoadResult>>();
const loaded = new Map<string, LoadResult>();

const keyOf = ({ story = true, allAreas = false, factors = false }: DefaultParts) =>
  allAreas ? 'all' : story ? 'story' : factors ? 'framework' : 'programme';

/**
 * The embedded default: the 29 named areas with the story unless `story: false` (what a widget
 * that tells no story loads), or all 150 areas with `allAreas: true`.
 */
export function loadEmbeddedDataset(parts: DefaultParts = {}): Promise<LoadResult> {
  const key = keyOf(parts);
  let result = loading.get(key);
  if (!result) {
    const documents =
      key === 'all'
        ? [allAreas()]
        : [
            programmePart(),
            ...(key === 'programme' ? [] : [frameworkPart()]),
            ...(key === 'story' ? [storyPart()] : []),
          ];
    result = Promise.all(documents).then((found) => {
      const dataset = Object.assign({}, ...found) as Dataset;
      const ready: LoadResult = { ok: true, dataset, problems: [] };
      loaded.set(key, ready);
      return ready;
    });
    loading.set(key, result);
  }
  return result;
}

/** The embedded default if it has already arrived, so later widgets need not wait a turn. */
export function embeddedDatasetIfLoaded(parts: DefaultParts = {}): LoadResult | undefined {
  return loaded.get(keyOf(parts));
}
