import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/programme-facts/define.js';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { loadingStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf } from './support/play.js';

const meta = {
  title: 'Widgets/Programme facts',
  component: 'bl-programme-facts',
  render: (storyArgs) => html`<bl-programme-facts ${args(storyArgs)}></bl-programme-facts>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The embedded default: every programme fact with its source; conflicting figures labelled. */
export const Default: Story = {
  async play({ canvasElement }) {
    const facts = await settled(canvasElement, 'bl-programme-facts');
    const items = shadowOf(facts).querySelectorAll('[part~="fact"]');
    await expect(items.length).toBeGreaterThan(20);
  },
};

/** Only the funding totals, on which the sources disagree. */
export const ConflictingFigures: Story = {
  name: 'Conflicting figures',
  args: {
    facts: 'endowment-217m | funding-200m | funding-220m | funding-271m | funding-196m',
  },
};

export const UnknownFact: Story = {
  name: 'Unknown fact',
  tags: ['error-state'],
  args: { facts: ['no-such-fact'] },
};

/** The illustrative dataset has no programme facts. */
export const Empty: Story = {
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-programme-facts ${args(storyArgs)}></bl-programme-facts>
    </bl-programme>`,
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory(
  (a) => html`<bl-programme-facts ${args(a)}></bl-programme-facts>`,
);

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-programme-facts ${args(a)}></bl-programme-facts>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

export const NarrowContainer: Story = { name: '320 px container', globals: { width: '320' } };

/** Another programme's facts, in euros. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-programme-facts ${args(storyArgs)}></bl-programme-facts>
    </bl-programme>`,
};
