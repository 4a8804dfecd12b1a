import { css, unsafeCSS } from 'lit';

/** A level's bar is filled by eighths of its scale (`p0`…`p8`): classes, so no inline style. */
const fills = Array.from({ length: 9 }, (_, n) => `.p${n}{width:${(n / 8) * 100}%}`).join('');

export const areaProfileStyles = css`
  :host {
    --_intrinsic-width: 36em;
  }
  .base {
    --_gap: var(--bl-area-profile-gap, calc(var(--_space) * 3));
  }
  .story-title:focus {
    outline: none;
  }
  .story-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .sections {
    display: grid;
    /* minmax(0, …): a nested widget's intrinsic width must not push the column past 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .sections > * {
    min-width: 0;
  }
  .neighbours {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .neighbours-basis {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .neighbour-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .neighbour {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .neighbour:hover {
    border-color: var(--_accent);
  }
  .neighbour-name {
    color: var(--_accent);
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .neighbour-place {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .over-time {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .over-time-basis {
    margin: 0 0 var(--_space);
    max-width: 42em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .over-time-key {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  /* Wider than a narrow container (many outcomes), the table scrolls in its own frame. */
  .over-time-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .over-time-scroll:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .over-time-table {
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .over-time-table th,
  .over-time-table td {
    padding: 0.35em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .over-time-table thead th {
    vertical-align: bottom;
    border-bottom-width: 2px;
  }
  .over-time-table tfoot th,
  .over-time-table tfoot td {
    border-bottom: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .step-level {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .step-number {
    min-width: 1ch;
    font-weight: 700;
  }
  .step-bar {
    display: inline-block;
    width: 2.5em;
    height: 0.45em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
  }
  .step-fill {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--_accent);
  }
  .step-label {
    margin-inline-start: 0.35em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .over-time-table td {
    white-space: nowrap;
  }
  .step-change {
    font-size: 0.8em;
  }
  .step-change.up {
    color: var(--_accent);
  }
  .step.none {
    color: var(--_muted);
  }
  /* Narrow: the numbers and bars carry the levels, named by the key above. */
  @container (max-width: 26em) {
    .step-label {
      position: absolute;
      width: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .step-bar {
      width: 1em;
    }
    .step-level {
      gap: 0.2em;
    }
    .over-time-table th,
    .over-time-table td {
      padding-inline: 0.3em;
    }
    /* Outcome names turn upright, as the matrix's columns do, so four fit in 320 px. */
    .column-name {
      display: inline-block;
      max-height: 9em;
      writing-mode: vertical-rl;
      transform: rotate(180deg);
      line-height: 1.15;
    }
    .over-time-table tfoot th,
    .over-time-table tfoot td {
      font-size: 0.8em;
      white-space: normal;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .neighbour {
      transition: border-color 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    .neighbour {
      border-color: ButtonText;
    }
    .step-bar {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
      background: Canvas;
    }
    .step-fill {
      background: CanvasText;
    }
  }
  @media print {
    .neighbours,
    .over-time {
      break-inside: avoid;
    }
  }
  ${unsafeCSS(fills)}
`;
