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

/**
 * A widget's height at some widths, both in em of its own font: `{ 24: 104, 30: 65, 64: 40 }`
 * (whole widths, which JavaScript keeps in ascending order). Between two widths the height is a
 * straight line; narrower than the first the first slope goes on, wider than the last the last
 * height holds.
 */
export type ReservedHeights = Readonly<Record<number, number>>;

/**
 * The room a widget takes before it has drawn, so that nothing on the page moves when it does:
 * measured on the demo's pages. A widget whose data makes it much taller or shorter still moves
 * what follows it when it draws, by less.
 */
export interface WidgetReserve {
  /** Its height at each width. */
  heights: ReservedHeights;
  /** For an inline widget (the lone ring): its width in em. */
  inline?: number;
  /** Heights for attribute values that change it: `{ variant: { compact: { 24: 19 } } }`. */
  when?: Record<string, Record<string, ReservedHeights>>;
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
  /**
   * The room it takes until it has drawn: the loader gives it to the tag before its code arrives
   * and while it loads its data (`src/base/reserve.ts`). Every widget that draws has one.
   */
  reserve?: WidgetReserve;
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
    reserve: {
      // On the embedded default, where nothing is assessed; an area with scores adds its rings.
      heights: { 19: 45, 24: 33, 30: 27, 38: 23.5, 64: 20.5 },
      when: { variant: { compact: { 17: 24, 21: 19, 30: 18 } } },
    },
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
    reserve: { heights: { 19: 65, 24: 53, 38: 38, 64: 31 } },
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
    reserve: { heights: { 24: 16 }, inline: 7 },
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
    reserve: { heights: { 19: 134, 24: 120, 30: 79, 46: 75, 54: 58, 64: 55 } },
    embed: { needsArea: true, attributes: [{ name: 'area', kind: 'area' }] },
  },
  {
    name: 'area-directory',
    tag: 'bl-area-directory',
    define: () => import('./area-directory/define.js'),
    dataDriven: true,
    reserve: { heights: { 24: 63, 38: 53, 64: 48 } },
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
    reserve: { heights: { 19: 53, 24: 49, 38: 44, 64: 43 } },
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
    reserve: { heights: { 19: 68, 24: 63, 38: 53, 54: 48 } },
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
    reserve: { heights: { 19: 101, 24: 88, 30: 85, 38: 70, 64: 59 } },
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'timeline',
    tag: 'bl-timeline',
    define: () => import('./timeline/define.js'),
    dataDriven: true,
    reserve: { heights: { 19: 269, 24: 236, 30: 196, 46: 153, 64: 142 } },
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
    reserve: { heights: { 19: 117, 24: 103, 30: 92, 38: 73, 64: 56 } },
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'success-factors',
    tag: 'bl-success-factors',
    define: () => import('./success-factors/define.js'),
    dataDriven: true,
    reserve: { heights: { 19: 332, 24: 279, 38: 215, 54: 166, 64: 162 } },
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
    reserve: { heights: { 19: 107, 24: 94, 46: 78, 54: 55, 64: 47 } },
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'partnership-mix',
    tag: 'bl-partnership-mix',
    define: () => import('./partnership-mix/define.js'),
    dataDriven: true,
    reserve: { heights: { 19: 105, 24: 92, 30: 88, 38: 68, 64: 52 } },
    embed: { needsArea: false, attributes: [] },
  },
  {
    name: 'themes',
    tag: 'bl-themes',
    define: () => import('./themes/define.js'),
    dataDriven: true,
    reserve: { heights: { 19: 162, 24: 142, 30: 126, 38: 94, 54: 80, 64: 72 } },
    embed: { needsArea: false, attributes: [{ name: 'themes', kind: 'text' }] },
  },
  {
    name: 'spend',
    tag: 'bl-spend',
    define: () => import('./spend/define.js'),
    dataDriven: true,
    reserve: { heights: { 19: 192, 24: 171, 38: 134, 54: 110, 64: 102 } },
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
    reserve: { heights: { 19: 352, 24: 303, 38: 221, 46: 206, 64: 198 } },
    embed: { needsArea: false, attributes: [{ name: 'studies', kind: 'text' }] },
  },
  {
    name: 'embed-builder',
    tag: 'bl-embed-builder',
    define: () => import('./embed-builder/define.js'),
    dataDriven: true,
    reserve: { heights: { 19: 175, 24: 157, 30: 120, 54: 81, 64: 77 } },
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
