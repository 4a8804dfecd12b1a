import type { Problem } from '../data/types.js';
import { formatList } from '../format.js';
import { strings } from '../strings.js';

const itemPath = /^\$\.(\w+)(?:\[(\d+)\]|\.(\w+))?/;

/**
 * What a list of problems dropped, in the reader's words: "2 areas and 1 assessment". Counts
 * the distinct items of each part of the dataset that a problem points into, in the order the
 * parts first appear, so a reader learns what is missing without reading JSON paths.
 */
export function describeDropped(problems: readonly Problem[]): string {
  const items = new Map<string, Set<string>>();
  for (const problem of problems) {
    if (problem.code === 'unlisted') continue;
    const [, part = 'other', index, key] = itemPath.exec(problem.path) ?? [];
    const name = part in strings.states.parts ? part : 'other';
    const seen = items.get(name) ?? new Set<string>();
    seen.add(index ?? key ?? problem.path);
    items.set(name, seen);
  }
  const phrases = [...items].map(([name, seen]) => strings.states.parts[name]!(seen.size));
  return formatList(phrases.length ? phrases : [strings.states.parts.other!(problems.length)]);
}
