import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from '../../base/decorators.js';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { cssProperties } from '../../base/controllers/css-properties.js';
import type { Fact, Quote, Source, SpendHeading } from '../../data/types.js';
import { formatFigure, formatMoney, formatPercent } from '../../format/figures.js';
import { currentLocale } from '../../strings/locale.js';
import { spendStrings } from '../../strings/spend.js';
import { storyStrings } from '../../strings/story.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import { currencyOf, personShare, shownShare } from './model.js';
import type { PersonShare, ShownShare } from './model.js';
import { spendStyles } from './spend.styles.js';

/** The quotes that speak to what the money meant per resident, in the order shown. */
const perResidentQuotes = ['a-lot-of-money', 'per-resident-comment'];

interface PerResidentView {
  inputs: { amount: Fact; years: Fact; people: Fact };
  share: PersonShare;
  currency: string;
  quotes: Quote[];
}

interface SpendView {
  total?: Fact;
  headings: SpendHeading[];
  /** The headings whose share a source states, as it words them. */
  stated: { label: string; value: string }[];
  unstated: number;
  perResident?: PerResidentView;
  sources: Source[];
}

/**
 * Programme-level spend: the total as its source words it, the headings money went under
 * (a bar where a source states the share, "Share not stated" where it does not: no share is
 * ever guessed), and what an area's money meant for each resident, divided in the open from
 * three sourced inputs, shown with the arithmetic and labelled "Derived".
 *
 * @tagname bl-spend
 * @summary What the programme spent, under which headings, and per resident.
 *
 * @csspart header - The title and the takeaway.
 * @csspart title - The widget's title.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart total - The total spent, with its source.
 * @csspart value - A figure as its source gives it.
 * @csspart certainty - The "Approximate", "Uncertain" or "Sources disagree" label.
 * @csspart chart - The spending headings: bars and labels.
 * @csspart legend - What the bar and "Share not stated" mean.
 * @csspart bar - A heading's bar (its track and fill).
 * @csspart not-stated - The "Share not stated" label in place of a bar.
 * @csspart table - The disclosure holding the data table.
 * @csspart per-resident - The per-resident section.
 * @csspart result - The derived per-resident figure.
 * @csspart derived - The "Derived" label.
 * @csspart arithmetic - The divisions behind the derived figure.
 * @csspart input - Each sourced input of the division.
 * @csspart quote - A quoted passage with its source.
 * @csspart source - A link to a figure's or a quote's source.
 * @csspart sources - The list of every source, in a disclosure.
 *
 * @cssprop --bl-spend-bar-height - Height of a heading's bar. Defaults to 1.1em.
 */
export class BlSpend extends BlStoryElement<SpendView> {
  static override styles = [BlStoryElement.styles, storyStyles, spendStyles];

  /** `hide` leaves out what the money meant per resident. */
  @property({ attribute: 'per-resident' }) perResident: 'hide' | null = null;

  protected override derive(_changed: PropertyValues<this>): SpendView | Notice {
    const dataset = this.data.dataset!;
    const spend = dataset.spend;
    if (!spend || (!spend.total && spend.headings.length === 0 && !spend.perResident)) {
      return notice(spendStrings.none);
    }
    const choice = this.perResident?.trim() ?? '';
    if (choice !== '' && choice !== 'hide') this.warnOnce(spendStrings.badPerResident(choice));

    const stated = spend.headings.flatMap((heading) =>
      heading.share === undefined
        ? []
        : [{ label: heading.label, value: heading.value ?? formatPercent(heading.share) }],
    );
    const perResident = choice === 'hide' ? undefined : this.derivePerResident();
    const sources = [
      spend.total?.source,
      ...spend.headings.flatMap((heading) => [
        heading.source,
        ...heading.figures.map((figure) => figure.source),
      ]),
      ...(perResident
        ? [
            perResident.inputs.amount.source,
            perResident.inputs.years.source,
            perResident.inputs.people.source,
            ...perResident.quotes.map((quote) => quote.source),
          ]
        : []),
    ].filter((source): source is Source => source !== undefined);
    return {
      total: spend.total,
      headings: spend.headings,
      stated,
      unstated: spend.headings.length - stated.length,
      perResident,
      sources,
    };
  }

