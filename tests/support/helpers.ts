import { waitUntil } from '@open-wc/testing';
import type { BlElement } from '../../src/base/bl-element.js';

/** Records console warnings while a test runs, so it can assert there was exactly one. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The element's shadow root, which every widget has. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

export function query<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

/** Text as a reader sees it: whitespace collapsed. */
export function textOf(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text as a screen reader reads it: what is not `aria-hidden`, whitespace collapsed. */
export function spoken(node: Node): string {
  const walk = (at: Node): string => {
    if (at instanceof Element && at.getAttribute('aria-hidden') === 'true') return '';
    if (at.nodeType === Node.TEXT_NODE) return at.textContent ?? '';
    return [...at.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** Waits until a widget has drawn and left its loading state. */
export async function settled(element: BlElement): Promise<void> {
  await waitUntil(
    () => {
      // Not defined yet (its code on the way) is not drawn either.
      const root = element.shadowRoot;
      return root?.querySelector('[part="base"]') && !root.querySelector('[part="loading"]');
    },
    `<${element.localName}> kept loading`,
    { timeout: 5000 },
  );
  await element.updateComplete;
}

/** The accessible name of an element labelled by ids in the same shadow root. */
export function labelledByText(element: Element): string {
  const root = element.getRootNode() as ShadowRoot | Document;
  return (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Opens a page in an iframe of its own, with its own custom element registry as a partner's
 * page would have, and waits for it to load.
 */
export async function openPage<View extends Window = Window & typeof globalThis>(
  url: string,
  width = 900,
): Promise<{ frame: HTMLIFrameElement; view: View }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, view: frame.contentWindow as unknown as View };
}
