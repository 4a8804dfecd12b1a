import { css, unsafeCSS } from 'lit';
import { HIGHEST_LEVEL } from './model.js';

/**
 * One palette in nine steps that reads the same way in both themes: the lowest level the
 * lightest and yellowest, the highest the deepest blue (a YlGnBu-like path through OKLCH hue
 * 115 to 265). Each theme has its own lightness band so that every step, the lowest included,
 * stands at least 3:1 against the theme's surface (#ffffff, #1b1d21), and each takes dark or
 * light ink at at least 4.5:1 (the light ramp's steps skip the luminances where neither ink
 * would). `tests/conditions-matrix.test.ts` measures all three. A level maps to step
 * round(level / top × 8).
 */
const lightRamp = [
  '#8f9a2d',
  '#61933d',
  '#208449',
  '#007354',
  '#00615c',
  '#004e61',
  '#003c63',
  '#002a61',
  '#041658',
];
const darkRamp = [
  '#f7f3ac',
  '#d5eca5',
  '#afe4a7',
  '#87dbae',
  '#5ed0b8',
  '#35c2c3',
  '#17b2cc',
  '#259fd1',
  '#418ad1',
];
export const paletteSteps = lightRamp.length;

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The darker or the lighter ink, whichever has more contrast on `hex`. */
function ink(hex: string): string {
  const l = luminance(hex) + 0.05;
  // Against #1c1c1c (luminance 0.0116) and white (1): the higher of the two contrast ratios.
  return l / 0.0616 >= 1.05 / l ? '#1c1c1c' : '#ffffff';
}

const steps = lightRamp
  .map((light, step) => {
    const dark = darkRamp[step]!;
    return `.s${step}{--_c:var(--bl-matrix-step-${step},light-dark(${light},${dark}));--_ink:light-dark(${ink(light)},${ink(dark)})}`;
  })
  .join('');

/**
 * A glyph's bar is drawn by CSS from its level (`l0`…) and its number of segments (`t1`…):
 * classes rather than custom properties, so a cell needs no CSSOM write, and whole levels up to
 * the highest a model stores.
 */
const bars = Array.from(
  { length: HIGHEST_LEVEL + 1 },
  (_, n) => `.l${n}{--_level:${n}}` + (n > 0 ? `.t${n}{--_segments:${n}}` : ''),
).join('');

