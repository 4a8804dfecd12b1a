import { css } from 'lit';

export const ringsStyles = css`
  :host {
    /* The width it takes inside a shrink-to-fit container (an inline-block, a float). */
    --_intrinsic-width: 28em;
  }
  .caption {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .rings {
    --_columns: 1;
    display: grid;
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
    gap: calc(var(--_space) * 2) var(--_space);
    justify-items: center;
    align-items: start;
  }
  /*
   * The class is the column count on a wide container, chosen for even rows (columns-3 for
   * five or six rings, columns-4 for seven or eight). Narrower containers take fewer: three
   * across where three fit, else two, and one column in narrow spaces.
   */
  @container (min-width: 22em) {
    .rings:not(.columns-1) {
      --_columns: 2;
    }
  }
  @container (min-width: 33em) {
    .rings.columns-3 {
      --_columns: 3;
    }
  }
  @container (min-width: 44em) {
    .rings.columns-4 {
      --_columns: 4;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scale b {
    color: var(--_text);
  }
  .marker-key,
  .note {
    margin: 0;
  }
  .sources {
    margin-top: var(--_space);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .sources p {
    margin: 0;
  }
  .sources-label {
    font-weight: 600;
  }
  .assessment .line {
    display: block;
  }
  .citations {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
  }
  .marker {
    color: var(--_text);
    font-size: 1.25em;
    line-height: 1;
  }
`;
