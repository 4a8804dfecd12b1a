import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset, Quote, Source } from '../../data/types.js';

/*
 * What the story widgets that explain the evaluation's framework share (the success factors,
 * the outcomes, the levels of change, the partnership mix): the quotes they ask for by id, a
 * source cited once for a list whose items all share it, and the quote's template and look.
 * Pure: importing it defines nothing.
 */

/** The dataset's quotes with these ids, in this order; an id it lacks is left out. */
export function quotesNamed(dataset: Dataset, ids: readonly string[]): Quote[] {
  return ids.flatMap((id) => dataset.quotes.find((quote) => quote.id === id) ?? []);
}

/**
 * The source every item cites, when they all cite the same one: a list's source is then
 * cited once under it rather than repeated on every item.
 */
export function sharedSource(items: readonly { source?: Source }[]): Source | undefined {
  const first = items[0]?.source;
  return first && items.every((item) => item.source?.url === first.url) ? first : undefined;
}

/** An item's own source, when it is not the one its list already cites. */
export function ownSource(item: { source?: Source }, shared: Source | undefined) {
  return item.source && item.source.url !== shared?.url ? item.source : undefined;
}

/** A passage word for word, with its source linked and its note (an excerpt, other wordings). */
export function renderQuote(quote: Quote): TemplateResult {
  return html`<figure part="quote" class="quote">
    <blockquote cite=${quote.source.url}><p>${quote.text}</p></blockquote>
    <figcaption>
      <cite><a href=${quote.source.url} rel="noopener noreferrer">${quote.source.title}</a></cite>
      ${quote.note ? html`<p class="quote-note">${quote.note}</p>` : nothing}
    </figcaption>
  </figure>`;
}

/** A line naming where a list's or an item's content comes from: "Source: <title>". */
export function renderSourceLine(label: string, source: Source | undefined): unknown {
  return source
    ? html`<p class="source-line">
        ${label} <a href=${source.url} rel="noopener noreferrer">${source.title}</a>
      </p>`
    : nothing;
}

export const evidenceStyles = css`
  .quote {
    margin: 0;
    padding: calc(var(--_space) / 2) 0 calc(var(--_space) / 2) calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_accent);
  }
  .quote blockquote {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.45;
    text-wrap: pretty;
  }
  .quote blockquote p {
    margin: 0;
  }
  .quote blockquote p::before {
    content: open-quote;
  }
  .quote blockquote p::after {
    content: close-quote;
  }
  .quote figcaption {
    margin-top: calc(var(--_space) * 0.75);
    font-size: 0.85em;
  }
  .quote cite {
    font-style: normal;
  }
  .quote-note {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    max-width: 48em;
  }
  .source-line {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .source-line a {
    color: var(--_accent);
  }
  @container (max-width: 24em) {
    .quote {
      padding-inline-start: calc(var(--_space) * 1.5);
    }
    .quote blockquote {
      font-size: 1em;
    }
  }
  @media print {
    .quote {
      break-inside: avoid;
    }
  }
`;
