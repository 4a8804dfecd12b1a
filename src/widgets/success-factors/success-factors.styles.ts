import { css } from 'lit';

export const successFactorsStyles = css`
  :host {
    --_intrinsic-width: 36em;
  }
  .conclusion {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .quotes {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .group + .group,
  .conclusion + .group {
    margin-top: calc(var(--_space) * 3);
  }
  .group-description {
    margin: 0;
    max-width: 48em;
    text-wrap: pretty;
  }
  .group-sources .source-line {
    margin: calc(var(--_space) / 4) 0 0;
  }
  .group-sources {
    margin-top: calc(var(--_space) / 2);
  }
  .factors {
    --_card-min: var(--bl-factors-min-width, 18em);
    margin-top: calc(var(--_space) * 1.5);
  }
  .factor-title {
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .finding {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
    font-size: 0.92em;
  }
  .finding-label {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .factor .finding-text {
    margin-top: calc(var(--_space) / 2);
  }
  .factor .finding .source-line {
    margin-top: calc(var(--_space) / 2);
  }
  .factor > .source-line {
    margin-top: 0;
  }
  @container (min-width: 44em) {
    .quotes {
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
      gap: calc(var(--_space) * 3);
    }
  }
  @container (max-width: 24em) {
    .factor {
      padding: var(--_space);
    }
    .factor.highlighted {
      padding: calc(var(--_space) - 2px);
    }
  }
  @media (forced-colors: active) {
    .factor.highlighted {
      border-color: Highlight;
      background: Canvas;
    }
  }
  @media print {
    .factors {
      display: block;
    }
    .factor {
      break-inside: avoid;
      margin-bottom: var(--_space);
    }
    .factor.highlighted {
      background: none;
    }
  }
`;
