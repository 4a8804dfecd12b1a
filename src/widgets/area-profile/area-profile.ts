import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { ContextOffer } from '../../base/context.js';
import { programmeContext } from '../../data/context.js';
import type { ProgrammeState } from '../../data/context.js';
import { findArea } from '../../data/query.js';
import type { Area, Dataset } from '../../data/types.js';
import { collator } from '../../format/text.js';
import { formatDate } from '../../format/date.js';
import { formatNumber, formatYear } from '../../format/number.js';
import { areaProfileStrings as words } from '../../strings/area-profile.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { storyStyles } from '../story-element.js';
import { areaProfileStyles } from './area-profile.styles.js';
import { neighboursOf, outcomesOverTime } from './model.js';
import type { Neighbours, OutcomeTrack, OutcomesOverTime } from './model.js';

/**
 * Place, local authority and region, each said once: an authority that begins with the place
 * ("Scarborough (now North Yorkshire)" after "Scarborough") only repeats it.
 */
function whereOf(area: Area): string[] {
  const compare = collator();
  const parts: string[] = [];
  for (const part of [area.place, area.localAuthority, area.region]) {
    const text = part?.trim();
    if (!text) continue;
    const repeats = parts.some(
      (earlier) => compare.compare(text.slice(0, earlier.length), earlier) === 0,
    );
    if (!repeats) parts.push(text);
  }
  return parts;
}

interface ProfileView {
  area: Area;
  takeaway: string;
  /** The dataset dates milestones, so the area's timeline has something to set it among. */
  hasMilestones: boolean;
  neighbours?: Neighbours;
  /** Each outcome's level in every year assessed, when two years or more were. */
  overTime?: OutcomesOverTime;
  /** The one scale every outcome shares, for the key above the table. */
  sharedScale?: readonly string[];
}

/**
 * One area's page in one tag: its name and a one-sentence takeaway, its card (`bl-area-card`,
 * full: facts, each with its sources, and its outcome rings when it has assessments), up to
 * six neighbouring areas (in the same local authority, else the same region) as buttons that
 * select that area, so the profile and every widget under the same `bl-programme` follow, and
 * its timeline (`bl-timeline`) when the dataset dates milestones, last because it is the
 * longest. When the area was assessed in two years or more, "Outcomes over time" follows the
 * card: a table of each outcome's level in every year assessed (number, bar and the scale's
 * label; in a narrow container the numbers, named by a key above), each rise or fall since the
 * assessment before marked ▲ or ▼ (and said to screen readers), and each outcome's change from
 * its first assessed year to its last. The nested widgets take the
 * profile's theme and headings one level below its own, and draw on the profile's data.
 *
 * @tagname bl-area-profile
 * @summary One area's card, outcome rings, change over time, timeline and neighbours.
 *
 * @fires bl-area-select - The reader chose a neighbouring area. `detail: { area }`; bubbles and is composed.
 *
 * @csspart header - The area's name and the takeaway.
 * @csspart title - The area's name, a heading at `heading-level`.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart card - The area's card (`bl-area-card`).
 * @csspart over-time - The "Outcomes over time" section: each outcome's level in every year.
 * @csspart timeline - The area's timeline (`bl-timeline`).
 * @csspart neighbours - The section of neighbouring areas.
 * @csspart neighbour - A neighbouring area's button.
 *
 * @cssprop --bl-area-profile-gap - Space between the profile's sections. Defaults to three spacing units.
 */
export class BlAreaProfile extends BlElement<ProfileView> {
  static override styles = [BlElement.styles, storyStyles, areaProfileStyles];

  /** Its neighbours may be any area: alone on a page, it draws on the document of all areas. */
  static readonly allAreas = true;
  /** Its timeline needs the embedded default's story part (the milestones). */
  static readonly tellsStory = true;

  /**
   * Id of the area. Without it, the area selected under the same `bl-programme`. Choosing a
   * neighbour replaces it.
   */
  @property() area?: string;

  /** The level of the area's name (2 to 6); the card's and the timeline's headings are one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Shares the profile's data with the widgets it renders, so that alone on a page they draw on
   * the same document (all areas, with the milestones) rather than each loading the default.
   */
  private readonly offer = new ContextOffer<ProgrammeState>(this, programmeContext, this.data);
  /** Set when a neighbour was chosen, so the new name takes the focus the button had. */
  private focusTitle = false;

