import type { ReservedHeights, WidgetDescriptor, WidgetReserve } from '../widgets/registry.js';

/** Rounds to three decimals, for short CSS that is still within a pixel. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * A CSS length for the height a widget is given at each width (its registry entry's `reserve`):
 * straight lines between the widths it names; narrower than the first, the first slope goes on;
 * wider than the last, the last height holds. The width is `100cqi`, the inline size of the
 * nearest size container, or of the viewport when there is none.
 *
 * Written as the first line plus one hinge per later width, `k * max(0em, 100cqi - w)`, where
 * the slope changes by `k`: one term per point, so the rules for every widget stay short.
 */
export function reservedHeight(heights: ReservedHeights): string {
  const points = Object.entries(heights).map(([width, height]): [number, number] => [
    Number(width),
    height,
  ]);
  const [first] = points;
  if (!first) return '0';
  if (points.length === 1) return `${first[1]}em`;
  // The slope of each segment, and none past the last width.
  const slopes = points.slice(1).map(([width, height], index) => {
    const [previousWidth, previousHeight] = points[index]!;
    return (height - previousHeight) / (width - previousWidth);
  });
  slopes.push(0);
  const [width, height] = first;
  const terms = [`${round(height - slopes[0]! * width)}em`, `${round(slopes[0]! * 100)}cqi`];
  for (let index = 1; index < points.length; index += 1) {
    const bend = round(slopes[index]! - slopes[index - 1]!);
    if (bend) terms.push(`${bend}*max(0em,100cqi - ${points[index]![0]}em)`);
  }
  return `calc(${terms.join(' + ').replaceAll('+ -', '- ')})`;
}

/**
 * The room `tag` takes until it has drawn: before it is defined (as a block, or an inline block
 * for an inline widget) and while it shows its loading skeleton (`:state(loading)`, inside
 * `:is()` so that an engine without custom states still reads the rest).
 */
function tagRules(tag: string, reserve: WidgetReserve): string {
  const waiting = (attribute: string) => `${tag}${attribute}:is(:not(:defined),:state(loading))`;
  const inline = reserve.inline ? `min-inline-size:${reserve.inline}em;` : '';
  const rules = [
    `${tag}:not(:defined){display:${reserve.inline ? 'inline-' : ''}block}`,
    `${waiting('')}{${inline}min-block-size:${reservedHeight(reserve.heights)}}`,
  ];
  for (const [attribute, values] of Object.entries(reserve.when ?? {})) {
    for (const [value, heights] of Object.entries(values)) {
      rules.push(
        `${waiting(`[${attribute}="${value}"]`)}{min-block-size:${reservedHeight(heights)}}`,
      );
    }
  }
  return rules.join('');
}

/**
 * The room every widget in `descriptors` takes until it has drawn: what the loader and the
 * one-file bundle adopt into the document, and what the build writes as `big-local-widgets.css`
 * for a page that wants it from its first paint.
 */
export function reservedRoomRules(descriptors: readonly WidgetDescriptor[]): string {
  return descriptors
    .map((descriptor) => (descriptor.reserve ? tagRules(descriptor.tag, descriptor.reserve) : ''))
    .join('');
}

/** Where the page's one sheet of these rules is kept, shared by every bundle on the page. */
const sheetKey = Symbol.for('big-local-widgets/reserved-room');
const page = globalThis as unknown as Record<symbol, CSSStyleSheet | null | undefined>;

/**
 * Gives the document the rules of `reservedRoomRules`, once however many bundles ask: a
 * constructed sheet, which a strict `style-src` allows where a `<style>` element would be
 * refused. The skeleton inside a widget fills what its tag is given here.
 */
export function adoptReservedRoom(descriptors: readonly WidgetDescriptor[]): void {
  if (page[sheetKey] !== undefined || typeof document === 'undefined') return;
  page[sheetKey] = null;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reservedRoomRules(descriptors));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    page[sheetKey] = sheet;
  } catch {
    // An engine without constructed sheets: the widgets only take their room when they draw.
  }
}

/**
 * The page's sheet of reserved room, once the loader or the one-file bundle has made it: a
 * widget that draws others in its shadow root adopts it there too, so they keep their room.
 */
export function reservedRoomSheet(): CSSStyleSheet | undefined {
  return page[sheetKey] ?? undefined;
}
