/**
 * Server rendering for Node (`big-local-widgets/ssr`): a widget's HTML from its tag, attributes
 * and a dataset, with its shadow root as declarative shadow DOM, so a page shows the widget's
 * content, its text alternative or table included, before any script runs, and to crawlers and
 * reader modes. Static-site generators (Astro, Eleventy, Next.js) call it at build time; the
 * command line is `big-local-widgets render`.
 *
 * With a dataset, the HTML is a `bl-programme` holding it as inline JSON around the widget, so
 * the browser draws the same data when the script arrives; without one, the widget draws the
 * embedded Big Local default, as it does in the browser.
 */
import type { Dataset } from '../data/types.js';

/** Attribute values as HTML wants them inside double quotes. */
const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** JSON that cannot close the script element it sits in. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028');

/**
 * The HTML of one widget, rendered on the server.
 *
 * @param tag The widget's tag or registry name, `bl-area-card` or `area-card`: any widget the embed
 * builder offers.
 * @param attributes Its attributes, as on the tag: `{ area: 'barrowcliff' }`.
 * @param dataset A dataset of the data contract (validated here); without it, the embedded default.
 * @throws Error when the tag is no widget's, an attribute name is not one, or the dataset is unusable.
 */
export async function renderWidget(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  dataset?: unknown,
): Promise<string> {
  // The DOM shim first: Lit and the widgets must find it when they load.
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const [{ render }, { collectResult }, { html }, registry, base, binding, words] =
    await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
      import('../widgets/registry.js'),
      import('../base/bl-element.js'),
      import('../base/data-binding.js'),
      import('../strings/data.js'),
    ]);
  // The widgets a page embeds: not the provider (it draws nothing) nor the embed builder.
  const descriptor = registry
    .embeddableWidgets()
    .find((widget) => widget.name === tag || widget.tag === tag);
  if (!descriptor) throw new Error(`big-local-widgets: there is no widget "${tag}" to render.`);
  const names = Object.keys(attributes);
  const bad = names.find((name) => !/^[a-z][a-z0-9-]*$/.test(name));
  if (bad !== undefined) throw new Error(`big-local-widgets: "${bad}" is not an attribute name.`);
  // Every embeddable widget, not only this one: the server renders the widgets it draws inside
  // itself (a card's rings) only when they are defined, and the browser imports those lazily.
  await Promise.all(registry.embeddableWidgets().map((widget) => widget.define()));

  let data: Dataset;
  let problems: readonly import('../data/types.js').Problem[] = [];
  if (dataset === undefined) {
    const { loadEmbeddedDataset } = await import('../data/default-dataset.js');
    const element = customElements.get(descriptor.tag) as unknown as { allAreas?: boolean };
    const result = await loadEmbeddedDataset({ story: true, allAreas: Boolean(element?.allAreas) });
    if (!result.ok) throw new Error(result.error.message);
    data = result.dataset;
  } else {
    const { validateDataset } = await import('../data/validate.js');
    const result = validateDataset(dataset);
    if (!result.dataset) {
      throw new Error(
        `big-local-widgets: the dataset cannot be used: ${words.dataWords.warning(result.problems)}`,
      );
    }
    data = result.dataset;
    problems = result.problems;
  }

  const markup = `<${descriptor.tag}${names
    .map((name) => ` ${name}="${escapeAttribute(String(attributes[name]))}"`)
    .join('')}></${descriptor.tag}>`;
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  base.useServerData({
    state: 'ready',
    dataset: data,
    problems,
    error: null,
    origin: dataset === undefined ? 'default' : 'property',
    words: words.dataWords,
  });
  let rendered = '';
  try {
    // A widget whose own code comes in a part of its own (the ring's half for data) shows its
    // loading state while that is imported: render again once it is here.
    for (let attempt = 0; attempt < 50; attempt++) {
      binding.DataBinding.serverRender = {};
      rendered = await collectResult(render(html(strings)));
      if (!rendered.includes('part="loading"')) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    base.useServerData(undefined);
    binding.DataBinding.serverRender = undefined;
  }
  if (dataset === undefined) return rendered;
  return `<bl-programme><script type="application/json">${scriptJson(dataset)}</script>${rendered}</bl-programme>`;
}
