/**
 * The view the conditions matrix derives (`MatrixView`, with its columns from `gridColumns`),
 * and the templates that map it and the controllers' state (focus, tooltip, row window) to DOM.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { cssProperties } from '../../base/controllers/css-properties.js';
import type { GridCell, GridKeyboard } from '../../base/controllers/grid-keyboard.js';
import type { TooltipController } from '../../base/controllers/tooltip.js';
import type { RowWindow, VirtualRows } from '../../base/controllers/virtual-rows.js';
import type { Assessment, Scale } from '../../data/types.js';
import { formatNumber } from '../../format/number.js';
import { formatPercent } from '../../format/figures.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { matrixStrings } from '../../strings/matrix.js';
import { provenanceStrings } from '../../strings/provenance.js';
import { assessmentLines, citationsOf, renderCitations } from '../provenance.js';
import type { Cited } from '../provenance.js';
import { paletteSteps } from './conditions-matrix.styles.js';
import { NOT_ASSESSED, NO_DATA, factorKey, levelOf } from './model.js';
import type { Column, Group, MatrixModel, Sort, SortKey } from './model.js';

/** Rows the table view shows at most: a plain table of 15,000 rows would freeze the tab. */
const TABLE_ROWS = 1000;
/** The grid column of the first factor: after the area names. */
const FIRST_FACTOR_COLUMN = 1;
/** The outcome progress bar's segments: one per tenth. */
const PROGRESS_SEGMENTS = 10;

/** One column of the grid: the area names, a factor's levels, or outcome progress. */
export interface GridColumn {
  key: SortKey;
  /** The grid's header (a factor's short title) and the table's (its full title). */
  label: string;
  title: string;
  /** The factor's column in the model, for a level column. */
  factor?: { column: Column; index: number };
  /** The classes of its cells: `start` draws a group's dividing line. */
  kind: string;
}

/** What the matrix shows, derived once per update; the templates only map it. */
export interface MatrixView {
  model: MatrixModel;
  columns: GridColumn[];
  /** Model rows in view, in display order. */
  order: Int32Array;
  /** The model row of the selected area, or -1. */
  selectedRow: number;
  sort: Sort;
  query: string;
  year?: number;
  summary: boolean;
  tableView: boolean;
  /** The display rows to render around the scroller's view. */
  window: RowWindow;
  /** Where each factor is explained, when a page explains them (`bl-success-factors`). */
  factorLink?: (id: string) => string;
  /** While the grid is wider than its frame: whether columns are out of view at each side. */
  sideways?: Sideways;
}

/** Which sides of a grid wider than its frame have columns out of view. */
export interface Sideways {
  start: boolean;
  end: boolean;
}

/** What the templates use of the element: its controllers and handlers. */
export interface MatrixHost {
  keyboard: GridKeyboard;
  rows: VirtualRows;
  tooltip: TooltipController<GridCell>;
  noticeOf: (message: string) => TemplateResult;
  onSearch: (event: Event) => void;
  onTableView: (event: Event) => void;
  onDownload: () => void;
  onGridClick: (event: MouseEvent) => void;
  onGridPointerover: (event: PointerEvent) => void;
}

export function gridColumns(model: MatrixModel, summary: boolean): GridColumn[] {
  const area = matrixStrings.area;
  const progress = matrixStrings.progress;
  return [
    { key: 'name', label: area, title: area, kind: 'name' },
    ...model.columns.map((column, index) => ({
      key: factorKey(column),
      label: column.factor.short ?? column.factor.title,
      title: column.factor.title,
      factor: { column, index },
      kind: column.start ? 'cell start' : 'cell',
    })),
    ...(summary
      ? [{ key: 'progress' as const, label: progress, title: progress, kind: 'cell sum' }]
      : []),
  ];
}

/** `aria-sort` of a column: only the sorted one has it. */
function sortOf(view: MatrixView, column: GridColumn) {
  if (view.sort.key !== column.key) return undefined;
  return view.sort.direction === 1 ? 'ascending' : 'descending';
}

