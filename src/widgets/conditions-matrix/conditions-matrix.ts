import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BlElement } from '../../base/bl-element.js';
import { assessmentsOf, scaleOf } from '../../data/query.js';
import type { Area, Assessment, Dataset, Factor, Scale } from '../../data/types.js';
import { formatNumber } from '../../format.js';
import { strings } from '../../strings.js';
import { matrixStyles, paletteSteps } from './conditions-matrix.styles.js';

/** Level codes below zero: the assessment says null, or has no key for the factor at all. */
const NOT_ASSESSED = -1;
const NO_DATA = -2;
/** Rows rendered above and below the visible ones, so fast scrolling shows no blank. */
const OVERSCAN = 4;
/** Rows the table view shows at most: a plain table of 15,000 rows would freeze the tab. */
const TABLE_ROWS = 1000;

interface Column {
  factor: Factor;
  labels: Scale;
  /** The highest level (at least 1, so a level divides by it safely). */
  top: number;
  /** The first column of its group, which draws the group's dividing line. */
  start: boolean;
}

interface Group {
  label: string;
  /** Width, in em, each of its columns needs for the label's longest word to fit. */
  needs: number;
  /** Index of its first column among the factor columns. */
  first: number;
  span: number;
}

/** Everything the matrix draws from one dataset and year, built once for both. */
interface Model {
  columns: Column[];
  groups: Group[];
  areas: readonly Area[];
  /** The assessment each row shows, if any. */
  shown: (Assessment | undefined)[];
  /** Row-major levels: `levels[row * columns.length + column]`, or a code below zero. */
  levels: Int8Array;
  /** Mean outcome level as a share of the top level, NaN when no outcome was assessed. */
  progress: Float64Array;
  /** Rows in name order, and each row's place in it. */
  byName: Int32Array;
  rank: Int32Array;
}

/** A cell of the grid: `row` -1 is the header row; column 0 holds the area names. */
interface Cell {
  row: number;
  col: number;
}

/** Keeps a computed value until one of its inputs changes (compared by identity). */
class Memo<T> {
  private inputs?: unknown[];
  private value?: T;
  get(inputs: unknown[], compute: () => T): T {
    if (!this.inputs || inputs.some((input, i) => input !== this.inputs![i])) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value as T;
  }
}

const collator = new Intl.Collator(strings.locale, { numeric: true });
const percent = new Intl.NumberFormat(strings.locale, { style: 'percent' });
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** A comma-separated attribute as a lower-case set; undefined when empty. */
function listOf(value: string | undefined): Set<string> | undefined {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  return items.length ? new Set(items) : undefined;
}

/**
 * The assessment a row shows: the one in `year`, or the area's latest that records any factor,
 * else its latest at all (whose outcomes still give the progress column).
 */
function assessmentFor(list: readonly Assessment[], year: number | undefined) {
  if (year !== undefined) return list.find((assessment) => assessment.year === year);
  for (let i = list.length - 1; i >= 0; i--) {
    if (Object.keys(list[i]!.factors).length > 0) return list[i];
  }
  return list.at(-1);
}

/** The model, or the notice to show instead when there is nothing to compare. */
function buildModel(dataset: Dataset, year: number | undefined): Model | string {
  if (dataset.factors.length === 0) return strings.matrix.noFactors;
  // Columns grouped by `group`, groups in order of first appearance, factors in dataset order.
  const columns: Column[] = [];
  const groups: Group[] = [];
  for (const group of new Set(dataset.factors.map((factor) => factor.group))) {
    const first = columns.length;
    for (const factor of dataset.factors) {
      if (factor.group !== group) continue;
      const labels = scaleOf(dataset, factor) ?? [];
      columns.push({
        factor,
        labels,
        top: Math.max(labels.length - 1, 1),
        start: columns.length === first,
      });
    }
    const label = strings.matrix.groups[group] ?? group;
    const word = Math.max(...label.split(/\s+/).map((part) => part.length));
    const span = columns.length - first;
    groups.push({ label, first, span, needs: (word * 0.62 + 0.6) / span });
  }

  const { areas } = dataset;
  const width = columns.length;
  const levels = new Int8Array(areas.length * width).fill(NO_DATA);
  const progress = new Float64Array(areas.length).fill(NaN);
  const shown: (Assessment | undefined)[] = [];
  const outcomeTops = dataset.outcomes.map(
    (outcome) => (scaleOf(dataset, outcome)?.length ?? 0) - 1,
  );
  let anyLevel = false;
  areas.forEach((area, row) => {
    const assessment = assessmentFor(assessmentsOf(dataset, area.id), year);
    shown.push(assessment);
    if (!assessment) return;
    columns.forEach(({ factor }, col) => {
      if (!Object.hasOwn(assessment.factors, factor.id)) return;
      anyLevel = true;
      const level = assessment.factors[factor.id];
      levels[row * width + col] = typeof level === 'number' ? Math.min(level, 127) : NOT_ASSESSED;
    });
    let sum = 0;
    let count = 0;
    dataset.outcomes.forEach((outcome, i) => {
      const level = assessment.outcomes[outcome.id];
      const top = outcomeTops[i]!;
      if (typeof level === 'number' && top > 0) {
        sum += level / top;
        count += 1;
      }
    });
    if (count) progress[row] = sum / count;
  });
  if (!anyLevel) {
    return year === undefined ? strings.matrix.noAssessments : strings.matrix.noAssessmentIn(year);
  }

  const byName = Int32Array.from(areas.keys()).sort((a, b) =>
    collator.compare(areas[a]!.name, areas[b]!.name),
  );
  const rank = new Int32Array(areas.length);
  byName.forEach((row, place) => (rank[row] = place));
  return { columns, groups, areas, shown, levels, progress, byName, rank };
}

