import { css } from 'lit';

/** A button that reads as a link in running text ("List them", a template's file name). */
export const linkButtonStyles = css`
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
