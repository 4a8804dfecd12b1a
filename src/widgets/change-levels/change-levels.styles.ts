import { css } from 'lit';

export const changeLevelsStyles = css`
  :host {
    --_intrinsic-width: 34em;
  }
  .lead {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .levels {
    --_card-min: var(--bl-levels-min-width, 15em);
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_card-min), 100%), 1fr));
  }
  .level {
    border-top: 4px solid var(--_accent);
  }
  .level-title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.25;
  }
  .activities-label {
    margin-top: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .activities {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding-inline-start: 1.1em;
    font-size: 0.92em;
  }
  .activities li {
    padding-inline-start: 0.2em;
  }
  .activities li::marker {
    color: var(--_accent);
  }
  @container (max-width: 24em) {
    .level {
      padding: var(--_space);
    }
  }
  @media print {
    .levels {
      display: block;
    }
    .level {
      break-inside: avoid;
      margin-bottom: var(--_space);
    }
  }
`;
