import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { assessmentsOf, findArea, findSetting, partnershipTitle } from '../../data/query.js';
import type { Area, Dataset, Source } from '../../data/types.js';
import { formatCount, formatQualifiedMoney } from '../../format/figures.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { errorStrings } from '../../strings/base.js';
import { cardStrings } from '../../strings/card.js';
import { cardStyles } from './area-card.styles.js';

export type CardVariant = 'full' | 'compact';

/** One line of the card's facts, with the numbers of the sources that back it. */
interface FactLine {
  field: string;
  label: string;
  value: string;
  notes: number[];
}

/** A numbered source, listing every field it backs. */
interface Footnote {
  source: Source;
  fields: string[];
}

interface CardView {
  area: Area;
  facts: FactLine[];
  summaryNotes: number[];
  /** The sources of the area's confirmation, when it is unconfirmed (they say who names it). */
  confirmedNotes: number[];
  footnotes: Footnote[];
  website?: string;
  hasAssessments: boolean;
}

/** The rings' module, once asked for by any card. */
let definingRings: Promise<unknown> | undefined;

/** Which fields each variant shows, in order. */
const factFields = {
  full: [
    'place',
    'localAuthority',
    'region',
    'setting',
    'population',
    'funding',
    'partnership',
    'wave',
    'status',
    'joined',
    'completed',
  ],
  compact: ['place', 'region', 'setting', 'funding'],
} as const;

/**
 * An area's card: name, place, local authority, region, setting, population, funding,
 * partnership type, wave, status, when it joined (and completed), priorities, a case-study
 * badge, summary, a link to its website and, when it has assessments, its outcome rings with
 * how the assessment shown was made and where it is published.
 *
 * The card reads the programme from its data, never Big Local's: settings and partnership types
 * by their titles in the dataset's own lists, money in its own currency. A figure its source
 * qualifies says so ("at least £1,000,000", "about 8,000"), never shown as exact. An area no
 * published source confirms (`confirmed: false`) says "Not confirmed by a published source" in
 * every variant. Every figure with a source carries a footnote number, and a "Sources"
 * disclosure lists them, so a reader can check each one.
 *
 * The whole card selects its area: a click anywhere on it, or Enter or Space on its name
 * (a button, its one tab stop besides links), fires `bl-area-select`; the card shows the
 * selection shared through its `bl-programme`, so every card and widget under it stays in step.
 *
 * @tagname bl-area-card
 * @summary An area's card with its facts, sources and outcome rings.
 *
 * @fires bl-area-select - The reader chose this area. `detail: { area }`; bubbles and is composed.
 *
 * @csspart card - The card's frame.
 * @csspart media - The image's frame (fixed aspect ratio, so it never shifts layout).
 * @csspart name - The area's name: the button that selects it.
 * @csspart case-study - The "Case-study area" badge.
 * @csspart unconfirmed - The line saying no published source confirms the area.
 * @csspart facts - The list of facts.
 * @csspart summary - The summary paragraph.
 * @csspart priorities - The list of priorities.
 * @csspart website - The link to the area's website.
 * @csspart rings - The outcome rings (`bl-outcome-rings`).
 * @csspart sources - The "Sources" disclosure.
 *
 * @cssprop --bl-card-padding - Padding inside the card. Defaults to 1em.
 * @cssprop --bl-card-selected - Colour of the selected card's border. Defaults to `--bl-color-accent`.
 */
export class BlAreaCard extends BlElement<CardView> {
  static override styles = [BlElement.styles, cardStyles];

  /** Id of the area. Without it, the area selected under the same `bl-programme`. */
  @property() area?: string;

  /**
   * `full` shows everything; `compact` suits grids: name, place, region, setting and funding
   * (and the unconfirmed line, which every variant shows).
   */
  @property({ reflect: true }) variant: CardVariant = 'full';

  /** Assessment year for the rings. Defaults to the latest. */
  @property({ type: Number }) year?: number;

  /** Heading level of the area's name, to fit the page's outline (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Leaves out the area's name, under a heading that already gives it (as the profile does). */
  @property({ type: Boolean, attribute: 'hide-name' }) hideName = false;

  protected override get placesBadge(): boolean {
    return true;
  }

  protected override derive(_changed: PropertyValues<this>): CardView | Notice {
    const dataset = this.data.dataset!;
    const areaId = this.area ?? this.selectedArea;
    if (!areaId) return notice(cardStrings.chooseArea);
    const area = findArea(dataset, areaId);
    if (!area) return notice(dataStateStrings.unknownArea(areaId), { warn: true });
    const view = this.describe(dataset, area);
    if (this.variant !== 'compact' && view.hasAssessments) {
      // The rings' chunk, fetched only for an area with assessments to draw: on Big Local's
      // data, where none is assessed, a card says so and never needs it. Until it arrives the
      // rings' tag keeps their room (the page's reserved room, which the binding adopts here).
      definingRings ??= import('../outcome-rings/define.js').catch((error: unknown) => {
        // Asked for again by the next card that draws; the rings keep their room meanwhile.
        definingRings = undefined;
        this.warnOnce(`${errorStrings.internal} ${String(error)}`);
      });
    }
    return view;
  }

