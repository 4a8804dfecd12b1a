/**
 * The framework a widget would score, shown where a dataset has no assessments to score it
 * with (Big Local's own data publishes none): each item with its description and source, and how
 * a partner adds levels. Pure templates: the matrix and the rings map their views through them.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import { frameworkStrings } from '../strings/framework.js';
import { sourceLink } from './provenance.js';

/** Something a widget would score. */
export interface FrameworkEntry {
  id: string;
  title: string;
  description?: string;
  /** The scale's lowest and highest labels, when the item has a scale. */
  scale?: readonly string[];
  source?: Source;
}

/** A heading and the entries under it: a group of factors, or the outcomes. */
export interface FrameworkSection {
  title?: string;
  entries: readonly FrameworkEntry[];
}

function renderEntry(entry: FrameworkEntry, idPrefix: string): TemplateResult {
  const { scale } = entry;
  return html`<li part="framework-item" class="framework-item" id=${`${idPrefix}${entry.id}`}>
    <span class="framework-title">${entry.title}</span>
    ${entry.description ? html`<span class="framework-description">${entry.description}</span>` : nothing}
    ${
      scale && scale.length > 1
        ? html`<span class="framework-scale"
            >${frameworkStrings.scale(scale[0]!, scale[scale.length - 1]!)}</span
          >`
        : nothing
    }
    ${entry.source ? html`<span class="framework-source">${sourceLink(entry.source)}</span>` : nothing}
  </li>`;
}

/**
 * The framework in place of an empty notice: the intro (in a status, so it is announced as the
 * notice was), the sections, and how to add assessments.
 */
export function renderFramework(
  intro: string,
  sections: readonly FrameworkSection[],
  idPrefix: string,
): TemplateResult {
  return html`<section part="framework" class="framework">
    <p part="notice" class="notice" role="status">${intro}</p>
    ${sections.map(
      (section) =>
        html`${section.title ? html`<p class="framework-group">${section.title}</p>` : nothing}
          <ul class="framework-list">
            ${section.entries.map((entry) => renderEntry(entry, idPrefix))}
          </ul>`,
    )}
    <p class="framework-how">${frameworkStrings.howTo}</p>
  </section>`;
}
