import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from '../../base/decorators.js';
import { BlElement, notice, stillLoading } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { cssProperties } from '../../base/controllers/css-properties.js';
import { findArea } from '../../data/query.js';
import type { Area, Source } from '../../data/types.js';
import { formatNumber } from '../../format/number.js';
import { collator } from '../../format/text.js';
import { areaMapStrings as words } from '../../strings/area-map.js';
import { renderSourceList, storyStyles } from '../story-element.js';
import { areaMapStyles } from './area-map.styles.js';
import { linkButtonStyles } from '../link-button.styles.js';
import {
  countByRegion,
  englandTiles,
  gridSize,
  inferredFields,
  moveFrom,
  shadeSteps,
  stepOf,
} from './model.js';
import type { Direction, ShadeStep } from './model.js';
import type { PointLayout } from './points.js';

type Points = typeof import('./points.js');

/** The point layout and d3-geo, imported the first time a dataset gives coordinates. */
let points: Points | undefined;
let importingPoints: Promise<unknown> | undefined;

/** Both coordinates, without importing the point layout to ask. */
const located = (area: Area) => typeof area.lat === 'number' && typeof area.lon === 'number';

/** One region's tile as drawn. */
interface Tile {
  /** The region as the layout names it: the key of the open list. */
  region: string;
  label: string;
  row: number;
  col: number;
  areas: Area[];
  inferred: number;
  step: ShadeStep;
  /** The provider's selected area is in this region. */
  selected: boolean;
}

/** A list the reader can open under the map: a region's, or the areas it cannot place. */
interface AreaGroup {
  key: string;
  title: string;
  areas: Area[];
}

interface MapView {
  /** `points` when the areas are drawn where their coordinates put them. */
  layout: 'tiles' | 'points';
  /** The points, their outline and the areas that fall off the map. */
  points?: PointLayout;
  /** In the point layout: areas without both coordinates. */
  unlocated: Area[];
  /** The reader asked for points, but no area has coordinates. */
  noCoordinates: boolean;
  title: string;
  takeaway: string;
  tiles: Tile[];
  scale: ShadeStep[];
  unplaced: Area[];
  elsewhere: Area[];
  anyInferred: boolean;
  selected?: string;
  sources: Source[];
}

/** Keys of the lists of areas no tile holds. */
const unplacedKey = ' unplaced';
const elsewhereKey = ' elsewhere';
const unlocatedKey = ' unlocated';

const directions: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/**
 * Where the areas are: a tile map (a cartogram, not a map) of England's nine regions, each tile
 * placed roughly where its region lies, shaded by how many areas it holds, with the count
 * printed on it and a key to the shading. A region with no areas still has its tile (0). Areas
 * whose record gives no region are counted in a line under the map, never guessed onto a tile;
 * areas whose region a source infers rather than states are counted on their tile and said so
 * ("of which 2 inferred"), with a dashed outline.
 *
 * Each tile is a button in a grid with one tab stop: the arrow keys move between tiles by their
 * place on the grid, Home and End to the ends of a row, and Enter or Space opens the list of the
 * region's areas under the map; choosing an area there selects it for every widget under the
 * same `bl-programme` (its card, say), and the tile holding the selected area is marked. The
 * same counts are in a table ("Show as a table"), the text alternative.
 *
 * When the dataset gives areas coordinates (`lat` and `lon`, cited in `sources.location`), each
 * is drawn instead as a point on an outline of England (Natural Earth's, projected with d3-geo,
 * both imported only then); choosing a point, or an area in the list of areas on the map beside
 * it, selects it. Areas without coordinates are counted under the map. `layout="tiles"` keeps
 * the tiles whatever the data gives.
 *
 * @tagname bl-area-map
 * @summary A tile map of England's regions, each shaded and labelled by its count of areas.
 *
 * @fires bl-area-select - The reader chose an area from a region's list. `detail: { area }`; bubbles and is composed.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The title, a heading at `heading-level`.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart map - The grid of tiles, or the map of points.
 * @csspart outline - The outline of England behind the points.
 * @csspart point - An area's point.
 * @csspart point-selected - The selected area's point (also a `point`).
 * @csspart point-list - The list of the areas on the map, the points' keyboard alternative.
 * @csspart tile - A region's tile: the button that lists its areas.
 * @csspart tile-selected - The tile holding the selected area (also a `tile`).
 * @csspart count - The number of areas on a tile.
 * @csspart inferred - The "of which N inferred" line on a tile.
 * @csspart legend - The key to the shading.
 * @csspart unplaced - The line counting the areas with no region.
 * @csspart list - The open list of a region's areas.
 * @csspart area - An area's button in the open list.
 * @csspart table - The "Show as a table" disclosure.
 * @csspart sources - The sources of the areas' regions, in a disclosure.
 *
 * @cssprop --bl-area-map-fill - Colour the tiles are shaded in, mixed with the surface by count. Defaults to the accent colour.
 * @cssprop --bl-area-map-tile-height - Height of a tile. Defaults to 6.5em.
 */
