import { css } from 'lit';

export const areaDirectoryStyles = css`
  :host {
    --_intrinsic-width: 36em;
  }
  .base {
    --_selected: var(--bl-directory-selected, var(--_accent));
    --_line: 1.35em;
    /*
     * Every item of a layout is one fixed height (whole pixels), so the virtual window can say
     * which areas are in view from the scroll position alone; a spacer of n rows is exactly as
     * tall as n rendered rows. Two lines in the wide list, four in the narrow one.
     */
    --_row-h: calc(2 * var(--_line) + 1.1em);
  }
  .header {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .title {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }
  .takeaway {
    margin: calc(var(--_space) / 2) 0 0;
    max-width: 42em;
    color: var(--_muted);
    font-size: 1.05em;
    text-wrap: pretty;
  }

  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8.5em), 1fr));
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: end;
    margin: 0 0 var(--_space);
  }
  .field {
    display: grid;
    gap: 0.2em;
    min-width: 0;
  }
  .search-field {
    grid-column: 1 / -1;
  }
  label,
  legend {
    font-size: 0.9em;
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.85em;
  }
  input[type='search'],
  select {
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    min-height: 2.5em;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[type='search'] {
    max-width: 32em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5em;
  }
  .check label,
  .radio {
    font-weight: 400;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 1em;
    margin: 0;
    padding: 0;
    border: 0;
    min-height: 2.5em;
  }
  .views legend {
    float: left;
    width: 100%;
    padding: 0;
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 1em;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .clear {
    min-height: 2.25em;
    padding: 0.2em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    cursor: pointer;
  }

  .scroller {
    max-height: var(--bl-directory-height, 28em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overscroll-behavior: contain;
  }
  .spacer {
    height: calc(var(--_spacer-rows, 0) * round(var(--_row-h), 1px));
  }
  .vrow {
    box-sizing: border-box;
    height: round(var(--_row-h), 1px);
    contain: layout style;
  }

  .item {
    position: relative;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: 1.1em minmax(0, 1fr) auto;
    grid-template-areas:
      'tick name flags'
      'tick facts flags';
    column-gap: 0.5em;
    align-items: center;
    line-height: var(--_line);
    cursor: pointer;
  }
  .name,
  .tag {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .list .item {
    padding: 0.55em 0.75em 0.55em 0.5em;
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
  }
  .tick {
    grid-area: tick;
    align-self: start;
    visibility: hidden;
    color: var(--_selected);
    font-weight: 700;
  }
  .name {
    grid-area: name;
    font-weight: 700;
  }
  .facts {
    grid-area: facts;
    align-self: start;
    display: flex;
    gap: 0 0.4em;
    min-width: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .where,
  .more {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .where {
    flex-shrink: 2;
  }
  /* Wide: the place and the other facts share the second line. */
  .list .where + .more::before {
    content: '· ';
  }
  .flags {
    grid-area: flags;
    display: flex;
    flex-direction: column;
    align-items: end;
    gap: 0.2em;
    min-width: 0;
  }
  .tag {
    max-width: 100%;
    box-sizing: border-box;
    padding: 0 0.5em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.45;
  }
  /* Not confirmed: a dashed outline and a mark, so the difference does not rest on colour. */
  .tag.unconfirmed {
    border: 1px dashed var(--_text);
    color: var(--_text);
    font-weight: 500;
  }
  .mark {
    margin-inline-end: 0.35em;
    font-weight: 800;
  }

  .item:hover {
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
  }
  .item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* Selected: a tick and a bar at the start, as well as the tint. */
  .item.is-selected {
    background: color-mix(in srgb, var(--_selected) 12%, transparent);
  }
  .list .item.is-selected {
    border-inline-start-color: var(--_selected);
  }
  .item.is-selected .tick {
    visibility: visible;
  }

  /* Compact cards: a grid, one rendered row of cards at a time. */
  .cards {
    --_row-h: calc(6 * var(--_line) + 1.6em);
  }
  .cards .card-row {
    display: grid;
    grid-template-columns: repeat(var(--_columns, 1), minmax(0, 1fr));
    gap: 0.5em;
    padding: 0.5em 0.5em 0;
  }
  .cards .item {
    box-sizing: border-box;
    height: 100%;
    padding: 0.5em 0.6em;
    grid-template-columns: minmax(0, 1fr) 1.1em;
    grid-template-rows: auto auto 1fr;
    grid-template-areas:
      'name tick'
      'facts facts'
      'flags flags';
    align-items: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .cards .facts {
    flex-direction: column;
  }
  /* A card has room for a long name on two lines. */
  .cards .name {
    display: -webkit-box;
    white-space: normal;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: break-word;
  }
  /* A card has room for a tag on two lines: nothing it says is cut short. */
  .cards .tag {
    white-space: normal;
  }
  .cards .flags {
    align-items: start;
    align-self: end;
  }
  .cards .item.is-selected {
    border-color: var(--_selected);
    box-shadow: inset 0 0 0 2px var(--_selected);
  }

  .empty {
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0 0 var(--_space);
  }

  .sources {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .sources summary {
    cursor: pointer;
  }
  .sources ol {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.5em;
  }
  .sources a {
    color: var(--_accent);
    overflow-wrap: break-word;
  }

  /* Narrow: each fact on a line of its own, so nothing is cut short but a long name. */
  @container (max-width: 34em) {
    .list {
      --_row-h: calc(4 * var(--_line) + 1.1em);
    }
    .list .item {
      grid-template-columns: 0.9em minmax(0, 1fr);
      grid-template-rows: var(--_line) calc(2 * var(--_line)) var(--_line);
      grid-template-areas:
        'tick name'
        'tick facts'
        'tick flags';
    }
    .list .facts {
      flex-direction: column;
    }
    .list .item {
      padding-inline: 0.3em 0.5em;
      column-gap: 0.35em;
    }
    .list .where + .more::before {
      content: none;
    }
    .list .flags {
      flex-direction: row;
      align-items: center;
      overflow: hidden;
    }
    .list .tag.unconfirmed {
      flex: 1 1 auto;
      min-width: 0;
    }
    .list .tag:not(.unconfirmed) {
      flex: none;
    }
    /* Room for the whole of "Not confirmed by a published source" at 320 px. */
    .list .tag {
      padding-inline: 0.35em;
      font-size: 0.75em;
    }
    .list .mark {
      margin-inline-end: 0.25em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: background-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .item.is-selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .tick {
      forced-color-adjust: none;
      color: Highlight;
    }
  }
  @media print {
    .controls,
    .clear,
    .sources summary {
      display: none;
    }
    .scroller {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    .spacer {
      display: none;
    }
  }
`;
