import { html, svg, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, invalid } from '../../base/bl-element.js';
import type { TooltipController } from '../../base/controllers/tooltip.js';
import type { Notice } from '../../base/bl-element.js';
import { optionalNumber, pipeList } from '../../base/converters.js';
import type { Assessment, Source } from '../../data/types.js';
import { ringStrings } from '../../strings/ring.js';
import { ringStyles } from './outcome-ring.styles.js';

type Bound = typeof import('./bound.js');

/**
 * The ring's bound half (lookups in the dataset, its sources and their provenance), imported
 * the first time a ring has an `outcome`: a ring given its value never downloads it.
 */
let bound: Bound | undefined;
let importingBound: Promise<unknown> | undefined;

type Tooltip = TooltipController<'title'>;

/** What the ring draws, derived once per update. */
export interface RingView {
  /** The full title: the meter's accessible name, and the tooltip when a short one shows. */
  title: string;
  /** What the caption shows: the short title when there is one. */
  caption: string;
  level: number | null;
  max: number;
  /** The label of the level, e.g. "Established"; empty when the scale has none. */
  levelLabel: string;
  valueText: string;
  segments: { path: string; filled: boolean }[];
  /** Where the start marker sits, and the caption that says where the area started. */
  start?: { x: number; y: number; angle: number; caption: string };
  /** Said under the ring, which still shows its title: an unknown area, no assessment. */
  notice?: string;
  /** Bound to data: the outcome's source, and the assessment shown when it says how it was made. */
  sources?: { outcome?: Source; assessment?: Assessment };
}

/** The values a ring shows, however they were given. */
export interface RingInput {
  title: string;
  short?: string;
  level: number | null;
  max: number;
  labels: readonly string[];
  year?: number;
  start?: { level: number; year?: number };
}

const outerRadius = 48;
/** Each level is a stroked arc on this radius; the stroke is the ring's thickness. */
const ringRadius = 42;
/** The gap between segments, in radians, so each level reads as a separate piece. */
const gap = 0.07;

/** A point on the ring's circle, `angle` in radians clockwise from twelve o'clock. */
const onRing = (angle: number) =>
  `${(Math.sin(angle) * ringRadius).toFixed(2)} ${(-Math.cos(angle) * ringRadius).toFixed(2)}`;

/**
 * One arc per level, so the filled count is readable without colour: an SVG arc command from
 * each segment's start to its end, clockwise, leaving a gap before the next.
 */
function segments(level: number | null, max: number): RingView['segments'] {
  const step = (2 * Math.PI) / max;
  return Array.from({ length: max }, (_, index) => {
    const start = index * step + gap / 2;
    const sweep = step - gap;
    const large = sweep > Math.PI ? 1 : 0;
    const path = `M${onRing(start)}A${ringRadius} ${ringRadius} 0 ${large} 1 ${onRing(start + sweep)}`;
    return { path, filled: level !== null && index < level };
  });
}

const labelOf = (labels: readonly string[], level: number, max: number) =>
  labels[level] ?? ringStrings.levelOf(level, max);

/** The ring's view of a level on a scale, with its text alternative and start marker. */
export function describeRing(input: RingInput): RingView {
  const { title, level, max, labels } = input;
  const levelLabel = level === null ? ringStrings.notAssessed : (labels[level] ?? '');
  let valueText =
    level === null
      ? ringStrings.notAssessed
      : levelLabel
        ? ringStrings.valueText(levelLabel, level, max)
        : ringStrings.levelOf(level, max);
  let start: RingView['start'];
  if (input.start && level !== null) {
    const from = labelOf(labels, input.start.level, max);
    const to = labelOf(labels, level, max);
    valueText += `, ${ringStrings.change(from, input.start.year, to, input.year)}`;
    const angle = (2 * Math.PI * input.start.level) / max;
    start = {
      angle: (angle * 180) / Math.PI,
      x: Math.sin(angle) * outerRadius,
      y: -Math.cos(angle) * outerRadius,
      caption: ringStrings.startedAt(from, input.start.year),
    };
  } else if (level !== null && input.year !== undefined) {
    valueText += ` ${ringStrings.inYear(input.year)}`;
  }
  return {
    title,
    caption: input.short || title,
    level,
    max,
    levelLabel,
    valueText,
    segments: segments(level, max),
    start,
  };
}

