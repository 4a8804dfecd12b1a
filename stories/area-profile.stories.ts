import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-profile/define.js';
import illustrative from '../src/data/illustrative.json';
import { args } from './support/args.js';
import { loadingStory, narrowStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';
import { areaPicker } from './support/datasets.js';

const meta = {
  title: 'Widgets/Area profile',
  component: 'bl-area-profile',
  args: { area: 'barrowcliff' },
  render: (storyArgs) => html`<bl-area-profile ${args(storyArgs)}></bl-area-profile>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * A named area on the embedded default: its card (no assessments, so no rings), its timeline
 * among the programme's milestones, and its neighbours in the same region.
 */
export const Default: Story = {
  async play({ canvasElement }) {
    const profile = await settled(canvasElement, 'bl-area-profile');
    await expect(textOf(shadowOf(profile).querySelector('[part="title"]'))).toBe('Barrowcliff');
    await expect(shadowOf(profile).querySelector('bl-timeline')).not.toBeNull();
    await expect(shadowOf(profile).querySelectorAll('[part="neighbour"]').length).toBeGreaterThan(
      0,
    );
  },
};

/** Choosing a neighbour shows its profile. */
export const ChooseNeighbour: Story = {
  name: 'Choosing a neighbour',
  async play({ canvasElement }) {
    const profile = await settled(canvasElement, 'bl-area-profile');
    const neighbour = shadowOf(profile).querySelector<HTMLButtonElement>('[part="neighbour"]')!;
    const name = textOf(neighbour.querySelector('.neighbour-name'));
    await userEvent.click(neighbour);
    await waitFor(() =>
      expect(textOf(shadowOf(profile).querySelector('[part="title"]'))).toBe(name),
    );
  },
};

/**
 * An area of the made-up dataset, assessed in seven years: the card shows its latest rings, and
 * "Outcomes over time" each outcome's level in every year, rises and falls marked.
 */
export const WithRings: Story = {
  name: 'Illustrative area with rings',
  args: { area: illustrative.assessments[0]!.area },
  argTypes: { area: areaPicker(illustrative) },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-area-profile ${args(storyArgs)}></bl-area-profile>
    </bl-programme>`,
  async play({ canvasElement }) {
    const profile = await settled(canvasElement, 'bl-area-profile');
    const section = shadowOf(profile).querySelector('[part="over-time"]');
    await expect(textOf(section?.querySelector('[role="heading"]'))).toBe('Outcomes over time');
    const area = illustrative.assessments[0]!.area;
    const years = illustrative.assessments.filter((a) => a.area === area);
    await expect(section!.querySelectorAll('tbody tr')).toHaveLength(years.length);
  },
};

/** The change over time fits a 320 px container: outcome names upright, levels by number. */
export const OverTimeNarrow: Story = {
  name: 'Outcomes over time, 320 px container',
  ...narrowStory('bl-area-profile', { area: illustrative.assessments[0]!.area }),
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-area-profile ${args(storyArgs)}></bl-area-profile>
    </bl-programme>`,
};

/** No area given and none selected. */
export const NoArea: Story = {
  name: 'No area chosen',
  args: { area: undefined },
  render: () => html`<bl-programme><bl-area-profile></bl-area-profile></bl-programme>`,
  async play({ canvasElement }) {
    const profile = await settled(canvasElement, 'bl-area-profile');
    await expect(textOf(shadowOf(profile).querySelector('[part="notice"]'))).toBe(
      'Choose an area to see its profile.',
    );
  },
};

export const UnknownArea: Story = {
  name: 'Unknown area',
  tags: ['error-state'],
  args: { area: 'no-such-area' },
};

export const Loading: Story = loadingStory(
  (a) => html`<bl-area-profile ${args(a)}></bl-area-profile>`,
  { area: 'barrowcliff' },
);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-area-profile ${args(a)}></bl-area-profile>`, {
    area: 'barrowcliff',
  }),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = {
  name: 'Forced colours',
  parameters: { forcedColors: true },
};

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-area-profile', { area: 'barrowcliff' }),
};
