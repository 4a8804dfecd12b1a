import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/spend/define.js';
import { withSpend } from '../tests/fixtures/spend.js';
import { args } from './support/args.js';
import {
  loadingStory,
  narrowStory,
  providerErrorStory,
  withoutStoryStory,
} from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Spend',
  component: 'bl-spend',
  render: (storyArgs) => html`<bl-spend ${args(storyArgs)}></bl-spend>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The embedded default: just under £160m, delivery costs 32% and three headings without
 * a stated share, and £1m over 10–15 years for about 8,000 people, worked out per resident.
 */
export const Default: Story = {
  async play({ canvasElement }) {
    const element = await settled(canvasElement, 'bl-spend');
    const root = shadowOf(element);
    await expect(textOf(root.querySelector('[part="total"] [part="value"]'))).toBe(
      'just under £160m',
    );
    await expect(root.querySelectorAll('[part="bar"]')).toHaveLength(1);
    await expect(root.querySelectorAll('.rows [part="not-stated"]')).toHaveLength(3);
    await expect(textOf(root.querySelector('.result-value'))).toBe('About £8 to £12.50');
    await expect(textOf(root.querySelector('[part="derived"]'))).toBe('Derived');
  },
};

/** Only the total and the headings. */
export const WithoutPerResident: Story = {
  name: 'Without the per-resident part',
  args: { 'per-resident': 'hide' },
  async play({ canvasElement }) {
    const element = await settled(canvasElement, 'bl-spend');
    await expect(shadowOf(element).querySelector('[part="per-resident"]')).toBeNull();
  },
};

/** A made-up programme's spend in euros, with two stated shares. */
export const FixtureSpend: Story = {
  name: 'Another programme’s spend',
  render: (storyArgs) =>
    html`<bl-programme .data=${withSpend()}>
      <bl-spend ${args(storyArgs)}></bl-spend>
    </bl-programme>`,
  async play({ canvasElement }) {
    const element = await settled(canvasElement, 'bl-spend');
    await expect(textOf(shadowOf(element).querySelector('.result-value'))).toBe(
      'About €21 to €31.25',
    );
  },
};

/** Another programme's data, which has no spend: a plain notice. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  ...withoutStoryStory(
    (a) => html`<bl-spend ${args(a)}></bl-spend>`,
    'This dataset has no spending figures.',
  ),
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory((a) => html`<bl-spend ${args(a)}></bl-spend>`);

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-spend ${args(a)}></bl-spend>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

/** Everything stacked, nothing cut off. */
export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-spend'),
};
