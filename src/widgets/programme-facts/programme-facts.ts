import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { pipeList } from '../../base/converters.js';
import { findFact } from '../../data/query.js';
import type { Dataset, Fact, FrameworkItem } from '../../data/types.js';
import { factsStrings } from '../../strings/facts.js';
import { factsStyles } from './programme-facts.styles.js';
import { formatFigure } from '../../format/figures.js';

/** A fact alone, or the figures sources give differently for one thing, shown as one entry. */
type Entry = { fact: Fact } | { group: FrameworkItem; facts: Fact[] };

interface FactsView {
  entries: Entry[];
  /** Ids asked for that the dataset lacks, named in a notice above the facts found. */
  missing: string[];
}

/**
 * The facts as entries, in the order their first figure appears: the facts of one of the
 * dataset's `factGroups` together, so that a group's shared description is said once.
 */
export function entriesOf(dataset: Pick<Dataset, 'factGroups'>, facts: readonly Fact[]): Entry[] {
  const entries: Entry[] = [];
  const groups = new Map<string, { group: FrameworkItem; facts: Fact[] }>();
  for (const fact of facts) {
    const group = fact.group
      ? dataset.factGroups.find((item) => item.id === fact.group)
      : undefined;
    if (!group) {
      entries.push({ fact });
      continue;
    }
    const entry = groups.get(group.id);
    if (entry) {
      entry.facts.push(fact);
    } else {
      const added = { group, facts: [fact] };
      groups.set(group.id, added);
      entries.push(added);
    }
  }
  return entries;
}

/**
 * Programme facts, each with the page that states it. Figures on which sources disagree are
 * shown side by side, labelled "Sources disagree", never silently reconciled: the figures of one
 * of the dataset's `factGroups` (the programme's total funding) are one entry, with what the
 * group measures said once and each figure with its own source.
 *
 * @tagname bl-programme-facts
 * @summary Programme facts with their sources and how certain each is.
 *
 * @csspart list - The list of facts.
 * @csspart fact - Each fact, and each group of figures sources give differently.
 * @csspart group - A group of figures for one thing (also a `fact`).
 * @csspart alternative - One figure of a group, with who gives it and its source.
 * @csspart value - A fact's figure.
 * @csspart certainty - The "Sources disagree" or "Uncertain" label.
 * @csspart source - The link to a fact's source.
 *
 * @cssprop --bl-facts-min-width - Narrowest column of the grid of facts. Defaults to 14em.
 */
export class BlProgrammeFacts extends BlElement<FactsView> {
  /** The facts are in the embedded default's story part. */
  static readonly tellsStory = true;
  static override styles = [BlElement.styles, factsStyles];

  /** Ids of the facts to show, in order, separated by `|`. Empty shows every fact. */
  @property({ converter: pipeList }) facts: string[] = [];

  protected override derive(_changed: PropertyValues<this>): FactsView | Notice {
    const all = this.data.dataset?.facts ?? [];
    const dataset = this.data.dataset!;
    if (this.facts.length === 0) {
      return all.length
        ? { entries: entriesOf(dataset, all), missing: [] }
        : notice(factsStrings.none);
    }
    const facts = this.facts.flatMap((id) => findFact(dataset, id) ?? []);
    const missing = this.facts.filter((id) => !findFact(dataset, id));
    if (missing.length) this.warnOnce(factsStrings.unknown(missing));
    return { entries: entriesOf(dataset, facts), missing };
  }

  /** The label of a certainty other than "stated", or nothing. */
  private renderCertainty(fact: Fact) {
    const certainty = fact.certainty && fact.certainty !== 'stated' ? fact.certainty : undefined;
    return certainty
      ? html`<p part="certainty" class="certainty">${factsStrings.certainty[certainty]}</p>`
      : nothing;
  }

  private renderSource(fact: Fact) {
    return html`<a part="source" class="source" href=${fact.source.url} rel="noopener noreferrer"
      >${factsStrings.source(fact.source.title)}</a
    >`;
  }

  /**
   * The figures sources give for one thing: what it is and why they differ, said once, then each
   * figure with who gives it and where. A certainty all of them share is said once too.
   */
  private renderGroup(group: FrameworkItem, facts: readonly Fact[]) {
    const shared = facts.every((fact) => fact.certainty === facts[0]!.certainty);
    return html`<li part="fact group" class="fact group">
      <p class="label group-title">${group.title}</p>
      ${shared ? this.renderCertainty(facts[0]!) : nothing}
      ${group.description ? html`<p class="note">${group.description}</p>` : nothing}
      <ul class="alternatives">
        ${facts.map(
          (fact) =>
            html`<li part="alternative" class="alternative">
              <p part="value" class="value">${formatFigure(fact)}</p>
              <p class="label">${fact.label}</p>
              ${shared ? nothing : this.renderCertainty(fact)}
              ${fact.note ? html`<p class="note">${fact.note}</p>` : nothing}
              ${this.renderSource(fact)}
            </li>`,
        )}
      </ul>
    </li>`;
  }

  private renderFact(fact: Fact) {
    const certainty = fact.certainty && fact.certainty !== 'stated' ? fact.certainty : '';
    return html`<li part="fact" class="fact ${certainty}">
      <p part="value" class="value">${formatFigure(fact)}</p>
      <p class="label">${fact.label}</p>
      ${this.renderCertainty(fact)} ${fact.note ? html`<p class="note">${fact.note}</p>` : nothing}
      ${this.renderSource(fact)}
    </li>`;
  }

  protected override renderView({ entries, missing }: FactsView) {
    return html`${missing.length ? this.renderNotice(factsStrings.unknown(missing)) : nothing}
    ${
      entries.length
        ? html`<ul part="list" class="list">
            ${entries.map((entry) =>
              'fact' in entry
                ? this.renderFact(entry.fact)
                : this.renderGroup(entry.group, entry.facts),
            )}
          </ul>`
        : nothing
    }`;
  }
}
