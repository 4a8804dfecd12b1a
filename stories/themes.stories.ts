import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/themes/define.js';
import { withThemes } from '../tests/fixtures/themes.js';
import { args } from './support/args.js';
import {
  loadingStory,
  narrowStory,
  providerErrorStory,
  withoutStoryStory,
} from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Themes',
  component: 'bl-themes',
  render: (storyArgs) => html`<bl-themes ${args(storyArgs)}></bl-themes>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const titles = (element: Element) =>
  [...shadowOf(element).querySelectorAll('[part="theme-title"]')].map((title) => textOf(title));

/** The embedded default: the eight Learning from Big Local themes, three with figures. */
export const Default: Story = {
  async play({ canvasElement }) {
    const element = await settled(canvasElement, 'bl-themes');
    await expect(titles(element)).toHaveLength(8);
    const values = [...shadowOf(element).querySelectorAll('[part="value"]')].map((value) =>
      textOf(value),
    );
    await expect(values).toEqual(
      expect.arrayContaining(['117 of 150', 'over £10.8m', '26,900', '£6.3m', '£23.4m']),
    );
    await expect(textOf(shadowOf(element).querySelector('[part="takeaway"]'))).toContain(
      '8 themes',
    );
  },
};

/** Two themes, in the order asked for. */
export const SomeThemes: Story = {
  name: 'Some themes',
  args: { themes: 'health-and-wellbeing | young-people' },
  async play({ canvasElement }) {
    const element = await settled(canvasElement, 'bl-themes');
    await expect(titles(element)).toEqual(['Health and wellbeing', 'Investing in young people']);
  },
};

/** An id the dataset lacks: a notice above the themes found, and one console warning. */
export const UnknownTheme: Story = {
  name: 'Unknown theme',
  tags: ['error-state'],
  args: { themes: 'no-such-theme | local-economy' },
  async play({ canvasElement }) {
    const element = await settled(canvasElement, 'bl-themes');
    await expect(textOf(shadowOf(element).querySelector('[part="notice"]'))).toBe(
      'There is no theme "no-such-theme" in this dataset.',
    );
  },
};

/** A made-up programme's themes: figures from two pages, a theme without a page, bare titles. */
export const FixtureThemes: Story = {
  name: 'Another programme’s themes',
  render: (storyArgs) =>
    html`<bl-programme .data=${withThemes()}>
      <bl-themes ${args(storyArgs)}></bl-themes>
    </bl-programme>`,
};

/** Another programme's data, which has no themes: a plain notice. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  ...withoutStoryStory(
    (a) => html`<bl-themes ${args(a)}></bl-themes>`,
    'This dataset has no learning themes.',
  ),
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory((a) => html`<bl-themes ${args(a)}></bl-themes>`);

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-themes ${args(a)}></bl-themes>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

/** One column, nothing cut off. */
export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-themes'),
};
