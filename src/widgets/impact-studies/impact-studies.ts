import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { pipeList } from '../../base/converters.js';
import type { Source, Study } from '../../data/types.js';
import { formatDate } from '../../format/date.js';
import { impactStudiesStrings as strings } from '../../strings/impact-studies.js';
import { storyStrings } from '../../strings/story.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import { impactStudiesStyles } from './impact-studies.styles.js';
import { selectStudies, studyView, tally } from './model.js';
import type { Axis, Bar, MeasureChart, StudyView } from './model.js';

interface ImpactStudiesView {
  /** What the programme's own areas are called: "Big Local areas". */
  programmeAreas: string;
  title: string;
  takeaway: string;
  studies: StudyView[];
  /** Ids asked for that the dataset lacks, named in a notice above the studies found. */
  missing: string[];
}

/** The comparison group of a study as a label: its own words, or "comparison areas". */
const groupOf = (study: Study) => study.comparison ?? strings.comparisonAreas;

/**
 * The independent studies that compared the programme's areas with similar areas. Each paired
 * measure is a chart of two bars from zero (a change can be a fall), labelled in words, with
 * which way is better, the study's plain sentence as its text alternative, the period and the
 * source; each study shows its publisher, date, comparison group, summary, findings and its own
 * caveats, which are never tucked away. Every paired figure is also in one data table.
 *
 * @tagname bl-impact-studies
 * @summary Independent studies comparing the programme's areas with similar areas.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The widget's title.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart study - Each study.
 * @csspart caveats - A study's own caveats.
 * @csspart legend - The key to the two series of a study's charts.
 * @csspart measure - Each paired measure: its caption, chart, sentence and source.
 * @csspart chart - A measure's chart (`role="img"`, named by its sentence).
 * @csspart bar - Each bar; also `programme` or `comparison`.
 * @csspart findings - A study's findings without paired figures.
 * @csspart table - The data table of every paired figure.
 * @csspart sources - The disclosure listing every source.
 *
 * @cssprop --bl-studies-programme-color - Fill of the programme's bars. Defaults to the accent.
 * @cssprop --bl-studies-comparison-color - Fill of the comparison group's bars, drawn with an
 * outline. Defaults to a pale grey.
 */
export class BlImpactStudies extends BlStoryElement<ImpactStudiesView> {
  static override styles = [BlStoryElement.styles, storyStyles, impactStudiesStyles];

  /** Ids of the studies to show, in order, separated by `|`. Empty shows every study. */
  @property({ converter: pipeList }) studies: string[] = [];

  protected override derive(_changed: PropertyValues<this>): ImpactStudiesView | Notice {
    const dataset = this.data.dataset!;
    if (dataset.studies.length === 0) return notice(strings.none);
    const { studies, missing } = selectStudies(dataset.studies, this.studies);
    if (missing.length) this.warnOnce(strings.unknown(missing));
    const views = studies.map(studyView);
    const { measures, programmeBetter } = tally(views);
    const programme = dataset.programme.name;
    return {
      programmeAreas: strings.programmeAreas(programme),
      title: strings.title(programme),
      takeaway: views.length
        ? strings.takeaway(programme, views.length, measures, programmeBetter)
        : '',
      studies: views,
      missing,
    };
  }

  /** A heading two levels below the widget's own, for the parts of a study. */
  private renderMinorHeading(text: string) {
    return html`<div class="minor-heading" role="heading" aria-level=${Math.min(this.level + 2, 6)}>
      ${text}
    </div>`;
  }

  /** A link to `source`, unless it is `unless` (already linked nearby): then nothing. */
  private renderSourceLink(source: Source | undefined, unless: Source) {
    if (!source || source.url === unless.url) return undefined;
    return html`<a class="item-source" href=${source.url} rel="noopener noreferrer"
      >${strings.source(source.title)}</a
    >`;
  }

  /** The grid lines and zero line every row of a chart repeats, so that they line up. */
  private renderGrid(axis: Axis) {
    return svg`${axis.ticks.map(
      (tick) =>
        svg`<line class=${tick.value === 0 ? 'zero' : 'grid'} x1="${tick.position}%" x2="${tick.position}%" y1="0" y2="100%"></line>`,
    )}`;
  }

