/**
 * The framework a widget would score, shown where a dataset has no assessments to score it
 * with (Big Local's own data publishes none): each item with its description, scale and
 * source, as content a reader can take in (a plain list, no alert), and how a partner adds
 * levels in a closed disclosure for whoever runs the site. Pure templates with their wordings:
 * the matrix puts them under the line that says nothing is assessed, the rings under their own.
 * Both import this module only when they have nothing assessed to draw, so a page whose data
 * has levels never downloads it; its look (`framework-view.styles.ts`) comes with them.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { frameworkStrings } from '../strings/framework.js';
import { sourceLink } from './provenance.js';

/** The wordings around the view too (its intro, the rings' caption): they come with it. */
export { frameworkStrings };

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
