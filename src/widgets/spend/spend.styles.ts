import { css } from 'lit';

export const spendStyles = css`
  :host {
    --_intrinsic-width: 36em;
    --_bar-height: var(--bl-spend-bar-height, 1.1em);
  }
  p {
    margin: 0;
  }
  section {
    margin-top: calc(var(--_space) * 3);
  }
  .minor-heading {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: 0.95em;
    font-weight: 700;
  }
  .value {
    color: var(--_accent);
    font-weight: 700;
    line-height: 1.15;
    overflow-wrap: break-word;
  }
  .note,
  .cite {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .source {
    color: var(--_accent);
  }
  .certainty,
  .derived {
    justify-self: start;
    align-self: start;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
  }

  /* The total */
  .total {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .total .value {
    font-size: 1.9em;
  }
  .total .note {
    max-width: 46em;
  }

  /* The headings, as bars where a share is stated */
  .chart {
    margin: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .legend li > [aria-hidden] {
    flex: none;
  }
  .key-bar {
    display: inline-block;
    width: 2em;
    height: 0.9em;
    border: 1px solid var(--_accent);
    border-radius: 0.2em;
    background: linear-gradient(to right, var(--_accent) 50%, transparent 50%);
  }
  .rows {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) / 2);
    padding-top: calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_border);
    break-inside: avoid;
  }
  .row-label {
    font-weight: 600;
  }
  @container (min-width: 40em) {
    .row {
      grid-template-columns: minmax(10em, 14em) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 3);
    }
    .row > :not(.row-label) {
      grid-column: 2;
    }
    .row-label {
      grid-row: span 3;
    }
  }
  .measure {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: calc(var(--_bar-height) + 0.4em);
  }
  .track {
    flex: 1;
    max-width: 36em;
    height: var(--_bar-height);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    overflow: hidden;
  }
  .fill {
    display: block;
    width: calc(var(--_share, 0) * 100%);
    height: 100%;
    background: var(--_accent);
  }
  .share {
    min-width: 3.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .not-stated {
    padding: 0.05em 0.6em;
    border: 1px dashed var(--_muted);
    border-radius: 0.25em;
    color: var(--_muted);
    font-size: 0.85em;
    font-style: italic;
  }
  .not-stated.key {
    font-size: 1em;
  }
  .note,
  .row-figure {
    max-width: 46em;
  }
  .row-figure {
    display: grid;
    justify-items: start;
    gap: 0.15em;
    margin-top: calc(var(--_space) / 2);
    font-size: 0.9em;
  }
  .row-figure .value {
    font-size: 1.3em;
  }

  /* The data table */
  .table {
    margin-top: calc(var(--_space) * 2);
    font-size: 0.9em;
  }
  .table summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .table-scroll {
    overflow-x: auto;
    margin-top: var(--_space);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td p + p {
    margin-top: 0.25em;
  }

  /* Per resident */
  .derivation {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
  }
  @container (min-width: 52em) {
    .derivation {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .working {
    display: grid;
    align-content: start;
    gap: var(--_space);
  }
  .working .minor-heading {
    margin-bottom: 0;
  }
  .result {
    display: grid;
    justify-items: start;
    gap: 0.2em;
  }
  .result-value {
    color: var(--_accent);
    font-size: 1.9em;
    font-weight: 700;
    line-height: 1.15;
  }
  .result-unit {
    font-weight: 600;
  }
  .sentence {
    max-width: 40em;
    font-size: 1.05em;
    text-wrap: pretty;
  }
  .arithmetic {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_border);
    list-style: none;
    font-variant-numeric: tabular-nums;
  }
  .caveat {
    max-width: 40em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .inputs-column > .minor-heading {
    margin-top: 0;
  }
  .inputs {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .input {
    display: grid;
    gap: 0.25em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .input .value {
    font-size: 1.2em;
  }
  .quotes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(18em, 100%), 1fr));
    gap: calc(var(--_space) * 2);
  }
  .quote {
    display: grid;
    align-content: start;
    gap: var(--_space);
    margin: 0;
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_accent);
  }
  blockquote {
    margin: 0;
    font-size: 1.1em;
    font-style: italic;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  figcaption {
    display: grid;
    gap: 0.25em;
    font-size: 0.9em;
  }
  figcaption .note {
    font-size: 1em;
  }
  figcaption .source {
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours: the bar keeps its fill as a system colour. */
    .fill,
    .key-bar {
      forced-color-adjust: none;
    }
    .fill {
      background: CanvasText;
    }
    .key-bar {
      border-color: CanvasText;
      background: linear-gradient(to right, CanvasText 50%, Canvas 50%);
    }
  }
  @media print {
    .fill,
    .key-bar {
      print-color-adjust: exact;
    }
    .table {
      display: none;
    }
  }
`;
