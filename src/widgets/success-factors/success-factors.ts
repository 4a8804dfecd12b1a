import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { findGroup } from '../../data/query.js';
import type { Factor, FactorGroup, Quote, Source } from '../../data/types.js';
import { successFactorsStrings as strings } from '../../strings/success-factors.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import {
  evidenceStyles,
  ownSource,
  quotesNamed,
  renderQuote,
  renderSourceLine,
  sharedSource,
} from './evidence.js';
import { HashTargetController, anchorOf } from './hash-target.js';
import { successFactorsStyles } from './success-factors.styles.js';

/** The evaluation's main message, in the order it reads best: the claim, then the nuance. */
const conclusionQuotes = ['no-single-factor', 'skilled-individuals'];
const anchorPrefix = 'factor';

interface FactorView {
  factor: Factor;
  anchor: string;
  /** Named by the `factor` attribute or by the page's fragment. */
  highlighted: boolean;
  /** Named by the page's fragment: focusable, so focus can be moved to it. */
  targeted: boolean;
  /** Its source, when not the group's. */
  source?: Source;
  /** Its finding's source, when not the one the group's findings share. */
  findingSource?: Source;
}

interface GroupView {
  group: FactorGroup;
  factors: FactorView[];
  /** The source every finding in the group cites, cited once under the group's own. */
  findingsSource?: Source;
}

interface SuccessFactorsView {
  title: string;
  takeaway: string;
  quotes: Quote[];
  groups: GroupView[];
  /** Why the `factor` attribute highlights nothing, said above the factors. */
  factorNotice?: string;
}

/**
 * The conditions and ways of working that shaped how far areas progressed, each factor with
 * what it is and what the evaluation found about it, and the evaluation's main message (no
 * single factor explains success; combinations do) quoted with its source.
 *
 * Beside the conditions matrix it explains a column: each factor has the anchor
 * `#factor-<id>`, and when the page's address ends in one (on load or later) the widget scrolls
 * that factor into view, highlights it and moves focus to it.
 *
 * @tagname bl-success-factors
 * @summary The success factors by group, with the evaluation's findings and main message.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The widget's heading.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart conclusion - The evaluation's main message: its quotes.
 * @csspart quote - Each quote, with its source.
 * @csspart group - Each group of factors.
 * @csspart factor - Each factor.
 * @csspart highlighted - The factor the `factor` attribute or the page's fragment names.
 * @csspart finding - What the evaluation found about a factor.
 * @csspart sources - The list of sources.
 *
 * @cssprop --bl-factors-min-width - Narrowest column of the grid of factors. Defaults to 18em.
 */
export class BlSuccessFactors extends BlStoryElement<SuccessFactorsView> {
  static override styles = [
    BlStoryElement.styles,
    storyStyles,
    evidenceStyles,
    successFactorsStyles,
  ];

  /** Id of one factor group to show alone (`condition`, `way-of-working`); unset shows all. */
  @property() group?: string;

  /** Id of a factor to highlight. */
  @property() factor?: string;

  private readonly hashTarget = new HashTargetController(this, anchorPrefix);

  protected override derive(_changed: PropertyValues<this>): SuccessFactorsView | Notice {
    const dataset = this.data.dataset!;
    if (dataset.factors.length === 0) return notice(strings.none);
    const only = this.group ? findGroup(dataset, this.group) : undefined;
    if (this.group && !only) return notice(strings.unknownGroup(this.group), { warn: true });

    const chosen = only ? [only] : dataset.groups;
    const groups = chosen
      .map((group) => this.groupView(group, dataset.factors))
      .filter((view) => view.factors.length > 0);
    if (only && groups.length === 0) return notice(strings.emptyGroup(only.title));

    const quotes = quotesNamed(dataset, conclusionQuotes);
    const ids = new Set(quotes.map((quote) => quote.id));
    const takeaway = ids.has('no-single-factor')
      ? ids.has('skilled-individuals')
        ? strings.combinationsAndPeople
        : strings.combinations
      : strings.counted(
          groups.reduce((total, view) => total + view.factors.length, 0),
          groups.map((view) => ({ title: view.group.title, count: view.factors.length })),
        );

    return {
      title: only?.title ?? strings.title,
      takeaway: only?.description ?? takeaway,
      quotes,
      groups,
      factorNotice: this.factorNotice(groups),
    };
  }

