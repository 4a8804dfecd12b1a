import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TooltipOptions<Key> {
  /** The tooltip element (`role="tooltip"`, class `tooltip` for `tooltipStyles`). */
  tooltip: () => HTMLElement | null;
  /** The element a key's tooltip describes and is placed against. */
  anchor: (key: Key) => Element | null;
  /**
   * Where the pointer may go without closing a hovered tooltip, besides the tooltip itself:
   * the element holding the anchors.
   */
  region: () => Element | null;
  /** The tooltip stays inside this element's width; the viewport's without it. */
  boundary?: () => Element | null;
  /** An anchor scrolled out of this element's view shows no tooltip. */
  clip?: () => Element | null;
  /** `start` lines the tooltip up with the anchor's start edge; `center` centres it. */
  align?: 'start' | 'center';
  /** Whether two keys are the same anchor; `Object.is` without it. */
  same?: (a: Key, b: Key) => boolean;
}

/** Space between the anchor and the tooltip, in pixels. */
const GAP = 2;

/**
 * One tooltip for the anchors of a widget (a key names each: a cell, a ring). It shows for the
 * anchor hovered or focused, whichever the reader used last; it stays while the pointer moves
 * from the anchor onto it; Escape hides it until the reader moves to another anchor (WCAG
 * 1.4.13). It sits below its anchor, or above when there is no room below, never over it.
 *
 * The host renders the tooltip element with `hidden` and its content for `target`; the
 * controller shows, hides and places it after each update. The position is written through the
 * CSSOM (`--_tooltip-x`, `--_tooltip-y`), never a `style` attribute, so a strict
 * Content-Security-Policy holds. Placement is a few lines rather than `@floating-ui/dom`, whose
 * `computePosition` with `offset`, `flip` and `shift` adds 5.5 kB gzip to the bundle.
 */
export class TooltipController<Key> implements ReactiveController {
  private hovered?: Key;
  private focused?: Key;
  private dismissed = false;
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TooltipOptions<Key>,
  ) {
    host.addController(this);
  }

  /** The anchor the tooltip describes now, if it shows. */
  get target(): Key | undefined {
    return this.dismissed ? undefined : (this.hovered ?? this.focused);
  }

  /** Whether the tooltip describes `key` (for `aria-describedby`). */
  describes(key: Key): boolean {
    const target = this.target;
    return target !== undefined && this.same(target, key);
  }

  /** The pointer came onto `key`'s anchor. */
  hover(key: Key): void {
    if (this.hovered !== undefined && this.same(this.hovered, key)) return;
    this.hovered = key;
    this.dismissed = false;
    this.host.requestUpdate();
  }

  /**
   * Focus is on `key`'s anchor, or (undefined) left them all. `moved` when the reader moved it
   * with a key: the latest of pointer and keyboard decides, so it then wins over the hover.
   */
  focus(key: Key | undefined, moved = false): void {
    const changed =
      key !== undefined && (this.focused === undefined || !this.same(key, this.focused));
    this.focused = key;
    if (moved) this.hovered = undefined;
    if (changed || moved) this.dismissed = false;
    this.host.requestUpdate();
  }

  /** Bind on the anchors' region and on the tooltip: leaving both for elsewhere ends hovering. */
  readonly onPointerleave = (event: PointerEvent) => {
    const next = event.relatedTarget as Node | null;
    const stays = [this.options.tooltip(), this.options.region()];
    if (next && stays.some((element) => element?.contains(next))) return;
    if (this.hovered === undefined) return;
    this.hovered = undefined;
    this.host.requestUpdate();
  };

  /** Hides the tooltip until the reader moves to another anchor. */
  dismiss(): void {
    if (this.dismissed) return;
    this.dismissed = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.place();
    // Escape must hide a hover tooltip even when focus is elsewhere on the page.
    const open = this.target !== undefined;
    if (open !== this.listening) {
      if (open) document.addEventListener('keydown', this.onDocumentKeydown);
      else document.removeEventListener('keydown', this.onDocumentKeydown);
      this.listening = open;
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.listening = false;
  }

  /** Shows and places the tooltip, or hides it; call again when the anchor moves (a scroll). */
  place(): void {
    const tooltip = this.options.tooltip();
    if (!tooltip) return;
    const target = this.target;
    const anchor = target === undefined ? null : this.options.anchor(target);
    if (!anchor || !tooltip.textContent?.trim() || this.clipped(anchor)) {
      tooltip.hidden = true;
      return;
    }
    tooltip.hidden = false;
    const parent = tooltip.offsetParent ?? document.documentElement;
    const origin = parent.getBoundingClientRect();
    const box = anchor.getBoundingClientRect();
    const size = tooltip.getBoundingClientRect();
    const bounds = this.options.boundary?.()?.getBoundingClientRect() ?? {
      left: 0,
      right: document.documentElement.clientWidth,
    };
    const rtl = getComputedStyle(anchor).direction === 'rtl';
    const wanted =
      this.options.align === 'center'
        ? box.left + (box.width - size.width) / 2
        : rtl
          ? box.right - size.width
          : box.left;
    const left = Math.max(bounds.left, Math.min(wanted, bounds.right - size.width));
    const below = box.bottom + GAP + size.height <= innerHeight || box.top - GAP - size.height < 0;
    const top = below ? box.bottom + GAP : box.top - GAP - size.height;
    const x = left - origin.left - parent.clientLeft + parent.scrollLeft;
    const y = top - origin.top - parent.clientTop + parent.scrollTop;
    tooltip.style.setProperty('--_tooltip-x', `${x}px`);
    tooltip.style.setProperty('--_tooltip-y', `${y}px`);
  }

  private clipped(anchor: Element): boolean {
    const clip = this.options.clip?.();
    if (!clip) return false;
    const box = anchor.getBoundingClientRect();
    const view = clip.getBoundingClientRect();
    return box.bottom <= view.top || box.top >= view.bottom;
  }

  private same(a: Key, b: Key): boolean {
    return this.options.same ? this.options.same(a, b) : Object.is(a, b);
  }

  private readonly onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.dismiss();
  };
}