  private describe(dataset: Dataset, area: Area): CardView {
    const footnotes: Footnote[] = [];
    // Numbered in the order sources are first cited; a line's numbers read in order ("1,2,3").
    const cite = (field: string): number[] => {
      const numbers = (area.sources?.[field] ?? []).map((source) => {
        let index = footnotes.findIndex((note) => note.source.url === source.url);
        if (index < 0) index = footnotes.push({ source, fields: [] }) - 1;
        const fields = footnotes[index]!.fields;
        if (!fields.includes(field)) fields.push(field);
        return index + 1;
      });
      return [...new Set(numbers)].sort((a, b) => a - b);
    };
    const facts: FactLine[] = [];
    for (const field of factFields[this.variant] ?? factFields.full) {
      const value = this.factValue(dataset, area, field);
      if (value)
        facts.push({
          field,
          label: cardStrings.fields[field] ?? field,
          value,
          notes: cite(field),
        });
    }
    const confirmedNotes = area.confirmed === false ? cite('confirmed') : [];
    const summaryNotes = this.variant === 'full' && area.summary ? cite('summary') : [];
    // Sources of fields the card does not show as lines (e.g. caseStudy, website) still count.
    for (const field of Object.keys(area.sources ?? {})) {
      if (this.variant === 'full' || field !== 'summary') cite(field);
    }
    return {
      area,
      facts,
      summaryNotes,
      confirmedNotes,
      footnotes,
      // The validator keeps only http(s) addresses, so this one is safe to link.
      website: area.website,
      hasAssessments: assessmentsOf(dataset, area.id).length > 0,
    };
  }

  private factValue(dataset: Dataset, area: Area, field: string): string | undefined {
    switch (field) {
      case 'place':
        return area.place;
      case 'localAuthority':
        return area.localAuthority;
      case 'region':
        return area.region;
      case 'setting':
        return area.setting && findSetting(dataset, area.setting)?.title;
      case 'population':
        return area.population && formatCount(area.population);
      case 'funding':
        return area.funding && formatQualifiedMoney(area.funding);
      case 'partnership':
        return area.partnership && partnershipTitle(dataset, area.partnership);
      case 'wave':
        return area.wave === undefined ? undefined : formatNumber(area.wave);
      case 'status':
        return area.status && (cardStrings.statuses[area.status] ?? area.status);
      case 'joined':
        return area.joined && formatDate(area.joined);
      case 'completed':
        return area.completed && formatDate(area.completed);
      default:
        return undefined;
    }
  }

  private select = () => {
    if (this.view) this.selectArea(this.view.area.id);
  };

  private renderNotes(notes: number[]) {
    if (notes.length === 0) return nothing;
    return html`<sup class="notes"
      ><span class="visually-hidden"> ${cardStrings.sourceNumbers}</span>${notes.join(',')}</sup
    >`;
  }

  private renderHeading(content: TemplateResult) {
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 3, 2), 6);
    return html`<div class="name" role="heading" aria-level=${level}>${content}</div>`;
  }

  private renderCard(view: CardView) {
    const { area } = view;
    const selected = this.selectedArea === area.id;
    const full = this.variant !== 'compact';
    return html`<article part="card" class="card ${selected ? 'selected' : ''}">
      ${
        area.image
          ? html`<div part="media" class="media">
              <img src=${area.image.src} alt=${area.image.alt} loading="lazy" decoding="async" />
            </div>`
          : nothing
      }
      <div class="head">
        ${
          this.hideName
            ? nothing
            : this.renderHeading(
                html`<button
                  part="name"
                  class="select"
                  type="button"
                  aria-pressed=${selected ? 'true' : 'false'}
                  @click=${this.select}
                >
                  ${area.name}
                </button>`,
              )
        }
        ${
          selected
            ? html`<span class="selected-mark" aria-hidden="true">${cardStrings.selected}</span>`
            : nothing
        }
        ${
          area.caseStudy
            ? html`<span part="case-study" class="case-study">${cardStrings.caseStudy}</span>`
            : nothing
        }
        ${this.renderBadge()}
      </div>
      ${
        area.confirmed === false
          ? html`<p part="unconfirmed" class="unconfirmed">
              ${cardStrings.unconfirmed}${this.renderNotes(view.confirmedNotes)}
            </p>`
          : nothing
      }
      ${
        view.facts.length
          ? html`<dl part="facts" class="facts">
              ${view.facts.map(
                (fact) =>
                  // The source numbers go with the label: after the value, a long one
                  // broken to fit a narrow column would leave them alone on a line.
                  html`<div class=${fact.field}>
                    <dt>${fact.label}${this.renderNotes(fact.notes)}</dt>
                    <dd>${fact.value}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${
        full && area.summary
          ? html`<p part="summary" class="summary">
              ${area.summary}${this.renderNotes(view.summaryNotes)}
            </p>`
          : nothing
      }
      ${
        full && area.priorities?.length
          ? html`<div class="priorities">
              <span class="priorities-label" id="priorities">${cardStrings.priorities}</span>
              <ul part="priorities" aria-labelledby="priorities">
                ${area.priorities.map((priority) => html`<li>${priority}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        view.website
          ? html`<a part="website" class="website" href=${view.website} rel="noopener noreferrer"
              >${cardStrings.website(area.name)}</a
            >`
          : nothing
      }
      ${
        full
          ? view.hasAssessments
            ? html`<bl-outcome-rings
                part="rings"
                class="rings"
                area=${area.id}
                .year=${this.year}
              ></bl-outcome-rings>`
            : html`<p class="no-assessment">${dataStateStrings.noAssessment}</p>`
          : nothing
      }
      ${view.footnotes.length ? this.renderSources(view.footnotes) : nothing}
    </article>`;
  }

  private renderSources(footnotes: Footnote[]) {
    return html`<details part="sources" class="sources">
      <summary>${cardStrings.sources(footnotes.length)}</summary>
      <ol>
        ${footnotes.map(
          (note) =>
            html`<li>
              <span class="fields"
                >${note.fields.map((field) => cardStrings.fields[field] ?? field).join(', ')}:</span
              >
              <a href=${note.source.url} rel="noopener noreferrer">${note.source.title}</a>
            </li>`,
        )}
      </ol>
    </details>`;
  }

  protected override renderView(view: CardView) {
    return this.renderCard(view);
  }
}
