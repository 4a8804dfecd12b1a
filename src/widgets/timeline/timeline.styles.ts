import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_intrinsic-width: 32em;
  }
  .base {
    --_marker: var(--bl-timeline-marker-color, var(--_accent));
    /* Where the line runs, measured from the start of a year's row, and how far text clears it. */
    --_rail-x: 0.6em;
    --_indent: 1.9em;
    --_year-width: var(--bl-timeline-year-width, 5em);
    --_year-gap: calc(var(--_space) * 2);
    /* Where the line sits inside a year's row: the narrow layout has no years' column. */
    --_rail-offset: 0em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) 0;
    border-block: 1px solid var(--_border);
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
    align-items: flex-start;
    gap: 0.4em;
  }
  .key .marker {
    position: static;
    flex: none;
    margin-block-start: 0.2em;
  }
  .key.own-key {
    align-items: baseline;
  }
  .key .tag {
    flex: none;
    max-width: 50%;
  }

  .years,
  .milestones {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .year {
    position: relative;
    padding-inline-start: var(--_indent);
    padding-block-end: var(--_space);
  }
  /* One line through every year; the next year's line meets it, so the journey reads unbroken. */
  .year::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_rail-offset) + var(--_rail-x) - 1px);
    border-inline-start: 2px solid var(--_marker);
  }
  .year:first-child::before {
    inset-block-start: 0.7em;
  }
  .year:last-child::before {
    inset-block-end: calc(var(--_space) * 2);
  }
  .year > .story-subheading {
    margin: 0;
    padding-block: calc(var(--_space) / 2) var(--_space);
    font-size: 1.15em;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  .milestone {
    --_pad: 0em;
    --_pad-border: 0px;
    position: relative;
    max-width: 44em;
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .milestone p {
    margin: 0;
  }
  .marker {
    position: absolute;
    inset-block-start: calc(var(--_pad) + 0.15em);
    inset-inline-start: calc(var(--_rail-x) - var(--_indent) - 0.5em - var(--_pad-border));
    width: 1em;
    height: 1em;
    color: var(--_marker);
    overflow: visible;
  }
  .marker .fill {
    fill: currentColor;
  }
  .marker .hollow {
    fill: var(--_surface);
    stroke: currentColor;
    stroke-width: 2;
  }

  /* The chosen area's own steps stand out from the programme's by a frame and its name. */
  .milestone.own {
    --_pad: calc(var(--_space) * 1.25);
    --_pad-border: 2px;
    padding: var(--_pad) calc(var(--_space) * 1.5);
    border: 2px solid var(--_marker);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_marker) 8%, var(--_surface));
  }

  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
    font-size: 0.9em;
  }
  .date {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
  }
  .tag.own {
    color: var(--_accent);
    overflow-wrap: break-word;
    white-space: normal;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.85em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .label {
    margin-block-start: 0.1em;
    font-weight: 600;
    line-height: 1.3;
    text-wrap: pretty;
  }
  .description {
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .cite {
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .label,
  .description,
  .cite {
    overflow-wrap: break-word;
  }

  /* Wide enough for the years to take a column of their own, beside the line. */
  @container (min-width: 40em) {
    .base {
      --_rail-offset: calc(var(--_year-width) + var(--_year-gap));
    }
    .year {
      display: grid;
      grid-template-columns: var(--_year-width) minmax(0, 1fr);
      column-gap: var(--_year-gap);
      padding-inline-start: 0;
    }
    .year > .story-subheading {
      position: sticky;
      inset-block-start: 0;
      align-self: start;
      padding-block: 0;
      text-align: end;
    }
    .year:first-child::before {
      inset-block-start: 0.5em;
    }
    .milestones {
      padding-inline-start: var(--_indent);
    }
  }

  @media (forced-colors: active) {
    .marker {
      color: CanvasText;
    }
    .marker .hollow {
      fill: Canvas;
    }
  }

  @media print {
    .year > .story-subheading {
      position: static;
      break-after: avoid;
    }
    .milestone {
      break-inside: avoid;
    }
    .milestone.own {
      background: none;
    }
  }
`;
