import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { findFact } from '../../data/query.js';
import type { Fact, FrameworkItem, Quote, Source } from '../../data/types.js';
import { formatPercent } from '../../format/figures.js';
import { partnershipMixStrings as strings } from '../../strings/partnership-mix.js';
import { storyStrings } from '../../strings/story.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import {
  evidenceStyles,
  ownSource,
  quotesNamed,
  renderQuote,
  renderSourceLine,
  sharedSource,
} from '../success-factors/evidence.js';
import { mixBar } from './model.js';
import type { MixBar } from './model.js';
import { partnershipMixStyles } from './partnership-mix.styles.js';

interface TypeView {
  type: FrameworkItem;
  /** The share in the source's words, or its stated fraction as a percentage. */
  share?: string;
  /** Drawn as a stated span of the bar, or within the unquantified remainder. */
  stated: boolean;
  source?: Source;
}

interface PartnershipMixView {
  takeaway: string;
  types: TypeView[];
  bar?: MixBar;
  /** The types drawn to their stated share, and the others, as the legend names them. */
  named: { stated: string; unstated: string };
  /** The chart's text alternative. */
  summary: string;
  /** The source every type cites, cited once under them. */
  source?: Source;
  caveat?: Quote;
  caseStudies?: Fact;
}

/** The share as the source words it; a bare fraction only when that is all it states. */
const shareOf = (type: FrameworkItem) =>
  type.share ?? (type.fraction === undefined ? undefined : formatPercent(type.fraction));

/** Bar coordinates: SVG lengths, never read by a reader. */
const percent = (fraction: number) => `${fraction * 100}%`;

/**
 * How the evaluation described the partnerships it studied: each type with its share in the
 * source's own words ("around a third", "a couple", "the rest"), never turned into counts. The
 * bar draws only a share the source states as a proportion; the rest of it is one hatched
 * remainder labelled as not stated, so no reader takes it for four measured parts. The
 * evaluation's caveat that there is no neat typology is quoted with it.
 *
 * @tagname bl-partnership-mix
 * @summary The partnership types in the source's words, with the one share it states drawn.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The widget's heading.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart case-studies - How many case studies there were, and when.
 * @csspart chart - The bar, its legend and its table.
 * @csspart legend - The bar's legend.
 * @csspart table - The bar's data table.
 * @csspart type - Each partnership type.
 * @csspart share - A type's share, in the source's words.
 * @csspart caveat - The evaluation's caveat.
 * @csspart quote - The caveat's quote, with its source.
 * @csspart sources - The list of sources.
 *
 * @cssprop --bl-mix-bar-height - Height of the bar. Defaults to 2em.
 */
export class BlPartnershipMix extends BlStoryElement<PartnershipMixView> {
  static override styles = [
    BlStoryElement.styles,
    storyStyles,
    evidenceStyles,
    partnershipMixStyles,
  ];

  protected override derive(_changed: PropertyValues<this>): PartnershipMixView | Notice {
    const dataset = this.data.dataset!;
    const all = dataset.partnershipTypes;
    if (all.length === 0) return notice(strings.none);
    // Titles alone (Big Local's defaults, another programme's bare list) describe no mix.
    if (!all.some((type) => type.share || type.fraction !== undefined || type.description)) {
      return notice(strings.undescribed);
    }
    const bar = mixBar(all);
    const statedIds = new Set(bar?.stated.map((span) => span.type.id));
    const source = sharedSource(all);
    const types = all.map((type) => ({
      type,
      share: shareOf(type),
      stated: statedIds.has(type.id),
      source: ownSource(type, source),
    }));
    const described = (stated: boolean) =>
      types
        .filter((item) => item.stated === stated)
        .map(({ type, share }) => ({ title: type.title, share }));
    const largest = bar?.stated.reduce((most, span) => (span.width > most.width ? span : most));
    return {
      takeaway: largest
        ? strings.stated(shareOf(largest.type)!, largest.type.title)
        : strings.counted(all.length),
      types,
      bar,
      named: { stated: strings.named(described(true)), unstated: strings.named(described(false)) },
      summary: strings.summary(described(true), described(false)),
      source,
      caveat: quotesNamed(dataset, ['no-neat-typology'])[0],
      caseStudies: findFact(dataset, 'case-study-areas'),
    };
  }

