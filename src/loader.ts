/**
 * The script-tag entry: a small loader that defines each widget the first time the page uses
 * its tag, importing only that widget's module (and the shared chunks for Lit, the base and the
 * data layer) from beside itself. A page with one card downloads the card, not the matrix.
 *
 * It looks at the document when it runs, then watches it for tags added later (a CMS that
 * renders late, a page's own script). Widgets that draw other widgets inside their shadow
 * roots import those themselves; the embed builder loads the widget it previews. Loading the
 * loader twice, or beside the one-file bundle, is safe: a tag already defined is left alone.
 */
import { widgets } from './widgets/registry.js';
import type { WidgetDescriptor } from './widgets/registry.js';
import { adoptReservedRoom } from './base/reserve.js';

const installed = Symbol.for('big-local-widgets/loader');
const registryOf = globalThis as unknown as Record<symbol, boolean>;

/** Tags whose module has been asked for, so each is imported once. */
const requested = new Set<string>();

function load(descriptor: WidgetDescriptor): void {
  if (requested.has(descriptor.tag) || customElements.get(descriptor.tag)) return;
  requested.add(descriptor.tag);
  descriptor.define().catch((error: unknown) => {
    requested.delete(descriptor.tag);
    console.warn(`big-local-widgets: <${descriptor.tag}> could not be loaded.`, error);
  });
}

/** Loads every registered widget used in `root` that is not defined yet. */
export function defineUsedWidgets(root: ParentNode): void {
  for (const descriptor of widgets) {
    if (!requested.has(descriptor.tag) && root.querySelector(descriptor.tag)) load(descriptor);
  }
}

function watch(): void {
  defineUsedWidgets(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const own = widgets.find((descriptor) => descriptor.tag === node.localName);
        if (own) load(own);
        if (node.firstElementChild) defineUsedWidgets(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (!registryOf[installed] && typeof document !== 'undefined') {
  registryOf[installed] = true;
  // Every tag's room until it has drawn, so nothing on the page moves when it does. (A page
  // whose first paint comes before this script runs links `big-local-widgets.css`: the same.)
  adoptReservedRoom(widgets);
  // Tags the parser adds after this runs (a module script may run before the body is read)
  // reach the observer; those already there are found at once, the provider first.
  watch();
}

export { embeddableWidgets, registerWidget, widgetNamed, widgets } from './widgets/registry.js';
/** For script-tag pages: words and formats in another language (the core every widget needs). */
export { localeChangeEvent, setLocale } from './strings/locale.js';