/**
 * The finding of the evaluation in one view: no single factor explains an area's success;
 * combinations do. One row per area and one column per factor in the dataset, grouped under
 * "Conditions" and "Ways of working", each cell the area's level by colour (a colour-blind-safe
 * sequential palette) and by number and bar, so nothing depends on colour. `summary` adds a
 * column of each area's outcome progress.
 *
 * Without `year`, each row shows its area's **latest assessment that records any factor**, so a
 * row is always one coherent snapshot (never levels from different years side by side); the year
 * shows in each cell's tooltip. With `year`, rows show that year's assessment and areas not
 * assessed then show no data.
 *
 * It is an ARIA grid with one tab stop: arrow keys, Home and End, Ctrl+Home and Ctrl+End,
 * Page Up and Page Down move between cells; Enter or Space on a column header sorts by it (area
 * names A to Z first, levels highest first; again to reverse; ties by name, unassessed last);
 * Enter or Space on a row, or a click, selects its area for every widget under the same
 * `bl-programme`. Hover or focus shows a cell's detail (level and the assessment's note); Escape
 * hides it. Only the rows in view are rendered, so 15,000 areas are as quick as 150.
 *
 * A search box filters by name; "Table view" shows the same rows and columns as a plain table;
 * "Download CSV" saves exactly the rows and columns in view.
 *
 * @tagname bl-conditions-matrix
 * @summary Areas by conditions and ways of working: a sortable, filterable, keyboard grid.
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
 * @csspart table - The table view's scrolling frame.
 *
 * @cssprop --bl-matrix-max-height - Maximum height of the grid before it scrolls. Defaults to 30em.
 * @cssprop --bl-matrix-row-height - Height of every row (fixed, for virtual scrolling). Defaults to 2.75em of the grid's text.
 * @cssprop --bl-matrix-name-width - Width of the area column. Defaults to 11em (8.5em in narrow containers).
 * @cssprop --bl-matrix-cell-width - Width of each level column. Defaults to 3em.
 * @cssprop --bl-matrix-selected - Colour marking the selected row. Defaults to `--bl-color-accent`.
 * @cssprop --bl-matrix-step-0 - Colour of the lowest level (palette step 0 of 8). The text on each step is dark on steps 0 to 5 and light on 6 to 8 (reversed in the dark theme).
 * @cssprop --bl-matrix-step-1 - Palette step 1.
 * @cssprop --bl-matrix-step-2 - Palette step 2.
 * @cssprop --bl-matrix-step-3 - Palette step 3.
 * @cssprop --bl-matrix-step-4 - Palette step 4.
 * @cssprop --bl-matrix-step-5 - Palette step 5.
 * @cssprop --bl-matrix-step-6 - Palette step 6.
 * @cssprop --bl-matrix-step-7 - Palette step 7.
 * @cssprop --bl-matrix-step-8 - Colour of the highest level (palette step 8).
 */
export class BlConditionsMatrix extends BlElement {
  static override styles = [BlElement.styles, ...matrixStyles];

  /** Assessment year. Defaults to each area's latest assessment that records any factor. */
  @property({ type: Number }) year?: number;

  /** Ids of the areas to show, separated by commas; empty shows every area. */
  @property() areas?: string;

  /** Only areas with this setting (`urban`, `rural`, `coastal`; several separated by commas). */
  @property() setting?: string;

