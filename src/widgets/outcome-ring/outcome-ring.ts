import { html, svg, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { arc } from 'd3-shape';
import { BlElement } from '../../base/bl-element.js';
import { optionalNumber, pipeList } from '../../base/converters.js';
import { findArea, levelAt, scaleOf } from '../../data/query.js';
import { strings } from '../../strings.js';
import { ringStyles } from './outcome-ring.styles.js';

/** What the ring draws, derived once per update. */
interface RingView {
  /** The full title: the meter's accessible name. */
  title: string;
  /** What the caption shows: the outcome's short title when it has one. */
  caption: string;
  level: number | null;
  max: number;
  /** The label of the level, e.g. "Established"; empty when the scale has none. */
  levelLabel: string;
  valueText: string;
  segments: { path: string; filled: boolean }[];
  /** Said under the ring; `warn` when it reports bad input rather than a plain fact. */
  notice?: { message: string; warn: boolean };
  error?: string;
}

const segmentArc = arc<{ startAngle: number; endAngle: number }>()
  .innerRadius(36)
  .outerRadius(48)
  .cornerRadius(2)
  .padAngle(0.06);

/** One path per level, so the filled count is readable without colour. */
function segments(level: number | null, max: number): RingView['segments'] {
  const step = (2 * Math.PI) / max;
  return Array.from({ length: max }, (_, index) => ({
    path: segmentArc({ startAngle: index * step, endAngle: (index + 1) * step }) ?? '',
    filled: level !== null && index < level,
  }));
}

/**
 * One ring: a level on a scale, drawn as filled segments of a circle, with its title and the
 * level's label. Use it alone (`value`, `max`, `level-labels`) or bound to a dataset
 * (`outcome` and `area`, from its `bl-programme`, its own `src` or the embedded default).
 *
 * Readers of assistive technology meet a `meter` named by the title, whose value text names
 * the level: "Established (level 3 of 4)". An empty `value` means "not assessed", which is
 * drawn (dashed, with a dash for the number) and announced ("Not assessed") differently from
 * level 0; ARIA requires a meter to carry a number, so its `aria-valuenow` is 0.
 *
 * @tagname bl-outcome-ring
 * @summary A single level on a scale, as a ring with a text alternative.
 *
 * @csspart ring - The SVG drawing.
 * @csspart segment - Each level's segment; filled ones also carry `segment-filled`.
 * @csspart segment-filled - The segments up to the level.
 * @csspart label - The title under the ring: the outcome's short title when bound to data.
 * @csspart level - The level's label under the title.
 *
 * @cssprop --bl-ring-size - Diameter of the ring. Defaults to 7rem.
 * @cssprop --bl-ring-color - Colour of the filled segments. Defaults to `--bl-color-accent`.
 * @cssprop --bl-ring-track - Colour of the empty segments.
 */
export class BlOutcomeRing extends BlElement {
  static override styles = [BlElement.styles, ringStyles];

  /** The ring's title, e.g. an outcome; its accessible name. Data-bound rings use the outcome's. */
  @property() label = '';

  /** The level, from 0 to `max`. Empty means not assessed. */
  @property({ converter: optionalNumber }) value: number | null = null;

  /** The highest level. Ignored when `level-labels` gives the scale. */
  @property({ type: Number }) max = 4;

  /** The scale's labels from level 0 upwards, separated by `|`: `Not started | Emerging | …`. */
  @property({ attribute: 'level-labels', converter: pipeList }) levelLabels: string[] = [];

  /** Id of an outcome in the dataset; binds the ring to the data for `area`. */
  @property() outcome?: string;

  /** Id of the area whose level the ring shows (with `outcome`). */
  @property() area?: string;

  /** Assessment year (with `outcome`). Defaults to the latest year that assessed it. */
  @property({ type: Number }) year?: number;

  private view?: RingView;

  protected override get usesData(): boolean {
    return Boolean(this.outcome);
  }

  protected override derive(_changed: PropertyValues<this>): void {
    this.view = this.outcome ? this.deriveFromData(this.outcome) : this.deriveStandalone();
  }

  private deriveStandalone(): RingView {
    const labels = this.levelLabels;
    const max = labels.length > 1 ? labels.length - 1 : this.max;
    if (!Number.isInteger(max) || max < 1 || max > 100) {
      return this.describe(this.label, null, 1, [], `max should be a whole number from 1 to 100`);
    }
    const level = this.value;
    if (level !== null && (level < 0 || level > max)) {
      return this.describe(this.label, null, max, labels, `value ${level} is outside 0 to ${max}`);
    }
    return this.describe(this.label, level, max, labels);
  }

  private deriveFromData(outcomeId: string): RingView {
    const dataset = this.data.dataset;
    if (!dataset) return this.describe(this.label, null, this.max, []);
    const outcome = dataset.outcomes.find((item) => item.id === outcomeId);
    if (!outcome) {
      return {
        ...this.describe(this.label, null, 1, []),
        notice: { message: strings.states.unknownOutcome(outcomeId), warn: true },
      };
    }
    const labels = scaleOf(dataset, outcome) ?? [];
    const max = Math.max(labels.length - 1, 1);
    const view = (level: number | null, notice?: RingView['notice']) => ({
      ...this.describe(outcome.title, level, max, labels),
      caption: outcome.short ?? outcome.title,
      notice,
    });
    if (!this.area) return view(null);
    if (!findArea(dataset, this.area)) {
      return view(null, { message: strings.states.unknownArea(this.area), warn: true });
    }
    const found = levelAt(dataset, this.area, 'outcomes', outcome.id, this.year);
    return found
      ? view(found.level)
      : view(null, { message: strings.states.noAssessment, warn: false });
  }

  private describe(
    title: string,
    level: number | null,
    max: number,
    labels: readonly string[],
    error?: string,
  ): RingView {
    const levelLabel = level === null ? strings.ring.notAssessed : (labels[level] ?? '');
    const valueText =
      level === null
        ? strings.ring.notAssessed
        : levelLabel
          ? strings.ring.valueText(levelLabel, level, max)
          : strings.ring.levelOf(level, max);
    return {
      title,
      caption: title,
      level,
      max,
      levelLabel,
      valueText,
      segments: segments(level, max),
      error,
    };
  }

  protected override renderContent() {
    const view = this.view;
    if (!view) return nothing;
    if (view.error) {
      this.warnOnce(view.error);
      return this.renderError(view.error);
    }
    const assessed = view.level !== null;
    return html`
      <figure class="ring ${assessed ? '' : 'unassessed'}">
        <div
          class="meter"
          role="meter"
          aria-labelledby="label"
          aria-valuemin="0"
          aria-valuemax=${view.max}
          aria-valuenow=${view.level ?? 0}
          aria-valuetext=${view.valueText}
        >
          <svg part="ring" viewBox="-50 -50 100 100" aria-hidden="true" focusable="false">
            ${view.segments.map(
              (segment) =>
                svg`<path part=${segment.filled ? 'segment segment-filled' : 'segment'}
                  class=${segment.filled ? 'filled' : 'empty'} d=${segment.path}></path>`,
            )}
            <text class="value" text-anchor="middle" dominant-baseline="central">
              ${assessed ? view.level : '–'}
            </text>
          </svg>
        </div>
        <figcaption>
          ${
            view.caption === view.title
              ? html`<span id="label" part="label" class="label">${view.title}</span>`
              : html`<span part="label" class="label" aria-hidden="true">${view.caption}</span>
                  <span id="label" class="visually-hidden">${view.title}</span>`
          }
          <span part="level" class="level" aria-hidden="true">${view.levelLabel}</span>
        </figcaption>
      </figure>
      ${view.notice ? this.renderNotice(view.notice.message, { warn: view.notice.warn }) : nothing}
    `;
  }
}
