/**
 * `embed.js`, for the page that holds Big Local iframes: sizes each iframe to its content.
 * It acts only on `bl-embed:height` messages whose source is one of the page's iframes and
 * whose origin is that iframe's own. It sets the `height` attribute and, through the CSSOM
 * (which a strict Content-Security-Policy allows, unlike a style attribute), the height
 * property: CMS themes often set `iframe { height: auto }`, which beats the attribute.
 * It also takes away each Big Local iframe's inset border. Safe to include twice.
 */
import { heightMessageType } from './protocol.js';

const installed = Symbol.for('big-local-widgets/embed-parent');
/** The iframes the builder's snippet writes: its `embed.html` with a `widget` to show. */
const frameSelector = 'iframe[src*="embed.html?widget="]';
const registry = window as unknown as Record<symbol, boolean>;

/**
 * Drops the browser's inset border from each Big Local iframe (the widget draws its own edges),
 * through the CSSOM, so a pasted snippet needs no style attribute.
 */
function unframe(frame: HTMLIFrameElement): void {
  frame.style.border = '0';
}

if (!registry[installed]) {
  registry[installed] = true;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(frameSelector)) unframe(frame);
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== heightMessageType || typeof data.height !== 'number') return;
    if (!Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      unframe(frame);
      const height = Math.min(Math.max(Math.round(data.height), 0), 20_000);
      frame.height = String(height);
      frame.style.height = `${height}px`;
      return;
    }
  });
}
