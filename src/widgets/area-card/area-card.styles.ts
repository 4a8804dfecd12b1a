import { css } from 'lit';

export const cardStyles = css`
  .base {
    --_card-padding: var(--bl-card-padding, 1em);
    --_card-selected: var(--bl-card-selected, var(--_accent));
  }
  .card {
    position: relative;
    display: grid;
    /* One column no wider than the card, whatever a nested widget's intrinsic width. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_card-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* Selected: a thicker border in the accent colour and a visible "Selected" mark. */
  .card.selected {
    border-color: var(--_card-selected);
    box-shadow: inset 0 0 0 2px var(--_card-selected);
  }
  .media {
    aspect-ratio: 16 / 9;
    margin: calc(var(--_card-padding) * -1) calc(var(--_card-padding) * -1) 0;
    overflow: hidden;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_border);
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .select {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    overflow-wrap: break-word;
  }
  /* The name's button covers the whole card, so a click anywhere selects the area. */
  .select::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .select:focus-visible {
    outline: none;
  }
  .select:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .website,
  .sources,
  .rings {
    position: relative;
    z-index: 1;
  }
  .head .badge {
    margin: 0;
  }
  .selected-mark,
  .case-study {
    padding: 0.05em 0.6em;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }
  .selected-mark {
    background: var(--_card-selected);
    color: var(--_surface);
  }
  .case-study {
    border: 1px solid currentColor;
    color: var(--_muted);
  }
  /* Plain words, not colour alone: a reader must not take an unconfirmed area as listed. */
  .unconfirmed {
    margin: 0;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_error);
    font-weight: 600;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts > div {
    min-width: 0;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .notes {
    margin-inline-start: 0.15em;
    color: var(--_muted);
    font-weight: 400;
  }
  .summary {
    margin: 0;
  }
  .priorities {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2);
  }
  .priorities-label {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .priorities ul {
    display: contents;
    list-style: none;
  }
  .priorities li {
    padding: 0.05em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.85em;
  }
  a {
    color: var(--_accent);
  }
  .website {
    justify-self: start;
  }
  .no-assessment {
    margin: 0;
    color: var(--_muted);
  }
  .sources summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sources ol {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.5em;
    font-size: 0.9em;
  }
  .sources .fields {
    color: var(--_muted);
  }
  :host([variant='compact']) .name {
    font-size: 1.05em;
  }
  /*
   * A compact card is made for grids: its frame fills the cell a grid stretches it to, so cards
   * in a row are one height with their content at the top, and the frame holds the credit line
   * too, so the space between rows is the grid's gap alone, as between columns. (The host keeps
   * an auto height: a percentage there makes Chromium size the row taller than any card.)
   */
  :host([variant='compact']) .base {
    position: relative;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: 100%;
    padding: var(--_card-padding);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([variant='compact']) .card {
    position: static;
    flex: 1 0 auto;
    align-content: start;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
  }
  :host([variant='compact']) .base:has(> .card.selected) {
    border-color: var(--_card-selected);
    box-shadow: inset 0 0 0 2px var(--_card-selected);
  }
  :host([variant='compact']) .card.selected {
    box-shadow: none;
  }
  :host([variant='compact']) .credit {
    position: relative;
    z-index: 1;
  }
  @media (forced-colors: active) {
    .card.selected,
    :host([variant='compact']) .base:has(> .card.selected) {
      border: 3px solid Highlight;
    }
    :host([variant='compact']) .card.selected {
      border: 0;
    }
    .selected-mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
