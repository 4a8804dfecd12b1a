import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';

/**
 * The rows to render: two runs, each after a spacer, and a spacer after the second. The first
 * run is the rows around the view; the second holds a pinned row (e.g. the one with keyboard
 * focus) when it is below the view, or the first run holds it when it is above. Either run may
 * be empty.
 */
export interface RowWindow {
  leading: number[];
  trailing: number[];
  /** How many rows each spacer stands for: before `leading`, between the runs, after `trailing`. */
  gaps: [number, number, number];
}

export interface VirtualRowsOptions {
  /** The scrolling element. */
  scroller: () => HTMLElement | null;
  /**
   * The element holding the rows and spacers. Whatever sits above it in the scroller (a header)
   * is taken to be sticky: rows are in view only below it.
   */
  body: () => HTMLElement | null;
  /** How to find a rendered row, to measure the fixed row height. */
  rowSelector?: string;
  /** Rows rendered beyond each end of the view, so fast scrolling shows no blank. */
  overscan?: number;
  /** Called on every scroll, after the window is updated (e.g. to move a tooltip). */
  onScroll?: () => void;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * A window over many rows of one fixed height: only the rows in view (plus `overscan` either
 * side) are rendered, between spacers as tall as the rows they stand for, so 15,000 rows cost
 * what 50 do. The host calls `windowOf(count)` while rendering and draws `spacer(gap)` and the
 * rows; the controller measures the scroller (a `ResizeObserver`) and follows its scrolling.
 *
 * Spacer heights are `calc(var(--_spacer-rows) * <row height>)` in the host's CSS, the number
 * set through the CSSOM, so a strict Content-Security-Policy holds.
 */
export class VirtualRows implements ReactiveController {
  /** Height of one row in pixels, measured once a row is rendered. */
  rowHeight = 40;
  /** Height of the sticky header above the rows. */
  headHeight = 0;
  /** Height of the scroller's view: its typical maximum until measured. */
  viewHeight = 480;

  private first = 0;
  /** Where `scrollToRow` scrolled to, until the render that follows it. */
  private wanted?: number;
  private observed?: HTMLElement;
  private resizeObserver?: ResizeObserver;
  private readonly overscan: number;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hydrating?: boolean },
    private readonly options: VirtualRowsOptions,
  ) {
    this.overscan = options.overscan ?? 4;
    host.addController(this);
  }

  /** Whole rows that fit in the view below the header, at least one: the Page Up/Down step. */
  get rowsPerPage(): number {
    return Math.max(1, Math.floor((this.viewHeight - this.headHeight) / this.rowHeight) - 1);
  }

  /** The rows to render out of `count`, keeping `pinned` rendered wherever the view is. */
  windowOf(count: number, pinned = -1): RowWindow {
    const visible = Math.ceil(this.viewHeight / this.rowHeight) + 1;
    const first = clamp(this.first - this.overscan, 0, Math.max(count - 1, 0));
    const last = Math.min(count, this.first + visible + this.overscan);
    const run = Array.from({ length: Math.max(last - first, 0) }, (_, i) => first + i);
    if (pinned < 0 || pinned >= count || (pinned >= first && pinned < last)) {
      return { leading: run, trailing: [], gaps: [first, 0, count - last] };
    }
    if (pinned < first) {
      return { leading: [pinned], trailing: run, gaps: [pinned, first - pinned - 1, count - last] };
    }
    return { leading: run, trailing: [pinned], gaps: [first, pinned - last, count - pinned - 1] };
  }

  /** A spacer standing for `rows` rows. */
  spacer(rows: number): TemplateResult {
    return html`<div
      class="spacer"
      aria-hidden="true"
      ${cssProperties({ '--_spacer-rows': rows })}
    ></div>`;
  }

  /** Scrolls the least distance that brings `row` fully into view below the header. */
  scrollToRow(row: number): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    // The first measure waits for a frame; a key pressed before it must not scroll by a guess.
    this.measure();
    const top = row * this.rowHeight;
    const viewRows = scroller.clientHeight - this.headHeight;
    if (top < scroller.scrollTop) this.wanted = top;
    else if (top + this.rowHeight > scroller.scrollTop + viewRows) {
      this.wanted = top + this.rowHeight - viewRows;
    }
    if (this.wanted !== undefined) scroller.scrollTop = this.wanted;
    this.follow();
  }

  scrollToTop(): void {
    const scroller = this.options.scroller();
    if (scroller) scroller.scrollTop = 0;
    this.follow();
  }

  hostUpdated(): void {
    // What the server rendered was windowed by the defaults: measured after it is hydrated.
    if (this.host.hydrating) return;
    const scroller = this.options.scroller();
    // WebKit can pull the scroll position back while the window of rows moves to it: once the
    // new rows are in, scroll to where `scrollToRow` meant to be.
    if (scroller && this.wanted !== undefined && Math.abs(scroller.scrollTop - this.wanted) >= 1)
      scroller.scrollTop = this.wanted;
    this.wanted = undefined;
    if (scroller === this.observed) return;
    this.observed?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver ??= new ResizeObserver(this.measure);
    this.resizeObserver.disconnect();
    this.observed = scroller ?? undefined;
    if (!scroller) return;
    // Spacers change height as the window moves; scroll anchoring would answer by scrolling
    // again, so the rows in view would drift from the scroll position.
    scroller.style.setProperty('overflow-anchor', 'none');
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizeObserver.observe(scroller);
  }

  hostDisconnected(): void {
    this.observed?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  /** Sets the first row in view from the scroll position; renders again when it changed. */
  private follow(): void {
    const scroller = this.options.scroller();
    const first = Math.floor(Math.max(0, scroller?.scrollTop ?? 0) / this.rowHeight);
    if (first === this.first) return;
    this.first = first;
    this.host.requestUpdate();
  }

  private readonly onScroll = () => {
    this.follow();
    this.options.onScroll?.();
  };

  private readonly measure = () => {
    const scroller = this.options.scroller();
    const body = this.options.body();
    if (!scroller || !body) return;
    const row = body.querySelector(this.options.rowSelector ?? '[role="row"]');
    const rowHeight = row?.getBoundingClientRect().height || this.rowHeight;
    const headHeight =
      body.getBoundingClientRect().top -
      scroller.getBoundingClientRect().top -
      scroller.clientTop +
      scroller.scrollTop;
    const viewHeight = scroller.clientHeight;
    if (
      rowHeight !== this.rowHeight ||
      headHeight !== this.headHeight ||
      viewHeight !== this.viewHeight
    ) {
      this.rowHeight = rowHeight;
      this.headHeight = headHeight;
      this.viewHeight = viewHeight;
      this.host.requestUpdate();
    }
    this.onScroll();
  };
}
