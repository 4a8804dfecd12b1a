import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { assessmentsOf, findArea, journeyOf, scaleDefinitionOf } from '../../data/query.js';
import type { Journey } from '../../data/query.js';
import type { Area, Assessment, Dataset, Outcome, Scale } from '../../data/types.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { provenanceStrings } from '../../strings/provenance.js';
import { ringsStrings } from '../../strings/rings.js';
import { assessmentLines, citationsOf, hasProvenance, renderCitations } from '../provenance.js';
import type { Citation, Cited } from '../provenance.js';
import { ringsStyles } from './outcome-rings.styles.js';
import { frameworkStyles } from '../framework-view.styles.js';
import { LazyModule } from '../lazy-module.js';
import type { FrameworkSection } from '../framework-view.js';

interface RingModel {
  outcome: Outcome;
  labels: Scale;
  journey: Journey;
}

/** The ring's code, once any set of rings has levels to draw. */
const ringCode = new LazyModule(() => import('../outcome-ring/define.js'));

/**
 * The framework view, imported the first time rings have an area never assessed to show (every
 * area of Big Local's own data): rings on a dataset with levels never need it.
 */
const frameworkView = new LazyModule(() => import('../framework-view.js'));

/** What the widget shows, derived once per update. */
type RingsView =
  /** An area with no assessment for the year asked: its name above a plain notice. */
  | { kind: 'unassessed'; area: Area; message: string }
  /**
   * An area never assessed (as no Big Local area is): its name, and the outcomes an assessment
   * of it is measured against, as content of their own rather than a notice.
   */
  | { kind: 'framework'; area: Area; intro: string; framework: FrameworkSection[] }
  | {
      kind: 'rings';
      area: Area;
      year: number;
      rings: RingModel[];
      legend: Scale[];
      /** What the scales' notes say of them ("a product convention, not the evaluation's"). */
      notes: string[];
      /** Columns on a wide container: rows as even as they can be. */
      columns: number;
      /** The assessment shown, when it says how it was made. */
      assessment?: Assessment;
      /** The sources of the outcomes and their scales. */
      citations: Citation[];
    };

/**
 * What the legend and the sources line say of the outcomes: their scales' notes, and each
 * source of an outcome or scale once with what it backs. One source for every outcome (a
 * programme's theory of change) is said once, as the outcomes'.
 */
function scalesAndSources(dataset: Dataset): { notes: string[]; citations: Citation[] } {
  const scales = dataset.outcomes.map((outcome) => scaleDefinitionOf(dataset, outcome));
  const notes = [...new Set(scales.flatMap((scale) => scale?.note ?? []))];
  const cited: Cited[] = dataset.outcomes.map((outcome) => ({
    name: outcome.short ?? outcome.title,
    source: outcome.source,
  }));
  const outcomeNames = new Set(cited.map((item) => item.name));
  for (const scale of scales) cited.push({ name: provenanceStrings.levels, source: scale?.source });
  const citations = citationsOf(cited).map((citation) =>
    outcomeNames.size > 1 &&
    citation.names.length === outcomeNames.size &&
    citation.names.every((name) => outcomeNames.has(name))
      ? { ...citation, names: [ringsStrings.outcomes] }
      : citation,
  );
  return { notes, citations };
}

/** The most rings a row holds. */
const MOST_COLUMNS = 4;

/**
 * Columns for `count` rings so that rows are as even as they can be: the fewest rows of at most
 * four, then the fewest columns that fill them (5 -> 3 + 2, 6 -> 3 + 3, 7 -> 4 + 3).
 */
export function balancedColumns(count: number): number {
  const rows = Math.max(1, Math.ceil(count / MOST_COLUMNS));
  return Math.max(1, Math.ceil(count / rows));
}

/**
 * The outcome rings of one area: one ring per outcome in the dataset, for `year` or the latest
 * year assessed, each marking where the area started (its first assessed year) and saying the
 * change in its text alternative: "from Emerging in 2016 to Established in 2024".
 *
 * Without `area` it follows the area selected in any widget under the same `bl-programme`.
 * The rings lay themselves out by the width of their container, in rows as even as the count
 * allows: up to four across on a wide container (five rings as 3 + 2, six as 3 + 3, seven as
 * 4 + 3, eight as 4 + 4), three or two across on a narrower one, one column in narrow spaces.
 *
 * An area never assessed (as no Big Local area is) shows, under "<area>: outcomes", the
 * outcomes an assessment of it is measured against as a plain list, not as an error; how a
 * dataset adds levels waits in a closed "For site editors" disclosure.
 *
 * A "Sources" line under the legend says how the assessment shown was made (when, by whom, its
 * method) with a link to where it is published, and links each outcome's and scale's source.
 *
 * @tagname bl-outcome-rings
 * @summary An area's outcome rings, with change since its first assessment.
 *
 * @csspart caption - The line naming the area and the year.
 * @csspart rings - The grid of rings.
 * @csspart legend - The scale legend.
 * @csspart sources - How the assessment shown was made, and the sources of the outcomes and
 * their scales, with links.
 * @csspart ring - Each ring's SVG (forwarded from `bl-outcome-ring`), and its other parts:
 * `segment`, `segment-filled`, `start-marker`, `label`, `level`, `change`, `tooltip`.
 *
 * @cssprop --bl-ring-size - Diameter of each ring. Defaults to 7em.
 * @cssprop --bl-ring-color - Colour of the filled segments. Defaults to `--bl-color-accent`.
 * @cssprop --bl-ring-track - Colour of the empty segments.
 */