  /** Only areas in this region (several separated by commas). */
  @property() region?: string;

  /** Only areas with this partnership type (several separated by commas). */
  @property() partnership?: string;

  /** Only case-study areas. */
  @property({ type: Boolean, attribute: 'case-study' }) caseStudy = false;

  /** Adds a column of each area's outcome progress: its mean outcome level, as a share. */
  @property({ type: Boolean }) summary = false;

  /** Shows the plain table instead of the coloured grid. */
  @property({ type: Boolean, attribute: 'table-view', reflect: true }) tableView = false;

  @state() private query = '';
  @state() private sortKey = 'name';
  @state() private sortDirection: 1 | -1 = 1;
  @state() private active: Cell = { row: 0, col: 0 };
  @state() private hover?: Cell;
  @state() private focused = false;
  @state() private dismissed = false;
  /** The first row in the scroller's view, and the measures that find it. */
  @state() private firstRow = 0;
  /** The scroller's height: its default maximum until measured. */
  @state() private viewHeight = 480;

  private rowHeight = 40;
  private headHeight = 0;
  private readonly models = new Memo<Model | string>();
  private readonly filters = new Memo<Int32Array>();
  private readonly sorts = new Memo<Int32Array>();
  private model?: Model;
  private notice?: string;
  /** Model rows in view, in display order. */
  private order: Int32Array = new Int32Array(0);
  private selectedRow = -1;
  /** Rendered display rows: those around the view, and the active one wherever it is. */
  private leading: number[] = [];
  private trailing: number[] = [];
  /** Row counts the spacers stand for: above, between the two runs, below. */
  private gaps = [0, 0, 0];
  private focusPending = false;
  /** True while Lit commits a render, which may drop the focused element (rows are reused). */
  private rendering = false;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;

  private get columnCount(): number {
    return 1 + (this.model?.columns.length ?? 0) + (this.summary ? 1 : 0);
  }

  protected override derive(_changed: PropertyValues<this>): void {
    const dataset = this.data.dataset;
    if (!dataset) return;
    const model = this.models.get([dataset, this.year], () => buildModel(dataset, this.year));
    if (typeof model === 'string') {
      this.model = undefined;
      this.notice = model;
      return;
    }
    this.model = model;
    this.notice = undefined;
    const inputs = [this.areas, this.setting, this.region, this.partnership, this.caseStudy];
    const filtered = this.filters.get([model, ...inputs, this.query], () => this.filter(model));
    this.order = this.sorts.get([filtered, this.sortKey, this.sortDirection], () =>
      this.sort(model, filtered),
    );
    this.selectedRow = model.areas.findIndex((area) => area.id === this.data.selectedArea);

    const count = this.order.length;
    const row = Math.min(this.active.row, count - 1);
    const col = Math.min(this.active.col, this.columnCount - 1);
    if (row !== this.active.row || col !== this.active.col) this.active = { row, col };
    const visible = Math.ceil(this.viewHeight / this.rowHeight) + 1;
    const first = clamp(this.firstRow - OVERSCAN, 0, Math.max(count - 1, 0));
    const last = Math.min(count, this.firstRow + visible + OVERSCAN);
    const run = Array.from({ length: Math.max(last - first, 0) }, (_, i) => first + i);
    if (row < 0 || (row >= first && row < last)) {
      [this.leading, this.trailing, this.gaps] = [run, [], [first, 0, count - last]];
    } else if (row < first) {
      [this.leading, this.trailing, this.gaps] = [[row], run, [row, first - row - 1, count - last]];
    } else {
      [this.leading, this.trailing, this.gaps] = [run, [row], [first, row - last, count - row - 1]];
    }
  }

  private filter(model: Model): Int32Array {
    const ids = listOf(this.areas);
    if (ids) {
      for (const id of ids) {
        if (!model.areas.some((area) => area.id.toLowerCase() === id)) {
          this.warnOnce(strings.states.unknownArea(id));
        }
      }
    }
    const settings = listOf(this.setting);
    const regions = listOf(this.region);
    const partnerships = listOf(this.partnership);
    const query = this.query.trim().toLowerCase();
    const has = (set: Set<string> | undefined, value: string | undefined) =>
      !set || (value !== undefined && set.has(value.toLowerCase()));
    return model.byName.filter((row) => {
      const area = model.areas[row]!;
      return (
        has(ids, area.id) &&
        has(settings, area.setting) &&
        has(regions, area.region) &&
        has(partnerships, area.partnership) &&
        (!this.caseStudy || area.caseStudy === true) &&
        (!query || area.name.toLowerCase().includes(query))
      );
    });
  }

