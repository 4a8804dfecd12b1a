/**
 * The message an embed frame posts to its parent whenever its content height changes:
 * `{ type: 'bl-embed:height', height: 612, id: 'optional id from the ?id= parameter' }`.
 * `embed.js` on the parent page resizes the iframe it came from.
 */
export interface EmbedHeightMessage {
  type: 'bl-embed:height';
  /** Content height in CSS pixels. */
  height: number;
  /** The frame's `?id=` parameter, when given, to tell frames apart in custom handlers. */
  id?: string;
}

export const heightMessageType = 'bl-embed:height';

/** The widgets an embed frame can show, by `?widget=` name, and the parameters each takes. */
export const embeddable: Record<string, { tag: string; attributes: readonly string[] }> = {
  'area-card': { tag: 'bl-area-card', attributes: ['area', 'variant', 'year', 'theme'] },
  'outcome-rings': { tag: 'bl-outcome-rings', attributes: ['area', 'year', 'theme'] },
  'outcome-ring': { tag: 'bl-outcome-ring', attributes: ['area', 'outcome', 'year', 'theme'] },
  'conditions-matrix': {
    tag: 'bl-conditions-matrix',
    attributes: ['year', 'areas', 'setting', 'region', 'partnership', 'theme'],
  },
};
