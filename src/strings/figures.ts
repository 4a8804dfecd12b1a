import { defineStrings } from './locale.js';

/** How figures are written, whatever widget shows them; each `figure` is already formatted. */
export const figureStrings = defineStrings('figures', {
  /** Put straight after a sum in millions: "£217m". */
  millionsSuffix: 'm',
  /** A count in millions: "2.5 million". */
  millions: (figure: string) => `${figure} million`,
  /** Both ends of a range: "3,000–5,000". */
  range: (low: string, high: string) => `${low}–${high}`,
  /** A part of a whole: "117 of 150". */
  partOf: (part: string, whole: string) => `${part} of ${whole}`,
  /** A number of years: "10–15 years". */
  years: (figure: string) => `${figure} years`,
});
