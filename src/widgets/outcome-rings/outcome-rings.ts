import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { assessmentsOf, findArea, journeyOf, scaleOf } from '../../data/query.js';
import type { Journey } from '../../data/query.js';
import type { Area, Outcome, Scale } from '../../data/types.js';
import { strings } from '../../strings.js';
import { ringsStyles } from './outcome-rings.styles.js';

interface RingModel {
  outcome: Outcome;
  labels: Scale;
  journey: Journey;
}

/** What the widget shows, derived once per update. */
type RingsView =
  /** An area with nothing to draw: its name above a plain notice. */
  | { kind: 'unassessed'; area: Area; message: string }
  | { kind: 'rings'; area: Area; year: number; rings: RingModel[]; legend: Scale[] };

/**
 * The outcome rings of one area: one ring per outcome in the dataset, for `year` or the latest
 * year assessed, each marking where the area started (its first assessed year) and saying the
 * change in its text alternative: "from Emerging in 2016 to Established in 2024".
 *
 * Without `area` it follows the area selected in any widget under the same `bl-programme`.
 * The rings lay themselves out by the width of their container: four across, two by two, or one
 * column in narrow spaces.
 *
 * @tagname bl-outcome-rings
 * @summary An area's outcome rings, with change since its first assessment.
 *
 * @csspart caption - The line naming the area and the year.
 * @csspart rings - The grid of rings.
 * @csspart legend - The scale legend.
 * @csspart ring - Each ring's SVG (forwarded from `bl-outcome-ring`), and its other parts:
 * `segment`, `segment-filled`, `start-marker`, `label`, `level`, `change`, `tooltip`.
 *
 * @cssprop --bl-ring-size - Diameter of each ring. Defaults to 7em.
 * @cssprop --bl-ring-color - Colour of the filled segments. Defaults to `--bl-color-accent`.
 * @cssprop --bl-ring-track - Colour of the empty segments.
 */
export class BlOutcomeRings extends BlElement<RingsView> {
  static override styles = [BlElement.styles, ringsStyles];

  /** Id of the area. Without it, the area selected under the same `bl-programme`. */
  @property() area?: string;

  /** Assessment year. Defaults to the latest year the area was assessed. */
  @property({ type: Number }) year?: number;

  /** Hides the scale legend, e.g. when a page shows one legend for several widgets. */
  @property({ type: Boolean, attribute: 'hide-legend' }) hideLegend = false;

  protected override derive(_changed: PropertyValues<this>): RingsView | Notice {
    const dataset = this.data.dataset!;
    const areaId = this.area ?? this.selectedArea;
    if (!areaId) return notice(strings.rings.chooseArea);
    const area = findArea(dataset, areaId);
    if (!area) return notice(strings.states.unknownArea(areaId), { warn: true });
    const assessments = assessmentsOf(dataset, area.id);
    const year = this.year ?? assessments.at(-1)?.year;
    if (year === undefined) {
      return { kind: 'unassessed', area, message: strings.states.noAssessment };
    }
    if (!assessments.some((assessment) => assessment.year === year)) {
      return { kind: 'unassessed', area, message: strings.rings.noAssessmentIn(year) };
    }
    const rings = dataset.outcomes.map((outcome) => ({
      outcome,
      labels: scaleOf(dataset, outcome) ?? [],
      journey: journeyOf(dataset, area.id, 'outcomes', outcome.id, year),
    }));
    const legend = [...new Set(rings.map((ring) => ring.labels))].filter((labels) => labels.length);
    return { kind: 'rings', area, year, rings, legend };
  }

  private renderRing({ outcome, labels, journey }: RingModel) {
    const { now, start } = journey;
    return html`<bl-outcome-ring
      exportparts="ring, segment, segment-filled, start-marker, label, level, change, tooltip"
      .label=${outcome.title}
      .short=${outcome.short}
      .levelLabels=${[...labels]}
      .max=${Math.max(labels.length - 1, 1)}
      .value=${now?.level ?? null}
      .year=${now?.year}
      .start=${start?.level ?? null}
      .startYear=${start?.year}
      .theme=${this.effectiveTheme}
    ></bl-outcome-ring>`;
  }

  protected override renderView(view: RingsView) {
    if (view.kind === 'unassessed') {
      return html`<p part="caption" class="caption">${view.area.name}</p>
        ${this.renderNotice(view.message)}`;
    }
    const count = Math.min(view.rings.length, 4);
    return html`
      <p part="caption" class="caption">${strings.rings.caption(view.area.name, view.year)}</p>
      <div part="rings" class="rings count-${count}">
        ${view.rings.map((ring) => this.renderRing(ring))}
      </div>
      ${
        this.hideLegend || view.legend.length === 0
          ? nothing
          : html`<div part="legend" class="legend">
              ${view.legend.map(
                (labels) =>
                  html`<ul class="scale" aria-label=${strings.rings.legendLabel}>
                    ${labels.map((label, level) => html`<li><b>${level}</b> ${label}</li>`)}
                  </ul>`,
              )}
              ${
                view.rings.some((ring) => ring.journey.start)
                  ? html`<p class="marker-key">
                      <span class="marker" aria-hidden="true">▲</span> ${strings.rings.startKey}
                    </p>`
                  : nothing
              }
            </div>`
      }
    `;
  }
}
