import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { findOutcome } from '../../data/query.js';
import type { Outcome, Quote, Source } from '../../data/types.js';
import { outcomesStrings as strings } from '../../strings/outcomes.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import {
  evidenceStyles,
  ownSource,
  quotesNamed,
  renderQuote,
  renderSourceLine,
  sharedSource,
} from '../success-factors/evidence.js';
import { HashTargetController, anchorOf } from '../success-factors/hash-target.js';
import { outcomesStyles } from './outcomes.styles.js';

const anchorPrefix = 'outcome';
/** What the clearest progress went with: the first of these the dataset quotes. */
const agencyQuotes = ['agency', 'agency-end-of-programme'];

interface OutcomeView {
  outcome: Outcome;
  anchor: string;
  highlighted: boolean;
  /** Named by the page's fragment: focusable, so focus can be moved to it. */
  targeted: boolean;
  /** Its source, when not the one every outcome shares. */
  source?: Source;
}

interface OutcomesView {
  title: string;
  takeaway: string;
  hypothesis?: Quote;
  outcomes: OutcomeView[];
  /** The source every outcome cites, cited once under the list. */
  source?: Source;
  agency?: Quote;
  /** Why the `outcome` attribute highlights nothing. */
  outcomeNotice?: string;
}

/**
 * The programme's outcomes, what each means and where it is defined; the programme's hypothesis
 * quoted with its source; and what the areas that made the clearest progress went with
 * (increased agency), as the evaluation puts it.
 *
 * Each outcome has the anchor `#outcome-<id>`: when the page's address ends in one (on load or
 * later) the widget scrolls that outcome into view, highlights it and moves focus to it.
 *
 * @tagname bl-outcomes
 * @summary The programme's outcomes, its hypothesis and what progress went with.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The widget's heading.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart hypothesis - The programme's hypothesis.
 * @csspart quote - Each quote, with its source.
 * @csspart outcome - Each outcome.
 * @csspart highlighted - The outcome the `outcome` attribute or the page's fragment names.
 * @csspart agency - What the clearest progress went with.
 * @csspart sources - The list of sources.
 *
 * @cssprop --bl-outcomes-min-width - Narrowest column of the grid of outcomes. Defaults to 15em.
 */
export class BlOutcomes extends BlStoryElement<OutcomesView> {
  static override styles = [BlStoryElement.styles, storyStyles, evidenceStyles, outcomesStyles];

  /** Id of an outcome to highlight. */
  @property() outcome?: string;

  private readonly hashTarget = new HashTargetController(this, anchorPrefix);

  protected override derive(_changed: PropertyValues<this>): OutcomesView | Notice {
    const dataset = this.data.dataset!;
    if (dataset.outcomes.length === 0) return notice(strings.none);
    const source = sharedSource(dataset.outcomes);
    const [hypothesis] = quotesNamed(dataset, ['hypothesis']);
    const [agency] = quotesNamed(dataset, agencyQuotes);
    let outcomeNotice: string | undefined;
    if (this.outcome && !findOutcome(dataset, this.outcome)) {
      outcomeNotice = strings.unknownOutcome(this.outcome);
      this.warnOnce(outcomeNotice);
    }
    const programme = dataset.programme.name;
    return {
      title: strings.title(programme),
      takeaway: agency
        ? strings.agencyTakeaway
        : strings.counted(programme, dataset.outcomes.length),
      hypothesis,
      agency,
      source,
      outcomeNotice,
      outcomes: dataset.outcomes.map((outcome) => {
        const targeted = outcome.id === this.hashTarget.id;
        return {
          outcome,
          anchor: anchorOf(anchorPrefix, outcome.id),
          highlighted: targeted || outcome.id === this.outcome,
          targeted,
          source: ownSource(outcome, source),
        };
      }),
    };
  }

  private renderOutcome({ outcome, anchor, highlighted, targeted, source }: OutcomeView) {
    const titleId = `${anchor}-title`;
    // The short title names the card; the full one is the programme's own wording of it.
    const short = outcome.short && outcome.short !== outcome.title ? outcome.short : undefined;
    return html`<li
      id=${anchor}
      part=${highlighted ? 'outcome highlighted' : 'outcome'}
      class="outcome story-card ${highlighted ? 'highlighted' : ''}"
      aria-labelledby=${titleId}
      tabindex=${targeted ? '-1' : nothing}
    >
      <div
        class="outcome-title"
        id=${titleId}
        role="heading"
        aria-level=${Math.min(this.level + 2, 6)}
      >
        ${short ?? outcome.title}
      </div>
      ${short ? html`<p class="statement">${outcome.title}</p>` : nothing}
      ${outcome.description ? html`<p class="description">${outcome.description}</p>` : nothing}
      ${renderSourceLine(strings.source, source)}
    </li>`;
  }

  protected override renderView(view: OutcomesView) {
    return html`${this.renderHeader(view.title, view.takeaway)}
      ${view.outcomeNotice ? this.renderNotice(view.outcomeNotice) : nothing}
      ${
        view.hypothesis
          ? html`<section part="hypothesis" class="hypothesis" aria-labelledby="hypothesis">
              ${this.renderSubheading(strings.hypothesis, 'hypothesis')}
              ${renderQuote(view.hypothesis)}
            </section>`
          : nothing
      }
      <section class="outcomes-section" aria-labelledby="outcomes">
        ${this.renderSubheading(strings.outcomes, 'outcomes')}
        <ul class="outcomes story-cards">
          ${view.outcomes.map((item) => this.renderOutcome(item))}
        </ul>
        ${renderSourceLine(strings.source, view.source)}
      </section>
      ${
        view.agency
          ? html`<section part="agency" class="agency" aria-labelledby="agency">
              ${this.renderSubheading(strings.agency, 'agency')} ${renderQuote(view.agency)}
            </section>`
          : nothing
      }
      ${this.renderSources([
        view.hypothesis?.source,
        view.source,
        ...view.outcomes.map((item) => item.source),
        view.agency?.source,
      ])}`;
  }
}
