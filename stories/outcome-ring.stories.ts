import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-ring/define.js';
import type { BlOutcomeRing } from '../src/widgets/outcome-ring/outcome-ring.js';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { holdPendingRequests, missingUrl, pendingUrl } from './support/network.js';
import { meterOf, settled, shadowOf, textOf, widget } from './support/play.js';
import { areaPicker } from './support/datasets.js';

const progress = 'Not started | Emerging | Developing | Established | Embedded';
/** A ring on its own: title, level and the scale's labels as attributes. */
const standalone = { label: 'Confidence to act', 'level-labels': progress };
/** A ring bound to the illustrative dataset: its latest 2025 level is 2, "Developing". */
const bound = { outcome: 'identify-needs', area: 'ill-0001-emberden-fields' };

const ring = (canvas: HTMLElement) => settled<BlOutcomeRing>(canvas, 'bl-outcome-ring');

const meta = {
  title: 'Widgets/Outcome ring',
  component: 'bl-outcome-ring',
  render: (storyArgs) => html`<bl-outcome-ring ${args(storyArgs)}></bl-outcome-ring>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  args: { ...standalone, value: 2 },
  async play({ canvasElement }) {
    const meter = meterOf(await ring(canvasElement));
    await expect(meter.getAttribute('aria-valuenow')).toBe('2');
    await expect(meter.getAttribute('aria-valuemax')).toBe('4');
    await expect(meter.getAttribute('aria-valuetext')).toBe('Developing (level 2 of 4)');
  },
};

/** A page that changes `value` (here from script) changes what is announced. */
export const ChangingTheValue: Story = {
  name: 'Changing the value',
  args: { ...standalone, value: 1 },
  async play({ canvasElement, step }) {
    const element = await ring(canvasElement);
    await step('set value to 3', async () => {
      element.value = 3;
      await element.updateComplete;
    });
    const meter = meterOf(element);
    await expect(meter.getAttribute('aria-valuenow')).toBe('3');
    await expect(meter.getAttribute('aria-valuetext')).toBe('Established (level 3 of 4)');
    await expect(shadowOf(element).querySelectorAll('[part~="segment-filled"]')).toHaveLength(3);
  },
};

/** Every level of the scale, from 0 ("Not started") to 4 ("Embedded"). */
export const EveryLevel: Story = {
  name: 'Every level',
  args: standalone,
  parameters: { controls: { exclude: ['value'] } },
  render: (storyArgs) =>
    html`<div class="bl-row">
      ${[0, 1, 2, 3, 4].map(
        (value) => html`<bl-outcome-ring ${args({ ...storyArgs, value })}></bl-outcome-ring>`,
      )}
    </div>`,
  async play({ canvasElement }) {
    await ring(canvasElement);
    const texts = [...canvasElement.querySelectorAll('bl-outcome-ring')].map((element) =>
      meterOf(element).getAttribute('aria-valuetext'),
    );
    await expect(texts).toEqual([
      'Not started (level 0 of 4)',
      'Emerging (level 1 of 4)',
      'Developing (level 2 of 4)',
      'Established (level 3 of 4)',
      'Embedded (level 4 of 4)',
    ]);
  },
};

/** No `value`: drawn dashed with a dash for the number, and announced "Not assessed". */
export const NotAssessed: Story = {
  name: 'Not assessed',
  args: standalone,
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    await expect(meterOf(element).getAttribute('aria-valuetext')).toBe('Not assessed');
    await expect(textOf(shadowOf(element).querySelector('.value'))).toBe('–');
  },
};

/** Level 0 is a level ("Not started"), not the same as not assessed. */
export const LevelZero: Story = {
  name: 'Level 0',
  args: { ...standalone, value: 0 },
  async play({ canvasElement }) {
    const meter = meterOf(await ring(canvasElement));
    await expect(meter.getAttribute('aria-valuetext')).toBe('Not started (level 0 of 4)');
  },
};

/** `level-labels` sets the scale: four labels make levels 0 to 3. */
export const CustomLevelLabels: Story = {
  name: 'Custom level labels',
  args: { label: 'Tree cover', 'level-labels': 'Seed | Sprout | Sapling | Tree', value: 1 },
  async play({ canvasElement }) {
    const meter = meterOf(await ring(canvasElement));
    await expect(meter.getAttribute('aria-valuemax')).toBe('3');
    await expect(meter.getAttribute('aria-valuetext')).toBe('Sprout (level 1 of 3)');
  },
};

export const LongTitle: Story = {
  name: 'Long title',
  args: {
    ...standalone,
    label:
      'Communities will be better able to identify local needs and take action in response to them, in Upper Campionmere, Dapplewick and Bilberrycote Riverside',
    value: 3,
  },
};

/** A `value` outside the scale is bad input: the ring says so instead of drawing. */
export const ErrorValueOutsideScale: Story = {
  name: 'Error: value outside the scale',
  tags: ['error-state'],
  args: { ...standalone, value: 7 },
  async play({ canvasElement }) {
    const alert = shadowOf(await ring(canvasElement)).querySelector('[role="alert"]');
    await expect(textOf(alert)).toMatch(/\b7\b.* 0 to 4\b/);
  },
};

/** Bound to data: the outcome's title names the meter, its short title is the caption. */
export const BoundToIllustrativeData: Story = {
  name: 'Bound to the illustrative dataset',
  args: bound,
  argTypes: { area: areaPicker(illustrative) },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-outcome-ring ${args(storyArgs)}></bl-outcome-ring>
    </bl-programme>`,
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    await expect(meterOf(element).getAttribute('aria-valuetext')).toContain(
      'Developing (level 2 of 4)',
    );
    await expect(textOf(shadowOf(element).querySelector('[part="label"]'))).toBe(
      'Identifying needs',
    );
    await expect(textOf(shadowOf(element).querySelector('[part="badge"]'))).toContain(
      'Illustrative',
    );
  },
};

