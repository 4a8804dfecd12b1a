// The datasets stories draw from, and what a designer's pasted snippet can load in their place:
// the package ships `dist/data/illustrative.json` and `dist/data/big-local-150.json`; a widget
// with no provider shows the embedded default. Anything else is made for its story.
import type { InputType } from 'storybook/internal/types';
import embeddedDefault from '../../src/data/default/big-local.json';
import bigLocal150 from '../../src/data/default/big-local-150.json';
import illustrative from '../../src/data/illustrative.json';
import illustrativeUrl from '../../src/data/illustrative.json?url';

export { bigLocal150, illustrative, illustrativeUrl };

/** A shipped dataset's file under the package's `dist/data/`, by the object stories pass. */
const shipped = new WeakMap<object, string>([
  [illustrative, 'illustrative.json'],
  [bigLocal150, 'big-local-150.json'],
]);

/** The same files where Storybook serves them, for stories that load one by its address. */
const shippedAt = new Map([[illustrativeUrl, 'illustrative.json']]);

/** The file under `dist/data/` that holds `data` (or is at the address `data`), if shipped. */
export function shippedFile(data: unknown): string | undefined {
  if (typeof data === 'string') return shippedAt.get(data);
  return typeof data === 'object' && data ? shipped.get(data) : undefined;
}

interface WithAreas {
  areas: readonly { id: string; name: string }[];
}

/**
 * The `area` control for a story on `dataset`: a select of its areas, names shown and ids as
 * values. Without a dataset, the embedded default's, which a widget with no provider shows.
 */
export function areaPicker(dataset: WithAreas = embeddedDefault): InputType {
  const areas = [...dataset.areas].sort((a, b) => a.name.localeCompare(b.name));
  return {
    options: areas.map((area) => area.id),
    control: {
      type: 'select',
      labels: Object.fromEntries(areas.map((area) => [area.id, area.name])),
    },
  };
}
