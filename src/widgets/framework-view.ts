/**
 * The framework a widget would score, shown where a dataset has no assessments to score it
 * with (Big Local's own data publishes none): each item with its description, scale and
 * source, as content a reader can take in (a plain list, no alert), and how a partner adds
 * levels in a closed disclosure for whoever runs the site. Pure templates and their look: the
 * matrix puts them under the line that says nothing is assessed, the rings under their own.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { frameworkStrings } from '../strings/framework.js';
import { sourceLink } from './provenance.js';

/** Something a widget would score. */
export interface FrameworkEntry {
  id: string;
  title: string;
  description?: string;
  /** The labels of its scale, lowest first, when it has one. */
  scale?: readonly string[];
  source?: Source;
}

/** A heading and the entries under it: a group of factors, or the outcomes. */
export interface FrameworkSection {
  title?: string;
  entries: readonly FrameworkEntry[];
}

const scaleText = (scale: readonly string[] | undefined) =>
  scale && scale.length > 1 ? frameworkStrings.scale(scale[0]!, scale[scale.length - 1]!) : '';

/** What every entry of a section has alike (its scale, its source) is said once, above them. */
function sharedBy(entries: readonly FrameworkEntry[]) {
  const [first] = entries;
  const scale = scaleText(first?.scale);
  const source = first?.source;
  return {
    scale: scale && entries.every((entry) => scaleText(entry.scale) === scale) ? scale : '',
    source:
      source && entries.every((entry) => entry.source?.url === source.url) ? source : undefined,
  };
}

function renderEntry(entry: FrameworkEntry, shared: ReturnType<typeof sharedBy>): TemplateResult {
  const scale = shared.scale ? '' : scaleText(entry.scale);
  const source = shared.source ? undefined : entry.source;
  return html`<li part="framework-item" class="framework-item">
    <span class="framework-title">${entry.title}</span>
    ${entry.description ? html`<span class="framework-description">${entry.description}</span>` : nothing}
    ${scale ? html`<span class="framework-scale">${scale}</span>` : nothing}
    ${source ? html`<span class="framework-source">${sourceLink(source)}</span>` : nothing}
  </li>`;
}

/** The sections of the framework after `intro`, then how to add assessments. */
export function renderFramework(
  sections: readonly FrameworkSection[],
  intro?: string,
): TemplateResult {
  return html`<div part="framework" class="framework">
    ${intro ? html`<p class="framework-intro">${intro}</p>` : nothing}
    ${sections.map((section) => {
      const shared = sharedBy(section.entries);
      return html`${section.title ? html`<p class="framework-group">${section.title}</p>` : nothing}
        ${
          shared.scale || shared.source
            ? html`<p class="framework-shared">
                ${shared.scale}${shared.scale && shared.source ? ' · ' : nothing}${
                  shared.source ? sourceLink(shared.source) : nothing
                }
              </p>`
            : nothing
        }
        <ul class="framework-list">
          ${section.entries.map((entry) => renderEntry(entry, shared))}
        </ul>`;
    })}
    <details class="framework-how">
      <summary>${frameworkStrings.howToSummary}</summary>
      <p>${frameworkStrings.howTo}</p>
    </details>
  </div>`;
}

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
