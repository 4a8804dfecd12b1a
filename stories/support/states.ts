import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components';
import { holdPendingRequests, missingUrl, pendingUrl } from './network.js';

/** Renders a story's widget from its args; the states below put it inside a provider. */
type Widget = (storyArgs: Record<string, unknown>) => TemplateResult;

/** A widget whose `bl-programme` is still loading: the same story for every widget. */
export function loadingStory(widget: Widget, storyArgs: Record<string, unknown> = {}): StoryObj {
  return {
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
    name: 'Error from the provider',
    args: storyArgs,
    render: (current) => html`<bl-programme src=${missingUrl}>${widget(current)}</bl-programme>`,
  };
}