  private derivePerResident(): PerResidentView | undefined {
    const dataset = this.data.dataset!;
    const inputs = dataset.spend?.perResident;
    const share = inputs && personShare(inputs);
    const currency = currencyOf(dataset);
    if (!inputs || !share || !currency) return undefined;
    const quotes = perResidentQuotes.flatMap(
      (id) => dataset.quotes.find((quote) => quote.id === id) ?? [],
    );
    return { inputs, share, currency, quotes };
  }

  private renderSource(source: Source | undefined) {
    return source
      ? html`<a part="source" class="source" href=${source.url} rel="noopener noreferrer"
          >${spendStrings.source(source.title)}</a
        >`
      : nothing;
  }

  private renderCertainty(fact: Fact) {
    const certainty = fact.certainty && fact.certainty !== 'stated' ? fact.certainty : undefined;
    return certainty
      ? html`<p part="certainty" class="certainty">${spendStrings.certainty[certainty]}</p>`
      : nothing;
  }

  /** A heading for a part of a section, two levels below the widget's own. */
  private renderMinorHeading(text: string): TemplateResult {
    return html`<div class="minor-heading" role="heading" aria-level=${Math.min(this.level + 2, 6)}>
      ${text}
    </div>`;
  }

  private renderTotal(total: Fact) {
    return html`<div part="total" class="total">
      <p part="value" class="value">${formatFigure(total)}</p>
      <p class="label">${total.label}</p>
      ${this.renderCertainty(total)}
      ${total.note ? html`<p class="note">${total.note}</p>` : nothing}
      <p class="cite">${this.renderSource(total.source)}</p>
    </div>`;
  }

  private renderHeadingRow(heading: SpendHeading) {
    const { share } = heading;
    return html`<li class="row">
      <p class="row-label">${heading.label}</p>
      <div class="measure">
        ${
          share === undefined
            ? html`<span part="not-stated" class="not-stated">${spendStrings.notStated}</span>`
            : html`<span part="bar" class="track" aria-hidden="true"
                  ><span class="fill" ${cssProperties({ '--_share': share })}></span></span
                ><span class="share">${heading.value ?? formatPercent(share)}</span>`
        }
      </div>
      ${heading.note ? html`<p class="note">${heading.note}</p>` : nothing}
      ${heading.figures.map(
        (figure) =>
          html`<div class="row-figure">
            <p part="value" class="value">${formatFigure(figure)}</p>
            <p class="label">${figure.label}</p>
            ${this.renderCertainty(figure)}
            <p class="cite">${this.renderSource(figure.source)}</p>
          </div>`,
      )}
    </li>`;
  }

