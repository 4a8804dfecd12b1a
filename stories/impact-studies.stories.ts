import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/impact-studies/define.js';
import { studiesDataset } from '../tests/fixtures/impact-studies.js';
import { args } from './support/args.js';
import {
  loadingStory,
  narrowStory,
  providerErrorStory,
  withoutStoryStory,
} from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Impact studies',
  component: 'bl-impact-studies',
  render: (storyArgs) => html`<bl-impact-studies ${args(storyArgs)}></bl-impact-studies>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The embedded default: four studies, three paired measures charted, every caveat shown. */
export const Default: Story = {
  async play({ canvasElement }) {
    const studies = await settled(canvasElement, 'bl-impact-studies');
    const root = shadowOf(studies);
    await expect(root.querySelectorAll('[part="study"]').length).toBe(4);
    const charts = [...root.querySelectorAll('[part="chart"]')];
    await expect(charts.length).toBe(3);
    for (const chart of charts) await expect(chart.getAttribute('role')).toBe('img');
    await expect(textOf(root.querySelector('[part~="measure"] .value'))).toBe('+41%');
    await expect(textOf(root)).toContain('Lower is better');
    await expect(textOf(root)).toContain('"tentative evidence"');
    await expect(root.querySelectorAll('[part="table"] tbody tr').length).toBe(3);
  },
};

/** Only the study with paired figures. */
export const OneStudy: Story = {
  name: 'One study',
  args: { studies: 'good-neighbourhoods-2' },
  async play({ canvasElement }) {
    const studies = await settled(canvasElement, 'bl-impact-studies');
    await expect(shadowOf(studies).querySelectorAll('[part="study"]').length).toBe(1);
  },
};

/** Findings only: studies whose sources give no paired figures still show what they found. */
export const FindingsOnly: Story = {
  name: 'Findings only',
  args: { studies: 'progress-and-pressure | communities-in-control' },
  async play({ canvasElement }) {
    const studies = await settled(canvasElement, 'bl-impact-studies');
    const root = shadowOf(studies);
    await expect(root.querySelectorAll('[part="chart"]').length).toBe(0);
    await expect(root.querySelectorAll('[part="findings"] li').length).toBeGreaterThan(5);
  },
};

/** Figures either side of zero, and a measure without a sentence of its own. */
export const EitherSideOfZero: Story = {
  name: 'Either side of zero',
  render: (storyArgs) =>
    html`<bl-programme .data=${studiesDataset()}>
      <bl-impact-studies ${args(storyArgs)}></bl-impact-studies>
    </bl-programme>`,
  async play({ canvasElement }) {
    const studies = await settled(canvasElement, 'bl-impact-studies');
    const values = [...shadowOf(studies).querySelectorAll('.value')].map(textOf);
    await expect(values).toEqual(['+3', '−2', '−0.4', '−1.25']);
  },
};

export const UnknownStudy: Story = {
  name: 'Unknown study',
  tags: ['error-state'],
  args: { studies: 'no-such-study' },
  async play({ canvasElement }) {
    const studies = await settled(canvasElement, 'bl-impact-studies');
    await expect(textOf(shadowOf(studies).querySelector('[part="notice"]'))).toBe(
      'There is no study "no-such-study" in this dataset.',
    );
  },
};

/** Another programme's data, which holds no studies. */
export const AnotherProgramme: Story = {
  name: 'Another programme (no studies)',
  ...withoutStoryStory(
    (a) => html`<bl-impact-studies ${args(a)}></bl-impact-studies>`,
    'This dataset has no studies comparing its areas with similar areas.',
  ),
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory(
  (a) => html`<bl-impact-studies ${args(a)}></bl-impact-studies>`,
);

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-impact-studies ${args(a)}></bl-impact-studies>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = { name: 'Forced colours', parameters: { forcedColors: true } };

/** Labels above the bars, every other tick labelled, the table as labelled blocks. */
export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-impact-studies'),
};
