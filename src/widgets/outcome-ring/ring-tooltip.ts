/**
 * The ring's tooltip: the controller and its look, imported together on the first hover or
 * focus of a ring with a short title. Most rings are never hovered, so neither is part of what
 * a page with rings downloads up front.
 */
import { adoptStyles, css } from 'lit';
import type { ReactiveElement } from 'lit';
import { TooltipController } from '../../base/controllers/tooltip.js';
import { tooltipStyles } from '../../base/tooltip.styles.js';

const ringTooltipStyles = css`
  ${tooltipStyles}
  /* Wider than the ring, so not held to its width. */
  .tooltip {
    max-width: min(18em, 80vw);
  }
`;

/** Gives `ring` its tooltip: the styles join its shadow root's, then the controller. */
export function ringTooltip(ring: ReactiveElement): TooltipController<'title'> {
  const root = ring.renderRoot as ShadowRoot;
  const sheet = ringTooltipStyles.styleSheet;
  // Added to the ring's own sheets; an engine without adopted sheets gets a <style> (with the
  // page's `litNonce`, as Lit does) appended instead.
  if (sheet && root.adoptedStyleSheets)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [ringTooltipStyles]);
  return new TooltipController<'title'>(ring, {
    tooltip: () => root.querySelector<HTMLElement>('.tooltip'),
    anchor: () => root.querySelector('.meter'),
    region: () => root.querySelector('.ring'),
    align: 'center',
  });
}
