/// <reference types="node" />
// The static Storybook catalogue lists stories for every widget the manifest describes, and the
// docs pages. Runs after `storybook build` (npm test builds the catalogue before the Node tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

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

const tagNames: string[] = read('custom-elements.json')
  .modules.flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? [])
  .map((declaration: { tagName?: string }) => declaration.tagName)
  .filter((tagName: string | undefined) => tagName?.startsWith('bl-'));

test('the manifest lists the widgets', () => {
  assert.ok(tagNames.includes('bl-outcome-ring') && tagNames.includes('bl-programme'));
});

for (const tagName of tagNames) {
  // One stories file per widget, named after it: bl-outcome-ring -> stories/outcome-ring.stories.ts
  const file = `./stories/${tagName.replace(/^bl-/, '')}.stories.ts`;
  test(`the catalogue has stories for <${tagName}> from ${file}`, () => {
    const stories = entries.filter((entry) => entry.type === 'story' && entry.importPath === file);
    assert.ok(stories.length > 0, `no stories for <${tagName}>: add ${file}`);
    assert.ok(
      entries.some((entry) => entry.type === 'docs' && entry.importPath === file),
      `no autodocs page for <${tagName}>`,
    );
  });
}

test('the catalogue has the docs pages', () => {
  const docs = entries.filter((entry) => entry.type === 'docs').map((entry) => entry.title);
  for (const title of ['Getting started', 'Data', 'Theming', 'Accessibility']) {
    assert.ok(docs.includes(`Docs/${title}`), `no Docs/${title} page`);
  }
});
