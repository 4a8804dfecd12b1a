/**
 * The two snippets the embed builder writes. Partners paste them as they are, and `embed.html`
 * reads the iframe's query back, so their shape is part of the public contract:
 *
 * - script: `<script type="module" src="{base}big-local-widgets.min.js"></script>`, then the
 *   widget's tag, inside `<bl-programme src="…">` (indented two spaces) when there is a dataset.
 * - iframe: `<iframe src="{base}embed.html?widget=…&amp;…" title="…" …></iframe>`, then
 *   `<script src="{base}embed.js" defer></script>`, which resizes the iframe to its content.
 */

export type EmbedFormat = 'script' | 'iframe';

/**
 * The widget's parameters in order, as attribute names; empty ones are left out. `src` is the
 * dataset: the `bl-programme`'s attribute in a script snippet, a query parameter in an iframe.
 */
export type SnippetParams = readonly (readonly [name: string, value: string | undefined])[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside a double-quoted HTML attribute or an element. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => entities[character]!);

const given = (params: SnippetParams) =>
  params.filter((param): param is [string, string] => Boolean(param[1]));

/** The widget's tag with its attributes (all but `src`), as a page would hold it. */
export function widgetTag(tag: string, params: SnippetParams): string {
  const attributes = given(params)
    .filter(([name]) => name !== 'src')
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${attributes}></${tag}>`;
}

/** A script tag and the widget's tag (`bl-area-card`), inside a provider when there is data. */
export function scriptSnippet(base: string, tag: string, params: SnippetParams): string {
  const element = widgetTag(tag, params);
  const src = given(params).find(([name]) => name === 'src')?.[1];
  const body = src
    ? `<bl-programme src="${escapeHtml(src)}">\n  ${element}\n</bl-programme>`
    : element;
  return `<script type="module" src="${escapeHtml(base)}big-local-widgets.min.js"></script>\n${body}`;
}

/** An iframe of `embed.html` for the widget's registry name (`area-card`), and `embed.js`. */
export function iframeSnippet(
  base: string,
  widget: string,
  params: SnippetParams,
  title: string,
): string {
  const query = new URLSearchParams([['widget', widget], ...given(params)]);
  return (
    `<iframe src="${escapeHtml(`${base}embed.html?${query}`)}" title="${escapeHtml(title)}" ` +
    `width="100%" height="480" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(base)}embed.js" defer></script>`
  );
}
