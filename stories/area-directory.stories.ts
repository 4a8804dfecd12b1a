import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/area-directory/define.js';
import all150 from '../src/data/default/big-local-150.json';
// Big Local's framework (its scales, outcomes and factors), as the full document has it.
import bigLocal from '../src/data/default/big-local-150.json';
import { generateIllustrativeDataset } from '../scripts/illustrative.js';
import type { IllustrativeFramework } from '../scripts/illustrative.js';
import { withAccentedArea } from '../tests/fixtures/area-directory.js';
import { args } from './support/args.js';
import { loadingStory, narrowStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

/** Every story shows the 150-area document, as the directory alone on a page will. */
const meta = {
  title: 'Widgets/Area directory',
  component: 'bl-area-directory',
  render: (storyArgs) =>
    html`<bl-programme .data=${all150}>
      <bl-area-directory ${args(storyArgs)}></bl-area-directory>
    </bl-programme>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const total = all150.areas.length;
const countOf = (directory: Element) => textOf(shadowOf(directory).querySelector('[part="count"]'));

/** All 150 areas as a list, by name, with the live count and every filter. */
export const Default: Story = {
  async play({ canvasElement }) {
    const directory = await settled(canvasElement, 'bl-area-directory');
    await expect(countOf(directory)).toBe(`${total} of ${total} areas`);
    await expect(shadowOf(directory).querySelectorAll('[role="option"]').length).toBeGreaterThan(3);
  },
};

/** The same areas as compact cards. */
export const Cards: Story = { args: { view: 'cards' } };

/** Sorted by wave, then name: areas whose record gives no wave come last. */
export const ByWave: Story = { name: 'Sorted by wave', args: { sort: 'wave' } };

/** One region's areas. */
export const OneRegion: Story = {
  name: 'One region',
  args: { region: 'London' },
  async play({ canvasElement }) {
    const directory = await settled(canvasElement, 'bl-area-directory');
    const london = all150.areas.filter((area) => 'region' in area && area.region === 'London');
    await expect(countOf(directory)).toBe(`${london.length} of ${total} areas`);
  },
};

/** The areas whose record names no region. */
export const NoRegionGiven: Story = { name: 'No region given', args: { region: 'none' } };

/** A search that ignores accents: "chateau" finds "Château Vert". */
export const AccentInsensitive: Story = {
  name: 'Accent-insensitive search',
  args: { query: 'chateau' },
  render: (storyArgs) =>
    html`<bl-programme .data=${withAccentedArea()}>
      <bl-area-directory ${args(storyArgs)}></bl-area-directory>
    </bl-programme>`,
};

/** Nothing matches: it says what to change, with a button that clears the filters. */
export const NothingMatches: Story = {
  name: 'Nothing matches',
  args: { query: 'xyz', region: 'London' },
  async play({ canvasElement }) {
    const directory = await settled(canvasElement, 'bl-area-directory');
    await expect(textOf(shadowOf(directory).querySelector('[part="empty"] p'))).toBe(
      'No areas match “xyz” in London. Clear the search or choose another region.',
    );
  },
};

/** With a card under the same provider: selecting an area shows its card. */
export const WithCard: Story = {
  name: 'With an area card',
  render: (storyArgs) =>
    html`<bl-programme .data=${all150}>
      <bl-area-directory ${args(storyArgs)}></bl-area-directory>
      <bl-area-card></bl-area-card>
    </bl-programme>`,
};

/** 15,000 made-up areas: only the items in view are in the page. */
export const FifteenThousand: Story = {
  name: '15,000 areas (illustrative)',
  render: (storyArgs) =>
    html`<bl-programme
      max-areas="20000"
      .data=${generateIllustrativeDataset(bigLocal as IllustrativeFramework, { areas: 15000 })}
    >
      <bl-area-directory ${args(storyArgs)}></bl-area-directory>
    </bl-programme>`,
};

/** A region the data does not name: a notice, one console warning, and every area. */
export const UnknownRegion: Story = {
  name: 'Unknown region',
  tags: ['error-state'],
  args: { region: 'Atlantis' },
};

export const Loading: Story = loadingStory(
  (a) => html`<bl-area-directory ${args(a)}></bl-area-directory>`,
);

export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-area-directory ${args(a)}></bl-area-directory>`),
};

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const DarkCards: Story = {
  name: 'Dark theme, cards',
  args: { view: 'cards' },
  globals: { theme: 'dark' },
};

export const ForcedColours: Story = {
  name: 'Forced colours',
  parameters: { forcedColors: true },
};

export const NarrowContainer: Story = {
  name: '320 px container',
  ...narrowStory('bl-area-directory'),
};
