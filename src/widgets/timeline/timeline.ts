import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { pipeList } from '../../base/converters.js';
import { findArea } from '../../data/query.js';
import type { Area, Dataset, Milestone, Source } from '../../data/types.js';
import { formatDate } from '../../format/date.js';
import { formatYear } from '../../format/number.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { timelineStrings as words } from '../../strings/timeline.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import {
  areaSteps,
  filterByKinds,
  groupByYear,
  milestonesOf,
  sortByDate,
  unknownKinds,
} from './model.js';
import type { AreaStep, YearGroup } from './model.js';
import { timelineStyles } from './timeline.styles.js';

type DateCertainty = NonNullable<Milestone['certainty']>;

/** One step on the timeline: a milestone of the data, or a date from the area's record. */
interface Entry {
  id: string;
  date: string;
  label: string;
  description?: string;
  certainty: DateCertainty;
  kind?: string;
  /** The chosen area's own step, marked as such among the programme's. */
  own: boolean;
  source?: Source;
  otherSources: readonly Source[];
}

interface TimelineView {
  title: string;
  takeaway: string;
  years: YearGroup<Entry>[];
  /** Said above the timeline: an unknown area or kind, an area with no steps of its own. */
  notices: string[];
  /** The chosen area's name, for its steps' tag and the key. */
  areaName?: string;
  /** The markers the timeline uses, for the key. */
  certainties: DateCertainty[];
  hasOwn: boolean;
  sources: Source[];
}

const certaintyOrder: readonly DateCertainty[] = ['stated', 'approximate', 'uncertain'];

function fromMilestone(milestone: Milestone, own: boolean): Entry {
  return {
    id: milestone.id,
    date: milestone.date,
    label: milestone.label,
    description: milestone.description,
    certainty: milestone.certainty ?? 'stated',
    kind: milestone.kind,
    own,
    source: milestone.source,
    otherSources: milestone.otherSources ?? [],
  };
}

/** Joining and completing are steps of the programme, so a `kinds="programme"` filter keeps them. */
function fromStep(step: AreaStep, area: Area, dataset: Dataset): Entry {
  const programme = dataset.programme.name;
  return {
    id: `${area.id}-${step.step}`,
    date: step.date,
    label: step.step === 'joined' ? words.joined(area.name, programme) : words.completed(area.name),
    description:
      step.step === 'joined' && area.wave !== undefined ? words.wave(area.wave) : undefined,
    certainty: 'stated',
    kind: 'programme',
    own: true,
    source: step.source,
    otherSources: step.otherSources,
  };
}

/**
 * The marker of a date's certainty, a shape apiece so that no reader depends on colour: a
 * filled disc for a stated date, a ring for an approximate one, a diamond for an uncertain one.
 * The words beside each date say the same, so the marker is hidden from assistive technology.
 */
function marker(certainty: DateCertainty) {
  const shape =
    certainty === 'stated'
      ? svg`<circle class="fill" cx="8" cy="8" r="5.5" />`
      : certainty === 'approximate'
        ? svg`<circle class="hollow" cx="8" cy="8" r="5" />`
        : svg`<path class="hollow" d="M8 1.6 14.4 8 8 14.4 1.6 8Z" />`;
  return html`<svg
    part="marker"
    class="marker"
    viewBox="0 0 16 16"
    aria-hidden="true"
    focusable="false"
  >
    ${shape}
  </svg>`;
}

/**
 * The programme's journey as a list of dated milestones grouped by year, each at the precision
 * its source gives (2010, June 2022, 29 February 2012), with how certain the date is said in
 * words and shown by the marker's shape, its kind, and its source. With `area`, that area's own
 * milestones and the dates its record gives (when it joined and completed, with the record's
 * sources) are set among the programme's and marked with its name: the programme's steps give
 * an area's few their context. The list itself is the text alternative.
 *
 * @tagname bl-timeline
 * @summary The programme's milestones by year, with their certainty and sources.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The title, a heading at `heading-level`.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart legend - The key to the markers.
 * @csspart list - The list of years.
 * @csspart year - A year: its heading and its milestones.
 * @csspart milestones - The list of one year's milestones.
 * @csspart milestone - Each milestone.
 * @csspart own - A milestone of the chosen area's own (also a `milestone`).
 * @csspart marker - A milestone's marker on the line, whose shape shows how certain its date is.
 * @csspart date - A milestone's date.
 * @csspart certainty - The "Uncertain date" label.
 * @csspart area-tag - The chosen area's name on its own milestones.
 * @csspart kind - A milestone's kind: programme, evaluation, research, data.
 * @csspart label - What happened.
 * @csspart description - More about it, and why a date is uncertain.
 * @csspart source - The links to a milestone's source and other sources.
 * @csspart sources - The list of every source, in a disclosure.
 *
 * @cssprop --bl-timeline-marker-color - Colour of the markers and the line. Defaults to the accent colour.
 * @cssprop --bl-timeline-year-width - Width of the years' column in the wide layout. Defaults to 5em.
 */
export class BlTimeline extends BlStoryElement<TimelineView> {
  static override styles = [BlElement.styles, storyStyles, timelineStyles];

  /** Id of an area whose own milestones are set among the programme's, marked with its name. */
  @property() area?: string;