/** The sort mark: ▲ or ▼ on the sorted column, `unsorted` on the others. */
function arrow(sort: string | undefined, unsorted = '↕') {
  return html`<span class="arrow" aria-hidden="true"
    >${sort ? (sort === 'ascending' ? '▲' : '▼') : unsorted}</span
  >`;
}

export function renderMatrix(view: MatrixView, host: MatrixHost): TemplateResult {
  const count = view.order.length;
  const query = view.query.trim();
  return html`
    <p part="caption" class="caption" id="caption">
      ${matrixStrings.caption(groupTitles(view.model), view.year)}
    </p>
    <div part="controls" class="controls">
      <label class="search">
        ${matrixStrings.search}
        <input part="search" type="search" .value=${view.query} @input=${host.onSearch} />
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked=${view.tableView ? 'true' : 'false'}
          .checked=${view.tableView}
          @change=${host.onTableView}
        />
        ${matrixStrings.tableView}
      </label>
      <button part="download" type="button" ?disabled=${count === 0} @click=${host.onDownload}>
        ${matrixStrings.download}
      </button>
      <p class="count" role="status">
        ${matrixStrings.count(formatNumber(count), formatNumber(view.model.areas.length))}
      </p>
    </div>
    ${
      count === 0
        ? host.noticeOf(query ? matrixStrings.noMatch(query) : matrixStrings.noneMatch)
        : view.tableView
          ? renderTable(view)
          : renderGrid(view, host)
    }
    ${renderLegend(view.model, view.summary)}
  `;
}

// A tooltip is named by its content (ARIA 1.2); the rule asks for an author-given name.
/* eslint-disable lit-a11y/accessible-name */
function renderGrid(view: MatrixView, host: MatrixHost) {
  const { keyboard, rows, tooltip } = host;
  const { leading, trailing, gaps } = view.window;
  const fit = Math.max(0, ...view.model.groups.map(widthToFit));
  const { sideways } = view;
  // The frame's classes draw a shadow at each edge with columns beyond it.
  const edges = sideways
    ? `${sideways.start ? ' more-start' : ''}${sideways.end ? ' more-end' : ''}`
    : '';
  return html`${
      sideways
        ? html`<p class="sideways" id="sideways">
            <span aria-hidden="true">↔</span> ${matrixStrings.sideways(view.columns.length - 1)}
          </p>`
        : nothing
    }
    <div class="frame${edges}">
      <div part="scroller" class="scroller">
        <div
          part="grid"
          class="grid"
          role="grid"
          aria-labelledby="caption"
          aria-describedby=${sideways ? 'sideways' : nothing}
          aria-rowcount=${keyboard.ariaRowCount(view.order.length)}
          aria-colcount=${view.columns.length}
          ${cssProperties({ '--_fit': `${fit}em` })}
          @keydown=${keyboard.onKeydown}
          @click=${host.onGridClick}
          @focusin=${keyboard.onFocusin}
          @focusout=${keyboard.onFocusout}
          @pointerover=${host.onGridPointerover}
          @pointerleave=${tooltip.onPointerleave}
        >
          <div class="head" role="rowgroup">
            ${renderGroups(view.model, keyboard)}
            <div class="cols" role="row" aria-rowindex=${keyboard.ariaRowIndexOf(-1)}>
              ${view.columns.map((column, col) => renderHeader(view, host, column, col))}
            </div>
          </div>
          <div class="body" role="rowgroup">
            ${rows.spacer(gaps[0])} ${leading.map((row) => renderRow(view, host, row))}
            ${rows.spacer(gaps[1])} ${trailing.map((row) => renderRow(view, host, row))}
            ${rows.spacer(gaps[2])}
          </div>
        </div>
      </div>
      <div
        class="tooltip"
        part="tooltip"
        role="tooltip"
        id="tip"
        hidden
        @pointerleave=${tooltip.onPointerleave}
      >
        ${renderTooltip(view, tooltip.target)}
      </div>
    </div>`;
}
/* eslint-enable lit-a11y/accessible-name */

/** The dataset's titles of the groups the columns fall in, in order. */
export const groupTitles = (model: MatrixModel): string[] =>
  model.groups.map((group) => group.group.title);

const groupLabel = (group: Group) => group.group.title;

