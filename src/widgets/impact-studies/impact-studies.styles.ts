import { css } from 'lit';

export const impactStudiesStyles = css`
  :host {
    --_intrinsic-width: 36em;
  }
  .base {
    --_programme: var(--bl-studies-programme-color, var(--_accent));
    --_comparison: var(--bl-studies-comparison-color, light-dark(#e4e7eb, #3b3f47));
    --_comparison-edge: var(--_muted);
    --_grid: light-dark(#e6e6e6, #34373d);
    --_caveat: light-dark(#fdf6e3, #2a2619);
    --_caveat-edge: light-dark(#a86b00, #e0b050);
  }
  .studies {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .study {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .study > *,
  .study .story-subheading {
    margin: 0;
  }
  .story-subheading {
    font-size: 1.15em;
    line-height: 1.25;
    text-wrap: balance;
  }
  .byline,
  .study-facts {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .study-facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 3);
  }
  .study-facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .study-facts dt {
    font-weight: 600;
  }
  .study-facts dd {
    margin: 0;
    color: var(--_text);
  }
  .summary {
    max-width: 44em;
    text-wrap: pretty;
  }
  .minor-heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 0.95em;
    font-weight: 700;
  }

  /* The studies' own caveats: set apart so a reader meets them before the claims. */
  .caveats {
    max-width: 44em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_caveat-edge);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_caveat);
  }
  .caveats ul,
  .findings ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .caveats li + li,
  .findings li + li {
    margin-block-start: calc(var(--_space) / 2);
  }
  .findings {
    max-width: 44em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .measures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(22em, 100%), 1fr));
    /* One gap both ways, so the cards read as an even grid rather than rows of pairs. */
    gap: calc(var(--_space) * 3);
  }
  /*
   * A card's three rows (caption, chart, words) are the row's own, through subgrid, so cards
   * side by side line their charts up whatever their captions' length.
   */
  .measure {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    align-content: start;
    row-gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .measure-text {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.75);
  }
  .measure-text p {
    margin: 0;
  }
  /*
   * The chart's layout follows its card, not the widget. (The card itself cannot be the
   * container: containment would make it a grid of its own rather than a subgrid.)
   */
  .chart-frame {
    container: measure / inline-size;
  }
  .measure-caption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .measure-label {
    font-weight: 700;
  }
  .better {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }

  /*
   * A chart: a direct label above each bar, then the axis. The bars' SVGs share one column, so
   * the grid lines each repeats line up; the value labels hang past the bars' ends into room
   * kept on the side where bars go.
   */
  .chart {
    --_room-start: 1.5em;
    --_room-end: 1.5em;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    margin-block: calc(var(--_space) / 2);
  }
  .chart.room-start {
    --_room-start: 4.5em;
  }
  .chart.room-end {
    --_room-end: 4.5em;
  }
  .series-label {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    font-size: 0.9em;
    line-height: 1.25;
  }
  .chart .series-label + .track {
    margin-block-end: calc(var(--_space) / 2);
  }
  .series-name {
    display: inline-block;
  }
  .series-name::first-letter {
    text-transform: uppercase;
  }
  .swatch {
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border: 1px solid var(--_comparison-edge);
    border-radius: 2px;
    background: var(--_comparison);
  }
  .swatch.programme {
    border-color: var(--_programme);
    background: var(--_programme);
  }
  .track,
  .axis {
    display: block;
    width: calc(100% - var(--_room-start) - var(--_room-end));
    margin-inline: var(--_room-start) var(--_room-end);
    overflow: visible;
  }
  .track {
    height: 2em;
  }
  .axis {
    height: 1.6em;
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .zero {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .bar.programme {
    fill: var(--_programme);
  }
  .bar.comparison {
    fill: var(--_comparison);
    stroke: var(--_comparison-edge);
    stroke-width: 1;
  }
  .value {
    fill: var(--_text);
    font-size: 0.9em;
    font-weight: 700;
  }
  .tick {
    stroke: var(--_muted);
  }
  .tick-label {
    fill: var(--_muted);
    font-size: 0.75em;
  }
  /* A card too narrow for six tick labels labels every other tick. */
  @container measure (max-width: 20em) {
    .tick-label.minor {
      display: none;
    }
  }
  .axis-title {
    margin-inline: var(--_room-start) var(--_room-end);
    color: var(--_muted);
    font-size: 0.75em;
    text-align: center;
  }
  .sentence {
    text-wrap: pretty;
  }
  .note,
  .measure-meta,
  .study-source,
  .item-source {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .measure-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .item-source {
    display: inline-block;
  }

  /* A wide card: the direct labels move beside their bars, in a column of their own. */
  @container measure (min-width: 30em) {
    .chart {
      grid-template-columns: minmax(7em, 13em) minmax(0, 1fr);
      column-gap: var(--_space);
      align-items: center;
    }
    .chart .series-label + .track {
      margin-block-end: 0;
    }
    .chart .axis,
    .chart .axis-title {
      grid-column: 2;
    }
  }

  .table-disclosure {
    margin-block-start: calc(var(--_space) * 3);
  }
  .table-disclosure summary {
    cursor: pointer;
    font-weight: 600;
  }
  .data-table {
    width: 100%;
    margin-block-start: var(--_space);
    border-collapse: collapse;
    font-size: 0.85em;
  }
  .data-table caption {
    margin-block-end: calc(var(--_space) / 2);
    color: var(--_muted);
    text-align: start;
  }
  .data-table th,
  .data-table td {
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  .data-table .number {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .cell-note {
    color: var(--_muted);
  }
  /* Narrow: each row a block of labelled lines, the column headers read from the cells. */
  @container (max-width: 40em) {
    .data-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .data-table,
    .data-table tbody,
    .data-table tr,
    .data-table td {
      display: block;
    }
    .data-table tr {
      padding-block: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    .data-table td {
      display: grid;
      grid-template-columns: minmax(6em, 35%) minmax(0, 1fr);
      gap: var(--_space);
      padding-block: 0.15em;
      border: 0;
    }
    .data-table td.number {
      text-align: start;
      white-space: normal;
    }
    .data-table td::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 600;
    }
  }

  @media (forced-colors: active) {
    .base {
      --_programme: CanvasText;
      --_comparison: Canvas;
      --_comparison-edge: CanvasText;
      --_grid: GrayText;
      --_caveat: Canvas;
      --_caveat-edge: CanvasText;
    }
    /* The fills and strokes are system colours already: keep them as set. */
    .swatch,
    .track,
    .axis {
      forced-color-adjust: none;
    }
  }
  @media print {
    .study,
    .measure,
    .caveats {
      break-inside: avoid;
    }
    .caveats {
      background: none;
    }
    .table-disclosure::details-content {
      content-visibility: visible;
    }
  }
`;
