import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { loadingStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';
import { areaPicker } from './support/datasets.js';

const area = 'ill-0001-emberden-fields';

const meta = {
  title: 'Widgets/Area card',
  component: 'bl-area-card',
  argTypes: { area: areaPicker(illustrative) },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-area-card ${args(storyArgs)}></bl-area-card>
    </bl-programme>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The full card. Its name is a button: pressing it selects the area for every widget under
 * the same `bl-programme`, which reflects it as `selected-area`.
 */
export const Full: Story = {
  args: { area },
  async play({ canvasElement, step }) {
    const card = await settled(canvasElement, 'bl-area-card');
    const programme = canvasElement.querySelector<BlProgramme>('bl-programme')!;
    const name = shadowOf(card).querySelector<HTMLButtonElement>('[part~="name"]')!;
    await expect(name.getAttribute('aria-pressed')).toBe('false');
    await step('press the area name', async () => {
      name.click();
      await programme.updateComplete;
    });
    await expect(programme.getAttribute('selected-area')).toBe(area);
  },
};

export const Compact: Story = {
  args: { area, variant: 'compact' },
};

/** A grid of compact cards; choosing one marks it selected in every card. */
export const Grid: Story = {
  args: { variant: 'compact' },
  parameters: { controls: { exclude: ['area'] } },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <div class="bl-grid">
        ${illustrative.areas
          .slice(0, 4)
          .map(
            (item) => html`<bl-area-card ${args({ ...storyArgs, area: item.id })}></bl-area-card>`,
          )}
      </div>
    </bl-programme>`,
};

/** A real area from the embedded default: facts with their sources, and no scores. */
export const EmbeddedDefault: Story = {
  name: 'Embedded default',
  args: { area: 'barrowcliff' },
  render: (storyArgs) => html`<bl-area-card ${args(storyArgs)}></bl-area-card>`,
};

export const NoAreaChosen: Story = {
  name: 'No area chosen',
};

export const UnknownArea: Story = {
  name: 'Unknown area',
  tags: ['error-state'],
  args: { area: 'atlantis' },
};

export const NarrowContainer: Story = {
  name: '320 px container',
  args: { area },
  globals: { width: '320' },
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory((a) => html`<bl-area-card ${args(a)}></bl-area-card>`, {
  area,
});

/** The provider's `src` answered 404. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-area-card ${args(a)}></bl-area-card>`, { area }),
};

/** The generator's long-named area (63 characters): the name wraps, nothing overflows. */
export const LongName: Story = {
  name: 'Long name',
  args: { area: illustrative.areas[2]!.id },
};

/**
 * Every illustrative area as a compact card: the grid a directory page would show. Cards in a
 * row are one height, and the space between rows is the space between columns.
 */
export const ManyAreas: Story = {
  name: 'Many areas',
  args: { variant: 'compact' },
  parameters: { controls: { exclude: ['area'] } },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <div class="bl-grid">
        ${illustrative.areas.map(
          (item) => html`<bl-area-card ${args({ ...storyArgs, area: item.id })}></bl-area-card>`,
        )}
      </div>
    </bl-programme>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'bl-area-card');
    const cards = [...canvasElement.querySelectorAll('bl-area-card')];
    await waitFor(() => {
      if (cards.some((card) => !shadowOf(card).querySelector('[part~="card"]'))) {
        throw new Error('cards still loading');
      }
    });
    const frames = cards.map((card) =>
      shadowOf(card).querySelector('[part~="base"]')!.getBoundingClientRect(),
    );
    const first = frames[0]!;
    const columns = frames.filter((frame) => Math.abs(frame.top - first.top) < 1).length;
    // The space between columns, drawn or (in one column) as the grid sets it.
    const grid = canvasElement.querySelector('.bl-grid')!;
    const columnGap =
      columns > 1 ? frames[1]!.left - first.right : parseFloat(getComputedStyle(grid).columnGap);
    for (const frame of frames.slice(0, columns)) {
      await expect(Math.abs(frame.height - first.height)).toBeLessThan(1);
    }
    await expect(Math.abs(frames[columns]!.top - first.bottom - columnGap)).toBeLessThan(1);
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { area },
  globals: { theme: 'dark' },
};

/** System colours replace the tokens; the selected card keeps a visible border and mark. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { area },
  parameters: { forcedColors: true },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative} selected-area=${area}>
      <bl-area-card ${args(storyArgs)}></bl-area-card>
    </bl-programme>`,
};

/**
 * An area no published source confirms (only an unattributed list names it): the card says so
 * in every variant, compact too.
 */
export const UnconfirmedArea: Story = {
  name: 'Unconfirmed area',
  parameters: { controls: { exclude: ['area', 'variant'] } },
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <div class="bl-grid">
        <bl-area-card ${args({ ...storyArgs, area: 'fen-end' })}></bl-area-card>
        <bl-area-card ${args({ ...storyArgs, area: 'fen-end', variant: 'compact' })}></bl-area-card>
      </div>
    </bl-programme>`,
  async play({ canvasElement }) {
    await settled(canvasElement, 'bl-area-card');
    for (const card of canvasElement.querySelectorAll('bl-area-card')) {
      await expect(textOf(shadowOf(card).querySelector('[part~="unconfirmed"]'))).toBe(
        'Not confirmed by a published source',
      );
    }
  },
};

/** Figures as their sources qualify them: "at least €1m", "about 8,000". */
export const QualifiedFigures: Story = {
  name: 'Qualified money and counts',
  args: { area: 'north-holm', variant: 'compact' },
  argTypes: { area: areaPicker(otherProgramme()) },
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-area-card ${args(storyArgs)}></bl-area-card>
    </bl-programme>`,
  async play({ canvasElement }) {
    const card = await settled(canvasElement, 'bl-area-card');
    await expect(textOf(shadowOf(card).querySelector('[part~="facts"]'))).toContain('at least €1m');
  },
};

/**
 * Another programme's area: its own settings and partnership types, euros, a local authority
 * apart from the place, its wave, status and dates, and six outcome rings with how the latest
 * assessment was made.
 */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  args: { area: 'north-holm' },
  argTypes: { area: areaPicker(otherProgramme()) },
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-area-card ${args(storyArgs)}></bl-area-card>
    </bl-programme>`,
};
