import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from '../base/decorators.js';
import { BlElement } from '../base/bl-element.js';
import type { Source } from '../data/types.js';
import { storyStrings } from '../strings/story.js';

/**
 * The base of the widgets that tell the programme's story (its success factors, outcomes,
 * themes, spend, studies, timeline): on the embedded default they load its story part, and
 * they share one shape a designer can rely on: a heading at the page's level, a one-sentence
 * takeaway, the content, and the sources it drew on, each listed once.
 */
export class BlStoryElement<View = unknown> extends BlElement<View> {
  /** The embedded default's story part holds what these widgets show. */
  static readonly tellsStory = true;

  /** The level of the widget's heading (2 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The heading level in force: a whole number from 2 to 6. */
  protected get level(): number {
    return Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 6);
  }

  /** The title as a heading at the widget's level, and the takeaway under it. */
  protected renderHeader(title: string, takeaway?: string): TemplateResult {
    // Not a <header>: inside a shadow root it would be one more banner landmark on the page.
    return html`<div part="header" class="story-header">
      <div part="title" class="story-title" role="heading" aria-level=${this.level}>${title}</div>
      ${takeaway ? html`<p part="takeaway" class="takeaway">${takeaway}</p>` : nothing}
    </div>`;
  }

  /** A heading one level below the widget's own, for its sections. */
  protected renderSubheading(text: string, id?: string): TemplateResult {
    return html`<div
      class="story-subheading"
      role="heading"
      aria-level=${Math.min(this.level + 1, 6)}
      id=${id ?? nothing}
    >
      ${text}
    </div>`;
  }

  /** The sources the widget drew on, each once (by address), in the order first cited. */
  protected renderSources(sources: Iterable<Source | undefined>): unknown {
    return renderSourceList(sources);
  }
}

/**
 * A disclosure listing `sources` once each (by address), in the order first cited: the story
 * widgets' and the area map's.
 */
export function renderSourceList(sources: Iterable<Source | undefined>): unknown {
  const byUrl = new Map<string, Source>();
  for (const source of sources) if (source && !byUrl.has(source.url)) byUrl.set(source.url, source);
  if (byUrl.size === 0) return nothing;
  return html`<details part="sources" class="story-sources">
    <summary>${storyStrings.sources(byUrl.size)}</summary>
    <ol>
      ${[...byUrl.values()].map(
        (source) =>
          html`<li><a href=${source.url} rel="noopener noreferrer">${source.title}</a></li>`,
      )}
    </ol>
  </details>`;
}

/** The look every story widget shares; each adds its own after it. */
export const storyStyles = css`
  :host {
    --_intrinsic-width: 32em;
  }
  .story-header {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .story-title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }
  .takeaway {
    margin: calc(var(--_space) / 2) 0 0;
    max-width: 42em;
    color: var(--_muted);
    font-size: 1.05em;
    text-wrap: pretty;
  }
  .story-subheading {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
    font-weight: 700;
  }
  /*
   * Items as cards, as many columns as fit: outcomes, factors, levels of change, partnership
   * types. A widget sets --_card-min, the narrowest column.
   */
  .story-cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min, 15em), 100%), 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .story-card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Room above a card scrolled to from a link, so it does not sit against the edge. */
    scroll-margin-block: calc(var(--_space) * 3);
  }
  .story-card p {
    margin: 0;
  }
  .story-card.highlighted {
    /* Thicker and tinted: the highlight is not carried by colour alone. */
    border: 3px solid var(--_accent);
    padding: calc(var(--_space) * 1.5 - 2px);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .story-sources {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .story-sources summary {
    cursor: pointer;
  }
  .story-sources ol {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.5em;
  }
  .story-sources a,
  a {
    color: var(--_accent);
    overflow-wrap: break-word;
  }
  @media print {
    .story-sources ol {
      display: block;
    }
  }
`;