  private get level(): number {
    return Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 6);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.offer.set(this.data);
  }

  protected override derive(_changed: PropertyValues<this>): ProfileView | Notice {
    const dataset = this.data.dataset!;
    const areaId = this.area?.trim() || this.selectedArea;
    if (!areaId) return notice(words.chooseArea);
    const area = findArea(dataset, areaId);
    if (!area) return notice(dataStateStrings.unknownArea(areaId), { warn: true });
    return {
      area,
      takeaway: words.takeaway(area.name, whereOf(area), area.joined && formatDate(area.joined)),
      hasMilestones: dataset.milestones.length > 0,
      neighbours: neighboursOf(dataset.areas, area),
      ...this.overTimeOf(dataset, area.id),
    };
  }

  private overTimeOf(dataset: Dataset, areaId: string) {
    const overTime = outcomesOverTime(dataset, areaId);
    if (!overTime) return {};
    const [first] = overTime.outcomes;
    const shared = overTime.outcomes.every(
      (outcome) => outcome.labels.join('\n') === first?.labels.join('\n'),
    );
    return { overTime, sharedScale: shared && first?.labels.length ? first.labels : undefined };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusTitle) return;
    this.focusTitle = false;
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  private choose(id: string) {
    this.focusTitle = true;
    this.selectArea(id);
    if (this.area) this.area = id;
  }

  private renderNeighbours(neighbours: Neighbours | undefined) {
    const sub = Math.min(this.level + 1, 6);
    return html`<section part="neighbours" class="neighbours" aria-labelledby="neighbours-title">
      <div class="story-subheading" role="heading" aria-level=${sub} id="neighbours-title">
        ${words.neighbours}
      </div>
      ${
        neighbours
          ? html`<p class="neighbours-basis">
                ${words.neighboursIn(neighbours.place, neighbours.total)}${
                  neighbours.total > neighbours.areas.length
                    ? words.neighboursMore(neighbours.areas.length)
                    : nothing
                }
              </p>
              <ul class="neighbour-list">
                ${neighbours.areas.map(
                  (area) =>
                    html`<li>
                      <button
                        part="neighbour"
                        class="neighbour"
                        type="button"
                        @click=${() => this.choose(area.id)}
                      >
                        <span class="neighbour-name">${area.name}</span>
                        ${
                          area.place && area.place !== neighbours.place
                            ? html`<span class="neighbour-place">${area.place}</span>`
                            : nothing
                        }
                      </button>
                    </li>`,
                )}
              </ul>`
          : html`<p class="neighbours-basis">${words.noNeighbours}</p>`
      }
    </section>`;
  }

  /** One outcome's level in one year: its number and bar, its label, and how it moved. */
  private renderStep(outcome: OutcomeTrack, index: number) {
    const { level, change } = outcome.steps[index]!;
    if (level === null) {
      return html`<td class="step none">
        <span aria-hidden="true">–</span><span class="visually-hidden">${words.notAssessed}</span>
      </td>`;
    }
    const top = Math.max(outcome.labels.length - 1, 1);
    const moved = change === 'up' || change === 'down' ? change : undefined;
    return html`<td class="step">
      <span class="step-level">
        <span class="step-number">${formatNumber(level)}</span>
        <span class="step-bar" aria-hidden="true"
          ><span class="step-fill p${Math.round((Math.min(level, top) / top) * 8)}"></span
        ></span>
        ${
          moved
            ? html`<span class="step-change ${moved}" aria-hidden="true"
                >${moved === 'up' ? '▲' : '▼'}</span
              >`
            : nothing
        }
      </span>
      <span class="step-label">${outcome.labels[level] ?? ''}</span
      >${moved ? html`<span class="visually-hidden">, ${words[moved]}</span>` : nothing}
    </td>`;
  }

  private renderOverTime(view: ProfileView) {
    const { overTime, sharedScale } = view;
    if (!overTime) return nothing;
    const sub = Math.min(this.level + 1, 6);
    return html`<section part="over-time" class="over-time" aria-labelledby="over-time-title">
      <div class="story-subheading" role="heading" aria-level=${sub} id="over-time-title">
        ${words.overTime}
      </div>
      <p class="over-time-basis" id="over-time-basis">
        ${words.overTimeBasis(view.area.name, overTime.years.length)}
      </p>
      ${
        sharedScale
          ? html`<ul class="over-time-key" aria-label=${words.levels}>
              ${sharedScale.map(
                (label, level) => html`<li><b>${formatNumber(level)}</b> ${label}</li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="over-time-scroll" role="region" aria-label=${words.overTimeTable} tabindex="0">
        <table
          class="over-time-table"
          aria-labelledby="over-time-title"
          aria-describedby="over-time-basis"
        >
          <thead>
            <tr>
              <th scope="col">${words.year}</th>
              ${overTime.outcomes.map(
                (outcome) =>
                  html`<th scope="col" title=${outcome.title}>
                    <span class="column-name">${outcome.name}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${overTime.years.map(
              (year, index) =>
                html`<tr>
                  <th scope="row">${formatYear(year)}</th>
                  ${overTime.outcomes.map((outcome) => this.renderStep(outcome, index))}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${words.change}</th>
              ${overTime.outcomes.map(
                (outcome) =>
                  html`<td>
                    ${
                      outcome.change
                        ? words.changeBy(
                            outcome.change.to - outcome.change.from,
                            outcome.change.fromYear,
                          )
                        : '–'
                    }
                  </td>`,
              )}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }

  protected override renderView(view: ProfileView) {
    const { area } = view;
    const sub = Math.min(this.level + 1, 6);
    return html`<div part="header" class="story-header">
        <div part="title" class="story-title" role="heading" aria-level=${this.level} tabindex="-1">
          ${area.name}
        </div>
        <p part="takeaway" class="takeaway">${view.takeaway}</p>
      </div>
      <div class="sections">
        <bl-area-card
          part="card"
          class="card"
          area=${area.id}
          heading-level=${sub}
          hide-name
        ></bl-area-card>
        ${this.renderOverTime(view)} ${this.renderNeighbours(view.neighbours)}
        ${
          view.hasMilestones
            ? html`<bl-timeline
                part="timeline"
                class="timeline"
                area=${area.id}
                heading-level=${sub}
              ></bl-timeline>`
            : nothing
        }
      </div>`;
  }
}