export class BlOutcomeRings extends BlElement<RingsView> {
  static override styles = [BlElement.styles, ringsStyles, frameworkStyles];

  /** Id of the area. Without it, the area selected under the same `bl-programme`. */
  @property() area?: string;

  /** Assessment year. Defaults to the latest year the area was assessed. */
  @property({ type: Number }) year?: number;

  /** Hides the scale legend, e.g. when a page shows one legend for several widgets. */
  @property({ type: Boolean, attribute: 'hide-legend' }) hideLegend = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A dataset of the page's own, unlike the embedded default where no area is assessed, most
    // likely has rings to draw: their code is fetched while the data is, rather than after. On
    // the default, the framework view is what they will show.
    const { state, origin } = this.data;
    if (state !== 'loading' || origin === 'unknown') return;
    void (origin === 'default' ? frameworkView : ringCode).load();
  }

  protected override derive(_changed: PropertyValues<this>): RingsView | Notice {
    const dataset = this.data.dataset!;
    const areaId = this.area ?? this.selectedArea;
    if (!areaId) return notice(ringsStrings.chooseArea);
    const area = findArea(dataset, areaId);
    if (!area) return notice(dataStateStrings.unknownArea(areaId), { warn: true });
    const assessments = assessmentsOf(dataset, area.id);
    const year = this.year ?? assessments.at(-1)?.year;
    if (year === undefined) {
      // Never assessed (as no Big Local area is): the outcomes its rings would show.
      const waiting = frameworkView.need((pending) => this.afterImport(pending));
      if (waiting) return waiting;
      const view = frameworkView.module!;
      const outcomes = dataset.outcomes.map((outcome) => ({
        ...outcome,
        scale: scaleDefinitionOf(dataset, outcome)?.labels,
      }));
      return {
        kind: 'framework',
        area,
        intro: view.frameworkStrings.ringsIntro(area.name, outcomes.length),
        framework: [{ entries: outcomes }],
      };
    }
    if (!assessments.some((assessment) => assessment.year === year)) {
      return { kind: 'unassessed', area, message: ringsStrings.noAssessmentIn(year) };
    }
    if (!customElements.get('bl-outcome-ring')) {
      // The ring's own chunk, fetched only for an area with assessments to draw: on Big
      // Local's data, where none is assessed, a card shows the framework and never needs it.
      const waiting = ringCode.need((pending) => this.afterImport(pending));
      if (waiting) return waiting;
    }
    const rings = dataset.outcomes.map((outcome) => ({
      outcome,
      labels: scaleDefinitionOf(dataset, outcome)?.labels ?? [],
      journey: journeyOf(dataset, area.id, 'outcomes', outcome.id, year),
    }));
    const legend = [...new Set(rings.map((ring) => ring.labels))].filter((labels) => labels.length);
    const assessment = assessments.find((candidate) => candidate.year === year);
    const { notes, citations } = scalesAndSources(dataset);
    return {
      kind: 'rings',
      area,
      year,
      rings,
      legend,
      notes,
      columns: balancedColumns(rings.length),
      assessment: hasProvenance(assessment) ? assessment : undefined,
      citations,
    };
  }

  /** Where the rings come from: how the assessment was made, and the outcomes' sources. */
  private renderSources(view: Extract<RingsView, { kind: 'rings' }>) {
    if (!view.assessment && view.citations.length === 0) return nothing;
    return html`<div part="sources" class="sources">
      <p class="sources-label" id="sources">${provenanceStrings.sources}</p>
      ${
        view.assessment
          ? html`<p class="assessment">
              ${assessmentLines(view.assessment, { link: true }).map(
                (line) => html`<span class="line">${line}</span> `,
              )}
            </p>`
          : nothing
      }
      ${renderCitations(view.citations, 'sources')}
    </div>`;
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
    ></bl-outcome-ring>`;
  }

  protected override renderView(view: RingsView) {
    if (view.kind === 'framework') {
      return html`<p part="caption" class="caption">
          ${frameworkView.module?.frameworkStrings.ringsCaption(view.area.name)}
        </p>
        ${frameworkView.module?.renderFramework(view.framework, view.intro)}`;
    }
    if (view.kind === 'unassessed') {
      return html`<p part="caption" class="caption">${view.area.name}</p>
        ${this.renderNotice(view.message)}`;
    }
    return html`
      <p part="caption" class="caption">${ringsStrings.caption(view.area.name, view.year)}</p>
      <div part="rings" class="rings columns-${view.columns}">
        ${view.rings.map((ring) => this.renderRing(ring))}
      </div>
      ${
        this.hideLegend || view.legend.length === 0
          ? nothing
          : html`<div part="legend" class="legend">
              ${view.legend.map(
                (labels) =>
                  html`<ul class="scale" aria-label=${ringsStrings.legendLabel}>
                    ${labels.map((label, level) => html`<li><b>${level}</b> ${label}</li>`)}
                  </ul>`,
              )}
              ${view.notes.map((note) => html`<p class="note">${note}</p> `)}
              ${
                view.rings.some((ring) => ring.journey.start)
                  ? html`<p class="marker-key">
                      <span class="marker" role="img" aria-label=${ringsStrings.marker}>▲</span>
                      ${ringsStrings.startKey}
                    </p>`
                  : nothing
              }
            </div>`
      }
      ${this.renderSources(view)}
    `;
  }
}
