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
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(var(--bl-outcomes-min-width, 15em), 100%), 1fr)
    );
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .outcome {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    scroll-margin-block: calc(var(--_space) * 3);
  }
  .outcome.highlighted {
    /* Thicker and tinted: the highlight is not carried by colour alone. */
    border-width: 3px 3px 6px;
    border-color: var(--_accent);
    padding: calc(var(--_space) * 1.5 - 2px);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .outcome p {
    margin: 0;
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
