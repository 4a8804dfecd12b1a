import { css } from 'lit';

export const areaMapStyles = css`
  :host {
    --_intrinsic-width: 30em;
  }
  .base {
    --_map-fill: var(--bl-area-map-fill, var(--_accent));
    --_tile-height: var(--bl-area-map-tile-height, 6.5em);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .legend-title {
    color: var(--_text);
    font-weight: 700;
  }
  .legend ul {
    display: contents;
    list-style: none;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    flex: none;
    width: 1.4em;
    height: 1em;
    border: 1px solid var(--_border);
    border-radius: 0.2em;
    background: color-mix(in srgb, var(--_map-fill) calc(var(--_fill, 0) * 100%), var(--_surface));
  }
  .inferred-swatch {
    border: 2px dashed var(--_text);
    background: var(--_surface);
  }

  .map {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: calc(var(--_space) / 2);
    max-width: 36em;
  }
  .row {
    display: contents;
  }
  .cell {
    min-width: 0;
  }
  .tile {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.1em;
    width: 100%;
    height: 100%;
    min-height: var(--_tile-height);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_map-fill) calc(var(--_fill, 0) * 100%), var(--_surface));
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .tile:hover {
    border-color: var(--_text);
  }
  .tile[aria-expanded='true'] {
    box-shadow: inset 0 -0.3em 0 var(--_text);
  }
  .tile.has-inferred {
    border: 2px dashed currentColor;
  }
  .tile.selected {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
  }
  .tile.selected:focus-visible {
    outline-color: var(--_focus);
  }
  .region {
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.15;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .count {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .inferred,
  .selected-tag {
    font-size: 0.75em;
    line-height: 1.15;
  }
  .selected-tag {
    font-weight: 700;
  }

  .hint,
  .unplaced {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .unplaced {
    color: var(--_text);
    font-size: 0.95em;
  }

  .list {
    margin: calc(var(--_space) * 2) 0 0;
    padding: var(--_space) 0 0;
    border-top: 1px solid var(--_border);
  }
  .list[hidden] {
    display: none;
  }
  .list-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  .list-head .story-subheading {
    margin: 0;
  }
  .areas {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
  .areas li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em;
    min-width: 0;
  }
  .area {
    padding: 0.15em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    overflow-wrap: break-word;
    cursor: pointer;
  }
  .area[aria-pressed='true'] {
    font-weight: 700;
  }
  .tag {
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .empty-list {
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }

  .table {
    margin: calc(var(--_space) * 2) 0 0;
    font-size: 0.9em;
  }
  .table summary {
    cursor: pointer;
    color: var(--_accent);
  }
  table {
    margin: var(--_space) 0 0;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.25em 0.75em 0.25em 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  td {
    text-align: end;
  }

  @container (min-width: 34em) {
    .tile {
      padding: var(--_space);
    }
    .region {
      font-size: 0.95em;
    }
    .count {
      font-size: 2em;
    }
  }

  .points {
    margin: 0;
  }
  .point-map {
    display: block;
    width: 100%;
    max-width: 22em;
    height: auto;
    overflow: visible;
  }
  .outline {
    fill: color-mix(in srgb, var(--_map-fill) 8%, var(--_surface));
    stroke: var(--_border);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .point {
    fill: var(--_map-fill);
    fill-opacity: 0.75;
    stroke: var(--_surface);
    stroke-width: 1;
    cursor: pointer;
  }
  .point.selected {
    fill: var(--_text);
    fill-opacity: 1;
    stroke: var(--_surface);
    stroke-width: 2;
    pointer-events: none;
  }
  .point-label {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .point-list {
    margin-block: var(--_space);
  }
  .point-list summary {
    cursor: pointer;
  }
  .point-list .areas {
    max-height: 20em;
    overflow-y: auto;
    /* Room for a focused button's outline, which the scrolling box would otherwise clip. */
    padding: 6px;
  }

  @media (prefers-reduced-motion: no-preference) {
    .tile {
      transition: border-color 0.15s ease;
    }
  }

  @media (forced-colors: active) {
    .outline {
      fill: Canvas;
      stroke: CanvasText;
    }
    .point,
    .point.selected {
      fill: CanvasText;
      stroke: Canvas;
    }
    .point-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tile,
    .swatch {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .tile.selected {
      outline-color: Highlight;
    }
  }

  @media print {
    .tile {
      break-inside: avoid;
      print-color-adjust: exact;
    }
    .hint,
    .link-button {
      display: none;
    }
    .table table {
      display: table;
    }
  }
`;
