// An Eleventy site that renders Big Local widgets at build time: `{% bigLocal "area-card",
// { area: "barrowcliff" } %}` in a page becomes the widget's HTML, declarative shadow DOM
// included, so the built page shows it before any script runs. Run: npx @11ty/eleventy
import { renderWidget } from 'big-local-widgets/ssr';

export default function (config) {
  config.addAsyncShortcode('bigLocal', (widget, attributes = {}) =>
    renderWidget(widget, attributes),
  );
  return { dir: { input: 'pages', output: '_site' } };
}
