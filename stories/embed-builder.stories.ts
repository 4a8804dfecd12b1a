import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import { expect, waitFor } from 'storybook/test';
import '../src/widgets/programme/define.js';
import '../src/widgets/embed-builder/define.js';
import illustrative from '../src/data/illustrative.json';
import { otherProgramme } from '../tests/fixtures/other-programme.js';
import { args } from './support/args.js';
import { settled, shadowOf, textOf } from './support/play.js';
import { areaPicker } from './support/datasets.js';
import { embeddableWidgets } from '../src/widgets/registry.js';

/** Where a partner might serve the package's dist/; the snippets point here. */
const base = 'https://www.example.org/big-local-widgets/';
const area = 'ill-0001-emberden-fields';

const snippetOf = (builder: HTMLElement) =>
  shadowOf(builder).querySelector<HTMLTextAreaElement>('[part~="snippet"]')!.value;

/** The widget in the preview, once it has left its loading state. */
async function preview(builder: HTMLElement, tag: string) {
  return waitFor(() => {
    const element = shadowOf(builder).querySelector(`[part~="preview"] > ${tag}`);
    const root = element?.shadowRoot;
    if (
      !element ||
      !root?.querySelector('[part="base"]') ||
      root.querySelector('[part="loading"]')
    ) {
      throw new Error(`no rendered <${tag}> in the preview`);
    }
    return element;
  });
}

const meta = {
  title: 'Widgets/Embed builder',
  component: 'bl-embed-builder',
  argTypes: {
    area: areaPicker(illustrative),
    // The registry is the one list of embeddable widgets.
    widget: {
      options: embeddableWidgets().map((widget) => widget.name),
      control: { type: 'select' },
    },
  },
  args: { 'base-url': base, 'data-src': `${base}data/illustrative.json`, area },
  render: (storyArgs) =>
    html`<bl-programme .data=${illustrative}>
      <bl-embed-builder ${args(storyArgs)}></bl-embed-builder>
    </bl-programme>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * For CMS editors: choose a widget, an area and options, check the preview, and press "Copy
 * snippet". `data-src` names where the page's data is published, so the pasted snippet loads it.
 */
export const Default: Story = {
  async play({ canvasElement, step }) {
    const builder = await settled(canvasElement, 'bl-embed-builder');
    const card = await preview(builder, 'bl-area-card');
    await expect(textOf(card.shadowRoot!.querySelector('[role="heading"]'))).toBe(
      illustrative.areas[0]!.name,
    );
    await expect(snippetOf(builder)).toContain(`  <bl-area-card area="${area}"></bl-area-card>`);
    await step('choose the outcome rings', async () => {
      const widget = shadowOf(builder).querySelector<HTMLSelectElement>('select[name="widget"]')!;
      widget.value = 'outcome-rings';
      widget.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await preview(builder, 'bl-outcome-rings');
    await expect(snippetOf(builder)).toContain(`<bl-outcome-rings area="${area}">`);
  },
};

/** The iframe snippet, for CMSs that strip scripts; the preview shows the same widget. */
export const IframeFormat: Story = {
  name: 'Iframe format',
  args: { format: 'iframe', widget: 'outcome-rings' },
  async play({ canvasElement }) {
    const builder = await settled(canvasElement, 'bl-embed-builder');
    await preview(builder, 'bl-outcome-rings');
    await expect(snippetOf(builder)).toMatch(
      new RegExp(`^<iframe src="${base}embed\\.html\\?widget=outcome-rings&amp;area=`),
    );
  },
};

/** No `bl-programme`: the embedded default's named areas, and a snippet with no dataset. */
export const EmbeddedDefault: Story = {
  name: 'Embedded default',
  args: { area: 'barrowcliff', 'data-src': undefined },
  render: (storyArgs) => html`<bl-embed-builder ${args(storyArgs)}></bl-embed-builder>`,
  async play({ canvasElement }) {
    const builder = await settled(canvasElement, 'bl-embed-builder');
    await preview(builder, 'bl-area-card');
    await expect(snippetOf(builder).split('\n')[1]).toBe(
      '<bl-area-card area="barrowcliff"></bl-area-card>',
    );
  },
};

/** The data came from script, with no address: the builder says the snippet needs `data-src`. */
export const DataWithoutAddress: Story = {
  name: 'Data without an address',
  args: { 'data-src': undefined },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
};

/** The choices stack above the preview and the snippet; nothing scrolls sideways. */
export const NarrowContainer: Story = {
  name: '320 px container',
  args: { format: 'iframe' },
  globals: { width: '320' },
  async play({ canvasElement }) {
    const builder = await settled(canvasElement, 'bl-embed-builder');
    await expect(builder.scrollWidth).toBeLessThanOrEqual(builder.clientWidth);
  },
};

/** System colours replace the tokens; controls, focus and the button keep visible edges. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  parameters: { forcedColors: true },
};

/** Another programme's data: its areas to choose from, and its own groups in the matrix. */
export const AnotherProgramme: Story = {
  name: 'Another programme',
  args: { area: 'north-holm', 'data-src': `${base}data/skerry-fund.json` },
  argTypes: { area: areaPicker(otherProgramme()) },
  render: (storyArgs) =>
    html`<bl-programme .data=${otherProgramme()}>
      <bl-embed-builder ${args(storyArgs)}></bl-embed-builder>
    </bl-programme>`,
};
