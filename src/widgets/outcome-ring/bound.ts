/**
 * The half of `bl-outcome-ring` that only a ring bound to data needs (`outcome`, `area`): the
 * lookups in the dataset, the sources line and the provenance it words. The ring imports it the
 * first time it has an `outcome`, so a ring given its value never downloads it; the rings in
 * `bl-outcome-rings` are given their values and never need it either.
 */
import { html, nothing } from 'lit';
import { assessmentIn, findArea, findOutcome, journeyOf, scaleOf } from '../../data/query.js';
import type { Dataset } from '../../data/types.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { assessmentLines, hasProvenance, renderCitation } from '../provenance.js';
import { describeRing } from './outcome-ring.js';
import type { RingInput, RingView } from './outcome-ring.js';

/** What a bound ring was asked to show. */
export interface RingBinding {
  dataset: Dataset;
  outcome: string;
  area?: string;
  year?: number;
  /** The ring's own label, kept as its title when the outcome is unknown. */
  label: string;
  /** Warns once about bad input (an unknown id), from `derive`, never from `render`. */
  warn: (message: string) => void;
}

/** The ring's view for an outcome of the dataset, at an area's latest (or `year`'s) level. */
export function deriveFromData(ring: RingBinding): RingView {
  const { dataset, area } = ring;
  const reported = (message: string) => {
    ring.warn(message);
    return message;
  };
  const outcome = findOutcome(dataset, ring.outcome);
  if (!outcome) {
    const empty: RingInput = { title: ring.label, level: null, max: 1, labels: [] };
    return {
      ...describeRing(empty),
      notice: reported(dataStateStrings.unknownOutcome(ring.outcome)),
    };
  }
  const labels = scaleOf(dataset, outcome) ?? [];
  const input: RingInput = {
    title: outcome.title,
    short: outcome.short,
    level: null,
    max: Math.max(labels.length - 1, 1),
    labels,
  };
  if (!area) return describeRing(input);
  if (!findArea(dataset, area)) {
    return { ...describeRing(input), notice: reported(dataStateStrings.unknownArea(area)) };
  }
  const { now, start } = journeyOf(dataset, area, 'outcomes', outcome.id, ring.year);
  if (!now) return { ...describeRing(input), notice: dataStateStrings.noAssessment };
  const assessment = assessmentIn(dataset, area, now.year);
  return {
    ...describeRing({
      ...input,
      level: now.level,
      year: now.year,
      start: start?.level != null ? { level: start.level, year: start.year } : undefined,
    }),
    sources: {
      outcome: outcome.source,
      assessment: hasProvenance(assessment) ? assessment : undefined,
    },
  };
}

/** Where a ring bound to data comes from: the assessment's making and the outcome's source. */
export function renderSources(view: RingView): unknown {
  const { outcome, assessment } = view.sources ?? {};
  if (!outcome && !assessment) return nothing;
  return html`<p part="sources" class="sources">
    ${
      assessment
        ? assessmentLines(assessment, { link: true }).map(
            (line) => html`<span class="line">${line}</span> `,
          )
        : nothing
    }
    ${
      outcome
        ? html`<span class="line"
            >${renderCitation({ source: outcome, names: [view.caption] })}</span
          >`
        : nothing
    }
  </p>`;
}