export class BlAreaMap extends BlElement<MapView> {
  static override styles = [BlElement.styles, storyStyles, linkButtonStyles, areaMapStyles];

  /** Every area is counted: alone on a page, it draws on the document of all areas. */
  static readonly allAreas = true;

  /** The level of the widget's heading (2 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * `auto` draws points when any area has coordinates, else tiles; `tiles` always draws the
   * tiles; `points` asks for points, and says so when no area has coordinates.
   */
  @property() layout: 'auto' | 'tiles' | 'points' = 'auto';

  /** The list open under the map: a region's key, or none. */
  @state() private open?: string;
  /** The tile that holds the grid's one tab stop. */
  @state() private active = 0;

  private get level(): number {
    return Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 6);
  }

  protected override derive(_changed: PropertyValues<this>): MapView | Notice {
    const dataset = this.data.dataset!;
    const total = dataset.areas.length;
    if (total === 0) return notice(words.none);
    const counts = countByRegion(dataset.areas, englandTiles);
    const max = Math.max(0, ...counts.regions.map((entry) => entry.areas.length));
    const scale = shadeSteps(max);
    const selectedId = this.selectedArea;
    const selected = selectedId ? findArea(dataset, selectedId) : undefined;
    const tiles = counts.regions.map((entry, index): Tile => {
      const place = englandTiles[index]!;
      return {
        region: entry.region,
        label: words.regions[entry.region] ?? entry.region,
        row: place.row,
        col: place.col,
        areas: entry.areas,
        inferred: entry.inferred,
        step: stepOf(entry.areas.length, scale),
        selected: Boolean(selected && entry.areas.includes(selected)),
      };
    });
    const withPoint = this.layout === 'tiles' ? [] : dataset.areas.filter(located);
    if (withPoint.length > 0 && !points) {
      this.afterImport(
        (importingPoints ??= import('./points.js').then((module) => {
          points = module;
        })),
      );
      return stillLoading;
    }
    const layout = withPoint.length > 0 && points ? points.layoutPoints(dataset.areas) : undefined;
    const placed = tiles.reduce((sum, tile) => sum + tile.areas.length, 0);
    // The first of the largest in layout order, so the takeaway names one region steadily.
    const top = tiles.reduce((best, tile) => (tile.areas.length > best.areas.length ? tile : best));
    return {
      layout: layout ? 'points' : 'tiles',
      points: layout,
      unlocated: layout ? dataset.areas.filter((area) => !located(area)) : [],
      noCoordinates: this.layout === 'points' && !layout,
      title: words.title,
      takeaway: words.takeaway(top.label, top.areas.length, placed, total),
      tiles,
      scale,
      unplaced: counts.unplaced,
      elsewhere: counts.elsewhere,
      anyInferred: tiles.some((tile) => tile.inferred > 0),
      selected: selected?.id,
      sources: [
        ...tiles.flatMap((tile) => tile.areas.flatMap((area) => area.sources?.region ?? [])),
        ...withPoint.flatMap((area) => area.sources?.location ?? []),
      ],
    };
  }

  private toggle(key: string) {
    this.open = this.open === key ? undefined : key;
  }

  private readonly onGridKeydown = async (event: KeyboardEvent) => {
    const direction = directions[event.key];
    if (!direction || event.altKey || event.metaKey) return;
    event.preventDefault();
    const grid = event.currentTarget as HTMLElement;
    const rtl = getComputedStyle(grid).direction === 'rtl';
    const flipped =
      rtl && (direction === 'left' || direction === 'right')
        ? direction === 'left'
          ? 'right'
          : 'left'
        : direction;
    this.active = moveFrom(englandTiles, this.active, flipped);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-tile="${this.active}"]`)?.focus();
  };

  private renderTile(tile: Tile, index: number) {
    const count = tile.areas.length;
    const open = this.open === tile.region;
    return html`<div role="gridcell" class="cell">
      <button
        part="tile ${tile.selected ? 'tile-selected' : ''}"
        class="tile ${tile.inferred ? 'has-inferred' : ''} ${tile.selected ? 'selected' : ''} ${count ? '' : 'empty'}"
        type="button"
        data-tile=${index}
        tabindex=${index === this.active ? 0 : -1}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="area-list"
        ${cssProperties({ '--_fill': tile.step.share })}
        @focus=${() => (this.active = index)}
        @click=${() => this.toggle(tile.region)}
      >
        <span class="region">${tile.label}</span><span class="visually-hidden">: </span>
        <span part="count" class="count"
          >${formatNumber(count)}<span class="visually-hidden">
            ${words.areasWord(count)}</span
          ></span
        >
        ${
          tile.inferred
            ? html`<span part="inferred" class="inferred"
                ><span class="visually-hidden">, </span>${words.inferred(tile.inferred)}</span
              >`
            : nothing
        }
        ${
          tile.selected
            ? html`<span class="selected-tag"
                ><span class="visually-hidden">, </span>${words.selectedHere}</span
              >`
            : nothing
        }
      </button>
    </div>`;
  }

  private renderMap(view: MapView) {
    const byPlace = new Map(view.tiles.map((tile, index) => [`${tile.row},${tile.col}`, index]));
    const rows = Array.from({ length: gridSize.rows }, (_, row) => row);
    const cols = Array.from({ length: gridSize.cols }, (_, col) => col);
    return html`<div
        part="map"
        class="map"
        role="grid"
        aria-label=${words.mapLabel}
        aria-describedby="map-hint"
        @keydown=${this.onGridKeydown}
      >
        ${rows.map(
          (row) =>
            html`<div role="row" class="row">
              ${cols.map((col) => {
                const index = byPlace.get(`${row},${col}`);
                return index === undefined
                  ? html`<div role="gridcell" class="cell hole"></div>`
                  : this.renderTile(view.tiles[index]!, index);
              })}
            </div>`,
        )}
      </div>
      <p class="hint" id="map-hint">${words.cartogramNote} ${words.keysHint}</p>`;
  }

  /** The areas as points on England's outline: a picture, with the list below as its text. */
  private renderPoints(view: MapView, layout: PointLayout) {
    const selected = layout.points.find((point) => point.area.id === view.selected);
    return html`<figure class="points">
        <svg
          part="map"
          class="point-map"
          viewBox="0 0 ${layout.width} ${layout.height}"
          role="img"
          aria-label=${words.pointsLabel(layout.points.length)}
        >
          <path part="outline" class="outline" d=${layout.outline}></path>
          ${layout.points.map(
            (point) =>
              svg`<circle part="point" class="point" cx=${point.x} cy=${point.y} r="3.5"
                @click=${() => this.selectArea(point.area.id)}><title>${point.area.name}</title></circle>`,
          )}
          ${
            selected
              ? svg`<g class="selected-point">
                  <circle part="point point-selected" class="point selected" cx=${selected.x}
                    cy=${selected.y} r="6"></circle>
                  <text class="point-label" x=${selected.x} y=${selected.y - 10}
                    text-anchor="middle">${selected.area.name}</text>
                </g>`
              : nothing
          }
        </svg>
        <figcaption class="hint">${words.pointsNote}</figcaption>
      </figure>
      ${this.renderPointList(view, layout)}`;
  }

  /** An area in a list: a button that selects it, pressed while it is the selected one. */
  private renderAreaButton(area: Area, view: MapView) {
    return html`<button
      part="area"
      class="area"
      type="button"
      aria-pressed=${area.id === view.selected ? 'true' : 'false'}
      @click=${() => this.selectArea(area.id)}
    >
      ${area.name}
    </button>`;
  }

  /** Every area on the map as a button: the keyboard's and screen reader's way to the points. */
  private renderPointList(view: MapView, layout: PointLayout) {
    const compare = collator();
    const sorted = layout.points
      .map((point) => point.area)
      .sort((a, b) => compare.compare(a.name, b.name));
    return html`<details part="point-list" class="point-list">
      <summary>${words.pointList(sorted.length)}</summary>
      <ul class="areas">
        ${sorted.map(
          (area) =>
            html`<li>
              ${this.renderAreaButton(area, view)}
              ${area.region ? html`<span class="tag">${area.region}</span>` : nothing}
            </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderLegend(view: MapView) {
    return html`<div part="legend" class="legend">
      <span class="legend-title" id="legend-title">${words.legend}</span>
      <ul aria-labelledby="legend-title">
        ${view.scale.map(
          (step) =>
            html`<li class="key">
              <span
                class="swatch ${step.share ? '' : 'empty'}"
                aria-hidden="true"
                ${cssProperties({ '--_fill': step.share })}
              ></span
              ><span>${words.legendStep(step.from, step.to)}</span>
            </li>`,
        )}
        ${
          view.anyInferred
            ? html`<li class="key">
                <span class="swatch inferred-swatch" aria-hidden="true"></span
                ><span>${words.legendInferred}</span>
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  /** The lines for areas no tile holds, each with a button that lists them. */
  private renderUnplaced(view: MapView) {
    const line = (key: string, count: number, text: string) =>
      count
        ? html`<p part="unplaced" class="unplaced">
            ${text}
            <button
              class="link-button"
              type="button"
              aria-expanded=${this.open === key ? 'true' : 'false'}
              aria-controls="area-list"
              @click=${() => this.toggle(key)}
            >
              ${words.showAreas}
            </button>
          </p>`
        : nothing;
    if (view.points) {
      const { unlocated } = view;
      const outside = view.points.outside.length;
      return html`${line(unlocatedKey, unlocated.length, words.unlocated(unlocated.length))}
      ${line(elsewhereKey, outside, words.offMap(outside))}`;
    }
    return html`${line(unplacedKey, view.unplaced.length, words.unplaced(view.unplaced.length))}
    ${line(elsewhereKey, view.elsewhere.length, words.elsewhere(view.elsewhere.length))}`;
  }

  private openGroup(view: MapView): AreaGroup | undefined {
    if (this.open === unplacedKey)
      return {
        key: unplacedKey,
        title: words.unplacedTitle(view.unplaced.length),
        areas: view.unplaced,
      };
    if (this.open === unlocatedKey && view.points)
      return {
        key: unlocatedKey,
        title: words.unlocatedTitle(view.unlocated.length),
        areas: view.unlocated,
      };
    if (this.open === elsewhereKey && view.points)
      return {
        key: elsewhereKey,
        title: words.offMapTitle(view.points.outside.length),
        areas: view.points.outside,
      };
    if (this.open === elsewhereKey)
      return {
        key: elsewhereKey,
        title: words.elsewhereTitle(view.elsewhere.length),
        areas: view.elsewhere,
      };
    const tile = view.tiles.find((entry) => entry.region === this.open);
    return tile
      ? {
          key: tile.region,
          title: words.listTitle(tile.label, tile.areas.length),
          areas: tile.areas,
        }
      : undefined;
  }

  private renderList(view: MapView) {
    const group = this.openGroup(view);
    // Always in the tree, so the tiles' aria-controls points at something.
    return html`<section
      part="list"
      class="list"
      id="area-list"
      aria-labelledby="list-title"
      ?hidden=${!group}
    >
      ${
        group
          ? html`<div class="list-head">
                <div
                  class="story-subheading"
                  role="heading"
                  aria-level=${Math.min(this.level + 1, 6)}
                  id="list-title"
                >
                  ${group.title}
                </div>
                <button class="link-button" type="button" @click=${() => (this.open = undefined)}>
                  ${words.close}
                </button>
              </div>
              ${
                group.areas.length
                  ? html`<ul class="areas">
                      ${group.areas.map((area) => {
                        const selected = area.id === view.selected;
                        const inferred =
                          group.key !== unplacedKey && inferredFields(area).includes('region');
                        return html`<li>
                          ${this.renderAreaButton(area, view)}
                          ${inferred ? html`<span class="tag">${words.inferredTag}</span>` : nothing}
                          ${selected ? html`<span class="tag selected-tag">${words.selectedTag}</span>` : nothing}
                        </li>`;
                      })}
                    </ul>`
                  : html`<p class="empty-list">${words.listEmpty}</p>`
              }`
          : nothing
      }
    </section>`;
  }

  private renderTable(view: MapView) {
    const row = (label: string, count: number, inferred: number | undefined) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td>${formatNumber(count)}</td>
        <td>${inferred === undefined ? '–' : formatNumber(inferred)}</td>
      </tr>`;
    return html`<details part="table" class="table">
      <summary>${words.table}</summary>
      <table>
        <caption class="visually-hidden">
          ${words.tableCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${words.columns.region}</th>
            <th scope="col">${words.columns.areas}</th>
            <th scope="col">${words.columns.inferred}</th>
          </tr>
        </thead>
        <tbody>
          ${view.tiles.map((tile) => row(tile.label, tile.areas.length, tile.inferred))}
          ${view.unplaced.length ? row(words.noRegionRow, view.unplaced.length, undefined) : nothing}
          ${view.elsewhere.length ? row(words.elsewhereRow, view.elsewhere.length, undefined) : nothing}
        </tbody>
      </table>
    </details>`;
  }

  protected override renderView(view: MapView) {
    return html`<div part="header" class="story-header">
        <div part="title" class="story-title" role="heading" aria-level=${this.level}>
          ${view.title}
        </div>
        <p part="takeaway" class="takeaway">${view.takeaway}</p>
      </div>
      ${
        view.points
          ? this.renderPoints(view, view.points)
          : html`${this.renderLegend(view)} ${this.renderMap(view)}`
      }
      ${view.noCoordinates ? html`<p class="hint">${words.noCoordinates}</p>` : nothing}
      ${this.renderUnplaced(view)} ${this.renderList(view)} ${this.renderTable(view)}
      ${renderSourceList(view.sources)}`;
  }
}
