import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { pipeList } from '../../base/converters.js';
import { findFact } from '../../data/query.js';
import type { Fact } from '../../data/types.js';
import { factsStrings } from '../../strings/facts.js';
import { factsStyles } from './programme-facts.styles.js';

interface FactsView {
  facts: Fact[];
  /** Ids asked for that the dataset lacks, named in a notice above the facts found. */
  missing: string[];
}

/**
 * Programme facts, each with the page that states it. Figures on which sources disagree are
 * shown side by side, labelled "Sources disagree", never silently reconciled.
 *
 * @tagname bl-programme-facts
 * @summary Programme facts with their sources and how certain each is.
 *
 * @csspart list - The list of facts.
 * @csspart fact - Each fact.
 * @csspart value - A fact's figure.
 * @csspart certainty - The "Sources disagree" or "Uncertain" label.
 * @csspart source - The link to a fact's source.
 *
 * @cssprop --bl-facts-min-width - Narrowest column of the grid of facts. Defaults to 14em.
 */
export class BlProgrammeFacts extends BlElement<FactsView> {
  static override styles = [BlElement.styles, factsStyles];

  /** Ids of the facts to show, in order, separated by `|`. Empty shows every fact. */
  @property({ converter: pipeList }) facts: string[] = [];

  protected override derive(_changed: PropertyValues<this>): FactsView | Notice {
    const all = this.data.dataset?.facts ?? [];
    if (this.facts.length === 0) {
      return all.length ? { facts: all, missing: [] } : notice(factsStrings.none);
    }
    const dataset = this.data.dataset!;
    const facts = this.facts.flatMap((id) => findFact(dataset, id) ?? []);
    const missing = this.facts.filter((id) => !findFact(dataset, id));
    if (missing.length) this.warnOnce(factsStrings.unknown(missing));
    return { facts, missing };
  }

  private renderFact(fact: Fact) {
    const certainty = fact.certainty && fact.certainty !== 'stated' ? fact.certainty : undefined;
    return html`<li part="fact" class="fact ${certainty ?? ''}">
      <p part="value" class="value">${fact.value}</p>
      <p class="label">${fact.label}</p>
      ${
        certainty
          ? html`<p part="certainty" class="certainty">${factsStrings.certainty[certainty]}</p>`
          : nothing
      }
      ${fact.note ? html`<p class="note">${fact.note}</p>` : nothing}
      <a part="source" class="source" href=${fact.source.url} rel="noopener noreferrer"
        >${factsStrings.source(fact.source.title)}</a
      >
    </li>`;
  }

  protected override renderView({ facts, missing }: FactsView) {
    return html`${missing.length ? this.renderNotice(factsStrings.unknown(missing)) : nothing}
    ${
      facts.length
        ? html`<ul part="list" class="list">
            ${facts.map((fact) => this.renderFact(fact))}
          </ul>`
        : nothing
    }`;
  }
}
