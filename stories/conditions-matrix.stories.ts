import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/area-card/define.js';
import '../src/widgets/conditions-matrix/define.js';
import { generateIllustrativeDataset } from '../scripts/illustrative.js';
import type { IllustrativeFramework } from '../scripts/illustrative.js';
import type { Dataset } from '../src/data/types.js';
// Big Local's framework (its scales, outcomes and factors), as the full document has it.
import bigLocal from '../src/data/default/big-local-150.json';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { loadingStory, providerErrorStory } from './support/states.js';
import { settled, shadowOf, textOf } from './support/play.js';

/** Fictional areas scored against the Big Local framework, made once per size. */
const datasets = new Map<number, Dataset>();
function areas(count: number): Dataset {
  let dataset = datasets.get(count);
  if (!dataset) {
    dataset = generateIllustrativeDataset(bigLocal as IllustrativeFramework, { areas: count });
    datasets.set(count, dataset);
  }
  return dataset;
}

/** The rendered rows of the grid (only those near the view, however many areas). */
async function gridRows(canvas: HTMLElement) {
  const matrix = await settled(canvas, 'bl-conditions-matrix');
  return waitFor(() => {
    const rows = shadowOf(matrix).querySelectorAll('[role="row"]:has([role="rowheader"])');
    if (rows.length === 0) throw new Error('no rows yet');
    return { matrix, rows: [...rows] };
  });
}

const meta = {
  title: 'Widgets/Conditions matrix',
  component: 'bl-conditions-matrix',
  args: { summary: true },
  render: (storyArgs) =>
    html`<bl-programme .data=${areas(15)}>
      <bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>
    </bl-programme>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Fifteen areas: one row each, one column per condition and way of working, each cell a level
 * by colour, number and bar. Sort by any header; hover or focus a cell for its note.
 */
export const FifteenAreas: Story = {
  name: '15 areas',
  async play({ canvasElement }) {
    const { matrix, rows } = await gridRows(canvasElement);
    await expect(rows).toHaveLength(15);
    const grid = shadowOf(matrix).querySelector('[role="grid"]')!;
    await expect(grid.getAttribute('aria-colcount')).toBe(String(bigLocal.factors.length + 2));
    await expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  },
};

/** All 150 areas: the grid scrolls inside its frame, with sticky headers and names. */
export const HundredFiftyAreas: Story = {
  name: '150 areas',
  render: (storyArgs) =>
    html`<bl-programme .data=${areas(150)}>
      <bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>
    </bl-programme>`,
};

/** 15,000 areas render as fast as 150: only the rows in view are in the page. */
export const FifteenThousandAreas: Story = {
  name: '15,000 areas',
  render: (storyArgs) =>
    html`<bl-programme .data=${areas(15000)}>
      <bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>
    </bl-programme>`,
  async play({ canvasElement }) {
    const { matrix, rows } = await gridRows(canvasElement);
    const grid = shadowOf(matrix).querySelector('[role="grid"]')!;
    await expect(grid.getAttribute('aria-rowcount')).toBe('15002');
    await expect(rows.length).toBeLessThan(60);
  },
};

/** Selecting a row selects the area for the card beside it, and the other way round. */
export const WithAreaCard: Story = {
  name: 'In step with an area card',
  render: (storyArgs) =>
    html`<bl-programme .data=${areas(15)} selected-area=${areas(15).areas[3]!.id}>
      <bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>
      <bl-area-card variant="compact"></bl-area-card>
    </bl-programme>`,
  async play({ canvasElement }) {
    const { rows } = await gridRows(canvasElement);
    const selected = rows.filter((row) => row.getAttribute('aria-selected') === 'true');
    await expect(selected.map((row) => textOf(row.firstElementChild))).toEqual([
      areas(15).areas[3]!.name,
    ]);
  },
};

/**
 * Four of the twelve columns fit: a line says the grid scrolls sideways, and a shadow marks the
 * edge with more columns beyond it.
 */
export const NarrowContainer: Story = {
  name: '320 px container',
  globals: { width: '320' },
  play: async ({ canvasElement }) => {
    const { matrix } = await gridRows(canvasElement);
    const hint = await waitFor(() => {
      const found = shadowOf(matrix).querySelector('.sideways');
      if (!found) throw new Error('no sideways hint yet');
      return found;
    });
    await expect(textOf(hint)).toBe('↔ Scroll sideways for all 12 columns');
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
};

/** System colours replace the palette: numbers and bars still give every level. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  parameters: { forcedColors: true },
};

/** The plain table: the same rows and columns in words, with each assessment's notes. */
export const TableView: Story = {
  name: 'Table view',
  args: { 'table-view': true },
  async play({ canvasElement }) {
    const matrix = await settled(canvasElement, 'bl-conditions-matrix');
    const table = await waitFor(() => shadowOf(matrix).querySelector('table')!);
    await expect(table.querySelectorAll('tbody tr')).toHaveLength(15);
  },
};

/** The 24-area illustrative dataset, marked as made up. */
export const Illustrative: Story = {
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>
    </bl-programme>`,
  async play({ canvasElement }) {
    const matrix = await settled(canvasElement, 'bl-conditions-matrix');
    await expect(textOf(shadowOf(matrix).querySelector('[part="badge"]'))).toMatch(/^Illustrative/);
  },
};

