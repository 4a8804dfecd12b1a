import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import { otherProgrammeWithoutStory } from '../../tests/fixtures/other-programme.js';
import { holdPendingRequests, missingUrl, pendingUrl } from './network.js';
import { settled, shadowOf, textOf } from './play.js';

/** The tag of a story whose point is an error: bad input, a 404. Others must show none. */
export const errorStateTag = 'error-state';
/** The tag of a story whose widgets stay loading: the error check does not wait for them. */
export const loadingStateTag = 'loading-state';

/** Renders a story's widget from its args; the states below put it inside a provider. */
type Widget = (storyArgs: Record<string, unknown>) => TemplateResult;

/** A widget whose `bl-programme` is still loading: the same story for every widget. */
export function loadingStory(widget: Widget, storyArgs: Record<string, unknown> = {}): StoryObj {
  return {
    tags: [loadingStateTag],
    args: storyArgs,
    beforeEach: holdPendingRequests,
    render: (current) =>
      html`<bl-programme src=${pendingUrl} timeout="600000">${widget(current)}</bl-programme>`,
  };
}

/** A widget whose `bl-programme` got a 404: it says so in an alert. */
export function providerErrorStory(
  widget: Widget,
  storyArgs: Record<string, unknown> = {},
): StoryObj {
  return {
    tags: [errorStateTag],
    args: storyArgs,
    render: (current) => html`<bl-programme src=${missingUrl}>${widget(current)}</bl-programme>`,
  };
}

/**
 * The widget on another programme's data that publishes none of the story (no quotes, themes,
 * studies, milestones or spend): a plain notice, not an error.
 */
export function withoutStoryStory(widget: Widget, notice: string): StoryObj {
  return {
    render: (current) =>
      html`<bl-programme .data=${otherProgrammeWithoutStory()}>${widget(current)}</bl-programme>`,
    async play({ canvasElement }) {
      const element = canvasElement.querySelector('bl-programme')!.firstElementChild!;
      const shown = await settled(canvasElement, element.localName);
      await expect(textOf(shadowOf(shown).querySelector('[part="notice"]'))).toBe(notice);
    },
  };
}

/** The widget in a 320 px container: nothing runs past its edge. */
export function narrowStory(tag: string, storyArgs: Record<string, unknown> = {}): StoryObj {
  return {
    args: storyArgs,
    globals: { width: '320' },
    async play({ canvasElement }) {
      const element = await settled(canvasElement, tag);
      const base = shadowOf(element).querySelector<HTMLElement>('[part="base"]')!;
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
      await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    },
  };
}
