import { css } from 'lit';

export const ringsStyles = css`
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
  /* Four across when there is room, two by two below that, one column in narrow spaces. */
  @container (min-width: 22em) {
    .rings:not(.count-1) {
      --_columns: 2;
    }
  }
  @container (min-width: 44em) {
    .rings.count-3 {
      --_columns: 3;
    }
    .rings.count-4 {
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
  .marker-key {
    margin: 0;
  }
  .marker {
    color: var(--_text);
  }
`;
