// Every story's widgets are checked once its play function has run: a story that shows an error
// or bad input is an error story, tagged so, and an error story shows one. Without it, a story
// whose args a widget cannot read (ids joined the wrong way, say) renders only "no such fact"
// and still passes.
import type { StoryContext } from '@storybook/web-components';
import { waitFor } from 'storybook/test';
import { warningStrings } from '../src/strings/locale.js';
import { errorStateTag, loadingStateTag } from '../stories/support/states.js';

/** Every widget in the story, including those inside another widget's shadow root. */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName.startsWith('bl-')) found.push(element);
    if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

export const inState = (element: Element, state: string) => {
  try {
    return element.matches(`:state(${state})`);
  } catch {
    return false;
  }
};

/** What a widget shows as an error: its error state, or an alert in its shadow root. */
export function errorOf(element: HTMLElement): string | undefined {
  const alert = element.shadowRoot?.querySelector('[role="alert"], [part~="error"]');
  if (!alert && !inState(element, 'error')) return undefined;
  return `<${element.localName}> shows an error: "${(alert?.textContent ?? '').replace(/\s+/g, ' ').trim()}"`;
}

/** The widgets' console warnings during the story: each one reports bad input it shows. */
let warnings: string[] = [];

/** For the preview's `beforeEach`: records the widgets' warnings until the story is left. */
export function recordWarnings(): () => void {
  const original = console.warn;
  warnings = [];
  console.warn = (...data: unknown[]) => {
    const [first] = data;
    if (typeof first === 'string' && first.startsWith(warningStrings.prefix)) warnings.push(first);
    original.apply(console, data);
  };
  return () => {
    console.warn = original;
  };
}

/** For the preview's `afterEach`: fails a story whose widgets disagree with its tags. */
export async function checkErrorState({ canvasElement, tags, viewMode }: StoryContext) {
  if (viewMode !== 'story') return;
  if (!tags.includes(loadingStateTag)) {
    // Data arrives asynchronously (a provider's `src`, a lazily imported part): wait for it.
    await waitFor(() => {
      const loading = widgetsIn(canvasElement).find(
        (element) =>
          inState(element, 'loading') ||
          // Defined but not drawn yet: a widget draws in a task of its own (the provider
          // draws nothing but its slot).
          (element.localName !== 'bl-programme' &&
            element.shadowRoot &&
            !element.shadowRoot.querySelector('[part~="base"]')),
      );
      if (loading) throw new Error(`<${loading.localName}> is still loading`);
    });
  }
  const shown = [
    ...widgetsIn(canvasElement).flatMap((element) => errorOf(element) ?? []),
    ...warnings.map((warning) => `a widget warned: "${warning}"`),
  ];
  if (tags.includes(errorStateTag)) {
    if (shown.length === 0) {
      throw new Error(`An '${errorStateTag}' story shows no error and no widget warned.`);
    }
  } else if (shown.length > 0) {
    throw new Error(
      `${shown[0]!}. Fix the story, or tag it '${errorStateTag}' if bad input is its point.`,
    );
  }
}