  private renderBar(chart: MeasureChart, bar: Bar) {
    // A fall's label sits left of its bar, anything else right of it.
    const leftwards = bar.direction === 'fall';
    return html`<svg class="track" aria-hidden="true" focusable="false">
      ${this.renderGrid(chart.axis)}
      <rect
        part="bar ${bar.series}"
        class="bar ${bar.series}"
        x="${bar.start}%"
        width="${bar.width}%"
        y="20%"
        height="60%"
      ></rect>
      <text
        class="value"
        x="${bar.end}%"
        y="50%"
        dx=${leftwards ? '-0.35em' : '0.35em'}
        text-anchor=${leftwards ? 'end' : 'start'}
        dominant-baseline="central"
      >
        ${strings.short(chart.measure.unit, bar.value)}
      </text>
    </svg>`;
  }

  private renderAxis(chart: MeasureChart) {
    return html`<svg class="axis" aria-hidden="true" focusable="false">
      ${chart.axis.ticks.map(
        (tick) =>
          svg`<line class="tick" x1="${tick.position}%" x2="${tick.position}%" y1="0" y2="0.3em"></line>
          <text class="tick-label ${tick.major ? 'major' : 'minor'}" x="${tick.position}%" y="1.25em" text-anchor="middle">${strings.short(chart.measure.unit, tick.value)}</text>`,
      )}
    </svg>`;
  }

  private renderSeriesLabel(series: 'programme' | 'comparison', label: string) {
    return html`<span class="series-label ${series}"
      ><span class="swatch ${series}"></span><span class="series-name">${label}</span></span
    >`;
  }

  private renderMeasure(view: ImpactStudiesView, study: Study, chart: MeasureChart, id: string) {
    const { measure, bars, axis } = chart;
    const group = groupOf(study);
    const sentence =
      measure.sentence ??
      strings.describe(
        measure.label,
        view.programmeAreas,
        strings.short(measure.unit, measure.programme),
        group,
        strings.short(measure.unit, measure.comparison),
      );
    const room = `${axis.min < 0 ? 'room-start' : ''} ${axis.max > 0 ? 'room-end' : ''}`;
    const [programmeBar, comparisonBar] = bars;
    const ownSource = this.renderSourceLink(measure.source, study.source);
    return html`<figure part="measure" class="measure">
      <figcaption class="measure-caption">
        <span class="measure-label">${measure.label}</span>
        <span class="better">${strings.better[measure.better]}</span>
      </figcaption>
      <div class="chart-frame">
        <div part="chart" class="chart ${room}" role="img" aria-labelledby=${id}>
          ${this.renderSeriesLabel('programme', view.programmeAreas)}
          ${this.renderBar(chart, programmeBar)} ${this.renderSeriesLabel('comparison', group)}
          ${this.renderBar(chart, comparisonBar)} ${this.renderAxis(chart)}
          <span class="axis-title">${strings.unitName(measure.unit)}</span>
        </div>
      </div>
      <div class="measure-text">
        <p class="sentence" id=${id}>${sentence}</p>
        ${measure.note ? html`<p class="note">${measure.note}</p>` : nothing}
        ${
          // The study's own period is in its header; a measure names only years of its own.
          measure.period || ownSource
            ? html`<p class="measure-meta">
                ${measure.period ? html`<span>${strings.period(measure.period)}</span>` : nothing}
                ${ownSource}
              </p>`
            : nothing
        }
      </div>
    </figure>`;
  }

  /**
   * Findings with their sources: when every finding cites the same page (other than the
   * study's own), it is named once under the list rather than after each line.
   */
  private renderFindings(study: Study) {
    const cited = new Set(study.findings.map((finding) => finding.source?.url));
    const shared = cited.size === 1 ? study.findings[0]!.source : undefined;
    return html`<section part="findings" class="findings">
      ${this.renderMinorHeading(strings.findings)}
      <ul>
        ${study.findings.map(
          (finding) =>
            html`<li>
              ${finding.text}
              ${shared ? nothing : this.renderSourceLink(finding.source, study.source)}
            </li>`,
        )}
      </ul>
      ${shared ? this.renderSourceLink(shared, study.source) : nothing}
    </section>`;
  }

