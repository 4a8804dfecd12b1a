// The gallery's one script: one section per widget of the registry, on the embedded default.
import { areasByName, embeddableWidgets, strings } from '/dist/big-local-widgets.min.js';

const programme = document.getElementById('gallery');

function section(descriptor, dataset) {
  const wrapper = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = strings.embedBuilder.widgets[descriptor.name] ?? descriptor.name;
  const widget = document.createElement(descriptor.tag);
  for (const attribute of descriptor.embed.attributes) {
    if (attribute.kind === 'area')
      widget.setAttribute(attribute.name, areasByName(dataset, strings.locale)[0].id);
    if (attribute.kind === 'outcome') widget.setAttribute(attribute.name, dataset.outcomes[0].id);
  }
  wrapper.append(heading, widget);
  return wrapper;
}

function fill(dataset) {
  programme.replaceChildren(
    ...embeddableWidgets().map((descriptor) => section(descriptor, dataset)),
  );
}

// The embedded default may already be loaded by the time this runs.
if (programme.loadedDataset) fill(programme.loadedDataset);
else
  programme.addEventListener('bl-data-load', (event) => fill(event.detail.dataset), { once: true });
