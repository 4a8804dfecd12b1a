import { reservedSizes } from '../widgets/sizes.js';
import type { ReservedHeights, WidgetReserve } from '../widgets/sizes.js';

/** Rounds to three decimals, for short CSS that is still within a pixel. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * A CSS length for the height a widget is given at each width, from `src/widgets/sizes.ts`: straight
 * lines between the widths it names; narrower than the first, the first slope goes on; wider
 * than the last, the last height holds. The width is `100cqi`, the inline size of the nearest size
 * container, or of the viewport when there is none.
 */
export function reservedHeight(heights: ReservedHeights): string {
  const points = Object.entries(heights).map(([width, height]): [number, number] => [
    Number(width),
    height,
  ]);
  const [first, ...rest] = points;
  if (!first) return '0';
  let [width, height] = first;
  const terms: string[] = [`${height}em`];
  for (const [index, [nextWidth, nextHeight]] of rest.entries()) {
    const slope = round((nextHeight - height) / (nextWidth - width));
    // Narrower than the first width, the first slope goes on.
    if (index === 0) terms.push(`${slope} * min(0em, 100cqi - ${width}em)`);
    terms.push(`${slope} * clamp(0em, 100cqi - ${width}em, ${round(nextWidth - width)}em)`);
    [width, height] = [nextWidth, nextHeight];
  }
  return terms.length > 1 ? `max(0em, calc(${terms.join(' + ')}))` : terms[0]!;
}

/**
 * CSS rules giving `selector` (a function of an attribute selector such as `[variant="compact"]`,
 * empty for the widget's own size) the widget's reserved size as `min-block-size`, and its width
 * for an inline widget. The loader gives them to a tag before it is defined; the base gives them
 * to its loading skeleton.
 */
export function reserveRules(reserve: WidgetReserve, selector: (attribute: string) => string) {
  const inline = reserve.inline ? `min-inline-size:${reserve.inline}em;` : '';
  const rules = [`${selector('')}{${inline}min-block-size:${reservedHeight(reserve.heights)}}`];
  for (const [attribute, values] of Object.entries(reserve.when ?? {})) {
    for (const [value, heights] of Object.entries(values)) {
      rules.push(
        `${selector(`[${attribute}="${value}"]`)}{min-block-size:${reservedHeight(heights)}}`,
      );
    }
  }
  return rules.join('');
}

/**
 * The room every widget takes before its tag is defined (`bl-area-card:not(:defined)`), as a
 * block, or an inline block for an inline widget: what the loader adopts into the document and
 * the build writes as `big-local-widgets.css`, for a page that wants it from its first paint.
 */
export function undefinedTagRules(): string {
  return Object.entries(reservedSizes)
    .map(
      ([tag, reserve]) =>
        `${tag}:not(:defined){display:${reserve.inline ? 'inline-' : ''}block}` +
        reserveRules(reserve, (attribute) => `${tag}${attribute}:not(:defined)`),
    )
    .join('');
}

/** The rules that make `tag`'s loading skeleton as tall as its entry reserves, if it has one. */
export function skeletonRules(tag: string): string | undefined {
  const reserve = reservedSizes[tag];
  const skeleton = (attribute: string) =>
    attribute ? `:host(${attribute}) .skeleton` : '.skeleton';
  return reserve && reserveRules(reserve, skeleton);
}
