/**
 * The script of `embed.html`, for CMSs that strip scripts: starts the loader, renders the
 * one its query parameters name, and tells the parent page its height.
 */
import '../loader.js';
import { heightMessageType } from './protocol.js';
import type { EmbedHeightMessage } from './protocol.js';
import { renderFrame } from './render-frame.js';

const params = new URLSearchParams(location.search);
renderFrame(params, document.getElementById('widget') ?? document.body);

let lastHeight = -1;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const message: EmbedHeightMessage = { type: heightMessageType, height };
  const id = params.get('id');
  if (id) message.id = id;
  // The height says nothing private, and the frame cannot know its parent's origin: '*'.
  window.parent.postMessage(message, '*');
};
new ResizeObserver(report).observe(document.documentElement);
report();