/**
 * The width, in em, each column of a group needs for the longest word of its label to fit: a
 * narrow group (one column under a long title) widens the columns. 0.62em is about the width
 * of a bold letter and 0.6em the header's padding.
 */
function widthToFit(group: Group): number {
  const word = Math.max(
    ...groupLabel(group)
      .split(/\s+/)
      .map((part) => part.length),
  );
  return (word * 0.62 + 0.6) / group.span;
}

/** The row of group headers: the first of the grid's header rows. */
function renderGroups(model: MatrixModel, keyboard: GridKeyboard) {
  return html`<div class="groups" role="row" aria-rowindex="1">
    <div class="corner" aria-hidden="true"></div>
    ${model.groups.map(
      (group) =>
        html`<div
          class="group start"
          role="columnheader"
          aria-colindex=${keyboard.ariaColIndexOf(group.first + FIRST_FACTOR_COLUMN)}
          aria-colspan=${group.span}
          ${cssProperties({ '--_span': group.span })}
        >
          ${groupLabel(group)}
        </div>`,
    )}
  </div>`;
}

/** What every focusable cell shares: the one tab stop, and the link to the tooltip. */
function cellState(host: MatrixHost, cell: GridCell) {
  return {
    tabindex: host.keyboard.tabIndexOf(cell),
    describedBy: host.tooltip.describes(cell) ? 'tip' : nothing,
  };
}

function renderHeader(view: MatrixView, host: MatrixHost, column: GridColumn, col: number) {
  const { tabindex, describedBy } = cellState(host, { row: -1, col });
  const sort = sortOf(view, column);
  return html`<div
    part="header"
    class=${column.kind}
    role="columnheader"
    aria-colindex=${host.keyboard.ariaColIndexOf(col)}
    aria-sort=${sort ?? nothing}
    tabindex=${tabindex}
    aria-describedby=${describedBy}
  >
    <span class="label">${column.label}</span>${arrow(sort)}
  </div>`;
}

function renderRow(view: MatrixView, host: MatrixHost, row: number) {
  const modelRow = view.order[row]!;
  const selected = modelRow === view.selectedRow;
  return html`<div
    part=${selected ? 'row selected' : 'row'}
    class=${selected ? 'row selected' : 'row'}
    role="row"
    aria-rowindex=${host.keyboard.ariaRowIndexOf(row)}
    aria-selected=${selected ? 'true' : 'false'}
  >
    ${view.columns.map((column, col) => {
      const { tabindex, describedBy } = cellState(host, { row, col });
      const index = host.keyboard.ariaColIndexOf(col);
      if (col === 0) {
        return html`<div
          part="area"
          class="name"
          role="rowheader"
          aria-colindex=${index}
          tabindex=${tabindex}
          aria-describedby=${describedBy}
        >
          <span>${view.model.areas[modelRow]!.name}</span>
        </div>`;
      }
      const glyph = column.factor
        ? levelGlyph(levelOf(view.model, modelRow, column.factor.index), column.factor.column)
        : progressGlyph(view.model.progress[modelRow]!);
      // One element and its words for screen readers; the chip and bar are drawn by CSS.
      return html`<div
        part="cell"
        class="${column.kind} ${glyph.className}"
        role="gridcell"
        aria-colindex=${index}
        tabindex=${tabindex}
        aria-describedby=${describedBy}
      >
        ${glyph.text}<span class="visually-hidden">${glyph.words}</span>
      </div>`;
    })}
  </div>`;
}

interface Glyph {
  /** `level`, then the palette step (`s0`…), the level (`l0`…) and the bar's segments (`t1`…). */
  className: string;
  /** What shows: the number, or nothing on hatching. */
  text: string;
  /** What a screen reader says besides `text`. */
  words: string;
}

/** A level as colour, number and bar; hatching and a dash when unassessed. */
function levelGlyph(level: number, column: Column): Glyph {
  if (level < 0) return noneGlyph(level);
  const step = Math.round((Math.min(level, column.top) / column.top) * (paletteSteps - 1));
  const label = column.labels[level];
  return {
    className: `level s${step} l${level} t${column.top}`,
    text: String(level),
    words: label ? ` ${label}` : '',
  };
}

