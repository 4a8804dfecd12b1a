import { css } from 'lit';

export const outcomesStyles = css`
  :host {
    --_intrinsic-width: 34em;
  }
  .hypothesis,
  .outcomes-section {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .outcomes {
    --_card-min: var(--bl-outcomes-min-width, 15em);
  }
  .outcome {
    border-top: 4px solid var(--_accent);
  }
  /* The accent top stays thicker than the highlight's sides. */
  .outcome.highlighted {
    border-top-width: 6px;
  }
  .outcome-title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.25;
  }
  .statement {
    line-height: 1.35;
  }
  .description {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .outcome .source-line {
    margin-top: auto;
  }
  @container (max-width: 24em) {
    .outcome {
      padding: var(--_space);
    }
    .outcome.highlighted {
      padding: calc(var(--_space) - 2px);
    }
  }
  @container (min-width: 48em) {
    .hypothesis .quote blockquote {
      font-size: 1.25em;
    }
  }
  @media (forced-colors: active) {
    .outcome.highlighted {
      border-color: Highlight;
      background: Canvas;
    }
  }
  @media print {
    .outcomes {
      display: block;
    }
    .outcome {
      break-inside: avoid;
      margin-bottom: var(--_space);
    }
    .outcome.highlighted {
      background: none;
    }
  }
`;
