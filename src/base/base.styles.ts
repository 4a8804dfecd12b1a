import { css } from 'lit';

/**
 * Tokens and shared states for every widget. Public `--bl-*` properties feed private `--_*`
 * ones, so a widget reads one name whatever the host set; `light-dark()` follows the used
 * colour scheme, which the `theme` attribute, a `data-theme` ancestor or the reader's
 * preference decides.
 */
export const baseStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
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
    background: var(--_surface);
  }
  .base[data-theme='light'] {
    color-scheme: light;
  }
  .base[data-theme='dark'] {
    color-scheme: dark;
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
