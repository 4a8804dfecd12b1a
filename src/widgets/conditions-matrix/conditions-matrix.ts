import { property, state } from '../../base/decorators.js';
import type { PropertyValues } from 'lit';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { GridKeyboard } from '../../base/controllers/grid-keyboard.js';
import type { GridCell } from '../../base/controllers/grid-keyboard.js';
import { TooltipController } from '../../base/controllers/tooltip.js';
import { VirtualRows } from '../../base/controllers/virtual-rows.js';
import { tooltipStyles } from '../../base/tooltip.styles.js';
import { dataStateStrings } from '../../strings/data-states.js';
import { currentLocale } from '../../strings/locale.js';
import { matrixStrings } from '../../strings/matrix.js';
import { scaleOf } from '../../data/query.js';
import type { Dataset } from '../../data/types.js';
import { frameworkStyles } from '../framework-view.styles.js';
import { LazyModule } from '../lazy-module.js';
import { matrixStyles } from './conditions-matrix.styles.js';
import { Memo } from './memo.js';
import {
  buildModel,
  byNameSort,
  csvOf,
  filterRows,
  groupTitlesOf,
  nextSort,
  sortRows,
  unknownAreaIds,
} from './model.js';
import type { MatrixModel, NothingToCompare, RowFilter, Sort } from './model.js';
import { gridColumns, renderMatrix } from './templates.js';
import type { MatrixHost, MatrixView, Sideways } from './templates.js';

/**
 * The framework view, imported the first time a matrix has nothing assessed to compare (as on
 * Big Local's own data): a dataset with levels never needs it.
 */
const frameworkView = new LazyModule(() => import('../framework-view.js'));

/** The grid's header rows: the groups, then the column headers (the focusable one). */
const HEADER_ROWS = 2;

const sameCell = (a: GridCell, b: GridCell) => a.row === b.row && a.col === b.col;

/** The factors the matrix compares, by group, as the framework view lists them. */
function frameworkOf(dataset: Dataset) {
  return dataset.groups.map((group) => ({
    title: group.title,
    entries: dataset.factors
      .filter((factor) => factor.group === group.id)
      .map((factor) => ({ ...factor, scale: scaleOf(dataset, factor) })),
  }));
}

