/**
 * The one list of widgets. Everything that needs to know which widgets exist reads it: the
 * iframe page, the embed builder (its choices and options), the reliability and shared-state
 * tests, the strict-CSP host page, the demo's gallery and the Storybook check. A Node test fails
 * when a folder under `src/widgets/` has no entry here, no `define.ts`, no test or no stories,
 * and when `src/index.ts` does not define every entry.
 *
 * Nothing here imports a widget class, so reading the registry costs a few hundred bytes;
 * `define()` imports a widget's module only when it is called.
 */

/** How an embed chooses an attribute's value. */
export type EmbedAttributeKind =
  /** The id of an area in the dataset. */
  | 'area'
  /** The id of an outcome in the dataset. */
  | 'outcome'
  /** A year with assessments (of the chosen area, when there is one); empty means the latest. */
  | 'year'
  /** One of `choices`; the first is the default. */
  | 'choice'
  /** Free text, e.g. a filter list such as `region="North East | Yorkshire"`. */
  | 'text';

export interface EmbedAttribute {
  /** The attribute's name on the tag, and the iframe page's query parameter. */
  name: string;
  kind: EmbedAttributeKind;
  /** For `choice`: the values, the default first (an empty string for "unset"). */
  choices?: readonly string[];
}

export interface WidgetDescriptor {
  /** The name used in `embed.html?widget=`, in the builder and for the folder: `area-card`. */
  name: string;
  tag: `bl-${string}`;
  /** Imports the module that defines the tag. */
  define: () => Promise<unknown>;
  /**
   * Draws from a dataset (every widget but the provider itself), so the reliability guarantees
   * feed it datasets.
   */
  dataDriven: boolean;
  /** Offered by the embed builder and the iframe page, with the attributes an embed may set. */
  embed?: {
    attributes: readonly EmbedAttribute[];
    /** Shows one area, so the builder asks for one and the iframe title names it. */
    needsArea: boolean;
  };
}

export const widgets: WidgetDescriptor[] = [
  {
    name: 'programme',
    tag: 'bl-programme',
    define: () => import('./programme/define.js'),
    dataDriven: false,
  },
  {
    name: 'area-card',
    tag: 'bl-area-card',
    define: () => import('./area-card/define.js'),
    dataDriven: true,
    embed: {
      needsArea: true,
      attributes: [
        { name: 'area', kind: 'area' },
        { name: 'variant', kind: 'choice', choices: ['', 'compact'] },
        { name: 'year', kind: 'year' },
      ],
    },
  },
  {
    name: 'outcome-rings',
    tag: 'bl-outcome-rings',
    define: () => import('./outcome-rings/define.js'),
    dataDriven: true,
    embed: {
      needsArea: true,
      attributes: [
        { name: 'area', kind: 'area' },
        { name: 'year', kind: 'year' },
      ],
    },
  },
  {
    name: 'outcome-ring',
    tag: 'bl-outcome-ring',
    define: () => import('./outcome-ring/define.js'),
    dataDriven: true,
    embed: {
      needsArea: true,
      attributes: [
        { name: 'outcome', kind: 'outcome' },
        { name: 'area', kind: 'area' },
        { name: 'year', kind: 'year' },
      ],
    },
  },
  {
    name: 'area-profile',
    tag: 'bl-area-profile',
    define: () => import('./area-profile/define.js'),
    dataDriven: true,
    embed: { needsArea: true, attributes: [{ name: 'area', kind: 'area' }] },
  },
  {
    name: 'area-directory',
    tag: 'bl-area-directory',
    define: () => import('./area-directory/define.js'),
    dataDriven: true,
    embed: {
      needsArea: false,
      attributes: [
        { name: 'query', kind: 'text' },
        { name: 'wave', kind: 'text' },
        { name: 'view', kind: 'choice', choices: ['', 'cards'] },
        { name: 'sort', kind: 'choice', choices: ['', 'wave'] },
      ],
    },
  },
  {
    name: 'area-map',
    tag: 'bl-area-map',
    define: () => import('./area-map/define.js'),
    dataDriven: true,
    embed: {
      needsArea: false,
      attributes: [{ name: 'layout', kind: 'choice', choices: ['', 'tiles', 'points'] }],
    },
  },
  {
    name: 'conditions-matrix',
    tag: 'bl-conditions-matrix',
    define: () => import('./conditions-matrix/define.js'),
    dataDriven: true,
    embed: {
      needsArea: false,
      attributes: [
        { name: 'year', kind: 'year' },
        { name: 'areas', kind: 'text' },
        { name: 'setting', kind: 'text' },
        { name: 'region', kind: 'text' },
        { name: 'partnership', kind: 'text' },
      ],
    },
  },
  {
    name: 'programme-facts',
    tag: 'bl-programme-facts',
    define: () => import('./programme-facts/define.js'),
    dataDriven: true,
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'timeline',
    tag: 'bl-timeline',
    define: () => import('./timeline/define.js'),
    dataDriven: true,
    embed: {
      needsArea: false,
      attributes: [
        { name: 'area', kind: 'area' },
        { name: 'kinds', kind: 'text' },
      ],
    },
  },
  {
    name: 'outcomes',
    tag: 'bl-outcomes',
    define: () => import('./outcomes/define.js'),
    dataDriven: true,
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'success-factors',
    tag: 'bl-success-factors',
    define: () => import('./success-factors/define.js'),
    dataDriven: true,
    embed: {
      needsArea: false,
      attributes: [
        { name: 'group', kind: 'text' },
        { name: 'factor', kind: 'text' },
      ],
    },
  },
  {
    name: 'change-levels',
    tag: 'bl-change-levels',
    define: () => import('./change-levels/define.js'),
    dataDriven: true,
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'partnership-mix',
    tag: 'bl-partnership-mix',
    define: () => import('./partnership-mix/define.js'),
    dataDriven: true,
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'themes',
    tag: 'bl-themes',
    define: () => import('./themes/define.js'),
    dataDriven: true,
    embed: { needsArea: false, attributes: [{ name: 'themes', kind: 'text' }] },
  },
  {
    name: 'spend',
    tag: 'bl-spend',
    define: () => import('./spend/define.js'),
    dataDriven: true,
    embed: {
      needsArea: false,
      attributes: [{ name: 'per-resident', kind: 'choice', choices: ['', 'hide'] }],
    },
  },
  {
    name: 'impact-studies',
    tag: 'bl-impact-studies',
    define: () => import('./impact-studies/define.js'),
    dataDriven: true,
    embed: { needsArea: false, attributes: [{ name: 'studies', kind: 'text' }] },
  },
  {
    name: 'embed-builder',
    tag: 'bl-embed-builder',
    define: () => import('./embed-builder/define.js'),
    dataDriven: true,
  },
];

/** The widgets an embed can show: the builder's choices and the iframe page's `?widget=`. */
export function embeddableWidgets(): WidgetDescriptor[] {
  return widgets.filter((widget) => widget.embed);
}

/** A widget by its registry name or its tag. */
export function widgetNamed(name: string): WidgetDescriptor | undefined {
  return widgets.find((widget) => widget.name === name || widget.tag === name);
}

/**
 * Adds a widget at run time: for a page's own widget built on `BlElement`, or a test's. It
 * then appears in the builder, the iframe page and every guarantee that reads the registry.
 */
export function registerWidget(descriptor: WidgetDescriptor): void {
  const index = widgets.findIndex((widget) => widget.name === descriptor.name);
  if (index >= 0) widgets.splice(index, 1, descriptor);
  else widgets.push(descriptor);
}
