// The browser tests run in Mocha through @web/test-runner.
/// <reference types="mocha" />
import { widgetNamed, widgets } from '../../src/widgets/registry.js';
import type { WidgetDescriptor } from '../../src/widgets/registry.js';
import type { BlProgramme } from '../../src/widgets/programme/programme.js';
import type { BlElement } from '../../src/base/bl-element.js';
import type { Dataset } from '../../src/data/types.js';

/**
 * Every widget a dataset can feed, read from the registry when called: a widget registered at
 * run time (a page's own, or a test's) joins every guarantee that iterates this list.
 */
export function dataDrivenWidgets(): WidgetDescriptor[] {
  return widgets.filter((widget) => widget.dataDriven);
}

/** The tags of `dataDrivenWidgets()`. */
export function widgetTags(): string[] {
  return dataDrivenWidgets().map((widget) => widget.tag);
}

/** Defines the provider and `list` through their own define modules, as a page importing them would. */
export async function defineWidgets(list: readonly WidgetDescriptor[] = widgets): Promise<void> {
  await Promise.all([widgetNamed('programme')!, ...list].map((widget) => widget.define()));
}

/** The ids an embed attribute of each kind points at; made up when the dataset has none. */
export interface WidgetIds {
  area?: string;
  outcome?: string;
}

/** The ids `renderEveryWidget` uses: the first area and outcome the validator kept. */
export function firstIds(dataset: Dataset | null | undefined): Required<WidgetIds> {
  return {
    area: dataset?.areas[0]?.id ?? 'none',
    outcome: dataset?.outcomes[0]?.id ?? 'none',
  };
}

/**
 * A widget's element with the attributes its registry entry says an embed sets: an area id for
 * `area`, an outcome id for `outcome`. Years, choices and text filters keep their defaults.
 */
export function createWidget(descriptor: WidgetDescriptor, ids: WidgetIds): BlElement {
  const widget = document.createElement(descriptor.tag) as BlElement;
  for (const attribute of descriptor.embed?.attributes ?? []) {
    const value =
      attribute.kind === 'area' ? ids.area : attribute.kind === 'outcome' ? ids.outcome : undefined;
    if (value !== undefined) widget.setAttribute(attribute.name, value);
  }
  return widget;
}

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
 * A provider holding `data` with one of every data-driven widget inside (or of `only`), pointed
 * at the first area and outcome the validator kept (or at made-up ids when it kept none).
 */
export async function renderEveryWidget(
  data: unknown,
  options: { container?: HTMLElement; only?: readonly WidgetDescriptor[] } = {},
) {
  const list = options.only ?? dataDrivenWidgets();
  await defineWidgets(list);
  const programme = document.createElement('bl-programme') as BlProgramme;
  programme.data = data;
  (options.container ?? document.body).append(programme);
  await programme.updateComplete;
  const ids = firstIds(programme.loadedDataset);
  const rendered = list.map((descriptor) => createWidget(descriptor, ids));
  programme.append(...rendered);
  await Promise.all(rendered.map((widget) => widget.updateComplete));
  return { programme, widgets: rendered };
}

/** Every shadow root in `element`'s tree, its own first, through widgets nested in widgets. */
export function shadowRoots(element: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element) => {
    if (node.shadowRoot) {
      found.push(node.shadowRoot);
      for (const child of node.shadowRoot.querySelectorAll('*')) visit(child);
    }
  };
  visit(element);
  return found;
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
  if (root.querySelector('[part~="notice"]')) return 'notice';
  return 'empty';
}
