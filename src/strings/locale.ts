import type { baseStrings, errorStrings } from './base.js';
import type { dataStateStrings } from './data-states.js';
import type { qualifierStrings } from './qualifiers.js';
import type { figureStrings } from './figures.js';
import type { embedStrings } from './embed.js';
import type { cardStrings } from './card.js';
import type { droppedStrings, loadErrorStrings, problemStrings, valueKindStrings } from './data.js';
import type { embedBuilderStrings } from './embed-builder.js';
import type { factsStrings } from './facts.js';
import type { frameworkStrings } from './framework.js';
import type { matrixStrings } from './matrix.js';
import type { provenanceStrings } from './provenance.js';
import type { ringStrings } from './ring.js';
import type { ringsStrings } from './rings.js';
import type { storyStrings } from './story.js';
import type { areaProfileStrings } from './area-profile.js';
import type { areaMapStrings } from './area-map.js';
import type { areaDirectoryStrings } from './area-directory.js';
import type { partnershipMixStrings } from './partnership-mix.js';
import type { changeLevelsStrings } from './change-levels.js';
import type { outcomesStrings } from './outcomes.js';
import type { successFactorsStrings } from './success-factors.js';
import type { spendStrings } from './spend.js';
import type { themesStrings } from './themes.js';
import type { impactStudiesStrings } from './impact-studies.js';
import type { timelineStrings } from './timeline.js';
import type { wordpressStrings } from './wordpress.js';

/**
 * The locale and the wordings' catalogue. Every string a reader sees lives in this folder, one
 * namespace per module (`card`, `matrix`, …), so that each widget's chunk carries only its own
 * wordings: a page with one ring does not download the matrix's. Each namespace registers itself
 * here with `defineStrings`; `setLocale` lays a translation over every namespace, those defined
 * already and those a widget loaded later brings.
 */

type Block = Record<string, unknown>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { readonly [Key in keyof T]: Widen<T[Key]> };

/** The shape of a whole catalogue: English's, with any text where English has its own. */
export interface Catalogue {
  readonly states: Widen<typeof baseStrings>;
  readonly dataStates: Widen<typeof dataStateStrings>;
  readonly errors: Widen<typeof errorStrings>;
  readonly qualifiers: Widen<typeof qualifierStrings>;
  readonly figures: Widen<typeof figureStrings>;
  readonly embed: Widen<typeof embedStrings>;
  readonly warnings: Widen<typeof warningStrings>;
  readonly loadErrors: Widen<typeof loadErrorStrings>;
  readonly problems: Widen<typeof problemStrings>;
  readonly valueKinds: Widen<typeof valueKindStrings>;
  readonly dropped: Widen<typeof droppedStrings>;
  readonly provenance: Widen<typeof provenanceStrings>;
  readonly facts: Widen<typeof factsStrings>;
  readonly card: Widen<typeof cardStrings>;
  readonly rings: Widen<typeof ringsStrings>;
  readonly ring: Widen<typeof ringStrings>;
  readonly embedBuilder: Widen<typeof embedBuilderStrings>;
  readonly matrix: Widen<typeof matrixStrings>;
  readonly story: Widen<typeof storyStrings>;
  readonly framework: Widen<typeof frameworkStrings>;
  readonly areaProfile: Widen<typeof areaProfileStrings>;
  readonly areaMap: Widen<typeof areaMapStrings>;
  readonly areaDirectory: Widen<typeof areaDirectoryStrings>;
  readonly partnershipMix: Widen<typeof partnershipMixStrings>;
  readonly changeLevels: Widen<typeof changeLevelsStrings>;
  readonly outcomes: Widen<typeof outcomesStrings>;
  readonly successFactors: Widen<typeof successFactorsStrings>;
  readonly spend: Widen<typeof spendStrings>;
  readonly themes: Widen<typeof themesStrings>;
  readonly impactStudies: Widen<typeof impactStudiesStrings>;
  readonly timeline: Widen<typeof timelineStrings>;
  readonly wordpress: Widen<typeof wordpressStrings>;
}

/** Part of a catalogue: whatever it leaves out stays English. */
export type DeepPartial<T> = T extends string | ((...args: never[]) => unknown)
  ? T
  : { readonly [Key in keyof T]?: DeepPartial<T[Key]> };

