import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcomes/define.js';
import { otherProgrammeWithoutStory } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { loadingStory, narrowStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Outcomes',
  component: 'bl-outcomes',
  render: (storyArgs) => html`<bl-outcomes ${args(storyArgs)}></bl-outcomes>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The embedded default: the hypothesis, the four outcomes, and agency as what progress went with. */
export const Default: Story = {
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-outcomes');
    const root = shadowOf(widget);
    await expect(root.querySelectorAll('[part~="outcome"]').length).toBe(4);
    await expect(textOf(root.querySelector('[part="hypothesis"] blockquote'))).toContain(
      'Long term funding and support',
    );
    await expect(textOf(root.querySelector('[part="agency"] blockquote'))).toContain(
      'increased agency',
    );
  },
};

/** An outcome highlighted, as a link to `#outcome-<id>` would. */
export const HighlightedOutcome: Story = {
  name: 'Highlighted outcome',
  args: { outcome: 'better-place' },
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-outcomes');
    const highlighted = shadowOf(widget).querySelectorAll('[part~="highlighted"]');
    await expect(highlighted.length).toBe(1);
    await expect(highlighted[0]!.id).toBe('outcome-better-place');
  },
};

export const UnknownOutcome: Story = {
  name: 'Unknown outcome',
  tags: ['error-state'],
  args: { outcome: 'no-such-outcome' },
};

/** Another programme's six outcomes; it quotes no hypothesis. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgrammeWithoutStory()}>
      <bl-outcomes ${args(storyArgs)}></bl-outcomes>
    </bl-programme>`,
  async play({ canvasElement }) {
    const widget = await settled(canvasElement, 'bl-outcomes');
    const root = shadowOf(widget);
    await expect(root.querySelectorAll('[part~="outcome"]').length).toBe(6);
    await expect(root.querySelector('[part="hypothesis"]')).toBeNull();
  },
};

export const Loading: Story = loadingStory((a) => html`<bl-outcomes ${args(a)}></bl-outcomes>`);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-outcomes ${args(a)}></bl-outcomes>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-outcomes'),
};
