/**
 * `embed.js`, for the page that holds Big Local iframes: sizes each iframe to its content.
 * It acts only on `bl-embed:height` messages whose source is one of the page's iframes and
 * whose origin is that iframe's own. It sets the `height` attribute and, through the CSSOM
 * (which a strict Content-Security-Policy allows, unlike a style attribute), the height
 * property: CMS themes often set `iframe { height: auto }`, which beats the attribute.
 * Safe to include twice.
 */
import { heightMessageType } from './protocol.js';

const installed = Symbol.for('big-local-widgets/embed-parent');
const registry = window as unknown as Record<symbol, boolean>;

if (!registry[installed]) {
  registry[installed] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== heightMessageType || typeof data.height !== 'number') return;
    if (!Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      const height = Math.min(Math.max(Math.round(data.height), 0), 20_000);
      frame.height = String(height);
      frame.style.height = `${height}px`;
      return;
    }
  });
}
