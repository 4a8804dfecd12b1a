// What play functions read: a widget's shadow root as a reader meets it.
import { waitFor } from 'storybook/test';

export function shadowOf(element: Element | null | undefined): ShadowRoot {
  const root = element?.shadowRoot;
  if (!root) throw new Error(`<${element?.localName ?? 'nothing'}> has no shadow root`);
  return root;
}

/** The first `tag` in the story, once it has rendered. */
export async function widget<T extends HTMLElement>(canvas: HTMLElement, tag: string): Promise<T> {
  const element = await waitFor(() => {
    const found = canvas.querySelector<T>(tag);
    if (!found?.shadowRoot) throw new Error(`no rendered <${tag}> in the story`);
    return found;
  });
  await (element as T & { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Waits until every `tag` in the story has drawn and left its loading state; the first. */
export async function settled<T extends HTMLElement>(canvas: HTMLElement, tag: string) {
  const element = await widget<T>(canvas, tag);
  await waitFor(() => {
    for (const each of canvas.querySelectorAll(tag)) {
      const root = shadowOf(each);
      if (!root.querySelector('[part="base"]')) throw new Error(`<${tag}> not drawn yet`);
      if (root.querySelector('[part="loading"]')) throw new Error(`<${tag}> still loading`);
    }
  });
  return element;
}

/** The ring's meter: role, value and value text are what a screen reader announces. */
export function meterOf(ring: Element): HTMLElement {
  const meter = shadowOf(ring).querySelector<HTMLElement>('[role="meter"]');
  if (!meter) throw new Error('no meter in the ring');
  return meter;
}

/** Text as a reader sees it: whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
