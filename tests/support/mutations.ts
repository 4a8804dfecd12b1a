// Changes to one place of a valid dataset, for property tests of the validator and the widgets.
import fc from 'fast-check';

/** Values a spreadsheet export or a hand-written file can hold, and a few hostile ones. */
const awkward = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, -0, 1.5, 1e308, '', ' ', '__proto__'),
  fc.string({ maxLength: 2000 }),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '<img src=x onerror=alert(1)>'),
);

/** A change to one place of a valid document: replace, delete, or add an odd key. */
export const mutation = fc.record({
  path: fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 5 }),
  kind: fc.constantFrom('replace', 'delete', 'add-key'),
  value: awkward,
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'x'),
});

export type Mutation = { path: number[]; kind: string; value: unknown; key: string };

/** Applies a mutation to a copy of `base`, walking the path by index into keys and items. */
export function mutate(base: unknown, { path, kind, value, key }: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  let node: unknown = copy;
  for (let depth = 0; depth < path.length; depth++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const slot = keys[path[depth]! % keys.length]!;
    const record = node as Record<string, unknown>;
    const child = record[slot];
    const last = depth === path.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      if (kind === 'delete') delete record[slot];
      else if (kind === 'add-key')
        Object.defineProperty(record, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      else record[slot] = value;
      break;
    }
    node = child;
  }
  return copy;
}
