import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from '../../base/decorators.js';
import { notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { pipeList } from '../../base/converters.js';
import { cssProperties } from '../../base/controllers/css-properties.js';
import type { Fact, Source, Theme } from '../../data/types.js';
import { themesStrings } from '../../strings/themes.js';
import { BlStoryElement, storyStyles } from '../story-element.js';
import { gridSpans, groupBySource } from './model.js';
import type { gridColumns } from './model.js';
import type { FigureGroup } from './model.js';
import { themesStyles } from './themes.styles.js';
import { formatFigure } from '../../format/figures.js';

interface ThemeCard {
  theme: Theme;
  /** The figures, in runs that cite the same page. */
  groups: FigureGroup[];
  /** The theme's source when its title link does not already lead there. */
  ownSource?: Source;
  /** Columns the card spans in the two- and four-column grids, so that rows stay full. */
  spans: Record<(typeof gridColumns)[number], number>;
}

interface ThemesView {
  /** Themes with a summary or figures, as cards. */
  cards: ThemeCard[];
  /** Themes with only a title (and their page), as compact tiles after the cards. */
  tiles: ThemeCard[];
  /** Ids asked for that the dataset lacks, named in a notice above the themes found. */
  missing: string[];
  /** Every source the cards cite, for the list at the foot. */
  sources: Source[];
}

/** A card with many figures asks for the full width of four columns; others for half. */
const wantedColumns = (theme: Theme) => (theme.figures.length > 3 ? 4 : 2);

/** A theme with something to read beyond its title. */
const hasContent = (theme: Theme) => theme.figures.length > 0 || Boolean(theme.summary);

/**
 * The themes of the programme's learning as an even grid of cards: each theme's title (a link
 * to its own page when it has one), its summary, and its figures as their sources give them,
 * approximate ones labelled, with the page each figure comes from. Themes without figures are
 * shown too. One column in a narrow container, two, then four; every row is full.
 *
 * @tagname bl-themes
 * @summary The learning themes, with their figures and sources.
 *
 * @csspart header - The title and the takeaway.
 * @csspart title - The widget's title.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart list - The grid of themes.
 * @csspart theme - Each theme's card.
 * @csspart theme-title - A theme's title.
 * @csspart theme-link - The link on a theme's title to its own page.
 * @csspart summary - A theme's summary.
 * @csspart figure - Each figure.
 * @csspart value - A figure as its source gives it.
 * @csspart certainty - The "Approximate", "Uncertain" or "Sources disagree" label.
 * @csspart source - A link to the page a figure or a theme comes from.
 * @csspart sources - The list of every source, in a disclosure.
 *
 * @cssprop --bl-themes-gap - Space between the cards. Defaults to the base spacing.
 */
export class BlThemes extends BlStoryElement<ThemesView> {
  static override styles = [BlStoryElement.styles, storyStyles, themesStyles];

  /** Ids of the themes to show, in order, separated by `|`. Empty shows every theme. */
  @property({ converter: pipeList }) themes: string[] = [];

  protected override derive(_changed: PropertyValues<this>): ThemesView | Notice {
    const all = this.data.dataset?.themes ?? [];
    if (all.length === 0) return notice(themesStrings.none);
    const byId = new Map(all.map((theme) => [theme.id, theme]));
    const asked = [...new Set(this.themes)];
    const missing = asked.filter((id) => !byId.has(id));
    const themes = asked.length ? asked.flatMap((id) => byId.get(id) ?? []) : all;
    if (themes.length === 0) return notice(themesStrings.unknown(missing), { warn: true });
    if (missing.length) this.warnOnce(themesStrings.unknown(missing));

    const cards = this.plan(themes.filter(hasContent), wantedColumns);
    // Titles alone would leave tall empty cards beside full ones: they get a row of their own.
    const tiles = this.plan(
      themes.filter((theme) => !hasContent(theme)),
      () => 1,
    );
    const sources = themes.flatMap((theme) => [
      ...(theme.source ? [theme.source] : []),
      ...theme.figures.map((figure) => figure.source),
    ]);
    return { cards, tiles, missing, sources };
  }

  /** Cards for `themes`, each spanning the columns that keep every row of the grid full. */
  private plan(themes: Theme[], wants: (theme: Theme) => number): ThemeCard[] {
    const spans = gridSpans(themes.map(wants));
    return themes.map((theme, index) => ({
      theme,
      groups: groupBySource(theme.figures),
      ownSource: theme.source && theme.source.url !== theme.url ? theme.source : undefined,
      spans: { 2: spans[2][index]!, 4: spans[4][index]! },
    }));
  }

  private renderSource(source: Source) {
    return html`<a part="source" class="source" href=${source.url} rel="noopener noreferrer"
      >${themesStrings.source(source.title)}</a
    >`;
  }

  private renderFigure(figure: Fact) {
    const certainty =
      figure.certainty && figure.certainty !== 'stated' ? figure.certainty : undefined;
    return html`<li part="figure" class="figure ${certainty ?? ''}">
      <p part="value" class="value">${formatFigure(figure)}</p>
      <p class="label">${figure.label}</p>
      ${
        certainty
          ? html`<p part="certainty" class="certainty">${themesStrings.certainty[certainty]}</p>`
          : nothing
      }
      ${figure.note ? html`<p class="note">${figure.note}</p>` : nothing}
    </li>`;
  }

  private renderCard({ theme, groups, ownSource, spans }: ThemeCard, level: number) {
    return html`<li
      part="theme"
      class="theme"
      ${cssProperties({ '--_span-2': spans[2], '--_span-4': spans[4] })}
    >
      <div part="theme-title" class="theme-title" role="heading" aria-level=${level}>
        ${
          theme.url
            ? html`<a part="theme-link" href=${theme.url} rel="noopener noreferrer"
                >${theme.title}</a
              >`
            : theme.title
        }
      </div>
      ${theme.summary ? html`<p part="summary" class="summary">${theme.summary}</p>` : nothing}
      ${ownSource ? html`<p class="cite">${this.renderSource(ownSource)}</p>` : nothing}
      ${
        groups.length
          ? html`<div class="groups">
              ${groups.map(
                (group) =>
                  html`<div class="group">
                    <ul class="figures">
                      ${group.figures.map((figure) => this.renderFigure(figure))}
                    </ul>
                    <p class="cite">${this.renderSource(group.source)}</p>
                  </div>`,
              )}
            </div>`
          : nothing
      }
    </li>`;
  }

  protected override renderView({ cards, tiles, missing, sources }: ThemesView) {
    const withFigures = cards.filter((card) => card.groups.length > 0).length;
    const cardLevel = Math.min(this.level + 1, 6);
    return html`${this.renderHeader(
      themesStrings.title,
      themesStrings.takeaway(cards.length + tiles.length, withFigures),
    )}
    ${missing.length ? this.renderNotice(themesStrings.unknown(missing)) : nothing}
    ${
      cards.length
        ? html`<ul part="list" class="grid">
            ${cards.map((card) => this.renderCard(card, cardLevel))}
          </ul>`
        : nothing
    }
    ${
      tiles.length
        ? html`<div class="more">
            ${cards.length ? this.renderSubheading(themesStrings.more) : nothing}
            <ul part="list" class="grid tiles">
              ${tiles.map((tile) =>
                this.renderCard(tile, cards.length ? Math.min(this.level + 2, 6) : cardLevel),
              )}
            </ul>
          </div>`
        : nothing
    }
    ${this.renderSources(sources)}`;
  }
}
