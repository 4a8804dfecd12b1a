/// <reference types="node" />
// The static Storybook catalogue lists stories for every widget in the registry, and the docs
// pages. Runs after `storybook build` (npm test builds the catalogue before the Node tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { widgets } from '../../src/widgets/registry.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

interface IndexEntry {
  type: 'story' | 'docs';
  title: string;
  name: string;
  importPath: string;
}

const indexPath = 'storybook-static/index.json';
assert.ok(existsSync(new URL(indexPath, root)), `${indexPath} is missing: npm run build-storybook`);
const entries: IndexEntry[] = Object.values(read(indexPath).entries);

test('the registry lists the widgets', () => {
  assert.ok(widgets.some((widget) => widget.tag === 'bl-outcome-ring'));
  assert.ok(widgets.some((widget) => widget.tag === 'bl-programme'));
});

for (const widget of widgets) {
  // One stories file per widget, named after its folder: stories/outcome-ring.stories.ts
  const file = `./stories/${widget.name}.stories.ts`;
  test(`the catalogue has stories for <${widget.tag}> from ${file}`, () => {
    const stories = entries.filter((entry) => entry.type === 'story' && entry.importPath === file);
    assert.ok(stories.length > 0, `no stories for <${widget.tag}>: add ${file}`);
    assert.ok(
      entries.some((entry) => entry.type === 'docs' && entry.importPath === file),
      `no autodocs page for <${widget.tag}>`,
    );
  });
}

test('the catalogue has the docs pages', () => {
  const docs = entries.filter((entry) => entry.type === 'docs').map((entry) => entry.title);
  for (const title of ['Getting started', 'Data', 'Theming', 'Accessibility']) {
    assert.ok(docs.includes(`Docs/${title}`), `no Docs/${title} page`);
  }
});
