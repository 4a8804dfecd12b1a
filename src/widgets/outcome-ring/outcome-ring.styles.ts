import { css } from 'lit';

/** The tooltip's look comes with its controller, on first use (`ring-tooltip.ts`). */
export const ringStyles = css`
  :host {
    display: inline-block;
    /* An inline-block sized by its content cannot also be a size container. */
    container-type: normal;
    --_ring-size: var(--bl-ring-size, 7em);
  }
  .base {
    --_ring-value: var(--bl-ring-color, var(--_accent));
    --_ring-track: var(--bl-ring-track, light-dark(#dfe3e6, #3a3e45));
  }
  .ring {
    position: relative;
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0;
    width: max(var(--_ring-size), 7em);
    max-width: 100%;
    text-align: center;
  }
  .meter,
  svg {
    display: block;
    width: var(--_ring-size);
    max-width: 100%;
    aspect-ratio: 1;
    border-radius: 50%;
  }
  .filled,
  .empty {
    fill: none;
    stroke-width: 12;
  }
  .filled {
    stroke: var(--_ring-value);
  }
  .empty {
    stroke: var(--_ring-track);
  }
  /* Not assessed: a thin dashed outline, unlike level 0's full empty track. */
  .unassessed .empty {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 3;
  }
  .start-marker {
    /* The page's text colour, haloed by its surface: at least 3:1 where it overlaps the ring. */
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 2;
    paint-order: stroke;
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
  .level,
  .change {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sources {
    max-width: max(var(--_ring-size), 14em);
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    font-size: 0.8em;
    text-align: center;
  }
  .sources .line {
    display: block;
  }
  .sources a {
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    path {
      transition: stroke 250ms ease-out;
    }
  }
  @media (forced-colors: active) {
    /* System colours replace the tokens; thickness still tells filled from empty. */
    .filled {
      stroke: Highlight;
    }
    .empty {
      stroke: CanvasText;
      stroke-width: 2;
    }
    .start-marker {
      fill: CanvasText;
    }
  }
`;