  private renderHeadings({ headings, stated, unstated }: SpendView) {
    if (headings.length === 0) return nothing;
    return html`<section class="headings" aria-labelledby="headings-title">
      ${this.renderSubheading(spendStrings.headings, 'headings-title')}
      <figure part="chart" class="chart">
        <figcaption class="visually-hidden">${spendStrings.summary(stated, unstated)}</figcaption>
        <ul part="legend" class="legend">
          ${
            stated.length
              ? html`<li>
                  <span class="key-bar" aria-hidden="true"></span>${spendStrings.legend.stated}
                </li>`
              : nothing
          }
          ${
            unstated
              ? html`<li>
                  <span class="not-stated key" aria-hidden="true">${spendStrings.notStated}</span>
                  ${spendStrings.legend.unstated}
                </li>`
              : nothing
          }
        </ul>
        <ul class="rows">
          ${headings.map((heading) => this.renderHeadingRow(heading))}
        </ul>
      </figure>
      <details part="table" class="table">
        <summary>${storyStrings.table}</summary>
        <div class="table-scroll">
          <table>
            <caption>
              ${spendStrings.table.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${spendStrings.table.heading}</th>
                <th scope="col">${spendStrings.table.share}</th>
                <th scope="col">${spendStrings.table.figures}</th>
                <th scope="col">${spendStrings.table.source}</th>
              </tr>
            </thead>
            <tbody>
              ${headings.map(
                (heading) =>
                  html`<tr>
                    <th scope="row">${heading.label}</th>
                    <td>
                      ${
                        heading.share === undefined
                          ? spendStrings.notStated
                          : (heading.value ?? formatPercent(heading.share))
                      }
                    </td>
                    <td>
                      ${heading.figures.map(
                        (figure) => html`<p>${formatFigure(figure)}: ${figure.label}</p>`,
                      )}
                    </td>
                    <td>
                      ${
                        heading.source
                          ? html`<a href=${heading.source.url} rel="noopener noreferrer"
                              >${heading.source.title}</a
                            >`
                          : nothing
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>`;
  }

  private renderInput(input: Fact) {
    return html`<li part="input" class="input">
      <p part="value" class="value">${formatFigure(input)}</p>
      <p class="label">${input.label}</p>
      ${this.renderCertainty(input)}
      ${input.note ? html`<p class="note">${input.note}</p>` : nothing}
      <p class="cite">${this.renderSource(input.source)}</p>
    </li>`;
  }

  private renderPerResident({ inputs, share, currency, quotes }: PerResidentView) {
    const words = spendStrings.perResident;
    const money = (value: number) => formatShown(shownShare(value), currency);
    const amount = formatMoney({ amount: share.amount, currency });
    const high = shownShare(share.perYearHigh);
    const low = shownShare(share.perYearLow);
    const whole = shownShare(share.perPerson);
    const ranged = share.years.most !== share.years.fewest;
    const perYear = ranged
      ? words.range(money(share.perYearLow), money(share.perYearHigh))
      : money(share.perYearHigh);
    return html`<section part="per-resident" class="per-resident" aria-labelledby="per-resident">
      ${this.renderSubheading(words.title, 'per-resident')}
      <div class="derivation">
        <div class="working">
          <div part="result" class="result">
            <p part="derived" class="derived">${storyStrings.derived}</p>
            <p class="result-value">${words.result(perYear)}</p>
            <p class="result-unit">${words.unit}</p>
          </div>
          <p class="sentence">
            ${words.sentence(
              formatFigure(inputs.amount),
              formatFigure(inputs.years),
              formatFigure(inputs.people, { noun: true }),
              perYear,
              money(share.perPerson),
            )}
          </p>
          ${this.renderMinorHeading(words.arithmetic)}
          <ul part="arithmetic" class="arithmetic">
            <li>
              ${words.perYear(amount, share.years.fewest, share.people, money(share.perYearHigh), high.exact)}
            </li>
            ${
              ranged
                ? html`<li>
                    ${words.perYear(amount, share.years.most, share.people, money(share.perYearLow), low.exact)}
                  </li>`
                : nothing
            }
            <li>${words.whole(amount, share.people, money(share.perPerson), whole.exact)}</li>
          </ul>
          <p class="caveat">${words.caveat}</p>
        </div>
        <div class="inputs-column">
          ${this.renderMinorHeading(words.inputs)}
          <ul class="inputs">
            ${[inputs.amount, inputs.years, inputs.people].map((input) => this.renderInput(input))}
          </ul>
        </div>
      </div>
      ${
        quotes.length
          ? html`${this.renderMinorHeading(words.quotes)}
              <div class="quotes">
                ${quotes.map(
                  (quote) =>
                    html`<figure part="quote" class="quote">
                      <blockquote cite=${quote.source.url}><p>${quote.text}</p></blockquote>
                      <figcaption>
                        ${quote.note ? html`<span class="note">${quote.note}</span>` : nothing}
                        ${this.renderSource(quote.source)}
                      </figcaption>
                    </figure>`,
                )}
              </div>`
          : nothing
      }
    </section>`;
  }

  protected override renderView(view: SpendView) {
    return html`${this.renderHeader(
      spendStrings.title,
      spendStrings.takeaway(view.total && formatFigure(view.total), view.stated, view.unstated) ||
        undefined,
    )}
    ${view.total ? this.renderTotal(view.total) : nothing} ${this.renderHeadings(view)}
    ${view.perResident ? this.renderPerResident(view.perResident) : nothing}
    ${this.renderSources(view.sources)}`;
  }
}

/**
 * Money to the penny or to whole units, as `shownShare` decided: `formatMoney` always rounds
 * to whole units, which would turn £12.50 into £13.
 */
function formatShown({ value, fractionDigits }: ShownShare, currency: string): string {
  return new Intl.NumberFormat(currentLocale(), {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
