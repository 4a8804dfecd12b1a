/**
 * Where a widget's figures come from, worded once for every widget that shows them: how an
 * assessment was made (when, by whom, how, and where it is published), and the sources of the
 * items a widget draws (outcomes, factors, groups, scales), each listed once with what it backs.
 * Pure templates, no state: the matrix, the rings and the card map their views through them.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Assessment, Source } from '../data/types.js';
import { formatList } from '../format/text.js';
import { provenanceStrings } from '../strings/provenance.js';

/** A source and the names of everything it backs, e.g. three outcomes from one framework. */
export interface Citation {
  source: Source;
  names: string[];
}

/** Something a widget draws that may have a source. */
export interface Cited {
  name: string;
  source?: Source;
}

/** Each source once (by address), in first-seen order, with every name it backs. */
export function citationsOf(items: Iterable<Cited>): Citation[] {
  const byUrl = new Map<string, Citation>();
  for (const { name, source } of items) {
    if (!source) continue;
    const citation = byUrl.get(source.url) ?? { source, names: [] };
    if (!citation.names.includes(name)) citation.names.push(name);
    byUrl.set(source.url, citation);
  }
  return [...byUrl.values()];
}

/** Whether an assessment says anything about its making beyond its year. */
export function hasProvenance(assessment: Assessment | undefined): assessment is Assessment {
  return Boolean(
    assessment &&
    (assessment.source || assessment.method || assessment.assessedBy || assessment.date),
  );
}

/** A link to a source: "Source: Annual review". */
export function sourceLink(source: Source): TemplateResult {
  return html`<a href=${source.url} rel="noopener noreferrer"
    >${provenanceStrings.source(source.title)}</a
  >`;
}

/**
 * How an assessment was made, one line each: when and by whom ("Assessed on 12 March 2024 by
 * the partnership"), how ("Method: …") and where it is published ("Source: …"), a link unless
 * `link` is false (in a tooltip, which a keyboard cannot reach into, the title is text and the
 * widget links it elsewhere).
 */
export function assessmentLines(
  assessment: Assessment,
  options: { link: boolean },
): (TemplateResult | string)[] {
  const provenance = provenanceStrings;
  const lines: (TemplateResult | string)[] = [
    provenance.assessed(assessment.year, assessment.date, assessment.assessedBy),
  ];
  if (assessment.method) lines.push(provenance.method(assessment.method));
  if (assessment.source) {
    lines.push(
      options.link ? sourceLink(assessment.source) : provenance.source(assessment.source.title),
    );
  }
  return lines;
}

/** One citation as a line: "Clean water and Boat club: <a>Theory of change</a>". */
export function renderCitation({ source, names }: Citation): TemplateResult {
  return html`<span class="cited">${formatList(names)}:</span>
    <a href=${source.url} rel="noopener noreferrer">${source.title}</a>`;
}

/** Citations as a list named by the element `labelledBy`, or nothing when there are none. */
export function renderCitations(
  citations: readonly Citation[],
  labelledBy: string,
): TemplateResult | typeof nothing {
  if (citations.length === 0) return nothing;
  return html`<ul class="citations" aria-labelledby=${labelledBy}>
    ${citations.map((citation) => html`<li>${renderCitation(citation)}</li> `)}
  </ul>`;
}
