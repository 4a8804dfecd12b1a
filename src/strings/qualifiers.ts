import type { Qualifier } from '../data/types.js';
import { defineStrings } from './locale.js';

/** A figure as its source qualifies it; `figure` is already formatted ("£1,000,000"). */
export const qualifierStrings = defineStrings('qualifiers', {
  'at-least': (figure: string) => `at least ${figure}`,
  about: (figure: string) => `about ${figure}`,
  'up-to': (figure: string) => `up to ${figure}`,
  over: (figure: string) => `over ${figure}`,
  under: (figure: string) => `just under ${figure}`,
} satisfies Record<Qualifier, (figure: string) => string>);