  private groupView(group: FactorGroup, all: readonly Factor[]): GroupView {
    const factors = all.filter((factor) => factor.group === group.id);
    const findingsSource = sharedSource(factors.flatMap((factor) => factor.finding ?? []));
    return {
      group,
      findingsSource,
      factors: factors.map((factor) => {
        const targeted = factor.id === this.hashTarget.id;
        return {
          factor,
          anchor: anchorOf(anchorPrefix, factor.id),
          highlighted: targeted || factor.id === this.factor,
          targeted,
          source: ownSource(factor, group.source),
          findingSource: factor.finding && ownSource(factor.finding, findingsSource),
        };
      }),
    };
  }

  /** Why a `factor` attribute highlights nothing; warned once, as bad input. */
  private factorNotice(groups: readonly GroupView[]): string | undefined {
    const id = this.factor;
    if (!id || groups.some((view) => view.factors.some((item) => item.factor.id === id))) {
      return undefined;
    }
    const factor = this.data.dataset!.factors.find((item) => item.id === id);
    const message = factor
      ? strings.factorElsewhere(id, groups[0]?.group.title ?? '')
      : strings.unknownFactor(id);
    this.warnOnce(message);
    return message;
  }

  private renderFactor(view: FactorView) {
    const { factor, anchor, highlighted, targeted } = view;
    const titleId = `${anchor}-title`;
    return html`<li
      id=${anchor}
      part=${highlighted ? 'factor highlighted' : 'factor'}
      class="factor story-card ${highlighted ? 'highlighted' : ''}"
      aria-labelledby=${titleId}
      tabindex=${targeted ? '-1' : nothing}
    >
      <div
        class="factor-title"
        id=${titleId}
        role="heading"
        aria-level=${Math.min(this.level + 2, 6)}
      >
        ${factor.title}
      </div>
      ${factor.description ? html`<p class="description">${factor.description}</p>` : nothing}
      ${
        factor.finding
          ? html`<div part="finding" class="finding">
              <p class="finding-label">${strings.finding}</p>
              <p class="finding-text">${factor.finding.text}</p>
              ${renderSourceLine(strings.source, view.findingSource)}
            </div>`
          : nothing
      }
      ${renderSourceLine(strings.source, view.source)}
    </li>`;
  }

  private renderGroup({ group, factors, findingsSource }: GroupView, alone: boolean) {
    const headingId = `group-${group.id}`;
    return html`<section part="group" class="group" aria-labelledby=${alone ? nothing : headingId}>
      ${
        alone
          ? nothing
          : html`${this.renderSubheading(group.title, headingId)}
            ${group.description ? html`<p class="group-description">${group.description}</p>` : nothing}`
      }
      <div class="group-sources">
        ${renderSourceLine(strings.describedIn, group.source)}
        ${renderSourceLine(strings.findingsFrom, findingsSource)}
      </div>
      <ul class="factors story-cards">
        ${factors.map((item) => this.renderFactor(item))}
      </ul>
    </section>`;
  }

  protected override renderView(view: SuccessFactorsView) {
    const alone = Boolean(this.group);
    return html`${this.renderHeader(view.title, view.takeaway)}
    ${view.factorNotice ? this.renderNotice(view.factorNotice) : nothing}
    ${
      view.quotes.length
        ? html`<section part="conclusion" class="conclusion" aria-labelledby="conclusion">
            ${this.renderSubheading(strings.conclusion, 'conclusion')}
            <div class="quotes">${view.quotes.map(renderQuote)}</div>
          </section>`
        : nothing
    }
    ${view.groups.map((group) => this.renderGroup(group, alone))}
    ${this.renderSources([
      ...view.quotes.map((quote) => quote.source),
      ...view.groups.flatMap(({ group, factors }) => [
        group.source,
        ...factors.flatMap(({ factor }) => [factor.source, factor.finding?.source]),
      ]),
    ])}`;
  }
}
