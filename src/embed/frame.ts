/**
 * The script of `embed.html`: renders the one widget its query parameters name, for CMSs that
 * strip scripts, and tells the parent page its height. `?widget=area-card&area=…&src=…&year=…
 * &theme=dark`. Unknown widgets and parameters are ignored; nothing here parses markup, so a
 * hostile query string can only ever become attribute values.
 */
import { embeddable, heightMessageType } from './protocol.js';
import type { EmbedHeightMessage } from './protocol.js';
import { strings } from '../strings.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('widget') ?? document.body;
const choice = embeddable[params.get('widget') ?? 'area-card'];
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

if (choice) {
  const widget = document.createElement(choice.tag);
  for (const name of choice.attributes) {
    const value = params.get(name);
    if (value !== null && value !== '') widget.setAttribute(name, value);
  }
  const src = params.get('src');
  if (src) {
    const programme = document.createElement('bl-programme');
    programme.setAttribute('src', src);
    programme.append(widget);
    root.append(programme);
  } else root.append(widget);
} else {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = strings.embed.unknownWidget(params.get('widget') ?? '');
  root.append(message);
}

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