/** Filters that match no area: the search box stays, and a notice says so. */
export const Empty: Story = {
  name: 'Empty (filters match nothing)',
  args: { region: 'Nowhere' },
  async play({ canvasElement }) {
    const matrix = await settled(canvasElement, 'bl-conditions-matrix');
    await expect(textOf(shadowOf(matrix).querySelector('[part="notice"]'))).toBe(
      'No areas match the filters.',
    );
  },
};

/**
 * The embedded default: Big Local's framework and named areas, but no scores, because the
 * evaluation published none. The matrix says so rather than invent levels for real places.
 */
export const NoneAssessed: Story = {
  name: 'None assessed (embedded default)',
  render: (storyArgs) => html`<bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>`,
  async play({ canvasElement }) {
    const matrix = await settled(canvasElement, 'bl-conditions-matrix');
    await expect(textOf(shadowOf(matrix).querySelector('[part="notice"]'))).toMatch(
      /^No assessments/,
    );
  },
};

/** An `areas` list naming an area the dataset does not have: the rest show, with a warning. */
export const UnknownArea: Story = {
  name: 'Unknown area',
  tags: ['error-state'],
  args: { areas: `${areas(15).areas[0]!.id},atlantis` },
};

/** The provider is still loading its `src`. */
export const Loading: Story = loadingStory(
  (a) => html`<bl-conditions-matrix ${args(a)}></bl-conditions-matrix>`,
);

/** The provider's `src` answered 404: the matrix says so in an alert. */
export const ErrorFromProvider: Story = {
  name: 'Error from the provider',
  ...providerErrorStory((a) => html`<bl-conditions-matrix ${args(a)}></bl-conditions-matrix>`),
};

/**
 * Another programme's own factor groups ("Capabilities", "Relationships", "Resources") head
 * the columns, in its order; the legend lists each group's, factor's and scale's source, and
 * each cell's detail says how its assessment was made.
 */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-conditions-matrix ${args(storyArgs)}></bl-conditions-matrix>
    </bl-programme>`,
  async play({ canvasElement }) {
    const { matrix } = await gridRows(canvasElement);
    const groups = [
      ...shadowOf(matrix).querySelectorAll('[aria-rowindex="1"] [role="columnheader"]'),
    ].map((group) => textOf(group));
    await expect(groups).toEqual(['Capabilities', 'Relationships', 'Resources']);
  },
};

/** The same in the table view: each row's assessment, with a link to its source. */
export const AnotherProgrammeTable: Story = {
  ...AnotherProgramme,
  name: 'Another programme, table view',
  args: { 'table-view': true },
  play: undefined,
};
