/// <reference types="node" />
// The README's Eleventy example, built: its shortcode calls the server entry at build time, and
// the page it writes holds the widget's content before any script runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const example = fileURLToPath(new URL('../../examples/eleventy/', import.meta.url));

test('an Eleventy page renders a widget on the server at build time', async () => {
  // Eleventy ships no types: the little of its API this test uses.
  const eleventy = '@11ty/eleventy';
  const { default: Eleventy } = (await import(eleventy)) as {
    default: new (
      input: string,
      output: string,
      options: { configPath: string; quietMode: boolean },
    ) => { toJSON(): Promise<{ url: string; content: string }[]> };
  };
  // As `npx @11ty/eleventy` runs it: from the example's folder (each test file has its own process).
  process.chdir(example);
  const site = new Eleventy('pages', '_site', {
    configPath: join(example, 'eleventy.config.mjs'),
    quietMode: true,
  });
  const [page] = await site.toJSON();
  assert.equal(page!.url, '/');
  assert.match(
    page!.content,
    /<bl-area-card[^>]* area="barrowcliff"[^>]*><template shadowroot="open" shadowrootmode="open">/,
  );
  assert.match(page!.content, />\s*(<!--[^>]*-->)*Barrowcliff(<!--[^>]*-->)*\s*</);
  assert.match(page!.content, /Scarborough/);
});