  /**
   * Only milestones of these kinds, separated by `|`: `programme`, `evaluation`, `research`,
   * `data`, or any kind the data uses. Empty shows every kind.
   */
  @property({ converter: pipeList }) kinds: string[] = [];

  protected override derive(_changed: PropertyValues<this>): TimelineView | Notice {
    const dataset = this.data.dataset!;
    const notices: string[] = [];
    const areaId = this.area?.trim() || undefined;
    const area = areaId ? findArea(dataset, areaId) : undefined;
    if (areaId && !area) {
      const message = dataStateStrings.unknownArea(areaId);
      this.warnOnce(message);
      notices.push(message);
    }

    const split = milestonesOf(dataset.milestones, area?.id);
    const own = area
      ? [
          ...split.area.map((milestone) => fromMilestone(milestone, true)),
          ...areaSteps(area).map((step) => fromStep(step, area, dataset)),
        ]
      : [];
    const all = [...split.programme.map((milestone) => fromMilestone(milestone, false)), ...own];
    if (all.length === 0) return notice(words.none);
    if (area && own.length === 0) notices.push(words.areaHasNone(area.name));

    const unknown = unknownKinds(all, this.kinds);
    if (unknown.length) {
      const message = words.unknownKinds(unknown);
      this.warnOnce(message);
      notices.push(message);
    }
    const shown = sortByDate(filterByKinds(all, this.kinds));
    const years = groupByYear(shown);
    const first = years[0];
    const last = years.at(-1);
    if (!first || !last) {
      return unknown.length ? notice(notices.join(' ')) : notice(words.noneOfKinds);
    }

    const programme = dataset.programme.name;
    const from = formatYear(first.year);
    const to = formatYear(last.year);
    const ownShown = shown.filter((entry) => entry.own).length;
    return {
      title: area ? words.areaTitle(area.name, programme) : words.title(programme),
      takeaway:
        area && ownShown
          ? words.areaTakeaway(area.name, ownShown, shown.length, from, to)
          : words.takeaway(shown.length, from, to),
      years,
      notices,
      areaName: area?.name,
      certainties: certaintyOrder.filter((certainty) =>
        shown.some((entry) => entry.certainty === certainty),
      ),
      hasOwn: ownShown > 0,
      sources: shown.flatMap((entry) => [
        ...(entry.source ? [entry.source] : []),
        ...entry.otherSources,
      ]),
    };
  }

  private renderLegend({ certainties, hasOwn, areaName }: TimelineView) {
    return html`<div part="legend" class="legend">
      <span class="legend-title" id="legend-title">${words.legend}</span>
      <ul aria-labelledby="legend-title">
        ${certainties.map(
          (certainty) =>
            html`<li class="key ${certainty}">
              ${marker(certainty)}<span>${words.legendItems[certainty]}</span>
            </li>`,
        )}
        ${
          hasOwn && areaName
            ? html`<li class="key own-key">
                <span class="tag own" aria-hidden="true">${areaName}</span
                ><span>${words.legendItems.own(areaName)}</span>
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  private renderSourceLinks(entry: Entry) {
    const link = (source: Source) =>
      html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>`;
    return html`${
      entry.source
        ? html`<p part="source" class="cite">${words.source} ${link(entry.source)}</p>`
        : nothing
    }
    ${
      entry.otherSources.length
        ? html`<p part="source" class="cite">
            ${words.otherSources}
            ${entry.otherSources.map((source, index) => html`${index ? ', ' : ''}${link(source)}`)}
          </p>`
        : nothing
    }`;
  }

  private renderEntry(entry: Entry, areaName: string | undefined) {
    const date = formatDate(entry.date);
    return html`<li
      part="milestone ${entry.own ? 'own' : ''}"
      class="milestone ${entry.certainty} ${entry.own ? 'own' : ''}"
    >
      ${marker(entry.certainty)}
      <p class="when">
        <time part="date" class="date" datetime=${entry.date}
          >${entry.certainty === 'approximate' ? words.approximate(date) : date}</time
        >
        ${
          entry.certainty === 'uncertain'
            ? html`<span part="certainty" class="tag certainty">${words.certainty.uncertain}</span>`
            : nothing
        }
        ${entry.own && areaName ? html`<span part="area-tag" class="tag own">${areaName}</span>` : nothing}
        ${
          entry.kind
            ? html`<span part="kind" class="kind">${words.kinds[entry.kind] ?? entry.kind}</span>`
            : nothing
        }
      </p>
      <p part="label" class="label">${entry.label}</p>
      ${
        entry.description
          ? html`<p part="description" class="description">${entry.description}</p>`
          : nothing
      }
      ${this.renderSourceLinks(entry)}
    </li>`;
  }

  protected override renderView(view: TimelineView) {
    return html`${this.renderHeader(view.title, view.takeaway)}
      ${view.notices.map((message) => this.renderNotice(message))} ${this.renderLegend(view)}
      <ol part="list" class="years">
        ${view.years.map(
          ({ year, items }) =>
            html`<li part="year" class="year">
              ${this.renderSubheading(formatYear(year), `year-${year}`)}
              <ol part="milestones" class="milestones" aria-labelledby="year-${year}">
                ${items.map((entry) => this.renderEntry(entry, view.areaName))}
              </ol>
            </li>`,
        )}
      </ol>
      ${this.renderSources(view.sources)}`;
  }
}