/** Dispatched on `globalThis` by `setLocale`; every widget then words and formats itself anew. */
export const localeChangeEvent = 'bl-locale-change';

const isBlock = (value: unknown): value is Block =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of every block; wordings themselves (text, functions) are never changed in place. */
function copy(block: Block): Block {
  return Object.fromEntries(
    Object.entries(block).map(([key, value]) => [key, isBlock(value) ? copy(value) : value]),
  );
}

/** Makes `target` hold exactly `source`'s wordings, keeping each block object where it is. */
function restore(target: Block, source: Block): void {
  for (const key of Object.keys(target)) if (!Object.hasOwn(source, key)) delete target[key];
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isBlock(value) && isBlock(current)) restore(current, value);
    else target[key] = isBlock(value) ? copy(value) : value;
  }
}

/**
 * Lays `overrides` over `target` in place. A wording of another kind than English's (text where
 * English has a function, say, as a JSON catalogue would give) would throw when a widget calls
 * it, so it is skipped with a warning.
 */
function override(target: Block, overrides: Block, path: string): void {
  for (const [key, value] of Object.entries(overrides)) {
    // `__proto__` as an own key (from JSON.parse) would replace the block's prototype.
    if (value === undefined || key === '__proto__') continue;
    const at = `${path}.${key}`;
    const current = target[key];
    if (isBlock(current) && isBlock(value)) override(current, value, at);
    else if (current === undefined && isBlock(value)) target[key] = copy(value);
    else if (
      (typeof value === 'string' || typeof value === 'function') &&
      (current === undefined || typeof current === typeof value)
    ) {
      target[key] = value;
    } else console.warn(`${warningStrings.prefix} ${warningStrings.badOverride(at)}`);
  }
}

/** Each namespace defined so far, with English as it was defined, which a locale starts from. */
const namespaces = new Map<string, { table: Block; english: Block }>();
let current: { locale: string; overrides: Block } = { locale: 'en-GB', overrides: {} };

/** The locale that numbers, money, years, plurals and name order follow. */
export function currentLocale(): string {
  return current.locale;
}

/** Gives `table` the current translation's wordings for `name`, or English's. */
function translate(name: string, entry: { table: Block; english: Block }): void {
  restore(entry.table, entry.english);
  const overrides = current.overrides[name];
  if (isBlock(overrides)) override(entry.table, overrides, name);
}

/**
 * Registers a namespace of English wordings and returns it, translated already when the page
 * set a locale before this namespace's widget arrived. The object stays the same one: code that
 * kept it (`const text = cardStrings`) sees each new locale's wordings.
 */
export function defineStrings<Table extends object>(name: string, table: Table): Table {
  const entry = { table: table as Block, english: copy(table as Block) };
  namespaces.set(name, entry);
  translate(name, entry);
  return table;
}

/**
 * Sets the locale of every widget on the page and, optionally, its wordings. Numbers, money,
 * years and plurals follow `locale` through `Intl`; `overrides` replaces any wordings, by
 * namespace (`{ card: { chooseArea: '…' } }`), and whatever it leaves out is English. Each call
 * starts again from English, so `setLocale('en-GB')` restores it. Widgets re-render on
 * `bl-locale-change`; a widget loaded later arrives in the locale already set.
 *
 * @throws RangeError when `locale` is not a well-formed language tag, before anything changes.
 */
export function setLocale(locale: string, overrides: DeepPartial<Catalogue> = {}): void {
  const [tag = 'en-GB'] = Intl.getCanonicalLocales(locale);
  current = { locale: tag, overrides: isBlock(overrides) ? overrides : {} };
  for (const [name, entry] of namespaces) translate(name, entry);
  if (typeof globalThis.dispatchEvent === 'function') {
    globalThis.dispatchEvent(new Event(localeChangeEvent));
  }
}

/** What the library says in the console, before the widget's own words. */
export const warningStrings = defineStrings('warnings', {
  prefix: 'big-local-widgets:',
  badOverride: (path: string) =>
    `setLocale: the wording at "${path}" is not text or a function where English has one, ` +
    'so English is kept there.',
  duplicateDefine: (tag: string, existing: string, loading: string) =>
    `another copy (version ${existing}) already defines <${tag}>; ` +
    `this copy (version ${loading}) leaves the tags it finds defined as they are.`,
});
