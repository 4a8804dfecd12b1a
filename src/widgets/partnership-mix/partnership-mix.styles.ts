import { css } from 'lit';

export const partnershipMixStyles = css`
  :host {
    --_intrinsic-width: 34em;
  }
  .case-studies {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .case-studies-value {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.1;
  }
  .case-studies-source {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .chart {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .chart-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 700;
  }
  .bar {
    display: block;
    width: 100%;
    height: var(--bl-mix-bar-height, 2em);
    overflow: visible;
  }
  .stated {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .remainder {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .hatch {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .legend {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.92em;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: calc(var(--_space) * 0.75);
  }
  .swatch {
    flex: none;
    width: 1em;
    height: 1em;
    /* Sits on the text's baseline, beside the first line when the label wraps. */
    align-self: flex-start;
    margin-top: 0.2em;
  }
  .table {
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  .table summary {
    cursor: pointer;
    color: var(--_accent);
  }
  table {
    width: 100%;
    margin-top: var(--_space);
    border-collapse: collapse;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .type-head {
    display: flex;
    gap: calc(var(--_space) * 0.75);
  }
  .type-title {
    font-weight: 700;
    line-height: 1.25;
  }
  .share {
    align-self: flex-start;
    padding: 0 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
  }
  .caveat {
    margin-top: calc(var(--_space) * 3);
  }
  @container (max-width: 24em) {
    .type,
    .case-studies {
      padding: var(--_space);
    }
    th,
    td {
      padding-inline: calc(var(--_space) / 2);
    }
  }
  @media (forced-colors: active) {
    .stated {
      fill: CanvasText;
      stroke: Canvas;
    }
    .remainder,
    .hatch {
      stroke: CanvasText;
    }
  }
  @media print {
    .types {
      display: block;
    }
    .type {
      break-inside: avoid;
      margin-bottom: var(--_space);
    }
    .chart {
      break-inside: avoid;
    }
  }
`;