/**
 * One ring: a level on a scale, drawn as segments of a circle filled up to the level, with its title and the
 * level's label. Use it alone (`value`, `max`, `level-labels`) or bound to a dataset
 * (`outcome` and `area`, from its `bl-programme`, its own `src` or the embedded default).
 *
 * Readers of assistive technology meet a `meter` named by the full title, whose value text
 * names the level and, when there is a start, the change: "Established (level 3 of 4), from
 * Emerging in 2016 to Established in 2024". An empty `value` means "not assessed", drawn dashed
 * and announced "Not assessed", unlike level 0; ARIA requires a meter to carry a number, so its
 * `aria-valuenow` is then 0.
 *
 * Bound to data, the ring is citable: a "sources" line under it says how the assessment shown
 * was made and links its source and the outcome's.
 *
 * With a `short` title the caption shows it and the full title appears in a tooltip on hover;
 * Escape hides it; it stays while hovered. The ring is no tab stop: it does nothing, and a
 * screen reader hears the full title as the meter's name.
 *
 * @tagname bl-outcome-ring
 * @summary A single level on a scale, as a ring with a text alternative.
 *
 * @csspart ring - The SVG drawing.
 * @csspart segment - Each level's segment; filled ones also carry `segment-filled`.
 * @csspart segment-filled - The segments up to the level.
 * @csspart start-marker - The mark at the level where the area started.
 * @csspart label - The caption's title.
 * @csspart level - The level's label under the title.
 * @csspart change - The line saying where the area started.
 * @csspart tooltip - The full title shown on hover and focus when a short title is shown.
 * @csspart sources - Bound to data: how the assessment shown was made (when, by whom, its
 * method), with links to where it is published and to the outcome's source.
 *
 * @cssprop --bl-ring-size - Diameter of the ring. Defaults to 7em.
 * @cssprop --bl-ring-color - Colour of the filled segments. Defaults to `--bl-color-accent`.
 * @cssprop --bl-ring-track - Colour of the empty segments.
 */
export class BlOutcomeRing extends BlElement<RingView> {
  static override styles = [BlElement.styles, ringStyles];

  /** The full title, e.g. an outcome's text: the ring's accessible name. */
  @property() label = '';

  /** A short title for the caption; the full `label` then shows in a tooltip. */
  @property() short?: string;

  /** The level, from 0 to `max`. Empty means not assessed. */
  @property({ converter: optionalNumber }) value: number | null = null;

  /** The highest level. Ignored when `level-labels` gives the scale. */
  @property({ type: Number }) max = 4;

  /** The scale's labels from level 0 upwards, separated by `|`: `Not started | Emerging | …`. */
  @property({ attribute: 'level-labels', converter: pipeList }) levelLabels: string[] = [];

  /** The level where the area started, marked on the ring and said in the text alternative. */
  @property({ converter: optionalNumber }) start: number | null = null;

  /** The year of `start`. */
  @property({ attribute: 'start-year', type: Number }) startYear?: number;

  /**
   * The year of the level shown. Bound to data, it picks the assessment; by default the latest
   * that assessed this outcome.
   */
  @property({ type: Number }) year?: number;

  /** Id of an outcome in the dataset; binds the ring to the data for `area`. */
  @property() outcome?: string;

  /** Id of the area whose level the ring shows (with `outcome`). */
  @property() area?: string;

  /**
   * The full title under a short caption, on hover and focus; Escape hides it. Its controller
   * and styles are imported on the first hover or focus: most rings are never hovered.
   */
  private tooltip?: Tooltip;
  private importingTooltip?: Promise<Tooltip>;

  protected override get usesData(): boolean {
    return Boolean(this.outcome);
  }

  /** A bound ring waits for its bound half, asked for in the same update as its data. */
  protected override prepare(): Promise<unknown> | undefined {
    if (!this.outcome || bound) return undefined;
    return (importingBound ??= import('./bound.js').then((module) => {
      bound = module;
    }));
  }