  private renderSwatch(stated: boolean) {
    return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
      <rect
        class=${stated ? 'stated' : 'remainder'}
        x="0.5"
        y="0.5"
        width="15"
        height="15"
        fill=${stated ? nothing : 'url(#unstated-hatch)'}
      />
    </svg>`;
  }

  private renderBar(bar: MixBar, summary: string) {
    return html`<svg class="bar" role="img" aria-label=${summary}>
      <defs>
        <pattern
          id="unstated-hatch"
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <line class="hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      ${bar.stated.map(
        (span) =>
          svg`<rect class="stated" x=${percent(span.start)} y="0" width=${percent(span.width)} height="100%" />`,
      )}
      ${
        bar.remainder
          ? svg`<rect class="remainder" x=${percent(bar.remainder.start)} y="0"
              width=${percent(bar.remainder.width)} height="100%" fill="url(#unstated-hatch)" />`
          : nothing
      }
    </svg>`;
  }

  private renderChart(view: PartnershipMixView, bar: MixBar) {
    return html`<figure part="chart" class="chart">
      <figcaption class="chart-title">${strings.chart}</figcaption>
      ${this.renderBar(bar, view.summary)}
      <ul part="legend" class="legend">
        <li>
          ${this.renderSwatch(true)}
          <span><strong>${strings.legend.stated}</strong> ${view.named.stated}</span>
        </li>
        ${
          bar.remainder || view.named.unstated
            ? html`<li>
                ${this.renderSwatch(false)}
                <span><strong>${strings.legend.unstated}</strong> ${view.named.unstated}</span>
              </li>`
            : nothing
        }
      </ul>
      <details class="table">
        <summary>${storyStrings.table}</summary>
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${strings.table.type}</th>
              <th scope="col">${strings.table.share}</th>
              <th scope="col">${strings.table.drawn}</th>
            </tr>
          </thead>
          <tbody>
            ${view.types.map(
              (item) =>
                html`<tr>
                  <th scope="row">${item.type.title}</th>
                  <td>${item.share ?? strings.table.notGiven}</td>
                  <td>${item.stated ? strings.table.drawnStated : strings.table.drawnUnstated}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>`;
  }

  private renderType(item: TypeView, drawn: boolean) {
    const id = `type-${item.type.id}`;
    return html`<li part="type" class="type story-card" aria-labelledby=${id}>
      <div class="type-head">
        ${drawn ? this.renderSwatch(item.stated) : nothing}
        <div class="type-title" id=${id} role="heading" aria-level=${Math.min(this.level + 1, 6)}>
          ${item.type.title}
        </div>
      </div>
      ${item.share ? html`<p part="share" class="share">${item.share}</p>` : nothing}
      ${item.type.description ? html`<p class="description">${item.type.description}</p>` : nothing}
      ${renderSourceLine(strings.source, item.source)}
    </li>`;
  }

  private renderCaseStudies(fact: Fact) {
    return html`<p part="case-studies" class="case-studies">
      <span class="case-studies-value">${fact.value}</span>
      <span>${fact.label}</span>
      <span class="case-studies-source"
        >${strings.source}
        <a href=${fact.source.url} rel="noopener noreferrer">${fact.source.title}</a></span
      >
    </p>`;
  }

  protected override renderView(view: PartnershipMixView) {
    const { bar } = view;
    return html`${this.renderHeader(strings.title, view.takeaway)}
      ${view.caseStudies ? this.renderCaseStudies(view.caseStudies) : nothing}
      ${bar ? this.renderChart(view, bar) : nothing}
      <ul class="types story-cards">
        ${view.types.map((item) => this.renderType(item, Boolean(bar)))}
      </ul>
      ${renderSourceLine(strings.source, view.source)}
      ${
        view.caveat
          ? html`<section part="caveat" class="caveat" aria-labelledby="caveat">
              ${this.renderSubheading(strings.caveat, 'caveat')} ${renderQuote(view.caveat)}
            </section>`
          : nothing
      }
      ${this.renderSources([
        view.caseStudies?.source,
        view.source,
        ...view.types.map((item) => item.source),
        view.caveat?.source,
      ])}`;
  }
}
