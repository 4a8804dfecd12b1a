/**
 * The room each widget takes while it loads, by tag: the one place its size is written. The
 * loader gives it to a tag before the widget's code arrives (and the build writes the same rules
 * as `big-local-widgets.css`); the data binding gives it to the widget's loading skeleton. Data
 * alone, importing nothing, so a bundle of one widget carries these numbers and no other widget.
 *
 * Measured on the demo's pages; a widget whose data makes it much taller or shorter than that
 * still moves what follows it when it draws, by less. A page's own widget (`registerWidget`)
 * has none.
 */

/**
 * A widget's height at some widths, both in em of its own font: `{ 24: 104, 30: 65, 64: 40 }`
 * (whole widths, which JavaScript keeps in ascending order). Between two widths the height is a
 * straight line; narrower than the first the first slope goes on, wider than the last the last
 * height holds.
 */
export type ReservedHeights = Readonly<Record<number, number>>;

/** The room a widget takes before it has drawn, so that nothing on the page moves when it does. */
export interface WidgetReserve {
  /** Its height at each width. */
  heights: ReservedHeights;
  /** For an inline widget (the lone ring): its width in em. */
  inline?: number;
  /** Heights for attribute values that change it: `{ variant: { compact: { 24: 19 } } }`. */
  when?: Record<string, Record<string, ReservedHeights>>;
}

/** Every widget's reserved room, by tag (the provider, which draws nothing, has none). */
export const reservedSizes: Readonly<Record<string, WidgetReserve>> = {
  'bl-area-card': {
    // On the embedded default, where nothing is assessed; an area with scores adds its rings.
    heights: { 19: 45, 24: 33, 30: 27, 38: 23.5, 64: 20.5 },
    when: { variant: { compact: { 17: 24, 21: 19, 30: 18 } } },
  },
  'bl-outcome-rings': { heights: { 19: 65, 24: 53, 38: 38, 64: 31 } },
  'bl-outcome-ring': { heights: { 24: 16 }, inline: 7 },
  'bl-area-profile': { heights: { 19: 134, 24: 120, 30: 79, 46: 75, 54: 58, 64: 55 } },
  'bl-area-directory': { heights: { 24: 63, 38: 53, 64: 48 } },
  'bl-area-map': { heights: { 19: 53, 24: 49, 38: 44, 64: 43 } },
  'bl-conditions-matrix': { heights: { 19: 68, 24: 63, 38: 53, 54: 48 } },
  'bl-programme-facts': { heights: { 19: 101, 24: 88, 30: 85, 38: 70, 64: 59 } },
  'bl-timeline': { heights: { 19: 269, 24: 236, 30: 196, 46: 153, 64: 142 } },
  'bl-outcomes': { heights: { 19: 117, 24: 103, 30: 92, 38: 73, 64: 56 } },
  'bl-success-factors': { heights: { 19: 332, 24: 279, 38: 215, 54: 166, 64: 162 } },
  'bl-change-levels': { heights: { 19: 107, 24: 94, 46: 78, 54: 55, 64: 47 } },
  'bl-partnership-mix': { heights: { 19: 105, 24: 92, 30: 88, 38: 68, 64: 52 } },
  'bl-themes': { heights: { 19: 162, 24: 142, 30: 126, 38: 94, 54: 80, 64: 72 } },
  'bl-spend': { heights: { 19: 192, 24: 171, 38: 134, 54: 110, 64: 102 } },
  'bl-impact-studies': { heights: { 19: 352, 24: 303, 38: 221, 46: 206, 64: 198 } },
  'bl-embed-builder': { heights: { 19: 175, 24: 157, 30: 120, 54: 81, 64: 77 } },
};
