import { css } from 'lit';

export const factsStyles = css`
  :host {
    /* The width it takes inside a shrink-to-fit container (an inline-block, a float). */
    --_intrinsic-width: 28em;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--bl-facts-min-width, 14em), 100%), 1fr)
    );
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fact {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) / 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .fact.conflict,
  .fact.uncertain,
  .group {
    border-style: dashed;
  }
  /* A group of figures for one thing spans the grid: its figures sit side by side inside. */
  .group {
    grid-column: 1 / -1;
  }
  .group-title {
    font-weight: 700;
  }
  .alternatives {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12em, 100%), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    list-style: none;
  }
  .alternative {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) / 2);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
  }
  .alternative p {
    margin: 0;
  }
  .fact p {
    margin: 0;
  }
  .value {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.1;
    overflow-wrap: break-word;
  }
  .certainty {
    justify-self: start;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }
  .note,
  .source {
    font-size: 0.85em;
  }
  .note {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    overflow-wrap: break-word;
  }
`;