  /** Rows arrive in name order; a sort by level keeps name order among equals. */
  private sort(model: Model, rows: Int32Array): Int32Array {
    const direction = this.sortDirection;
    if (this.sortKey === 'name') return direction === 1 ? rows : rows.slice().reverse();
    const width = model.columns.length;
    const col = model.columns.findIndex((column) => column.factor.id === this.sortKey);
    if (col < 0 && this.sortKey !== 'summary') return rows;
    const value = (row: number) => {
      if (col < 0) return model.progress[row]!;
      const level = model.levels[row * width + col]!;
      return level < 0 ? NaN : level;
    };
    return rows.slice().sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      // Unassessed rows go last whichever the direction.
      const missing = Number(Number.isNaN(va)) - Number(Number.isNaN(vb));
      return missing || (va - vb) * direction || model.rank[a]! - model.rank[b]!;
    });
  }

  private keyOf(col: number): string {
    const columns = this.model?.columns ?? [];
    if (col === 0) return 'name';
    return columns[col - 1]?.factor.id ?? 'summary';
  }

  private sortBy(col: number): void {
    const key = this.keyOf(col);
    this.sortDirection = key === this.sortKey ? (-this.sortDirection as 1 | -1) : col ? -1 : 1;
    this.sortKey = key;
    this.scrollToTop();
  }

  private scrollToTop(): void {
    const scroller = this.scroller;
    if (scroller) scroller.scrollTop = 0;
    this.firstRow = 0;
  }

  private select(row: number): void {
    const modelRow = this.order[row];
    if (modelRow !== undefined && this.model) this.selectArea(this.model.areas[modelRow]!.id);
  }

  // ---- Events ------------------------------------------------------------------------------

  /** The focusable cell an event happened in, from the rendered ARIA row and column indexes. */
  private cellOf(target: EventTarget | null): Cell | undefined {
    const cell = (target as Element | null)?.closest?.('.grid [tabindex]');
    const row = Number(cell?.parentElement?.getAttribute('aria-rowindex')) - 3;
    return cell && row >= -1
      ? { row, col: Number(cell.getAttribute('aria-colindex')) - 1 }
      : undefined;
  }

  private onKeydown = (event: KeyboardEvent) => {
    const { row, col } = this.active;
    const page = Math.max(1, Math.floor((this.viewHeight - this.headHeight) / this.rowHeight) - 1);
    const last = this.order.length - 1;
    const end = this.columnCount - 1;
    const to = {
      ArrowRight: { row, col: col + 1 },
      ArrowLeft: { row, col: col - 1 },
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      Home: { row: event.ctrlKey ? -1 : row, col: 0 },
      End: { row: event.ctrlKey ? last : row, col: end },
      PageDown: { row: row + page, col },
      PageUp: { row: row < 0 ? row : Math.max(0, row - page), col },
    }[event.key];
    if (event.key === 'Escape') this.dismissed = true;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (row < 0) this.sortBy(col);
      else this.select(row);
    }
    if (!to) return;
    event.preventDefault();
    this.moveTo({ row: clamp(to.row, -1, last), col: clamp(to.col, 0, end) });
  };

  private moveTo(cell: Cell): void {
    this.active = cell;
    // The latest of pointer and keyboard decides which cell the tooltip describes.
    this.hover = undefined;
    this.dismissed = false;
    this.focusPending = true;
    this.reveal(cell);
  }

  /** Scrolls a cell into view clear of the sticky header and area column, rendered or not. */
  private reveal({ row, col }: Cell): void {
    const scroller = this.scroller;
    if (!scroller) return;
    if (row >= 0) {
      const top = this.headHeight + row * this.rowHeight;
      if (top < scroller.scrollTop + this.headHeight) scroller.scrollTop = row * this.rowHeight;
      else if (top + this.rowHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top + this.rowHeight - scroller.clientHeight;
      }
      this.firstRow = this.rowAt(scroller.scrollTop);
    }
    const header = this.cellElement({ row: -1, col });
    const name = this.cellElement({ row: -1, col: 0 });
    if (col > 0 && header && name) {
      const left = header.offsetLeft - name.offsetWidth;
      const right = header.offsetLeft + header.offsetWidth - scroller.clientWidth;
      if (scroller.scrollLeft > left) scroller.scrollLeft = left;
      else if (scroller.scrollLeft < right) scroller.scrollLeft = right;
    }
  }

  private rowAt(scrollTop: number): number {
    return Math.floor(Math.max(0, scrollTop) / this.rowHeight);
  }

  private onScroll = () => {
    const first = this.rowAt(this.scroller?.scrollTop ?? 0);
    if (first !== this.firstRow) this.firstRow = first;
    this.placeTooltip();
  };

  private onClick = (event: MouseEvent) => {
    const cell = this.cellOf(event.target);
    if (!cell) return;
    if (cell.row < 0) this.sortBy(cell.col);
    else this.select(cell.row);
  };

  private onFocusin = (event: FocusEvent) => {
    const cell = this.cellOf(event.target);
    if (!cell) return;
    this.focused = true;
    if (cell.row !== this.active.row || cell.col !== this.active.col) {
      this.active = cell;
      this.dismissed = false;
    }
  };

  private onFocusout = (event: FocusEvent) => {
    // A render that drops the focused row's element is not the reader leaving: `updated` refocuses.
    if (this.rendering) return;
    const next = event.relatedTarget as Node | null;
    if (!next || !this.grid?.contains(next)) this.focused = false;
  };

  private onPointerover = (event: PointerEvent) => {
    const cell = this.cellOf(event.target);
    if (!cell || (cell.row === this.hover?.row && cell.col === this.hover.col)) return;
    this.hover = cell;
    this.dismissed = false;
    // Escape must hide a hover tooltip even when focus is elsewhere on the page.
    document.addEventListener('keydown', this.onDocumentKeydown);
  };

  /** Leaving the grid or the tooltip for anywhere but the other keeps nothing shown. */
  private onPointerleave = (event: PointerEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.tooltip?.contains(next) || this.grid?.contains(next))) return;
    this.hover = undefined;
    document.removeEventListener('keydown', this.onDocumentKeydown);
  };

  private onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.dismissed = true;
  };

  private onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.scrollToTop();
  };

  private onTableView = (event: Event) => {
    this.tableView = (event.target as HTMLInputElement).checked;
  };

  private download = () => {
    const blob = new Blob(['\ufeff', this.csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = strings.matrix.csvFile(this.data.dataset?.programme.id ?? 'areas');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  /** The rows and columns in view, as CSV: levels as numbers, unassessed as words. */
  csv(): string {
    const model = this.model;
    if (!model) return '';
    const width = model.columns.length;
    const header = [
      strings.matrix.area,
      ...model.columns.map((column) => column.factor.title),
      ...(this.summary ? [strings.matrix.csvProgress] : []),
    ];
    const lines = [header];
    for (const row of this.order) {
      const levels = model.columns.map((_, col) => {
        const level = model.levels[row * width + col]!;
        return level === NO_DATA ? '' : level === NOT_ASSESSED ? strings.matrix.notAssessed : level;
      });
      const progress = model.progress[row]!;
      const extra = this.summary ? [Number.isNaN(progress) ? '' : Math.round(progress * 100)] : [];
      lines.push([model.areas[row]!.name, ...levels, ...extra].map(String));
    }
    return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  // ---- Layout ------------------------------------------------------------------------------

  private get scroller() {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  private get grid() {
    return this.renderRoot.querySelector<HTMLElement>('.grid');
  }

  private get tooltip() {
    return this.renderRoot.querySelector<HTMLElement>('.tip');
  }

  private cellElement({ row, col }: Cell) {
    return this.renderRoot.querySelector<HTMLElement>(
      `[aria-rowindex="${row + 3}"] > [aria-colindex="${col + 1}"]`,
    );
  }

  /** Measures the fixed row height, the header and the view when the scroller changes size. */
  private measure = () => {
    const scroller = this.scroller;
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    const row = body?.querySelector<HTMLElement>('.row');
    if (!scroller || !body) return;
    this.rowHeight = row?.getBoundingClientRect().height || this.rowHeight;
    this.headHeight = body.offsetTop;
    this.viewHeight = scroller.clientHeight;
    this.onScroll();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.observed = undefined;
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.rendering = true;
    try {
      super.update(changed);
    } finally {
      this.rendering = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.scroller;
    if (scroller && scroller !== this.observed) {
      this.resizeObserver ??= new ResizeObserver(this.measure);
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(scroller);
      this.observed = scroller;
    }
    // Sizes go through custom properties set here (CSSOM), never style attributes: strict CSP.
    this.renderRoot.querySelectorAll<HTMLElement>('.gap').forEach((gap, i) => {
      gap.style.setProperty('--_gap', String(this.gaps[i]));
    });
    for (const group of this.renderRoot.querySelectorAll<HTMLElement>('.group')) {
      group.style.setProperty('--_span', group.getAttribute('aria-colspan'));
    }
    // A narrow group (one column of "Ways of working") widens the columns to fit its label.
    const needs = Math.max(0, ...(this.model?.groups.map((group) => group.needs) ?? []));
    this.grid?.style.setProperty('--_fit', `${needs}em`);
    // Rows are rendered by position, so after a scroll the focused element may show another
    // row: focus follows the active cell.
    if (this.focusPending || this.focused) {
      const cell = this.cellElement(this.active);
      if (cell && (this.renderRoot as ShadowRoot).activeElement !== cell) {
        cell.focus({ preventScroll: true });
      }
      this.focusPending = false;
    }
    this.placeTooltip();
  }

  private get tipCell(): Cell | undefined {
    if (this.dismissed) return undefined;
    return this.hover ?? (this.focused ? this.active : undefined);
  }

  /**
   * Puts the tooltip below its cell, or above it when there is no room below, and keeps it
   * inside the widget's width: beside or below, never over the cell it describes.
   */
  private placeTooltip(): void {
    const tip = this.tooltip;
    const target = this.tipCell;
    const cell = target && this.cellElement(target);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const scroller = this.scroller;
    tip?.classList.add('off');
    // Nothing to show: no layout forced.
    if (!tip || !cell || !frame || !scroller) return;
    const box = cell.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.bottom <= view.top || box.top >= view.bottom || !tip.textContent?.trim()) return;
    tip.classList.remove('off');
    const outer = frame.getBoundingClientRect();
    const size = tip.getBoundingClientRect();
    const x = clamp(box.left - outer.left, 0, Math.max(0, outer.width - size.width));
    const below = box.bottom + size.height <= innerHeight || box.top - size.height < 0;
    const y = below ? box.bottom - outer.top : box.top - outer.top - size.height;
    tip.style.setProperty('--_x', `${x}px`);
    tip.style.setProperty('--_y', `${y}px`);
  }

  // ---- Templates ---------------------------------------------------------------------------

  protected override renderContent() {
    if (this.notice) return this.renderNotice(this.notice);
    const model = this.model;
    if (!model) return nothing;
    const count = this.order.length;
    return html`
      <p part="caption" class="caption" id="caption">${strings.matrix.caption(this.year)}</p>
      <div part="controls" class="controls">
        <label class="search">
          ${strings.matrix.search}
          <input part="search" type="search" .value=${this.query} @input=${this.onSearch} />
        </label>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked=${this.tableView ? 'true' : 'false'}
            .checked=${this.tableView}
            @change=${this.onTableView}
          />
          ${strings.matrix.tableView}
        </label>
        <button part="download" type="button" ?disabled=${count === 0} @click=${this.download}>
          ${strings.matrix.download}
        </button>
        <p class="count" role="status">
          ${strings.matrix.count(formatNumber(count), formatNumber(model.areas.length))}
        </p>
      </div>
      ${
        count === 0
          ? this.renderNotice(
              this.query.trim()
                ? strings.matrix.noMatch(this.query.trim())
                : strings.matrix.noneMatch,
            )
          : this.tableView
            ? this.renderTable(model)
            : this.renderGrid(model)
      }
      ${this.renderLegend(model)}
    `;
  }

  // A tooltip is named by its content (ARIA 1.2); the rule asks for an author-given name.
  /* eslint-disable lit-a11y/accessible-name */
  private renderGrid(model: Model) {
    // Each column's class: the area names, the level columns (a group's first draws its line),
    // and outcome progress.
    const kinds = [
      'name',
      ...model.columns.map((column) => (column.start ? 'cell start' : 'cell')),
      ...(this.summary ? ['cell sum'] : []),
    ];
    const labels = [
      strings.matrix.area,
      ...model.columns.map((column) => column.factor.short ?? column.factor.title),
      strings.matrix.progress,
    ];
    return html`<div class="frame">
      <div part="scroller" class="scroller" @scroll=${this.onScroll}>
        <div
          part="grid"
          class="grid"
          role="grid"
          aria-labelledby="caption"
          aria-rowcount=${this.order.length + 2}
          aria-colcount=${kinds.length}
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @focusin=${this.onFocusin}
          @focusout=${this.onFocusout}
          @pointerover=${this.onPointerover}
          @pointerleave=${this.onPointerleave}
        >
          <div class="head" role="rowgroup">
            <div class="groups" role="row" aria-rowindex="1">
              <div class="corner" aria-hidden="true"></div>
              ${model.groups.map(
                (group) =>
                  html`<div
                    class="group start"
                    role="columnheader"
                    aria-colindex=${group.first + 2}
                    aria-colspan=${group.span}
                  >
                    ${group.label}
                  </div>`,
              )}
            </div>
            <div class="cols" role="row" aria-rowindex="2">
              ${kinds.map((kind, col) =>
                this.renderCell(
                  -1,
                  col,
                  kind,
                  html`<span class="label">${labels[col]}</span>${this.renderArrow(col)}`,
                  this.sortOf(col),
                ),
              )}
            </div>
          </div>
          <div class="body" role="rowgroup">
            <div class="gap" aria-hidden="true"></div>
            ${this.leading.map((row) => this.renderRow(model, kinds, row))}
            <div class="gap" aria-hidden="true"></div>
            ${this.trailing.map((row) => this.renderRow(model, kinds, row))}
            <div class="gap" aria-hidden="true"></div>
          </div>
        </div>
      </div>
      <div
        class="tip off"
        part="tooltip"
        role="tooltip"
        id="tip"
        @pointerleave=${this.onPointerleave}
      >
        ${this.renderTip(model)}
      </div>
    </div>`;
  }

  /* eslint-enable lit-a11y/accessible-name */

  /** `aria-sort` of a column: only the sorted one has it. */
  private sortOf(col: number) {
    if (this.sortKey !== this.keyOf(col)) return undefined;
    return this.sortDirection === 1 ? 'ascending' : 'descending';
  }

  /** The sort mark: ▲ or ▼ on the sorted column, `unsorted` on the others. */
  private renderArrow(col: number, unsorted = '↕') {
    const sort = this.sortOf(col);
    return html`<span class="arrow" aria-hidden="true"
      >${sort ? (sort === 'ascending' ? '▲' : '▼') : unsorted}</span
    >`;
  }

  /** One cell: a column header (`row` -1), an area's name, or a level; one tab stop in all. */
  private renderCell(row: number, col: number, kind: string, content: unknown, sort?: string) {
    const tip = this.tipCell;
    const isActive = row === this.active.row && col === this.active.col;
    return html`<div
      part=${row < 0 ? 'header' : col ? 'cell' : 'area'}
      class=${kind}
      role=${row < 0 ? 'columnheader' : col ? 'gridcell' : 'rowheader'}
      aria-colindex=${col + 1}
      aria-sort=${sort ?? nothing}
      tabindex=${isActive ? 0 : -1}
      aria-describedby=${tip?.row === row && tip.col === col ? 'tip' : nothing}
    >
      ${content}
    </div>`;
  }

  private renderRow(model: Model, kinds: string[], row: number) {
    const modelRow = this.order[row]!;
    const selected = modelRow === this.selectedRow ? ' selected' : '';
    const width = model.columns.length;
    return html`<div
      part="row${selected}"
      class="row${selected}"
      role="row"
      aria-rowindex=${row + 3}
      aria-selected=${selected ? 'true' : 'false'}
    >
      ${kinds.map((kind, col) =>
        this.renderCell(
          row,
          col,
          kind,
          col === 0
            ? html`<span>${model.areas[modelRow]!.name}</span>`
            : col > width
              ? renderProgress(model.progress[modelRow]!)
              : renderLevel(model.levels[modelRow * width + col - 1]!, model.columns[col - 1]!),
        ),
      )}
    </div>`;
  }

  /** The detail of the hovered or focused cell: area, factor, level, year and note. */
  private renderTip(model: Model) {
    const target = this.tipCell;
    if (!target) return nothing;
    const { row, col } = target;
    const column = model.columns[col - 1];
    if (row < 0) {
      if (column) {
        return html`<p><strong>${column.factor.title}</strong></p>
          ${column.factor.description ? html`<p class="note">${column.factor.description}</p>` : nothing}`;
      }
      return col > 0 ? html`<p>${strings.matrix.progressKey}</p>` : nothing;
    }
    const modelRow = this.order[row];
    if (modelRow === undefined) return nothing;
    const area = model.areas[modelRow]!;
    const assessment = model.shown[modelRow];
    const year = assessment
      ? strings.matrix.assessedIn(assessment.year)
      : strings.states.noAssessment;
    let detail: unknown = nothing;
    if (column) {
      const level = model.levels[modelRow * model.columns.length + col - 1]!;
      const note = assessment?.notes[column.factor.id];
      detail = html`<p>${column.factor.title}: <strong>${levelText(level, column)}</strong></p>
        ${note ? html`<p class="note">${note}</p>` : nothing}`;
    } else if (col > 0) {
      detail = html`<p>
        ${strings.matrix.progress}: <strong>${progressText(model.progress[modelRow]!)}</strong>
      </p>`;
    }
    return html`<p><strong>${area.name}</strong></p>
      ${detail}
      <p class="note">${year}</p>`;
  }

  /** The same rows and columns as a plain table in words; the grid sorts and selects. */
  private renderTable(model: Model) {
    const rows = [...this.order.subarray(0, TABLE_ROWS)];
    const labels = [
      strings.matrix.area,
      ...model.columns.map((column) => column.factor.title),
      ...(this.summary ? [strings.matrix.progress] : []),
    ];
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
                (group) => html`<th scope="colgroup" colspan=${group.span}>${group.label}</th>`,
              )}
            </tr>
            <tr>
              ${labels.map(
                (label, col) =>
                  html`<th scope="col" aria-sort=${this.sortOf(col) ?? nothing}>
                    ${label} ${this.renderArrow(col, '')}
                  </th>`,
              )}
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
                      ${levelText(model.levels[row * model.columns.length + col]!, column)}
                      ${note ? html`<small>${note}</small>` : nothing}
                    </td>`;
                  })}
                  ${this.summary ? html`<td>${progressText(model.progress[row]!)}</td>` : nothing}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        rows.length < this.order.length
          ? html`<p class="note">
              ${strings.matrix.tableShown(formatNumber(rows.length), formatNumber(this.order.length))}
            </p>`
          : nothing
      }`;
  }

  /** One key per scale the columns use (most datasets have one), and the unassessed cell. */
  private renderLegend(model: Model) {
    const scales = new Map<Scale, Column[]>();
    for (const column of model.columns) {
      if (column.labels.length)
        scales.set(column.labels, [...(scales.get(column.labels) ?? []), column]);
    }
    return html`<div part="legend" class="legend">
      ${[...scales].map(
        ([labels, columns]) =>
          html`<ul class="scale" aria-label=${strings.matrix.legend}>
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
              (label, level) =>
                html`<li>
                  <span aria-hidden="true">${renderLevel(level, columns[0]!)}</span>${label}
                </li>`,
            )}
          </ul>`,
      )}
      <ul class="scale">
        <li>
          <span aria-hidden="true">${renderNone(NOT_ASSESSED)}</span>${strings.matrix.noneKey}
        </li>
      </ul>
      ${this.summary ? html`<p>${strings.matrix.progress}: ${strings.matrix.progressKey}</p>` : nothing}
    </div>`;
  }
}

