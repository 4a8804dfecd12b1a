import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/partnership-mix/define.js';
import { args } from './support/args.js';
import {
  loadingStory,
  narrowStory,
  providerErrorStory,
  withoutStoryStory,
} from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Partnership mix',
  component: 'bl-partnership-mix',
  render: (storyArgs) => html`<bl-partnership-mix ${args(storyArgs)}></bl-partnership-mix>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The embedded default: four types in the source's words; the bar draws only the stated
 * "around a third" and hatches the rest as not stated.
 */
export const Default: Story = {
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-partnership-mix');
    const root = shadowOf(widget);
    const shares = [...root.querySelectorAll('[part="share"]')].map(textOf);
    await expect(shares).toEqual(['around a third', 'a couple', 'another couple', 'the rest']);
    const rects = [...root.querySelectorAll('.bar rect')].map((rect) => rect.getAttribute('class'));
    await expect(rects).toEqual(['stated', 'remainder']);
    await expect(root.querySelector('.bar')!.getAttribute('role')).toBe('img');
    await expect(root.querySelectorAll('[part="table"] tbody tr').length).toBe(4);
    await expect(textOf(root.querySelector('[part="caveat"]'))).toContain('no neat typology');
  },
};

/** Another programme's partnership types are bare titles, which describe no mix. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  ...withoutStoryStory(
    (a) => html`<bl-partnership-mix ${args(a)}></bl-partnership-mix>`,
    'This dataset does not describe its partnership types.',
  ),
};

export const Loading: Story = loadingStory(
  (a) => html`<bl-partnership-mix ${args(a)}></bl-partnership-mix>`,
);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-partnership-mix ${args(a)}></bl-partnership-mix>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-partnership-mix'),
};
