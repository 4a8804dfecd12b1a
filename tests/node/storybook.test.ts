/// <reference types="node" />
// The static Storybook catalogue lists stories for every widget in the registry, and the docs
// pages. Runs after `storybook build` (npm test builds the catalogue before the Node tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { widgets } from '../../src/widgets/registry.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

interface IndexEntry {
  type: 'story' | 'docs';
  title: string;
  name: string;
  importPath: string;
  exportName?: string;
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

// Names a reader sees in the sidebar: sentence case, and one wording for a state every widget has.
const properNouns = new Set(['England']);
const sharedStates: Record<string, string> = {
  Loading: 'Loading',
  ErrorFromProvider: 'Error from the provider',
  DarkTheme: 'Dark theme',
  ForcedColours: 'Forced colours',
  NarrowContainer: '320 px container',
};
const stories = entries.filter((entry) => entry.type === 'story');

test('story names are in sentence case', () => {
  const titleCased = stories.filter((story) =>
    story.name
      .split(/\s+/)
      .slice(1)
      .some((word) => /^[A-Z][a-z]/.test(word) && !properNouns.has(word.replace(/\W+$/, ''))),
  );
  assert.deepEqual(
    titleCased.map((story) => `${story.title}: ${story.name}`),
    [],
    'give these stories a `name` in sentence case (a name built by a helper is not seen here)',
  );
});

test('a state every widget has is named the same for every widget', () => {
  const differing = stories.filter(
    (story) => story.exportName! in sharedStates && story.name !== sharedStates[story.exportName!],
  );
  assert.deepEqual(
    differing.map((story) => `${story.title}: ${story.exportName} is "${story.name}"`),
    [],
  );
});

test('the Accessibility page has a section for every widget: roles, keyboard, screen reader', () => {
  const assets = new URL('storybook-static/assets/', root);
  const chunk = readdirSync(assets).find((file) => /^accessibility-[\w-]+\.js$/.test(file));
  assert.ok(chunk, 'no built Accessibility page in storybook-static/assets/');
  const page = readFileSync(new URL(chunk, assets), 'utf8');
  // Each section starts at its h2, whose id is the tag; it runs to the next h2.
  const headings = [...page.matchAll(/h2,\{id:[`'"]([a-z0-9-]+)[`'"]/g)];
  const sections = new Map(
    headings.map((heading, index) => [
      heading[1]!,
      page.slice(heading.index, headings[index + 1]?.index ?? page.length),
    ]),
  );
  for (const widget of widgets) {
    const section = sections.get(widget.tag);
    assert.ok(section, `no "## \`${widget.tag}\`" section in stories/docs/accessibility.mdx`);
    for (const label of ['Roles.', 'Keyboard.', 'Screen reader.']) {
      assert.ok(section.includes(label), `the ${widget.tag} section says nothing under "${label}"`);
    }
  }
});
