import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, userEvent } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/area-map/define.js';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { locatedDataset } from '../tests/fixtures/located.js';
import { args } from './support/args.js';
import { loadingStory, narrowStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

const meta = {
  title: 'Widgets/Area map',
  component: 'bl-area-map',
  render: (storyArgs) => html`<bl-area-map ${args(storyArgs)}></bl-area-map>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const tilesOf = (map: Element) => [
  ...shadowOf(map).querySelectorAll<HTMLButtonElement>('[part~="tile"]'),
];

/**
 * The embedded default, all 150 areas: nine tiles shaded by count, the count on each, regions
 * inferred by a source said so, and the areas with no region counted under the map.
 */
export const Default: Story = {
  async play({ canvasElement }) {
    const map = await settled(canvasElement, 'bl-area-map');
    await expect(tilesOf(map)).toHaveLength(9);
    await expect(textOf(shadowOf(map).querySelector('[part="unplaced"]'))).toContain(
      'no region in the data',
    );
  },
};

/** A region opened from the keyboard: its areas listed under the map. */
export const RegionOpen: Story = {
  name: 'A region opened',
  async play({ canvasElement }) {
    const map = await settled(canvasElement, 'bl-area-map');
    const first = tilesOf(map)[0]!;
    first.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(shadowOf(map).querySelectorAll('[part="area"]').length).toBeGreaterThan(0);
  },
};

/** Beside a card under one provider: choosing an area in a region's list shows its card. */
export const WithCard: Story = {
  name: 'With a card',
  render: (storyArgs) =>
    html`<bl-programme>
      <bl-area-map ${args(storyArgs)}></bl-area-map>
      <bl-area-card variant="compact"></bl-area-card>
    </bl-programme>`,
  async play({ canvasElement }) {
    const map = await settled(canvasElement, 'bl-area-map');
    const london = tilesOf(map).find((tile) => textOf(tile).startsWith('London'))!;
    await userEvent.click(london);
    const area = shadowOf(map).querySelector<HTMLButtonElement>('[part="area"]')!;
    await userEvent.click(area);
    const card = await settled(canvasElement, 'bl-area-card');
    await expect(textOf(shadowOf(card).querySelector('[part="name"]'))).toBe(textOf(area));
    await expect(shadowOf(map).querySelector('[part~="tile-selected"]')).not.toBeNull();
  },
};

/**
 * A dataset that gives its areas coordinates (made up, about fictional places): each is a point
 * on an outline of England, the list of them is the keyboard's way in, and the areas without
 * coordinates or off the map are counted under it.
 */
export const Points: Story = {
  name: 'Points from coordinates',
  render: (storyArgs) =>
    html`<bl-programme .data=${locatedDataset()}>
      <bl-area-map ${args(storyArgs)}></bl-area-map>
      <bl-area-card variant="compact"></bl-area-card>
    </bl-programme>`,
  async play({ canvasElement }) {
    const map = await settled(canvasElement, 'bl-area-map');
    const points = shadowOf(map).querySelectorAll('circle[part="point"]');
    await expect(points.length).toBeGreaterThan(10);
    await userEvent.click(shadowOf(map).querySelector('[part="point-list"] summary')!);
    const first = shadowOf(map).querySelector<HTMLButtonElement>(
      '[part="point-list"] [part="area"]',
    )!;
    await userEvent.click(first);
    const card = await settled(canvasElement, 'bl-area-card');
    await expect(textOf(shadowOf(card).querySelector('[part="name"]'))).toBe(textOf(first));
    await expect(shadowOf(map).querySelector('[part~="point-selected"]')).not.toBeNull();
  },
};

/** Made-up data: every area has a region, so there is no line under the map. */
export const Illustrative: Story = {
  name: 'Illustrative dataset',
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-area-map ${args(storyArgs)}></bl-area-map>
    </bl-programme>`,
};

/** Another programme's places are not in England's regions: every tile 0, and the line says so. */
export const AnotherProgramme: Story = {
  name: 'Another programme (regions outside England)',
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-area-map ${args(storyArgs)}></bl-area-map>
    </bl-programme>`,
};

export const Loading: Story = loadingStory((a) => html`<bl-area-map ${args(a)}></bl-area-map>`);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-area-map ${args(a)}></bl-area-map>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const ForcedColours: Story = {
  name: 'Forced colours',
  parameters: { forcedColors: true },
};

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-area-map'),
};