  protected override derive(_changed: PropertyValues<this>): RingView | Notice | undefined {
    if (!this.outcome) return this.deriveStandalone();
    return bound?.deriveFromData({
      dataset: this.data.dataset!,
      outcome: this.outcome,
      area: this.area,
      year: this.year,
      label: this.label,
      warn: (message) => this.warnOnce(message),
    });
  }

  private deriveStandalone(): RingView | Notice {
    const labels = this.levelLabels;
    const max = labels.length > 1 ? labels.length - 1 : this.max;
    const input: RingInput = { title: this.label, short: this.short, level: null, max, labels };
    if (!Number.isInteger(max) || max < 1 || max > 100) {
      return invalid(ringStrings.badMax);
    }
    const outside = [this.value, this.start].find(
      (level) => level !== null && (level < 0 || level > max),
    );
    if (outside !== undefined && outside !== null) {
      return invalid(ringStrings.outside(outside, max));
    }
    return describeRing({
      ...input,
      level: this.value,
      year: this.year,
      start: this.start === null ? undefined : { level: this.start, year: this.startYear },
    });
  }

  /**
   * Hands `use` the tooltip controller: at once when it is here, else once imported (`load`
   * starts that; leaving or blurring a ring whose tooltip never opened needs nothing).
   * Synchronous when it can be, since a pointer event's `relatedTarget` inside a shadow root is
   * gone once the event has been dispatched.
   */
  private withTooltip(use: (tooltip: Tooltip) => void, load = false): void {
    if (this.tooltip) return use(this.tooltip);
    if (load) {
      this.importingTooltip ??= import('./ring-tooltip.js').then(
        ({ ringTooltip }) => (this.tooltip = ringTooltip(this)),
      );
    }
    void this.importingTooltip?.then(use);
  }

  private readonly hoverTooltip = () => this.withTooltip((tooltip) => tooltip.hover('title'), true);
  private readonly leaveTooltip = (event: PointerEvent) =>
    this.withTooltip((tooltip) => tooltip.onPointerleave(event));

  private renderRing(view: RingView) {
    return svg`<svg part="ring" viewBox="-58 -58 116 116" aria-hidden="true" focusable="false">
      ${view.segments.map(
        (segment) =>
          svg`<path part=${segment.filled ? 'segment segment-filled' : 'segment'}
            class=${segment.filled ? 'filled' : 'empty'} d=${segment.path}></path>`,
      )}
      ${
        view.start
          ? svg`<path part="start-marker" class="start-marker" d="M0,-6 L7.5,7 L-7.5,7 Z"
            transform="translate(${view.start.x} ${view.start.y}) rotate(${view.start.angle + 180})"></path>`
          : nothing
      }
      <text class="value" text-anchor="middle" dominant-baseline="central">
        ${view.level ?? '–'}
      </text>
    </svg>`;
  }

  protected override renderView(view: RingView) {
    const hasTooltip = view.caption !== view.title;
    return html`
      <figure
        class="ring ${view.level === null ? 'unassessed' : ''}"
        @pointerenter=${hasTooltip ? this.hoverTooltip : nothing}
        @pointerleave=${hasTooltip ? this.leaveTooltip : nothing}
      >
        <div
          class="meter"
          role="meter"
          aria-labelledby="title"
          aria-valuemin="0"
          aria-valuemax=${view.max}
          aria-valuenow=${view.level ?? 0}
          aria-valuetext=${view.valueText}
        >
          ${this.renderRing(view)}
        </div>
        <figcaption>
          ${
            hasTooltip
              ? html`<span part="label" class="label" aria-hidden="true">${view.caption}</span>`
              : html`<span id="title" part="label" class="label">${view.title}</span>`
          }
          <span part="level" class="level" aria-hidden="true">${view.levelLabel}</span>
          ${
            view.start
              ? html`<span part="change" class="change" aria-hidden="true"
                  >${view.start.caption}</span
                >`
              : nothing
          }
        </figcaption>
        ${
          hasTooltip
            ? html`<span
                id="title"
                part="tooltip"
                class="tooltip"
                hidden
                @pointerleave=${this.leaveTooltip}
                >${view.title}</span
              >`
            : nothing
        }
      </figure>
      ${view.notice ? this.renderNotice(view.notice) : nothing} ${bound?.renderSources(view)}
    `;
  }
}
