import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Lets a page link to one item of a widget: `#factor-governance` or `#outcome-better-place`.
 * A fragment cannot reach into a shadow root, so the widget follows `location.hash` itself, on
 * load and on every `hashchange`: it marks the item it names, scrolls it into view and moves
 * focus to it, so the conditions matrix's column headers can explain a factor in one click.
 * Importing this module defines nothing.
 */

/** The id of the item a fragment names, `#<prefix>-<id>` (percent-decoded), if it names one. */
export function idInHash(hash: string, prefix: string): string | undefined {
  const marker = `#${prefix}-`;
  if (!hash.startsWith(marker)) return undefined;
  const encoded = hash.slice(marker.length);
  try {
    return decodeURIComponent(encoded) || undefined;
  } catch {
    return encoded;
  }
}

/** An item's anchor: the id a page links to, and the element's id in the shadow root. */
export const anchorOf = (prefix: string, id: string) => `${prefix}-${id}`;

/**
 * Tracks the item the page's fragment names. The host renders that item focusable
 * (`tabindex="-1"`) and highlighted when it shows it; after that render the controller scrolls
 * to it and focuses it, once per fragment, so a reader's later scrolling is left alone.
 */
export class HashTargetController implements ReactiveController {
  /** The id the fragment names, whether or not the host shows such an item. */
  id?: string;
  /** The fragment changed and its item has not been brought into view yet. */
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly prefix: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.read);
  }

  private readonly read = () => {
    const id = idInHash(globalThis.location?.hash ?? '', this.prefix);
    this.pending = id !== undefined;
    if (id === this.id && !this.pending) return;
    this.id = id;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (!this.pending || this.id === undefined) return;
    // Absent while the data loads, or when the host has no such item: keep waiting for it.
    const target = this.host.shadowRoot?.getElementById(anchorOf(this.prefix, this.id));
    if (!target) return;
    this.pending = false;
    const smooth = globalThis.matchMedia?.('(prefers-reduced-motion: no-preference)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
  }
}
