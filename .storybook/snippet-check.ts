// Story tests only: pastes each story's "Show code" snippet into a page of its own with the
// package's built loader and data (the `pasteSnippet` command, .storybook/paste-snippet.mjs),
// and fails the story when a widget there shows an error or an unknown area.
import type { StoryContext } from '@storybook/web-components';
import { waitFor } from 'storybook/test';
import { commands } from 'vitest/browser';
import { errorStateTag, loadingStateTag } from '../stories/support/states.js';
import { snippets, unshippedNote } from './snippet.js';

export async function checkSnippet({ id, tags }: StoryContext): Promise<void> {
  // Error and loading stories point at addresses that fail or never answer, on purpose.
  if (tags.includes(errorStateTag) || tags.includes(loadingStateTag)) return;
  const snippet = await waitFor(() => {
    const made = snippets.get(id);
    if (!made) throw new Error('Storybook made no "Show code" snippet for this story');
    return made;
  });
  // Data made for the story cannot be pasted: the snippet says so rather than pretend.
  if (snippet.includes(unshippedNote)) return;
  const widgets = await commands.pasteSnippet(snippet);
  if (typeof widgets === 'string') throw new Error(widgets);
  for (const { tag, error, notice } of widgets) {
    const problem = error ?? (notice?.includes('There is no area') ? notice : undefined);
    if (problem) throw new Error(`Pasted, the snippet's <${tag}> says "${problem}":\n${snippet}`);
  }
}