/** Not assessed (null) or no data (no key): hatching, with the words for screen readers. */
function noneGlyph(code: number): Glyph {
  const words = code === NOT_ASSESSED ? matrixStrings.notAssessed : matrixStrings.noData;
  return { className: 'level none', text: '', words };
}

/** Outcome progress as a percentage and a bar of tenths. */
function progressGlyph(progress: number): Glyph {
  if (Number.isNaN(progress)) return noneGlyph(NO_DATA);
  const tenths = Math.round(progress * PROGRESS_SEGMENTS);
  return {
    className: `level l${tenths} t${PROGRESS_SEGMENTS}`,
    text: formatPercent(progress),
    words: '',
  };
}

const progressText = (progress: number) =>
  Number.isNaN(progress) ? matrixStrings.noData : formatPercent(progress);

/** A level in words: "Moderate (level 2 of 3)", "Not assessed" or "No data". */
function levelText(level: number, column: Column): string {
  if (level === NOT_ASSESSED) return matrixStrings.notAssessed;
  if (level === NO_DATA) return matrixStrings.noData;
  return matrixStrings.level(column.labels[level] ?? String(level), level, column.top);
}

/** The detail of the hovered or focused cell: area, factor, level, year and note. */
function renderTooltip(view: MatrixView, target: GridCell | undefined) {
  if (!target) return nothing;
  const { model } = view;
  const column = view.columns[target.col];
  if (!column) return nothing;
  if (target.row < 0) {
    if (column.key === 'name') return nothing;
    if (!column.factor) return html`<p>${matrixStrings.progressKey}</p>`;
    const { factor } = column.factor.column;
    const group = model.groups.find((candidate) => candidate.group.id === factor.group)?.group;
    return html`<p><strong>${factor.title}</strong></p>
      ${factor.description ? html`<p class="note">${factor.description}</p>` : nothing}
      ${
        view.factorLink
          ? html`<p class="note">
              <a href=${view.factorLink(factor.id)}>${matrixStrings.aboutFactor(factor.title)}</a>
            </p>`
          : nothing
      }
      ${
        factor.source
          ? html`<p class="note">${provenanceStrings.source(factor.source.title)}</p>`
          : nothing
      }
      ${
        group?.source
          ? html`<p class="note">${matrixStrings.groupSource(group.title, group.source.title)}</p>`
          : nothing
      }`;
  }
  const modelRow = view.order[target.row];
  if (modelRow === undefined) return nothing;
  const assessment = model.shown[modelRow];
  let detail: TemplateResult | typeof nothing = nothing;
  if (column.factor) {
    const { column: factorColumn, index } = column.factor;
    const note = assessment?.notes[factorColumn.factor.id];
    detail = html`<p>
        ${factorColumn.factor.title}:
        <strong>${levelText(levelOf(model, modelRow, index), factorColumn)}</strong>
      </p>
      ${note ? html`<p class="note">${note}</p>` : nothing}`;
  } else if (column.key === 'progress') {
    detail = html`<p>
      ${matrixStrings.progress}: <strong>${progressText(model.progress[modelRow]!)}</strong>
    </p>`;
  }
  return html`<p><strong>${model.areas[modelRow]!.name}</strong></p>
    ${detail}
    ${
      assessment
        ? assessmentLines(assessment, { link: false }).map(
            (line) => html`<p class="note">${line}</p> `,
          )
        : html`<p class="note">${dataStateStrings.noAssessment}</p>`
    }`;
}

