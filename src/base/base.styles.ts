import { css } from 'lit';

/**
 * Tokens and shared states for every widget. Public `--bl-*` properties feed private `--_*`
 * ones, so a widget reads one name whatever the host set; `light-dark()` follows the used
 * colour scheme: the `theme` attribute's, a `data-theme` ancestor's, else the page's own,
 * inherited (`normal`, so light, unless the page declares `color-scheme: dark`, or
 * `light dark` to follow its reader). A widget that follows the page draws on the page's own
 * background; one given a theme, which may differ from the page's, is a panel of its own.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /*
     * Size containment (which container queries need) gives an element no intrinsic width, so
     * inside a shrink-to-fit box (inline-block, a float, a content-sized flex or grid item) a
     * widget would collapse to nothing. This width stands in for its content there; in any
     * ordinary block it fills the container as before. Each widget sets its own.
     */
    contain-intrinsic-inline-size: var(--bl-intrinsic-width, var(--_intrinsic-width, 20em));
    font-family: var(--bl-font-family, inherit);
    /* Unset falls back to inheriting: text matches the page around the widget. */
    font-size: var(--bl-font-size);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_text: var(--bl-color-text, light-dark(#1c1c1c, #f1f1f1));
    --_muted: var(--bl-color-text-muted, light-dark(#555555, #bdbdbd));
    --_surface: var(--bl-color-surface, light-dark(#ffffff, #1b1d21));
    --_border: var(--bl-color-border, light-dark(#c9c9c9, #4a4d55));
    --_accent: var(--bl-color-accent, light-dark(#00607a, #5cc8e6));
    --_error: var(--bl-color-error, light-dark(#a4000f, #ff8a8a));
    --_focus: var(--bl-color-focus, light-dark(#1a4fd6, #8fb3ff));
    --_radius: var(--bl-radius, 0.5em);
    --_space: var(--bl-space, 0.5em);
    box-sizing: border-box;
    color: var(--_text);
  }
  .base[data-theme] {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .base[data-theme='light'] {
    color-scheme: light;
  }
  .base[data-theme='dark'] {
    color-scheme: dark;
  }
  .base[data-theme='auto'] {
    color-scheme: light dark;
  }
  .error {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
  }
  .notice,
  .loading {
    margin: 0;
    padding: var(--_space) 0;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .base {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_error: CanvasText;
      --_focus: Highlight;
    }
  }
`;