export const matrixStyles = [
  css`
    :host {
      /* The width it takes inside a shrink-to-fit container (an inline-block, a float). */
      --_intrinsic-width: 40em;
    }
    .base {
      --_row-h: var(--bl-matrix-row-height, 2.75em);
      --_name-w: var(--bl-matrix-name-width, 11em);
      --_selected: var(--bl-matrix-selected, var(--_accent));
    }
    @container (max-width: 30em) {
      .base {
        --_name-w: var(--bl-matrix-name-width, 8.5em);
      }
    }
    .caption {
      margin: 0 0 var(--_space);
      font-weight: 600;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space) calc(var(--_space) * 2);
      margin-bottom: var(--_space);
    }
    .search {
      display: grid;
      gap: 0.2em;
    }
    input,
    button {
      max-width: 100%;
      font: inherit;
    }
    [type='search'],
    button {
      padding: 0.3em 0.6em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_surface);
      color: inherit;
    }
    .count,
    .note,
    small {
      margin: 0;
      color: var(--_muted);
    }
    .frame {
      position: relative;
      --_edge: color-mix(in srgb, var(--_text) 40%, transparent);
    }
    .sideways {
      margin: 0 0 calc(var(--_space) / 2);
      color: var(--_muted);
      font-size: 0.85em;
    }
    /*
     * Columns beyond an edge of the scroller cast a shadow on it: at the end, over the rows
     * (short of the vertical scrollbar); at the start, from the sticky area column over the
     * columns scrolled under it.
     */
    .more-end::after,
    .more-start .corner::after,
    .more-start .name::after {
      content: '';
      position: absolute;
      inset-block: 0;
      width: 1.2em;
      pointer-events: none;
    }
    .more-end::after {
      inset-block: 1px;
      inset-inline-end: calc(1px + var(--_bar, 0px));
      border-start-end-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
      background: linear-gradient(to left, var(--_edge), transparent);
    }
    .more-start .corner::after,
    .more-start .name::after {
      inset-inline-start: 100%;
      background: linear-gradient(to right, var(--_edge), transparent);
    }
    .more-end:dir(rtl)::after,
    .more-start .corner:dir(rtl)::after,
    .more-start .name:dir(rtl)::after {
      scale: -1 1;
    }
    .scroller,
    .table-wrap {
      box-sizing: border-box;
      width: fit-content;
      max-width: 100%;
      max-height: var(--bl-matrix-max-height, 30em);
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .grid {
      --_cell-w: max(var(--bl-matrix-cell-width, 3em), var(--_fit, 0em));
      position: relative;
      width: max-content;
      font-size: 0.9em;
    }
    .head {
      position: sticky;
      top: 0;
      z-index: 2;
      background: var(--_surface);
    }
    .groups,
    .cols,
    .row {
      display: flex;
    }
    .grid [role],
    .corner {
      box-sizing: border-box;
      flex: none;
    }
    /*
     * Whole pixels, so that a spacer of n rows is exactly as tall as n rendered rows. Contained,
     * so a row's style and layout changes (a scroll reuses rows) stay inside it.
     */
    .row {
      height: round(var(--_row-h), 1px);
      contain: layout style;
    }
    .spacer {
      height: calc(var(--_spacer-rows, 0) * round(var(--_row-h), 1px));
    }
    .corner,
    .name {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      flex: none;
      display: flex;
      align-items: center;
      width: var(--_name-w);
      padding: 0 var(--_space);
      border-inline-end: 1px solid var(--_border);
      background: var(--_surface);
    }
    .name > span {
      display: -webkit-box;
      overflow: hidden;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      line-height: 1.2;
      overflow-wrap: break-word;
    }
    .group {
      width: calc(var(--_cell-w) * var(--_span, 1));
      padding: 0.3em 0.25em;
      border-bottom: 1px solid var(--_border);
      font-weight: 600;
      line-height: 1.15;
    }
    .start {
      border-inline-start: 2px solid var(--_border);
    }
    .cell {
      width: var(--_cell-w);
    }
    .sum {
      width: 5.75em;
    }
    .grid [tabindex] {
      cursor: pointer;
    }
    .cols > * {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: flex-end;
      gap: 0.3em;
      padding: 0.4em 0.15em;
      border-bottom: 2px solid var(--_border);
      font-weight: 600;
    }
    .cols .name {
      flex-direction: row;
      align-items: flex-end;
      justify-content: space-between;
    }
    .cols .cell:not(.sum) .label {
      max-height: 9em;
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      font-size: 0.9em;
      line-height: 1.1;
    }
    .arrow {
      font-size: 0.8em;
      font-weight: 400;
    }
    /*
     * A level glyph is one element: its number as text, the chip (the level's colour) drawn
     * before it and the bar of segments after it, filled up to the level.
     */
    .level {
      position: relative;
      isolation: isolate;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 3px;
      color: var(--_ink);
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      line-height: 1;
    }
    .level::before {
      content: '';
      position: absolute;
      inset: 3px;
      z-index: -1;
      border-radius: 3px;
      background: var(--_c, transparent);
    }
    .level::after {
      --_segment: calc(100% / var(--_segments, 1));
      content: '';
      width: 70%;
      height: 4px;
      background:
        linear-gradient(currentColor 0 0) 0 0 / calc(var(--_segment) * var(--_level, 0)) 100%
          no-repeat,
        color-mix(in srgb, currentColor 30%, transparent);
      mask: repeating-linear-gradient(
        to right,
        #000 0 calc(var(--_segment) - 1px),
        transparent 0 var(--_segment)
      );
    }
    .level:dir(rtl)::after {
      scale: -1 1;
    }
    /* Not assessed and no data: hatched and a dash, unlike any level, the lowest included. */
    .none::before {
      border: 1px dashed var(--_muted);
      background: repeating-linear-gradient(-45deg, transparent 0 3px, var(--_border) 3px 4px);
    }
    .none::after {
      content: '–';
      /* The words are in the cell for screen readers; the dash is only drawn. */
      content: '–' / '';
      width: auto;
      height: auto;
      background: none;
      mask: none;
    }
    .none,
    .sum {
      color: var(--_text);
      font-weight: 400;
    }
    .row:hover .name > span {
      text-decoration: underline;
    }
    .selected > * {
      box-shadow:
        inset 0 3px var(--_selected),
        inset 0 -3px var(--_selected);
    }
    .selected > .name {
      background: var(--_selected);
      color: var(--_surface);
      font-weight: 700;
    }
    .grid [tabindex]:focus-visible {
      outline-offset: -3px;
    }
    .legend p,
    .scale {
      margin: 0;
    }
    .legend,
    .scale,
    .scale li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) / 2) var(--_space);
    }
    .legend {
      margin-top: var(--_space);
      font-size: 0.85em;
    }
    .scale {
      padding: 0;
      list-style: none;
    }
    .scale .level {
      width: 2.2em;
      height: 2.1em;
    }
    .sources {
      margin-top: var(--_space);
      color: var(--_muted);
      font-size: 0.85em;
    }
    .sources-label {
      margin: 0;
      font-weight: 600;
    }
    .citations {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    a {
      color: var(--_accent);
    }
    .provenance {
      min-width: 12em;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .provenance .line {
      display: block;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9em;
    }
    th,
    td {
      padding: 0.3em 0.6em;
      border: 1px solid var(--_border);
      text-align: start;
    }
    small {
      display: block;
    }
    @media (forced-colors: active) {
      /* Shadows are not drawn in forced colours: a thick edge marks the side with more. */
      .more-end::after,
      .more-start .corner::after,
      .more-start .name::after {
        width: 0;
        background: none;
        border-inline-start: 3px solid CanvasText;
      }
      .more-end::after {
        inset-inline-end: var(--_bar, 0px);
      }
      .level::before {
        border: 1px solid;
      }
      .level::after {
        forced-color-adjust: none;
        color: CanvasText;
      }
      .selected > * {
        border-block: 3px solid Highlight;
      }
      .selected > .name {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
  unsafeCSS(steps + bars),
];