  private renderStudy(view: ImpactStudiesView, { study, charts }: StudyView, index: number) {
    const headingId = `study-${index}`;
    const group = groupOf(study);
    const byline = [
      study.publisher,
      study.published ? strings.published(formatDate(study.published)) : undefined,
    ].filter(Boolean);
    return html`<article part="study" class="study" aria-labelledby=${headingId}>
      ${this.renderSubheading(study.title, headingId)}
      ${byline.length ? html`<p class="byline">${byline.join(' · ')}</p>` : nothing}
      <dl class="study-facts">
        <div>
          <dt>${strings.comparedWith}</dt>
          <dd>${group}</dd>
        </div>
        ${
          study.period
            ? html`<div>
                <dt>${strings.table.period}</dt>
                <dd>${study.period}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${study.summary ? html`<p class="summary">${study.summary}</p>` : nothing}
      ${
        study.caveats.length
          ? html`<div part="caveats" class="caveats">
              ${this.renderMinorHeading(strings.caveats)}
              <ul>
                ${study.caveats.map((caveat) => html`<li>${caveat}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        charts.length
          ? html`<section class="figures">
              ${this.renderMinorHeading(strings.figures)}
              <ul part="legend" class="legend" aria-label=${strings.legend}>
                <li>${this.renderSeriesLabel('programme', view.programmeAreas)}</li>
                <li>${this.renderSeriesLabel('comparison', group)}</li>
              </ul>
              <div class="measures">
                ${charts.map((chart, at) =>
                  this.renderMeasure(view, study, chart, `${headingId}-measure-${at}`),
                )}
              </div>
            </section>`
          : nothing
      }
      ${study.findings.length ? this.renderFindings(study) : nothing}
      <p class="study-source">
        <a href=${study.source.url} rel="noopener noreferrer"
          >${strings.source(study.source.title)}</a
        >
      </p>
    </article>`;
  }

  /**
   * Every paired figure in one table. Its rows become labelled blocks in a narrow container;
   * the explicit roles keep it a table to assistive technology when CSS changes its display.
   */
  private renderTable(view: ImpactStudiesView) {
    const rows = view.studies.flatMap(({ study, charts }) =>
      charts.map((chart) => ({ study, chart })),
    );
    if (rows.length === 0) return nothing;
    const t = strings.table;
    const headers = [
      t.study,
      t.measure,
      view.programmeAreas,
      t.comparison,
      t.group,
      t.unit,
      t.period,
      t.source,
    ];
    return html`<details class="table-disclosure">
      <summary>${storyStrings.table}</summary>
      <table part="table" class="data-table" role="table">
        <caption>
          ${t.caption}
        </caption>
        <thead>
          <tr role="row">
            ${headers.map((header) => html`<th role="columnheader" scope="col">${header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(({ study, chart }) => {
            const { measure } = chart;
            const source = measure.source ?? study.source;
            const cells = [
              study.title,
              html`${measure.label}
                <span class="cell-note">(${strings.betterInline[measure.better]})</span>`,
              strings.change(measure.programme),
              strings.change(measure.comparison),
              groupOf(study),
              strings.unitName(measure.unit),
              chart.period ?? t.notStated,
              html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>`,
            ];
            return html`<tr role="row">
              ${cells.map(
                (cell, at) =>
                  html`<td
                    role="cell"
                    data-label=${headers[at]!}
                    class=${at === 2 || at === 3 ? 'number' : ''}
                  >
                    <span>${cell}</span>
                  </td>`,
              )}
            </tr>`;
          })}
        </tbody>
      </table>
    </details>`;
  }

  protected override renderView(view: ImpactStudiesView) {
    const sources = view.studies.flatMap(({ study }) => [
      study.source,
      ...study.measures.map((measure) => measure.source),
      ...study.findings.map((finding) => finding.source),
    ]);
    return html`${view.missing.length ? this.renderNotice(strings.unknown(view.missing)) : nothing}
    ${
      view.studies.length
        ? html`${this.renderHeader(view.title, view.takeaway)}
            <div class="studies">
              ${view.studies.map((study, index) => this.renderStudy(view, study, index))}
            </div>
            ${this.renderTable(view)} ${this.renderSources(sources)}`
        : nothing
    }`;
  }
}
