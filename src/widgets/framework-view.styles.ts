import { css } from 'lit';

/** The look of the framework view (`framework-view.ts`), in the matrix's and the rings' styles. */
export const frameworkStyles = css`
  .framework {
    display: grid;
    gap: var(--_space);
  }
  .framework-intro {
    margin: 0;
    max-width: 42em;
  }
  .framework-group {
    margin: var(--_space) 0 0;
    font-weight: 700;
  }
  /* A plain list of what is measured, each item marked by a light rule: content, not boxes. */
  .framework-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16em, 100%), 1fr));
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .framework-item {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) / 2);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 3px solid color-mix(in srgb, var(--_accent) 45%, transparent);
  }
  .framework-title {
    font-weight: 600;
  }
  .framework-description,
  .framework-scale,
  .framework-source,
  .framework-shared,
  .framework-how {
    font-size: 0.9em;
  }
  .framework-scale,
  .framework-shared,
  .framework-how {
    color: var(--_muted);
  }
  .framework-shared {
    margin: 0;
  }
  .framework-shared a {
    color: var(--_accent);
  }
  .framework-how {
    max-width: 42em;
  }
  .framework-how summary {
    width: fit-content;
    cursor: pointer;
  }
  .framework-how p {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .framework-source a {
    color: var(--_accent);
    overflow-wrap: break-word;
  }
  @media (forced-colors: active) {
    .framework-item {
      border-inline-start-color: CanvasText;
    }
  }
`;
