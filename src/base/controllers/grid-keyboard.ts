import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A focusable cell of a grid. Data rows count from 0; row -1 is the column-header row (the last
 * of the header rows), which is focusable so a reader can sort from the keyboard. Column 0 is the
 * first column, whatever the reading direction.
 */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridKeyboardOptions {
  /**
   * Rows above the data rows (e.g. a row of group headers and a row of column headers). ARIA
   * numbers rows from 1 across all of them, so data row 0 is `aria-rowindex` `headerRows + 1`.
   */
  headerRows: number;
  /** The element with `role="grid"`. */
  grid: () => HTMLElement | null;
  /** The scrolling element, to bring a focused column into view. */
  scroller: () => HTMLElement | null;
  /** Columns at the start that stay in place (sticky) while the rest scroll under them. */
  stickyColumns: number;
  rowCount: () => number;
  columnCount: () => number;
  /** Rows that Page Up and Page Down move. */
  rowsPerPage: () => number;
  /** Scrolls a data row into view, rendered or not (a virtual window renders it next). */
  revealRow: (row: number) => void;
  /** Enter or Space on a cell. */
  activate: (cell: GridCell) => void;
  /** The reader moved the focus with a key. */
  moved?: (cell: GridCell) => void;
  /** Focus came to a cell, or (undefined) left the grid. */
  focusChanged?: (cell: GridCell | undefined) => void;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Roving focus for an ARIA grid (APG's data grid pattern): one tab stop, the active cell;
 * arrows move between cells (Left and Right swap when the grid reads right to left), Home and
 * End to the ends of the row, Ctrl+Home and Ctrl+End to the corners, Page Up and Page Down by a
 * view. The host renders `tabindex=${keyboard.tabIndexOf(cell)}`, `aria-rowindex` from
 * `ariaRowIndexOf` and `aria-colindex` from `ariaColIndexOf`, and binds `onKeydown`,
 * `onFocusin` and `onFocusout` on the grid. Rows may be re-rendered by position (a virtual
 * window), so after each update focus follows the active cell to whichever element shows it.
 */
export class GridKeyboard implements ReactiveController {
  active: GridCell = { row: 0, col: 0 };
  /** Whether keyboard focus is inside the grid. */
  focused = false;

  private focusPending = false;
  /** True while the host commits a render, which may drop the focused element. */
  private rendering = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridKeyboardOptions,
  ) {
    host.addController(this);
  }

  /** The first focusable row: the column headers when there are header rows. */
  private get firstRow(): number {
    return this.options.headerRows > 0 ? -1 : 0;
  }

  /** `aria-rowindex` of a row (-1 is the column-header row). */
  ariaRowIndexOf(row: number): number {
    return this.options.headerRows + 1 + row;
  }

  /** `aria-colindex` of a column. */
  ariaColIndexOf(col: number): number {
    return col + 1;
  }

  /** `aria-rowcount` of a grid of `rows` data rows. */
  ariaRowCount(rows: number): number {
    return this.options.headerRows + rows;
  }

  isActive({ row, col }: GridCell): boolean {
    return row === this.active.row && col === this.active.col;
  }

  /** 0 for the one tab stop, -1 for every other cell. */
  tabIndexOf(cell: GridCell): 0 | -1 {
    return this.isActive(cell) ? 0 : -1;
  }

  /** Keeps the active cell inside a grid of `rows` data rows and `columns` columns. */
  clamp(rows: number, columns: number): void {
    const row = clamp(this.active.row, this.firstRow, rows - 1);
    const col = clamp(this.active.col, 0, columns - 1);
    if (row !== this.active.row || col !== this.active.col) this.active = { row, col };
  }

  /** The focusable cell an event happened in, read from the rendered ARIA indexes. */
  cellOf(target: EventTarget | null): GridCell | undefined {
    const cell = (target as Element | null)?.closest?.('[aria-colindex][tabindex]');
    const index = cell?.parentElement?.getAttribute('aria-rowindex');
    if (!cell || !index || !this.options.grid()?.contains(cell)) return undefined;
    const row = Number(index) - this.ariaRowIndexOf(0);
    if (row < this.firstRow) return undefined;
    return { row, col: Number(cell.getAttribute('aria-colindex')) - 1 };
  }

  cellElement({ row, col }: GridCell): HTMLElement | null {
    return (
      this.options
        .grid()
        ?.querySelector<HTMLElement>(
          `[aria-rowindex="${this.ariaRowIndexOf(row)}"] > [aria-colindex="${this.ariaColIndexOf(col)}"]`,
        ) ?? null
    );
  }

  readonly onKeydown = (event: KeyboardEvent) => {
    const { row, col } = this.active;
    const page = this.options.rowsPerPage();
    const last = this.options.rowCount() - 1;
    const end = this.options.columnCount() - 1;
    const grid = this.options.grid();
    const step = grid && getComputedStyle(grid).direction === 'rtl' ? -1 : 1;
    const to = {
      ArrowRight: { row, col: col + step },
      ArrowLeft: { row, col: col - step },
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      Home: { row: event.ctrlKey ? this.firstRow : row, col: 0 },
      End: { row: event.ctrlKey ? last : row, col: end },
      PageDown: { row: row + page, col },
      // From the header row, Page Up stays there rather than jump into the data.
      PageUp: { row: row < 0 ? row : Math.max(0, row - page), col },
    }[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.activate(this.active);
      return;
    }
    if (!to) return;
    event.preventDefault();
    this.moveTo({ row: clamp(to.row, this.firstRow, last), col: clamp(to.col, 0, end) });
  };

  readonly onFocusin = (event: FocusEvent) => {
    const cell = this.cellOf(event.target);
    if (!cell) return;
    if (this.focused && this.isActive(cell)) return;
    this.focused = true;
    this.active = cell;
    this.options.focusChanged?.(cell);
    this.host.requestUpdate();
  };

  readonly onFocusout = (event: FocusEvent) => {
    // A render that drops the focused element is not the reader leaving: `hostUpdated` refocuses.
    if (this.rendering) return;
    const next = event.relatedTarget as Node | null;
    if (next && this.options.grid()?.contains(next)) return;
    this.focused = false;
    this.options.focusChanged?.(undefined);
    this.host.requestUpdate();
  };

  /** Makes `cell` the active cell, scrolls it into view and focuses it after the next render. */
  moveTo(cell: GridCell): void {
    this.active = cell;
    this.focusPending = true;
    if (cell.row >= 0) this.options.revealRow(cell.row);
    this.revealColumn(cell.col);
    this.options.moved?.(cell);
    this.host.requestUpdate();
  }

  /** Scrolls a column into view clear of the sticky columns, measured on its header. */
  private revealColumn(col: number): void {
    const scroller = this.options.scroller();
    const sticky = this.options.stickyColumns;
    const header = this.cellElement({ row: -1, col });
    const lastSticky = sticky > 0 ? this.cellElement({ row: -1, col: sticky - 1 }) : null;
    if (!scroller || !header || col < sticky) return;
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    const view = scroller.getBoundingClientRect();
    const box = header.getBoundingClientRect();
    const stickyBox = lastSticky?.getBoundingClientRect();
    // The part of the view not under the sticky columns, in viewport coordinates.
    const innerLeft = view.left + scroller.clientLeft;
    const innerRight = innerLeft + scroller.clientWidth;
    const left = !rtl && stickyBox ? stickyBox.right : innerLeft;
    const right = rtl && stickyBox ? stickyBox.left : innerRight;
    if (box.left < left) scroller.scrollLeft -= left - box.left;
    else if (box.right > right) scroller.scrollLeft += box.right - right;
  }

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
    if (!this.focusPending && !this.focused) return;
    this.focusPending = false;
    const cell = this.cellElement(this.active);
    const root = cell?.getRootNode() as Document | ShadowRoot | undefined;
    if (cell && root?.activeElement !== cell) cell.focus({ preventScroll: true });
  }
}
