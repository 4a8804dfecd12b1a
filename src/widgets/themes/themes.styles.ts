import { css } from 'lit';

export const themesStyles = css`
  :host {
    --_intrinsic-width: 36em;
  }
  .grid {
    display: grid;
    /* Rows take the height of their tallest card, so every row ends level. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--bl-themes-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Two, then four columns, never three: the spans the model plans fill every row. */
  @container (min-width: 36em) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .theme {
      grid-column: span var(--_span-2, 1);
    }
  }
  @container (min-width: 62em) {
    .grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .theme {
      grid-column: span var(--_span-4, 1);
    }
  }
  .theme {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    break-inside: avoid;
  }
  .more {
    margin-top: calc(var(--_space) * 3);
  }
  .tiles .theme {
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .tiles .theme-title {
    font-size: 1em;
  }
  .theme p {
    margin: 0;
  }
  .theme-title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .theme-title a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
  }
  .theme-title a:hover {
    color: var(--_accent);
  }
  .summary {
    max-width: 40em;
    text-wrap: pretty;
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22em, 100%), 1fr));
    gap: var(--_space) calc(var(--_space) * 3);
  }
  .group {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) / 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(10em, 100%), 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figure {
    display: grid;
    align-content: start;
    gap: 0.2em;
  }
  .value {
    color: var(--_accent);
    font-size: 1.45em;
    font-weight: 700;
    line-height: 1.1;
    overflow-wrap: break-word;
  }
  .label {
    font-size: 0.9em;
  }
  .certainty {
    justify-self: start;
    margin-top: 0.15em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
  }
  .note,
  .cite {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .source {
    color: var(--_accent);
  }
  @media print {
    .theme-title a {
      text-decoration: none;
    }
  }
`;
