import { defineStrings } from './locale.js';

/** The iframe page's own words. */
export const embedStrings = defineStrings('embed', {
  unknownWidget: (name: string) => `There is no widget called "${name}" to embed.`,
});
