import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/timeline/define.js';
import { riverTimeline } from '../tests/fixtures/timeline.js';
import { args } from './support/args.js';
import {
  loadingStory,
  narrowStory,
  providerErrorStory,
  withoutStoryStory,
} from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';
import { areaPicker } from './support/datasets.js';

const meta = {
  title: 'Widgets/Timeline',
  component: 'bl-timeline',
  render: (storyArgs) => html`<bl-timeline ${args(storyArgs)}></bl-timeline>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const milestonesIn = (timeline: Element) => [
  ...shadowOf(timeline).querySelectorAll('[part~="milestone"]'),
];

/**
 * The embedded default: the programme's milestones by year, each dated as precisely as its
 * source, approximate dates said "about", uncertain ones labelled and shaped apart.
 */
export const Default: Story = {
  async play({ canvasElement }) {
    const timeline = await settled(canvasElement, 'bl-timeline');
    await expect(textOf(shadowOf(timeline).querySelector('[part="title"]'))).toBe(
      'The Big Local journey',
    );
    const dates = milestonesIn(timeline).map((item) => textOf(item.querySelector('time')));
    await expect(dates).toContain('29 February 2012');
    await expect(dates).toContain('June 2025');
    await expect(dates).toContain('about 2016');
    await expect(shadowOf(timeline).querySelectorAll('[part="certainty"]').length).toBeGreaterThan(
      0,
    );
  },
};

/** Only the programme's own steps. */
export const ProgrammeOnly: Story = {
  name: 'Programme milestones only',
  args: { kinds: 'programme' },
  async play({ canvasElement }) {
    const timeline = await settled(canvasElement, 'bl-timeline');
    const kinds = new Set(
      milestonesIn(timeline).map((item) => textOf(item.querySelector('[part="kind"]'))),
    );
    await expect([...kinds]).toEqual(['Programme']);
  },
};

/** Evaluation and research only. */
export const EvaluationAndResearch: Story = {
  name: 'Evaluation and research',
  args: { kinds: 'evaluation | research' },
  async play({ canvasElement }) {
    const timeline = await settled(canvasElement, 'bl-timeline');
    await expect(shadowOf(timeline).querySelector('[part="notice"]')).toBeNull();
    const kinds = new Set(
      milestonesIn(timeline).map((item) => textOf(item.querySelector('[part="kind"]'))),
    );
    await expect([...kinds].sort()).toEqual(['Evaluation', 'Research']);
  },
};

/** An area's joining, from its record with its source, marked among the programme's steps. */
export const WithArea: Story = {
  name: 'With an area',
  args: { area: 'barrowcliff' },
  async play({ canvasElement }) {
    const timeline = await settled(canvasElement, 'bl-timeline');
    const own = shadowOf(timeline).querySelectorAll('[part~="own"]');
    await expect(own.length).toBe(1);
    await expect(textOf(own[0]!.querySelector('[part="label"]'))).toBe(
      'Barrowcliff joined Big Local',
    );
  },
};

/** An area whose record dates nothing: it says so, and shows the programme's journey. */
export const AreaWithoutMilestones: Story = {
  name: 'Area without milestones',
  args: { area: 'bountagu' },
  async play({ canvasElement }) {
    const timeline = await settled(canvasElement, 'bl-timeline');
    await expect(textOf(shadowOf(timeline).querySelector('[part="notice"]'))).toContain('Bountagu');
  },
};

export const UnknownArea: Story = {
  name: 'Unknown area',
  tags: ['error-state'],
  args: { area: 'no-such-area' },
};

/** A small made-up dataset with every precision of date and an area's own milestones. */
export const SmallDataset: Story = {
  name: 'Small dataset with an area',
  args: { area: 'weir-end' },
  argTypes: { area: areaPicker(riverTimeline()) },
  render: (storyArgs) =>
    html`<bl-programme .data=${riverTimeline()}>
      <bl-timeline ${args(storyArgs)}></bl-timeline>
    </bl-programme>`,
};

/** Another programme's data has no milestones: a plain notice. */
export const AnotherProgramme: Story = {
  name: 'Another programme (no milestones)',
  ...withoutStoryStory(
    (a) => html`<bl-timeline ${args(a)}></bl-timeline>`,
    'This dataset has no milestones.',
  ),
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory((a) => html`<bl-timeline ${args(a)}></bl-timeline>`);

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-timeline ${args(a)}></bl-timeline>`),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { area: 'barrowcliff' },
  globals: { theme: 'dark' },
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { area: 'barrowcliff' },
  parameters: { forcedColors: true },
};

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-timeline', { area: 'barrowcliff' }),
};