const segmentOn = html`<i class="on"></i>`;
const segmentOff = html`<i></i>`;

/** A level as colour, number and a bar of segments; a dash on hatching when unassessed. */
function renderLevel(level: number, column: Column): TemplateResult {
  if (level < 0) return renderNone(level);
  const step = Math.round((Math.min(level, column.top) / column.top) * (paletteSteps - 1));
  return html`<span class="chip s${step}"
    >${level}<span class="bar" aria-hidden="true"
      >${Array.from({ length: column.top }, (_, i) => (i < level ? segmentOn : segmentOff))}</span
    ><span class="visually-hidden"> ${column.labels[level] ?? ''}</span></span
  >`;
}

/** Not assessed (null) or no data (no key): hatching and a dash, named for screen readers. */
function renderNone(code: number): TemplateResult {
  return html`<span class="chip none"
    ><span aria-hidden="true">–</span
    ><span class="visually-hidden"
      >${code === NOT_ASSESSED ? strings.matrix.notAssessed : strings.matrix.noData}</span
    ></span
  >`;
}

/** Outcome progress as a percentage and a bar of ten segments. */
function renderProgress(progress: number): TemplateResult {
  if (Number.isNaN(progress)) return renderNone(NO_DATA);
  const tenths = Math.round(progress * 10);
  return html`<span class="chip"
    >${percent.format(progress)}<span class="bar" aria-hidden="true"
      >${Array.from({ length: 10 }, (_, i) => (i < tenths ? segmentOn : segmentOff))}</span
    ></span
  >`;
}

const progressText = (progress: number) =>
  Number.isNaN(progress) ? strings.matrix.noData : percent.format(progress);

/** A level in words: "Moderate (level 2 of 3)", "Not assessed" or "No data". */
function levelText(level: number, column: Column): string {
  if (level === NOT_ASSESSED) return strings.matrix.notAssessed;
  if (level === NO_DATA) return strings.matrix.noData;
  return strings.matrix.level(column.labels[level] ?? String(level), level, column.top);
}

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
