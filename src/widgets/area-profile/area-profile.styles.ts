import { css } from 'lit';

export const areaProfileStyles = css`
  :host {
    --_intrinsic-width: 36em;
  }
  .base {
    --_gap: var(--bl-area-profile-gap, calc(var(--_space) * 3));
  }
  .story-title:focus {
    outline: none;
  }
  .story-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .sections {
    display: grid;
    /* minmax(0, …): a nested widget's intrinsic width must not push the column past 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .sections > * {
    min-width: 0;
  }
  .neighbours {
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .neighbours-basis {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .neighbour-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .neighbour {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .neighbour:hover {
    border-color: var(--_accent);
  }
  .neighbour-name {
    color: var(--_accent);
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .neighbour-place {
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .neighbour {
      transition: border-color 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    .neighbour {
      border-color: ButtonText;
    }
  }
  @media print {
    .neighbours {
      break-inside: avoid;
    }
  }
`;
