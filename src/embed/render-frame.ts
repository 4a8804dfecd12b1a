import { embeddableWidgets } from '../widgets/registry.js';
import { embedStrings } from '../strings/embed.js';

/**
 * What `embed.html` shows: the one widget its query names (`?widget=area-card&area=…&src=…
 * &year=…&theme=dark`), with only the attributes the registry says that widget's embeds may
 * set. Unknown widgets say so; unknown parameters are ignored; nothing here parses markup, so a
 * hostile query string can only ever become attribute values.
 */
export function renderFrame(params: URLSearchParams, root: HTMLElement): HTMLElement {
  const name = params.get('widget') ?? 'area-card';
  const descriptor = embeddableWidgets().find((widget) => widget.name === name);
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light' || theme === 'auto')
    root.ownerDocument.documentElement.dataset.theme = theme;

  if (!descriptor?.embed) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = embedStrings.unknownWidget(name);
    root.append(message);
    return message;
  }
  const widget = document.createElement(descriptor.tag);
  for (const { name: attribute } of descriptor.embed.attributes) {
    const value = params.get(attribute);
    if (value !== null && value !== '') widget.setAttribute(attribute, value);
  }
  // A widget the page has not defined yet (a page's own, registered at run time) loads now.
  if (!customElements.get(descriptor.tag)) void descriptor.define();
  const src = params.get('src');
  if (src) {
    const programme = document.createElement('bl-programme');
    programme.setAttribute('src', src);
    programme.append(widget);
    root.append(programme);
  } else root.append(widget);
  return widget;
}
