/**
 * What the impact studies draw, computed without the DOM: which studies to show, and for each
 * paired measure a zero-based axis with nice ticks and the two bars on it, as percentages of the
 * plot's width (so the SVG stretches with its container while its text keeps its size).
 *
 * Why bars from zero rather than a dot plot: every measure here is a change (growth in business
 * units, a rise in child poverty, a fall in crime), so zero, "no change", is the one reference
 * that matters, and a bar's length from it is exactly the change. A bar drawn leftwards reads as
 * a fall at a glance, and two bars on the same side of zero show "rose in both, by less here"
 * (the low-income measure), which a dumbbell, drawn between the two values, would hide. Dot
 * plots earn their place when the baseline is arbitrary; here it is not.
 */
import type { Measure, Study } from '../../data/types.js';

/** The programme's areas, or the group a study compared them with. */
export type Series = 'programme' | 'comparison';

export interface Tick {
  value: number;
  /** Percentage of the plot's width, 0 at the left. */
  position: number;
  /**
   * Every other tick, counting from zero, so zero always is one: a narrow chart labels only
   * these, where every tick's label would collide.
   */
  major: boolean;
}

export interface Axis {
  min: number;
  max: number;
  step: number;
  ticks: Tick[];
  /** Where zero is, as a percentage of the plot's width. */
  zero: number;
}

export interface Bar {
  series: Series;
  value: number;
  /** Left edge and width, as percentages of the plot's width. */
  start: number;
  width: number;
  /** The end away from zero, where the value's label goes. */
  end: number;
  direction: 'rise' | 'fall' | 'none';
}

export interface MeasureChart {
  measure: Measure;
  /** The measure's own years, else the study's. */
  period?: string;
  axis: Axis;
  /** The programme's bar first, then the comparison's. */
  bars: [Bar, Bar];
  /** The series whose figure is on the better side, or null when the two are equal. */
  better: Series | null;
}

export interface StudyView {
  study: Study;
  charts: MeasureChart[];
}

/**
 * A step of 1, 2 or 5 times a power of ten giving about `count` intervals over `span`; the
 * thresholds (√2, √10, √50) are the geometric midpoints, as in d3's `tickIncrement`.
 */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  const factor =
    ratio >= Math.SQRT2 * 5 ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.SQRT2 ? 2 : 1;
  return factor * power;
}

/** Decimal places of a step, so that 3 × 0.1 is a tick at 0.3 rather than 0.30000000000000004. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step)));
}

/**
 * An axis that includes zero and every value, extended to whole steps so that its ends are
 * ticks; all values equal to zero still get a unit-wide axis.
 */
export function changeAxis(values: readonly number[], count = 4): Axis {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  let high = Math.max(0, ...finite);
  if (high === low) high = low + 1;
  const step = niceStep(high - low, count);
  const decimals = decimalsOf(step);
  const round = (value: number) => Number(value.toFixed(decimals));
  // Ten places absorb float error in the ratio (0.3 / 0.1 is 2.9999999999999996).
  const first = Math.floor(Number((low / step).toFixed(10)));
  const last = Math.ceil(Number((high / step).toFixed(10)));
  const min = round(first * step);
  const max = round(last * step);
  const at = (value: number) => ((value - min) / (max - min)) * 100;
  const ticks: Tick[] = [];
  for (let index = first; index <= last; index += 1) {
    const value = round(index * step);
    ticks.push({ value, position: at(value), major: index % 2 === 0 });
  }
  return { min, max, step, ticks, zero: at(0) };
}

/** Where `value` falls on `axis`, as a percentage of the plot's width. */
export function positionOn(axis: Axis, value: number): number {
  return ((value - axis.min) / (axis.max - axis.min)) * 100;
}

function bar(axis: Axis, series: Series, value: number): Bar {
  const end = positionOn(axis, value);
  return {
    series,
    value,
    start: Math.min(end, axis.zero),
    width: Math.abs(end - axis.zero),
    end,
    direction: value > 0 ? 'rise' : value < 0 ? 'fall' : 'none',
  };
}

/** Which series did better on a measure, by the measure's own `better`. */
export function betterSeries(measure: Measure): Series | null {
  if (measure.programme === measure.comparison) return null;
  const programmeHigher = measure.programme > measure.comparison;
  return programmeHigher === (measure.better === 'higher') ? 'programme' : 'comparison';
}

export function measureChart(measure: Measure, study: Study): MeasureChart {
  const axis = changeAxis([measure.programme, measure.comparison]);
  return {
    measure,
    period: measure.period ?? study.period,
    axis,
    bars: [bar(axis, 'programme', measure.programme), bar(axis, 'comparison', measure.comparison)],
    better: betterSeries(measure),
  };
}

export function studyView(study: Study): StudyView {
  return { study, charts: study.measures.map((measure) => measureChart(measure, study)) };
}

/**
 * The studies named by `ids`, in that order (every study when `ids` is empty), and the ids the
 * dataset lacks. An id named twice is shown once.
 */
export function selectStudies(
  all: readonly Study[],
  ids: readonly string[],
): { studies: Study[]; missing: string[] } {
  if (ids.length === 0) return { studies: [...all], missing: [] };
  const byId = new Map(all.map((study) => [study.id, study]));
  const unique = [...new Set(ids)];
  return {
    studies: unique.flatMap((id) => byId.get(id) ?? []),
    missing: unique.filter((id) => !byId.has(id)),
  };
}

/** How many measures have paired figures, and on how many the programme's areas did better. */
export function tally(views: readonly StudyView[]): { measures: number; programmeBetter: number } {
  const charts = views.flatMap((view) => view.charts);
  return {
    measures: charts.length,
    programmeBetter: charts.filter((chart) => chart.better === 'programme').length,
  };
}
