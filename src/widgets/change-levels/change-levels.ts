import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import type { FrameworkItem, Quote, Source } from '../../data/types.js';
import { changeLevelsStrings as strings } from '../../strings/change-levels.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import {
  evidenceStyles,
  ownSource,
  quotesNamed,
  renderQuote,
  renderSourceLine,
  sharedSource,
} from '../success-factors/evidence.js';
import { changeLevelsStyles } from './change-levels.styles.js';

interface ChangeLevelsView {
  quote?: Quote;
  levels: { level: FrameworkItem; source?: Source }[];
  /** The source every level cites, cited once under them. */
  source?: Source;
}

/**
 * The levels at which the evaluation saw change (for Big Local: individuals, groups and
 * organisations, the wider community), each with what changed and the kinds of activity the
 * evaluation lists under it.
 *
 * @tagname bl-change-levels
 * @summary The levels of change, each with its kinds of activity and source.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The widget's heading.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart quote - The quote, with its source.
 * @csspart level - Each level of change.
 * @csspart activities - A level's list of kinds of activity.
 * @csspart sources - The list of sources.
 *
 * @cssprop --bl-levels-min-width - Narrowest column of the levels. Defaults to 15em.
 */
export class BlChangeLevels extends BlStoryElement<ChangeLevelsView> {
  static override styles = [BlStoryElement.styles, storyStyles, evidenceStyles, changeLevelsStyles];

  protected override derive(_changed: PropertyValues<this>): ChangeLevelsView | Notice {
    const dataset = this.data.dataset!;
    const levels = dataset.levelsOfChange;
    if (levels.length === 0) return notice(strings.none);
    const source = sharedSource(levels);
    const [quote] = quotesNamed(dataset, ['change-multi-faceted']);
    return {
      quote,
      source,
      levels: levels.map((level) => ({ level, source: ownSource(level, source) })),
    };
  }

  private renderLevel({ level, source }: ChangeLevelsView['levels'][number]) {
    const id = `level-${level.id}`;
    const activities = level.activities ?? [];
    return html`<li part="level" class="level story-card" aria-labelledby=${id}>
      <div class="level-title" id=${id} role="heading" aria-level=${Math.min(this.level + 1, 6)}>
        ${level.title}
      </div>
      ${level.description ? html`<p class="description">${level.description}</p>` : nothing}
      ${
        activities.length
          ? html`<div class="activities-label" id="${id}-activities">${strings.activities}</div>
              <ul part="activities" class="activities" aria-labelledby="${id}-activities">
                ${activities.map((activity) => html`<li>${activity}</li>`)}
              </ul>`
          : nothing
      }
      ${renderSourceLine(strings.source, source)}
    </li>`;
  }

  protected override renderView(view: ChangeLevelsView) {
    return html`${this.renderHeader(strings.title, strings.takeaway(view.levels.length))}
      ${view.quote ? html`<div class="lead">${renderQuote(view.quote)}</div>` : nothing}
      <ol class="levels story-cards">
        ${view.levels.map((item) => this.renderLevel(item))}
      </ol>
      ${renderSourceLine(strings.source, view.source)}
      ${this.renderSources([
        view.quote?.source,
        view.source,
        ...view.levels.map((item) => item.source),
      ])}`;
  }
}
