// The gallery's one script: one section per embeddable widget of the registry, on the embedded
// default. The loader on the page defines each widget as this script adds it.
import { embeddableWidgets } from '/dist/big-local-widgets.min.js';

const programme = document.getElementById('gallery');

function section(descriptor, dataset) {
  const wrapper = document.createElement('section');
  const heading = document.createElement('h2');
  const tag = document.createElement('code');
  tag.textContent = `<${descriptor.tag}>`;
  heading.append(tag);
  const widget = document.createElement(descriptor.tag);
  const [firstArea] = [...dataset.areas].sort((a, b) => a.name.localeCompare(b.name));
  for (const attribute of descriptor.embed.attributes) {
    if (attribute.kind === 'area') widget.setAttribute(attribute.name, firstArea.id);
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

// The provider may have loaded the embedded default before this ran.
if (programme.loadedDataset) fill(programme.loadedDataset);
else
  programme.addEventListener('bl-data-load', (event) => fill(event.detail.dataset), { once: true });
