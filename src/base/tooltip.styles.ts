import { css } from 'lit';

/**
 * The one tooltip look, for an element with class `tooltip` placed by `TooltipController`
 * (which writes `--_tooltip-x` and `--_tooltip-y`, relative to the tooltip's offset parent).
 * Hidden means `display: none`, not merely invisible, so a closed tooltip never widens the page.
 */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    top: var(--_tooltip-y, 0);
    left: var(--_tooltip-x, 0);
    z-index: 3;
    box-sizing: border-box;
    width: max-content;
    max-width: min(20em, 100%);
    margin: 0;
    padding: 0.5em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 0.85em;
    font-weight: 400;
    text-align: start;
  }
  .tooltip[hidden] {
    display: none;
  }
  .tooltip p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
