import { css } from 'lit';

export const builderStyles = css`
  :host {
    /* The width it takes inside a shrink-to-fit container (an inline-block, a float). */
    --_intrinsic-width: 36em;
  }
  .builder {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  /* Side by side when there is room: the choices, then the preview; the snippet below both. */
  @container (min-width: 42em) {
    .builder {
      grid-template-columns: minmax(14em, 20em) minmax(0, 1fr);
    }
    .output {
      grid-column: 1 / -1;
    }
  }
  .controls,
  .output,
  .field {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .field {
    gap: calc(var(--_space) / 2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
    font-weight: 600;
  }
  legend {
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: calc(var(--_space) / 2);
    font-weight: 400;
  }
  select,
  textarea,
  button {
    box-sizing: border-box;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 400;
  }
  select,
  textarea {
    width: 100%;
    padding: 0.35em 0.5em;
    background: var(--_surface);
    color: var(--_text);
  }
  textarea {
    field-sizing: content;
    min-height: 5.5em;
    resize: vertical;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    overflow-wrap: break-word;
  }
  input {
    accent-color: var(--_accent);
  }
  .preview {
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .preview > .badge {
    display: block;
    width: fit-content;
  }
  figcaption {
    margin-bottom: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .copy {
    padding: 0.45em 1em;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
    cursor: pointer;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .templates {
    margin-top: var(--_space);
  }
  .templates summary {
    cursor: pointer;
  }
  .templates p {
    margin: calc(var(--_space) / 2) 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .templates ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The tokens would give Canvas text on Highlight, and forced colours put a Canvas backplate
     behind text: a plain system button stays legible. */
  @media (forced-colors: active) {
    .copy {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
