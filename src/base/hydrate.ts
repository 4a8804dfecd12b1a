import { render } from 'lit';
import type { LitElement } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import type { Theme } from './theme-watch.js';

/** What Lit's server DOM shim writes for ElementInternals' ARIA, which the internals now say. */
const internalsPrefix = 'hydrate-internals-';

/**
 * Adopts what the server rendered into `host`'s declarative shadow root as the widget's own
 * (`@lit-labs/ssr-client`): the same nodes, now bound to `value`'s parts and events, so nothing
 * is drawn twice and nothing flashes. Its own chunk, fetched only by a page the server rendered.
 */
export function hydrateServerRendered(
  host: LitElement,
  value: unknown,
  theme: Theme | undefined,
): void {
  const root = host.shadowRoot as ShadowRoot & { _$litPart$?: unknown };
  const options = host.renderOptions;
  // What LitElement's own first update would set.
  options.isConnected = host.isConnected;
  for (const name of host.getAttributeNames()) {
    if (!name.startsWith(internalsPrefix)) continue;
    host.removeAttribute(name.slice(internalsPrefix.length));
    host.removeAttribute(name);
  }
  // Widgets the server rendered inside this one, waiting for it: hydrating sets the properties
  // they draw from and removes their `defer-hydration`, and then they connect.
  const waiting = [...root.querySelectorAll('[defer-hydration]')] as (Element & {
    connectedCallback?(): void;
  })[];
  try {
    hydrate(value, root, options);
    for (const widget of waiting) {
      if (widget.isConnected && !widget.hasAttribute('defer-hydration')) {
        widget.connectedCallback?.();
      }
    }
    // Hydration writes no attributes: the theme, which only the page knows, is written here.
    const base = root.querySelector(':scope > [part~="base"]');
    if (theme) base?.setAttribute('data-theme', theme);
    else base?.removeAttribute('data-theme');
  } catch {
    // The data changed since the server rendered it (another template): draw afresh.
    delete root._$litPart$;
    for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    render(value, root, options);
  }
}
