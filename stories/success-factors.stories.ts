import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/success-factors/define.js';
import { otherProgrammeWithoutStory } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { loadingStory, narrowStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Success factors',
  component: 'bl-success-factors',
  render: (storyArgs) => html`<bl-success-factors ${args(storyArgs)}></bl-success-factors>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The embedded default: seven conditions, four ways of working, the main message quoted. */
export const Default: Story = {
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-success-factors');
    const root = shadowOf(widget);
    const groups = [...root.querySelectorAll('[part="group"]')];
    await expect(groups.map((group) => group.querySelectorAll('[part~="factor"]').length)).toEqual([
      7, 4,
    ]);
    await expect(root.querySelectorAll('[part="conclusion"] [part="quote"]').length).toBe(2);
    await expect(textOf(root.querySelector('[part="takeaway"]'))).toContain(
      'No single factor explains',
    );
  },
};

/** One group alone: the ways of working, titled by the group. */
export const OneGroup: Story = {
  name: 'One group',
  args: { group: 'way-of-working' },
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-success-factors');
    const root = shadowOf(widget);
    await expect(textOf(root.querySelector('[part="title"]'))).toBe('Ways of working');
    await expect(root.querySelectorAll('[part~="factor"]').length).toBe(4);
  },
};

/** A factor highlighted, as the matrix's column header links to it. */
export const HighlightedFactor: Story = {
  name: 'Highlighted factor',
  args: { factor: 'skills-capabilities' },
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-success-factors');
    const highlighted = shadowOf(widget).querySelectorAll('[part~="highlighted"]');
    await expect(highlighted.length).toBe(1);
    await expect(highlighted[0]!.id).toBe('factor-skills-capabilities');
  },
};

export const UnknownFactor: Story = {
  name: 'Unknown factor',
  tags: ['error-state'],
  args: { factor: 'no-such-factor' },
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-success-factors');
    await expect(textOf(shadowOf(widget).querySelector('[part="notice"]'))).toBe(
      'There is no factor "no-such-factor" in this dataset.',
    );
  },
};

/** Another programme's own three groups: titles only, and no quotes, so no main message. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgrammeWithoutStory()}>
      <bl-success-factors ${args(storyArgs)}></bl-success-factors>
    </bl-programme>`,
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-success-factors');
    const root = shadowOf(widget);
    await expect(root.querySelectorAll('[part="group"]').length).toBe(3);
    await expect(root.querySelector('[part="conclusion"]')).toBeNull();
  },
};

export const Loading: Story = loadingStory(
  (a) => html`<bl-success-factors ${args(a)}></bl-success-factors>`,
);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-success-factors ${args(a)}></bl-success-factors>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-success-factors'),
};
