import '../../src/index.js';
import type { BlProgramme } from '../../src/widgets/programme/programme.js';
import type { BlElement } from '../../src/base/bl-element.js';

/** Every widget a dataset can feed; each new widget joins this list and so every guarantee test. */
export const widgetTags = [
  'bl-outcome-ring',
  'bl-outcome-rings',
  'bl-area-card',
  'bl-programme-facts',
  'bl-embed-builder',
  'bl-conditions-matrix',
] as const;

/** Uncaught errors and unhandled rejections seen by the page since `watchPage()`. */
export function watchPage(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * A provider holding `data` with one of every widget inside, pointed at the first area and
 * outcome the validator kept (or at made-up ids when it kept none).
 */
export async function renderEveryWidget(data: unknown, container: HTMLElement = document.body) {
  const programme = document.createElement('bl-programme') as BlProgramme;
  programme.data = data;
  container.append(programme);
  await programme.updateComplete;
  const dataset = programme.loadedDataset;
  const area = dataset?.areas[0]?.id ?? 'none';
  const outcome = dataset?.outcomes[0]?.id ?? 'none';
  for (const tag of widgetTags) {
    const widget = document.createElement(tag);
    widget.setAttribute('area', area);
    if (tag === 'bl-outcome-ring') widget.setAttribute('outcome', outcome);
    programme.append(widget);
  }
  const widgets = [...programme.children] as BlElement[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return { programme, widgets };
}

/** What a widget shows a reader: content, a notice, or an error in an alert. */
export function stateOf(widget: Element): 'error' | 'notice' | 'content' | 'empty' {
  const root = widget.shadowRoot;
  if (!root) return 'empty';
  if (root.querySelector('[role="alert"][part="error"]')) return 'error';
  const content = root.querySelector(
    '[part]:not([part="base"], [part~="notice"], [part="error"], [part="loading"], [part="badge"])',
  );
  if (content) return 'content';
  if (root.querySelector('[part="notice"]')) return 'notice';
  return 'empty';
}
