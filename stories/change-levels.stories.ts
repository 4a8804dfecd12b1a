import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/change-levels/define.js';
import { args } from './support/args.js';
import {
  loadingStory,
  narrowStory,
  providerErrorStory,
  withoutStoryStory,
} from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Levels of change',
  component: 'bl-change-levels',
  render: (storyArgs) => html`<bl-change-levels ${args(storyArgs)}></bl-change-levels>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The embedded default: individuals, groups and organisations, the wider community. */
export const Default: Story = {
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-change-levels');
    const root = shadowOf(widget);
    const levels = [...root.querySelectorAll('[part="level"]')];
    await expect(
      levels.map((level) => level.querySelectorAll('[part="activities"] li').length),
    ).toEqual([5, 3, 5]);
    await expect(textOf(root.querySelector('[part="quote"] blockquote'))).toContain(
      'multi-faceted',
    );
  },
};

/** Another programme lists no levels of change: a plain notice. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  ...withoutStoryStory(
    (a) => html`<bl-change-levels ${args(a)}></bl-change-levels>`,
    'This dataset has no levels of change.',
  ),
};

export const Loading: Story = loadingStory(
  (a) => html`<bl-change-levels ${args(a)}></bl-change-levels>`,
);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-change-levels ${args(a)}></bl-change-levels>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-change-levels'),
};
