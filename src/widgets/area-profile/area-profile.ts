import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { ContextOffer } from '../../base/context.js';
import { programmeContext } from '../../data/context.js';
import type { ProgrammeState } from '../../data/context.js';
import { findArea } from '../../data/query.js';
import type { Area } from '../../data/types.js';
import { collator } from '../../format/text.js';
import { formatDate } from '../../format/date.js';
import { areaProfileStrings as words } from '../../strings/area-profile.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { storyStyles } from '../story-element.js';
import { areaProfileStyles } from './area-profile.styles.js';
import { neighboursOf } from './model.js';
import type { Neighbours } from './model.js';

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
}

/**
 * One area's page in one tag: its name and a one-sentence takeaway, its card (`bl-area-card`,
 * full: facts, each with its sources, and its outcome rings when it has assessments), up to
 * six neighbouring areas (in the same local authority, else the same region) as buttons that
 * select that area, so the profile and every widget under the same `bl-programme` follow, and
 * its timeline (`bl-timeline`) when the dataset dates milestones, last because it is the
 * longest. The nested widgets take the
 * profile's theme and headings one level below its own, and draw on the profile's data.
 *
 * @tagname bl-area-profile
 * @summary One area's card, outcome rings, timeline and neighbours.
 *
 * @fires bl-area-select - The reader chose a neighbouring area. `detail: { area }`; bubbles and is composed.
 *
 * @csspart header - The area's name and the takeaway.
 * @csspart title - The area's name, a heading at `heading-level`.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart card - The area's card (`bl-area-card`).
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
    };
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
        ${this.renderNeighbours(view.neighbours)}
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
