import { css } from 'lit';

export const ringStyles = css`
  :host {
    display: inline-block;
    /* An inline-block sized by its content cannot also be a size container. */
    container-type: normal;
    --_ring-size: var(--bl-ring-size, 7rem);
  }
  .base {
    --_ring-value: var(--bl-ring-color, var(--_accent));
    --_ring-track: var(--bl-ring-track, light-dark(#dfe3e6, #3a3e45));
  }
  .ring {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0;
    width: max(var(--_ring-size), 6rem);
    max-width: 100%;
    text-align: center;
  }
  .meter,
  svg {
    display: block;
    width: var(--_ring-size);
    max-width: 100%;
    aspect-ratio: 1;
  }
  .filled {
    fill: var(--_ring-value);
  }
  .empty {
    fill: var(--_ring-track);
  }
  .unassessed .empty {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .value {
    fill: currentColor;
    font-size: 28px;
    font-weight: 700;
  }
  figcaption {
    display: grid;
    gap: 0.1em;
  }
  .label {
    font-weight: 600;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .level {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    path {
      transition: fill 250ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .filled {
      fill: Highlight;
    }
    .empty {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
  }
`;