/**
 * No `bl-programme` and no `src`: the embedded default, which names real areas but publishes
 * no scores for them.
 */
export const EmbeddedDefaultNoAssessment: Story = {
  name: 'Embedded default: no assessment published',
  args: { outcome: 'identify-needs', area: 'barrowcliff' },
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    await expect(meterOf(element).getAttribute('aria-valuetext')).toContain('Not assessed');
    await expect(textOf(shadowOf(element).querySelector('[part="notice"]'))).toContain(
      'No assessment published',
    );
  },
};

export const UnknownArea: Story = {
  name: 'Unknown area',
  tags: ['error-state'],
  args: { ...bound, area: 'atlantis' },
  argTypes: BoundToIllustrativeData.argTypes,
  render: BoundToIllustrativeData.render,
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    await expect(textOf(shadowOf(element).querySelector('[part="notice"]'))).toBe(
      'There is no area "atlantis" in this dataset.',
    );
  },
};

/** The provider's `src` has not answered yet. */
export const Loading: Story = {
  tags: ['loading-state'],
  args: bound,
  beforeEach: holdPendingRequests,
  render: (storyArgs) =>
    html`<bl-programme src=${pendingUrl} timeout="600000">
      <bl-outcome-ring ${args(storyArgs)}></bl-outcome-ring>
    </bl-programme>`,
  async play({ canvasElement }) {
    const element = await widget<BlOutcomeRing>(canvasElement, 'bl-outcome-ring');
    const status = shadowOf(element).querySelector('[part="loading"]');
    await expect(status?.getAttribute('role')).toBe('status');
    await expect(textOf(status)).toBe('Loading data…');
  },
};

/** The provider's `src` answered 404: every widget inside shows the error. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  tags: ['error-state'],
  args: bound,
  render: (storyArgs) =>
    html`<bl-programme src=${missingUrl}>
      <bl-outcome-ring ${args(storyArgs)}></bl-outcome-ring>
    </bl-programme>`,
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    const alert = await waitFor(() => {
      const found = shadowOf(element).querySelector('[role="alert"]');
      if (!found) throw new Error('no error shown yet');
      return found;
    });
    await expect(alert.getAttribute('part')).toBe('error');
    await expect(textOf(alert)).toContain('The data server answered with error 404.');
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { ...standalone, value: 3 },
  globals: { theme: 'dark' },
};

/**
 * Windows High Contrast and other forced-colour modes: system colours replace the tokens, and
 * the filled segments stay distinct from the outlined empty ones. The story tests emulate it.
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { ...standalone, value: 2 },
  parameters: { forcedColors: true },
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    const forced = matchMedia('(forced-colors: active)').matches;
    // The story tests can emulate forced colours; Storybook in a browser usually cannot.
    if (globalThis.blEmulateForcedColors) await expect(forced).toBe(true);
    if (!forced) return;
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    canvasElement.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const filled = shadowOf(element).querySelector('[part~="segment-filled"]');
    await expect(filled && getComputedStyle(filled).stroke).toBe(highlight);
  },
};

/** Every level in a 320 px container: the rings wrap, long labels break. */
export const NarrowContainer: Story = {
  name: '320 px container',
  args: standalone,
  globals: { width: '320' },
  parameters: EveryLevel.parameters,
  render: EveryLevel.render,
};

/** Tokens set on the element: `--bl-ring-color` and `--bl-ring-size` (see Docs/Theming). */
export const CustomTokens: Story = {
  name: 'Custom tokens',
  args: { ...standalone, value: 3, '--bl-ring-color': '#6b3fa0', '--bl-ring-size': '10rem' },
};

/** Bound to another programme: a six-level scale, and where the figure comes from. */
export const AnotherProgramme: Story = {
  name: 'Bound to another programme',
  args: { outcome: 'ferries', area: 'north-holm' },
  argTypes: { area: areaPicker(otherProgramme()) },
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-outcome-ring ${args(storyArgs)}></bl-outcome-ring>
    </bl-programme>`,
  async play({ canvasElement }) {
    const element = await ring(canvasElement);
    await expect(meterOf(element).getAttribute('aria-valuemax')).toBe('5');
    await expect(shadowOf(element).querySelector('[part~="sources"] a')).not.toBeNull();
  },
};
