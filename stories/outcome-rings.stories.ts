import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-rings/define.js';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { loadingStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';
import { areaPicker } from './support/datasets.js';

const area = 'ill-0001-emberden-fields';

/** The rings inside the widget, once each has rendered its meter. */
async function meters(canvas: HTMLElement) {
  const element = await settled(canvas, 'bl-outcome-rings');
  return waitFor(() => {
    const rings = [...shadowOf(element).querySelectorAll('bl-outcome-ring')];
    const found = rings.map((ring) => ring.shadowRoot?.querySelector('[role="meter"]'));
    if (found.length === 0 || found.some((meter) => !meter)) throw new Error('rings not ready');
    return found as Element[];
  });
}

const meta = {
  title: 'Widgets/Outcome rings',
  component: 'bl-outcome-rings',
  argTypes: { area: areaPicker(illustrative) },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-outcome-rings ${args(storyArgs)}></bl-outcome-rings>
    </bl-programme>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** One ring per outcome in the dataset, for the latest year the area was assessed. */
export const Default: Story = {
  args: { area },
  async play({ canvasElement }) {
    await expect(await meters(canvasElement)).toHaveLength(illustrative.outcomes.length);
  },
};

export const EarlierYear: Story = {
  name: 'An earlier year',
  args: { area, year: 2019 },
};

/** Without `area`, the widget follows the area selected under its `bl-programme`. */
export const FollowsSelection: Story = {
  name: 'Follows the selected area',
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative} selected-area="ill-0002-bramblewick-east">
      <bl-outcome-rings ${args(storyArgs)}></bl-outcome-rings>
    </bl-programme>`,
  async play({ canvasElement }) {
    await expect(await meters(canvasElement)).toHaveLength(illustrative.outcomes.length);
  },
};

export const NoAreaChosen: Story = {
  name: 'No area chosen',
};

/**
 * The embedded default names real areas but publishes no scores for them: the outcomes an
 * assessment would measure, as content under the area's name, and no alert.
 */
export const EmbeddedDefault: Story = {
  name: 'Embedded default: no assessment published',
  args: { area: 'barrowcliff' },
  render: (storyArgs) => html`<bl-outcome-rings ${args(storyArgs)}></bl-outcome-rings>`,
  play: async ({ canvasElement }) => {
    const rings = await settled(canvasElement, 'bl-outcome-rings');
    const root = shadowOf(rings);
    await expect(textOf(root.querySelector('[part="caption"]'))).toBe('Barrowcliff: outcomes');
    await expect(root.querySelectorAll('[part="framework-item"]')).toHaveLength(4);
    await expect(root.querySelector('[role="status"], [role="alert"]')).toBeNull();
  },
};

export const NarrowContainer: Story = {
  name: '320 px container',
  args: { area },
  globals: { width: '320' },
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory(
  (a) => html`<bl-outcome-rings ${args(a)}></bl-outcome-rings>`,
  { area },
);

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-outcome-rings ${args(a)}></bl-outcome-rings>`, { area }),
};

export const UnknownArea: Story = {
  name: 'Unknown area',
  tags: ['error-state'],
  args: { area: 'atlantis' },
};

/** The generator's long-named area: the caption wraps. */
export const LongName: Story = {
  name: 'Long name',
  args: { area: illustrative.areas[2]!.id },
};

/** An area assessed only once: no start marker, no change to tell. */
export const OneAssessment: Story = {
  name: 'Assessed once',
  args: { area: illustrative.areas[10]!.id },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { area },
  globals: { theme: 'dark' },
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { area },
  parameters: { forcedColors: true },
};

/**
 * Six outcomes on a six-level scale (another programme): two even rows of three on a wide
 * container, fewer across on narrow ones, and a "Sources" line saying how the assessment was
 * made, with links.
 */
export const SixOutcomes: Story = {
  name: 'Six outcomes (another programme)',
  args: { area: 'north-holm' },
  argTypes: { area: areaPicker(otherProgramme()) },
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-outcome-rings ${args(storyArgs)}></bl-outcome-rings>
    </bl-programme>`,
  async play({ canvasElement }) {
    await expect(await meters(canvasElement)).toHaveLength(6);
    const rings = await settled(canvasElement, 'bl-outcome-rings');
    await expect(shadowOf(rings).querySelector('[part~="sources"] a')).not.toBeNull();
  },
};

export const SixOutcomesNarrow: Story = {
  ...SixOutcomes,
  name: 'Six outcomes, 480 px container',
  globals: { width: '480' },
};
