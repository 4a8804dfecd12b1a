import type { LoadResult } from './load.js';
import type { Dataset } from './types.js';

/**
 * The embedded default in two chunks: the programme part (the framework and the areas public
 * pages name, no scores), which every widget on the default needs, and the story part (facts,
 * quotes, themes, studies, milestones, spend), which only the widgets that tell the programme's
 * story fetch, so a card does not download the timeline's data. Both are datasets as the
 * validator returns them, checked when they are built (`tests/node/schema.test.ts`), so a page
 * showing them never downloads the validator.
 */
const programmePart = () => import('./default/big-local.json').then((module) => module.default);
const storyPart = () => import('./default/big-local-story.json').then((module) => module.default);

const loading = new Map<boolean, Promise<LoadResult>>();
const loaded = new Map<boolean, LoadResult>();

/**
 * The embedded default: the whole of it, or only its programme part with `story: false` (what a
 * widget that tells no story loads).
 */
export function loadEmbeddedDataset({ story = true } = {}): Promise<LoadResult> {
  let result = loading.get(story);
  if (!result) {
    result = Promise.all([programmePart(), story ? storyPart() : {}]).then(([programme, told]) => {
      const dataset = { ...programme, ...told } as unknown as Dataset;
      const ready: LoadResult = { ok: true, dataset, problems: [] };
      loaded.set(story, ready);
      return ready;
    });
    loading.set(story, result);
  }
  return result;
}

/** The embedded default if it has already arrived, so later widgets need not wait a turn. */
export function embeddedDatasetIfLoaded({ story = true } = {}): LoadResult | undefined {
  return loaded.get(story);
}