/**
 * The finding of the evaluation in one view: no single factor explains an area's success;
 * combinations do. One row per area and one column per factor in the dataset, grouped under the
 * dataset's own factor groups in its order (Big Local's "Conditions" and "Ways of working", or
 * any other programme's), each cell the area's level by colour (a colour-blind-safe sequential
 * palette) and by number and bar, so nothing depends on colour. `summary` adds a column of each
 * area's outcome progress.
 *
 * Without `year`, each row shows its area's **latest assessment that records any factor**, so a
 * row is always one coherent snapshot (never levels from different years side by side); the year
 * shows in each cell's tooltip. With `year`, rows show that year's assessment and areas not
 * assessed then show no data.
 *
 * It is an ARIA grid with one tab stop: arrow keys, Home and End, Ctrl+Home and Ctrl+End,
 * Page Up and Page Down move between cells (Left and Right swap in a right-to-left page); Enter
 * or Space on a column header sorts by it (area names A to Z first, levels highest first; again
 * to reverse; ties by name, unassessed last);
 * Enter or Space on a row, or a click, selects its area for every widget under the same
 * `bl-programme`. Hover or focus shows a cell's detail: the level, the assessment's note and how
 * the assessment was made (when, by whom, its method and source); a column header's detail is
 * the factor's full title, description, group and sources. Escape hides it. Only the rows in
 * view are rendered, so 15,000 areas are as quick as 150. While the grid is wider than its space
 * (all but four columns are out of view at 320 px), a line above it, which also describes the
 * grid to screen readers, says it scrolls sideways, and a shadow marks each edge with columns
 * beyond it.
 *
 * Every figure can be checked: the "Sources" list under the legend links each group's, factor's
 * and scale's source; the table view adds each row's assessment with a link to its source.
 *
 * A search box filters by name; "Table view" shows the same rows and columns as a plain table;
 * "Download CSV" saves exactly the rows and columns in view, with each row's assessment year and
 * source address.
 *
 * @tagname bl-conditions-matrix
 * @summary Areas by the programme's factors, in its groups: a sortable, filterable, keyboard grid.
 *
 * @fires bl-area-select - The reader chose an area (a row). `detail: { area }`; bubbles and is composed.
 *
 * @csspart caption - The line naming what the matrix shows.
 * @csspart controls - The search box, table switch, download button and count.
 * @csspart search - The search box.
 * @csspart download - The "Download CSV" button.
 * @csspart scroller - The grid's scrolling frame (fixed maximum height).
 * @csspart grid - The grid (`role="grid"`).
 * @csspart header - Each column header.
 * @csspart row - Each area's row; the selected one also has `selected`.
 * @csspart area - Each row's header: the area's name.
 * @csspart cell - Each level cell.
 * @csspart tooltip - The detail of the hovered or focused cell.
 * @csspart legend - The key to the levels.
 * @csspart sources - The list of the sources of the groups, factors and scales, with links.
 * @csspart table - The table view's scrolling frame.
 *
 * @cssprop --bl-matrix-max-height - Maximum height of the grid before it scrolls. Defaults to 30em.
 * @cssprop --bl-matrix-row-height - Height of every row (fixed, for virtual scrolling). Defaults to 2.75em of the grid's text.
 * @cssprop --bl-matrix-name-width - Width of the area column. Defaults to 11em (8.5em in narrow containers).
 * @cssprop --bl-matrix-cell-width - Width of each level column. Defaults to 3em.
 * @cssprop --bl-matrix-selected - Colour marking the selected row. Defaults to `--bl-color-accent`.
 * @cssprop --bl-matrix-step-0 - Colour of the lowest level (palette step 0 of 8). Steps run lightest to deepest in both themes, each at least 3:1 against the surface; the text on a step is dark or light, whichever contrasts more.
 * @cssprop --bl-matrix-step-1 - Palette step 1.
 * @cssprop --bl-matrix-step-2 - Palette step 2.
 * @cssprop --bl-matrix-step-3 - Palette step 3.
 * @cssprop --bl-matrix-step-4 - Palette step 4.
 * @cssprop --bl-matrix-step-5 - Palette step 5.
 * @cssprop --bl-matrix-step-6 - Palette step 6.
 * @cssprop --bl-matrix-step-7 - Palette step 7.
 * @cssprop --bl-matrix-step-8 - Colour of the highest level (palette step 8).
 */
export class BlConditionsMatrix extends BlElement<MatrixView> {
  static override styles = [BlElement.styles, tooltipStyles, ...matrixStyles, frameworkStyles];

  /** On the embedded default it shows the factors: their part of the default comes with it. */
  static readonly usesFactors = true;

  /** Assessment year. Defaults to each area's latest assessment that records any factor. */
  @property({ type: Number }) year?: number;

  /** Ids of the areas to show, separated by commas; empty shows every area. */
  @property() areas?: string;

  /** Only areas with this setting: ids of the dataset's `settings`, separated by commas. */
  @property() setting?: string;

  /** Only areas in this region (several separated by commas). */
  @property() region?: string;

  /** Only areas with this partnership type: ids of the dataset's `partnershipTypes`, by commas. */
  @property() partnership?: string;

  /** Only case-study areas. */
  @property({ type: Boolean, attribute: 'case-study' }) caseStudy = false;

  /** Adds a column of each area's outcome progress: its mean outcome level, as a share. */
  @property({ type: Boolean }) summary = false;

  /** Shows the plain table instead of the coloured grid. */
  @property({ type: Boolean, attribute: 'table-view', reflect: true }) tableView = false;

  /**
   * Where the factors are explained: the address of a page with a `bl-success-factors`. Each
   * column's detail and the table view's column headers then link to the factor there
   * (`#factor-<id>`). Unset, they link on this page when it has a `bl-success-factors`.
   */
  @property({ attribute: 'factors-page' }) factorsPage?: string;

