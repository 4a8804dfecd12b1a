/** `light`, `dark`, or `auto` to follow the reader's preference (`light dark`). */
export type Theme = 'light' | 'dark' | 'auto';

interface ThemeFollower extends Element {
  /** Called when a `data-theme` anywhere in the document changed. */
  themeChanged(): void;
}

const followers = new Set<ThemeFollower>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole document rather than one per widget: a page with a hundred
 * widgets and a theme switch pays for one mutation record, and each widget re-reads its
 * nearest `data-theme` ancestor.
 */
export function followTheme(element: ThemeFollower): void {
  followers.add(element);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const follower of followers) follower.themeChanged();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
    subtree: true,
  });
}

export function unfollowTheme(element: ThemeFollower): void {
  followers.delete(element);
  if (followers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * The theme a `data-theme` ancestor of `element` (in its own tree) asks for. Not another
 * widget's own (`part="base"`): a widget inside a widget takes its colour scheme through CSS.
 */
export function inheritedTheme(element: Element): Theme | undefined {
  const themed = element.parentElement
    ?.closest('[data-theme]:not([part~="base"])')
    ?.getAttribute('data-theme');
  return themed === 'dark' || themed === 'light' || themed === 'auto' ? themed : undefined;
}
