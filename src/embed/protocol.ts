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