  /** The address a factor is explained at, or undefined when no page explains factors. */
  private factorLink(): ((id: string) => string) | undefined {
    const page =
      this.factorsPage ?? (document.querySelector?.('bl-success-factors') ? '' : undefined);
    if (page === undefined) return undefined;
    // Only a web address or a fragment: a page's attribute must not become a script link.
    if (page && !/^(https?:|\/|\.|#)/i.test(page) && !/^[\w-]+(\.html?)?$/i.test(page)) {
      return undefined;
    }
    const base = page.split('#')[0];
    return (id) => `${base}#factor-${encodeURIComponent(id)}`;
  }

  @state() private query = '';
  /** Whether the grid is wider than its frame, and on which sides columns are out of view. */
  @state() private sideways?: Sideways;
  /** Watches the scroller and the grid: either's width can make the grid overflow or fit. */
  private sidewaysObserver?: ResizeObserver;
  private sidewaysWatched?: HTMLElement | null;
  @state() private sort: Sort = byNameSort;

  private readonly rows = new VirtualRows(this, {
    scroller: () => this.byPart('scroller'),
    body: () => this.renderRoot.querySelector<HTMLElement>('.body'),
    onScroll: () => {
      this.tooltip.place();
      this.measureSideways();
    },
  });

  private readonly keyboard = new GridKeyboard(this, {
    headerRows: HEADER_ROWS,
    grid: () => this.byPart('grid'),
    scroller: () => this.byPart('scroller'),
    stickyColumns: 1,
    rowCount: () => this.view?.order.length ?? 0,
    columnCount: () => this.view?.columns.length ?? 0,
    rowsPerPage: () => this.rows.rowsPerPage,
    revealRow: (row) => this.rows.scrollToRow(row),
    activate: (cell) => this.activate(cell),
    moved: (cell) => this.tooltip.focus(cell, true),
    focusChanged: (cell) => this.tooltip.focus(cell),
  });

  private readonly tooltip = new TooltipController<GridCell>(this, {
    tooltip: () => this.byPart('tooltip'),
    anchor: (cell) => this.keyboard.cellElement(cell),
    region: () => this.byPart('grid'),
    boundary: () => this.renderRoot.querySelector('.frame'),
    clip: () => this.byPart('scroller'),
    same: sameCell,
  });

  /** What the templates use: the controllers, and handlers that change the view. */
  private readonly templateHost: MatrixHost = {
    keyboard: this.keyboard,
    rows: this.rows,
    tooltip: this.tooltip,
    noticeOf: (message) => this.renderNotice(message),
    onSearch: (event) => {
      this.query = (event.target as HTMLInputElement).value;
      this.rows.scrollToTop();
    },
    onTableView: (event) => {
      this.tableView = (event.target as HTMLInputElement).checked;
    },
    onGridClick: (event) => {
      const cell = this.keyboard.cellOf(event.target);
      if (cell) this.activate(cell);
    },
    onGridPointerover: (event) => {
      const cell = this.keyboard.cellOf(event.target);
      if (cell) this.tooltip.hover(cell);
    },
    onDownload: () => this.download(),
  };

  private readonly models = new Memo<MatrixModel | NothingToCompare>();
  private readonly filters = new Memo<Int32Array>();
  private readonly sorts = new Memo<Int32Array>();

  private byPart(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On the embedded default nothing is assessed: the framework view is fetched while it loads.
    if (this.data.state === 'loading' && this.data.origin === 'default') void frameworkView.load();
  }

  protected override derive(_changed: PropertyValues<this>): MatrixView | Notice | undefined {
    const dataset = this.data.dataset;
    if (!dataset) return undefined;
    const { year, summary, query, sort } = this;
    // The locale is an input too: names collate and fold for search by it.
    const model = this.models.get([dataset, year, currentLocale()], () =>
      buildModel(dataset, year),
    );
    if (typeof model === 'string') {
      // A notice replaces the whole matrix: nothing stale is left to sort, select or download.
      this.view = undefined;
      if (model === 'no-factors') return notice(matrixStrings.noFactors);
      const groups = groupTitlesOf(dataset);
      if (year !== undefined) return notice(matrixStrings.noAssessmentIn(groups, year));
      // Nothing is assessed at all (Big Local publishes no scores): show what would be compared.
      const waiting = frameworkView.need((pending) => this.afterImport(pending));
      if (waiting) return waiting;
      const view = frameworkView.module!;
      return notice(view.frameworkStrings.matrixIntro(groups), {
        detail: view.renderFramework(frameworkOf(dataset)),
      });
    }
    const filter: RowFilter = {
      areas: this.areas,
      setting: this.setting,
      region: this.region,
      partnership: this.partnership,
      caseStudy: this.caseStudy,
      query,
    };
    const filtered = this.filters.get([model, ...Object.values(filter)], () => {
      for (const id of unknownAreaIds(model, filter.areas)) {
        this.warnOnce(dataStateStrings.unknownArea(id));
      }
      return filterRows(model, filter);
    });
    const order = this.sorts.get([filtered, sort], () => sortRows(model, filtered, sort));
    const columns = gridColumns(model, summary);
    const selectedArea = this.selectedArea;
    const selectedRow = model.areas.findIndex((area) => area.id === selectedArea);
    this.keyboard.clamp(order.length, columns.length);
    // The active row stays rendered wherever the view is, keeping the grid's one tab stop.
    const window = this.rows.windowOf(order.length, this.keyboard.active.row);
    const { tableView } = this;
    const factorLink = this.factorLink();
    return {
      model,
      columns,
      order,
      selectedRow,
      sort,
      query,
      year,
      summary,
      tableView,
      window,
      factorLink,
      sideways: tableView ? undefined : this.sideways,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const grid = this.byPart('grid');
    if (grid === this.sidewaysWatched) return;
    this.sidewaysWatched = grid;
    this.sidewaysObserver ??= new ResizeObserver(() => this.measureSideways());
    this.sidewaysObserver.disconnect();
    if (!grid?.parentElement) return;
    this.sidewaysObserver.observe(grid.parentElement);
    this.sidewaysObserver.observe(grid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sidewaysObserver?.disconnect();
    this.sidewaysWatched = undefined;
  }

  /** Reads whether the grid overflows its frame sideways, and which edges have more. */
  private measureSideways(): void {
    const scroller = this.byPart('scroller');
    const hidden = scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
    // The vertical scrollbar's width. Firefox sizes the frame to the grid without it, so a grid
    // that fits overflows by that much: no column is out of view then.
    const bar = scroller
      ? Math.max(0, scroller.offsetWidth - scroller.clientWidth - scroller.clientLeft * 2)
      : 0;
    let next: Sideways | undefined;
    if (scroller && hidden > bar + 1) {
      // scrollLeft runs negative in a right-to-left grid: its distance from the start.
      const at = Math.abs(scroller.scrollLeft);
      next = { start: at > 1, end: at < hidden - 1 };
      // The end shadow stops short of the vertical scrollbar.
      scroller.parentElement?.style.setProperty('--_bar', `${bar}px`);
    }
    if (next?.start !== this.sideways?.start || next?.end !== this.sideways?.end) {
      this.sideways = next;
    }
  }

  protected override renderView(view: MatrixView) {
    return renderMatrix(view, this.templateHost);
  }

  /** A column header sorts by its column; a row selects its area. */
  private activate({ row, col }: GridCell): void {
    const view = this.view;
    if (!view) return;
    if (row < 0) {
      const column = view.columns[col];
      if (!column) return;
      this.sort = nextSort(this.sort, column.key);
      this.rows.scrollToTop();
      return;
    }
    const modelRow = view.order[row];
    if (modelRow !== undefined) this.selectArea(view.model.areas[modelRow]!.id);
  }

  private download(): void {
    const blob = new Blob(['\ufeff', this.csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = matrixStrings.csvFile(this.data.dataset?.programme.id ?? 'areas');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** The rows and columns in view, as CSV: levels as numbers, unassessed as words. */
  csv(): string {
    const view = this.view;
    return view ? csvOf(view.model, view.order, { summary: view.summary }) : '';
  }
}