/** The same rows and columns as a plain table in words; the grid sorts and selects. */
function renderTable(view: MatrixView) {
  const { model } = view;
  const rows = [...view.order.subarray(0, TABLE_ROWS)];
  return html`<div
      part="table"
      class="table-wrap"
      role="region"
      aria-labelledby="caption"
      tabindex="0"
    >
      <table aria-labelledby="caption">
        <thead>
          <tr>
            <td></td>
            ${model.groups.map(
              (group) => html`<th scope="colgroup" colspan=${group.span}>${groupLabel(group)}</th>`,
            )}
          </tr>
          <tr>
            ${view.columns.map((column) => {
              const sort = sortOf(view, column);
              const factor = column.factor?.column.factor;
              const title =
                factor && view.factorLink
                  ? html`<a href=${view.factorLink(factor.id)}>${column.title}</a>`
                  : column.title;
              return html`<th scope="col" aria-sort=${sort ?? nothing}>
                ${title} ${arrow(sort, '')}
              </th>`;
            })}
            <th scope="col">${matrixStrings.assessment}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${model.areas[row]!.name}</th>
                ${model.columns.map((column, col) => {
                  const note = model.shown[row]?.notes[column.factor.id];
                  return html`<td>
                    ${levelText(levelOf(model, row, col), column)}
                    ${note ? html`<small>${note}</small>` : nothing}
                  </td>`;
                })}
                ${view.summary ? html`<td>${progressText(model.progress[row]!)}</td>` : nothing}
                <td class="provenance">${renderProvenance(model.shown[row])}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      rows.length < view.order.length
        ? html`<p class="note">
            ${matrixStrings.tableShown(formatNumber(rows.length), formatNumber(view.order.length))}
          </p>`
        : nothing
    }`;
}

/** A row's assessment in the table: when, by whom, how, and a link to its source. */
function renderProvenance(assessment: Assessment | undefined) {
  if (!assessment) return dataStateStrings.noAssessment;
  return assessmentLines(assessment, { link: true }).map(
    (line) => html`<span class="line">${line}</span> `,
  );
}

/**
 * Where the columns come from: each group's, factor's and scale's source, once each with
 * everything it backs, linked so that a reader can check them.
 */
function columnCitations(model: MatrixModel) {
  const items: Cited[] = [];
  for (const { group, first, span } of model.groups) {
    items.push({ name: group.title, source: group.source });
    for (const column of model.columns.slice(first, first + span)) {
      items.push({
        name: column.factor.short ?? column.factor.title,
        source: column.factor.source,
      });
    }
  }
  for (const column of model.columns) {
    items.push({ name: provenanceStrings.levels, source: column.scale?.source });
  }
  return citationsOf(items);
}

/** A legend swatch: the same glyph as a cell, hidden from screen readers beside its label. */
function swatch(glyph: Glyph) {
  return html`<span class="${glyph.className}" aria-hidden="true">${glyph.text}</span>`;
}

/**
 * One key per scale the columns use (most datasets have one), the unassessed cell and the
 * scales' notes; then the sources of the groups, factors and scales.
 */
function renderLegend(model: MatrixModel, summary: boolean) {
  const scales = new Map<Scale, Column[]>();
  for (const column of model.columns) {
    if (column.labels.length) {
      scales.set(column.labels, [...(scales.get(column.labels) ?? []), column]);
    }
  }
  // A scale's note says what kind of scale it is ("a product convention, not the evaluation's").
  const notes = [...new Set(model.columns.flatMap((column) => column.scale?.note ?? []))];
  const citations = columnCitations(model);
  return html`<div part="legend" class="legend">
      ${[...scales].map(
        ([labels, columns]) =>
          html`<ul class="scale" aria-label=${matrixStrings.legend}>
            ${
              scales.size > 1
                ? html`<li>
                    <strong
                      >${columns.map((column) => column.factor.short ?? column.factor.title).join(', ')}:</strong
                    >
                  </li>`
                : nothing
            }
            ${labels.map(
              (label, level) => html`<li>${swatch(levelGlyph(level, columns[0]!))}${label}</li>`,
            )}
          </ul>`,
      )}
      <ul class="scale">
        <li>${swatch(noneGlyph(NOT_ASSESSED))}${matrixStrings.noneKey}</li>
      </ul>
      ${summary ? html`<p>${matrixStrings.progress}: ${matrixStrings.progressKey}</p>` : nothing}
      ${notes.map((note) => html`<p>${note}</p> `)}
    </div>
    ${
      citations.length
        ? html`<div part="sources" class="sources">
            <p class="sources-label" id="sources">${provenanceStrings.sources}</p>
            ${renderCitations(citations, 'sources')}
          </div>`
        : nothing
    }`;
}
