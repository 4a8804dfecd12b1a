import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/outcome-ring/define.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { AreaSelectEvent } from '../src/base/events.js';
import illustrative from '../src/data/illustrative.json';
import { illustrativeUrl } from './support/datasets.js';
import { args } from './support/args.js';
import { missingUrl } from './support/network.js';
import { meterOf, settled, shadowOf, textOf } from './support/play.js';

/** The smallest useful dataset: one outcome on a three-level scale, one area, one year. */
const minimal = {
  schema: 1,
  programme: { id: 'rivers', name: 'River towns fund', illustrative: true },
  scales: { stage: ['Dormant', 'Stirring', 'Flowing'] },
  outcomes: [{ id: 'clean-water', title: 'Cleaner water in the river', scale: 'stage' }],
  factors: [],
  areas: [{ id: 'weir-end', name: 'Weir End' }],
  assessments: [{ area: 'weir-end', year: 2024, outcomes: { 'clean-water': 2 } }],
};

/** One ring per outcome of the illustrative dataset, for one area. */
const rings = (area: string) =>
  html`<div class="bl-row">
    ${illustrative.outcomes.map(
      (outcome) => html`<bl-outcome-ring outcome=${outcome.id} area=${area}></bl-outcome-ring>`,
    )}
  </div>`;

const area = 'ill-0002-bramblewick-east';

const meta = {
  title: 'Widgets/Programme',
  component: 'bl-programme',
  render: (storyArgs) => html`<bl-programme ${args(storyArgs)}>${rings(area)}</bl-programme>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The dataset as JSON in a `<script type="application/json">` child: a CMS block can hold it. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: (storyArgs) =>
    html`<bl-programme ${args(storyArgs)}>
      <script type="application/json">
        ${JSON.stringify(minimal)}
      </script>
      <bl-outcome-ring outcome="clean-water" area="weir-end"></bl-outcome-ring>
    </bl-programme>`,
  async play({ canvasElement }) {
    const ring = await settled(canvasElement, 'bl-outcome-ring');
    await expect(meterOf(ring).getAttribute('aria-valuetext')).toContain('Flowing (level 2 of 2)');
  },
};

/**
 * The dataset set from script through the `data` property (here the illustrative one). A
 * widget that selects an area fires `bl-area-select`; the programme reflects it as
 * `selected-area` and shares it with every widget inside.
 */
export const WithDataProperty: Story = {
  name: 'With the data property',
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative} ${args(storyArgs)}>${rings(area)}</bl-programme>`,
  async play({ canvasElement, step }) {
    const ring = await settled(canvasElement, 'bl-outcome-ring');
    const programme = canvasElement.querySelector<BlProgramme>('bl-programme')!;
    await expect(programme.loadedDataset?.programme.id).toBe('illustrative');
    await step('a widget selects an area', async () => {
      ring.dispatchEvent(new AreaSelectEvent(area));
      await programme.updateComplete;
    });
    await expect(programme.getAttribute('selected-area')).toBe(area);
  },
};

/**
 * A document with a problem (an assessment of an area it does not list): the usable part is
 * shown, each widget says part of the data could not be used, and the console lists why.
 */
export const PartlyUsableData: Story = {
  name: 'Partly usable data',
  tags: ['error-state'],
  render: (storyArgs) =>
    html`<bl-programme ${args(storyArgs)}>
      <script type="application/json">
        ${JSON.stringify({
          ...minimal,
          assessments: [
            ...minimal.assessments,
            { area: 'atlantis', year: 2024, outcomes: { 'clean-water': 1 } },
          ],
        })}
      </script>
      <bl-outcome-ring outcome="clean-water" area="weir-end"></bl-outcome-ring>
    </bl-programme>`,
  async play({ canvasElement }) {
    const ring = await settled(canvasElement, 'bl-outcome-ring');
    await expect(meterOf(ring).getAttribute('aria-valuetext')).toContain('Flowing');
    await expect(textOf(shadowOf(ring))).toContain('Part of the data could not be used');
  },
};

/** `src` pointing at the illustrative dataset's JSON file. */
export const WithSrc: Story = {
  name: 'With src',
  args: { src: illustrativeUrl },
  async play({ canvasElement }) {
    const ring = await settled(canvasElement, 'bl-outcome-ring');
    await expect(meterOf(ring).getAttribute('role')).toBe('meter');
    const programme = canvasElement.querySelector<BlProgramme>('bl-programme')!;
    await waitFor(() => expect(programme.loadedDataset?.areas).toHaveLength(24));
  },
};

/** `src` answers 404: each widget inside shows the error, and `bl-data-error` fires. */
export const WithMissingSrc: Story = {
  name: 'With a src that answers 404',
  tags: ['error-state'],
  args: { src: missingUrl },
  async play({ canvasElement }) {
    const rings = [...canvasElement.querySelectorAll('bl-outcome-ring')];
    await waitFor(() => {
      for (const ring of rings) {
        const alert = shadowOf(ring).querySelector('[role="alert"]');
        if (!textOf(alert).includes('error 404')) throw new Error('no 404 error shown yet');
      }
    });
  },
};
