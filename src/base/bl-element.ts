import { LitElement, ReactiveElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from './decorators.js';
import type { ProgrammeState } from '../data/context.js';
import type { DataBinding } from './data-binding.js';
import { dispatchAreaSelect } from './events.js';
import { warn } from './warn.js';
import { followTheme, inheritedTheme, unfollowTheme } from './theme-watch.js';
import type { Theme } from './theme-watch.js';
import { baseStrings, errorStrings } from '../strings/base.js';
import { localeChangeEvent } from '../strings/locale.js';
import { version } from '../version.js';
import { baseStyles } from './base.styles.js';

export type { Theme } from './theme-watch.js';

/** What a widget draws from, wherever it came from: the same shape a provider shares. */
export type WidgetData = ProgrammeState;

/** A message shown in place of a widget's content: "choose an area", "no such area". */
export class Notice {
  constructor(
    readonly message: string,
    /** Also one console warning: the message reports bad input, not a plain fact. */
    readonly warn: boolean,
    /** `error` when nothing can be drawn from what the page gave (an alert, like a load error). */
    readonly kind: 'notice' | 'error' = 'notice',
    /** What the reader can see or do instead, shown under the message (a template). */
    readonly detail?: unknown,
  ) {}
}

/** A `Notice` for `derive()` to return; `warn` for bad input (an unknown id, a bad value). */
export function notice(
  message: string,
  options: { warn?: boolean; detail?: unknown } = {},
): Notice {
  return new Notice(message, options.warn ?? false, 'notice', options.detail);
}

/**
 * For `derive()` to return while code it asked for with `afterImport` is arriving: the widget
 * shows its loading state (and the server waits it out), as while its data loads.
 */
export const stillLoading = new Notice('', false);

/** An error for `derive()` to return when the widget's own attributes make no sense. */
export function invalid(message: string): Notice {
  return new Notice(message, true, 'error');
}

/**
 * What a widget on data needs besides the base (`DataBinding`: context, its own dataset, the
 * partial notice, credit and badge), imported the first time a widget uses data, so a ring given
 * its value in attributes never downloads it.
 */
let DataBindingClass: typeof DataBinding | undefined;
let importingDataBinding: Promise<unknown> | undefined;

/** What hydrates a widget the server rendered (`./hydrate.ts`), imported only on such a page. */
let hydrateServerRendered: typeof import('./hydrate.js').hydrateServerRendered | undefined;
let importingHydrate: Promise<unknown> | undefined;

/**
 * Hands the data binding to the base up front: a data-driven widget's define module calls it, so
 * that its first update already follows its provider instead of waiting for an import.
 */
export function useDataBinding(binding: typeof DataBinding): void {
  DataBindingClass ??= binding;
}

/**
 * The data every widget draws from while the server renders a page (`big-local-widgets/ssr`):
 * there is no provider to ask and nothing to fetch, so the renderer hands it over before it
 * renders and takes it back after.
 */
let serverData: WidgetData | undefined;

/** Sets (or, with `undefined`, clears) the data widgets render from on the server. */
export function useServerData(data: WidgetData | undefined): void {
  serverData = data;
}

const idle: WidgetData = {
  state: 'idle',
  dataset: null,
  problems: [],
  error: null,
  origin: 'default',
};
const loading: WidgetData = { ...idle, state: 'loading' };

/**
 * A new task: the scheduler's continuation where there is one, else a message's (which, unlike
 * a timer, a browser does not hold back in a background tab).
 */
const nextTask = (): Promise<void> => {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
};
const customStates = ['loading', 'error', 'partial', 'illustrative'] as const;

/**
 * The base of every Big Local widget. It owns what they share and nothing else: the loading,
 * error, partial-data and illustrative states, the one console warning per problem, the shared
 * selection and the theme. Resolving the dataset (provider, own `src`, or the embedded default)
 * and what is drawn around data (partial notice, credit, badge) live in `DataBinding`, which it
 * imports the first time its widget `usesData`.
 *
 * A widget overrides `derive(changed)`, which runs in `willUpdate` only once its data is ready
 * and returns the widget's view (or a `Notice` for a message in place of the widget), and
 * `renderView(view)`, which maps that view to a template. Neither can throw out of a lifecycle
 * callback: a failure becomes the error state.
 *
 * A page that shows another programme's data sets `data-bl-default="none"` on `<html>` (or any
 * ancestor): a widget with no `bl-programme` and no `src` then says it has no data instead of
 * showing the embedded Big Local default.
 *
 * Host pages can style the states through custom states: `:state(loading)`, `:state(error)`,
 * `:state(partial)` (part of the data was dropped) and `:state(illustrative)` (made-up data),
 * e.g. `bl-area-card:state(loading) { min-height: 20em }`.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart error - The error message (`role="alert"`) shown when the data cannot be used.
 * @csspart notice - A notice about the data: partial data, an unknown area, nothing published.
 * @csspart partial - The partial-data notice (also a `notice`): what was dropped, announced as a
 * status, and the problems in a disclosure.
 * @csspart credit - The data credit line: the programme's source and its update date.
 * @csspart badge - The "Illustrative" badge shown on made-up data.
 * @csspart loading - The loading state: a status message over a skeleton of the widget, as tall as it will be.
 *
 * @cssprop --bl-font-family - Font of all text. Defaults to the page's font.
 * @cssprop --bl-font-size - Base font size; sizes inside scale with it. Defaults to the page's text size.
 * @cssprop --bl-color-text - Main text colour.
 * @cssprop --bl-color-text-muted - Secondary text colour.
 * @cssprop --bl-color-surface - Background of the widget.
 * @cssprop --bl-color-border - Borders and dividers.
 * @cssprop --bl-color-accent - Highlights and values.
 * @cssprop --bl-color-error - Error text and borders.
 * @cssprop --bl-color-focus - Keyboard focus outline.
 * @cssprop --bl-radius - Corner radius.
 * @cssprop --bl-space - Base spacing unit.
 */
export class BlElement<View = unknown> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;
  /** Shown when a tag is defined twice, so the console can name both versions. */
  static readonly version = version;

  /**
   * URL of a dataset for this widget alone. Without it, the widget uses its `bl-programme`, or
   * the embedded default when there is none.
   */
  @property({ reflect: true }) src?: string;

  /** Milliseconds before loading `src` is given up. */
  @property({ type: Number }) timeout?: number;

  /**
   * `light`, `dark`, or `auto` for the reader's preference. Unset follows a `data-theme`
   * ancestor, then the page's own `color-scheme` (light unless the page says it is dark).
   */
  @property({ reflect: true }) theme?: Theme;

  /** The data the widget draws from; resolved in `willUpdate` before `derive`. */
  protected data: WidgetData = idle;
  /** What `derive()` returned for the current data and properties. */
  protected view?: View;

  @state() private inheritedTheme?: Theme;
  /** The selection when no `bl-programme` owns one (a widget alone on a page). */
  @state() private localSelection: string | null = null;
  /** A message shown instead of the view. */
  private notice?: Notice;
  /** Set during an update that failed; never reactive, so failing cannot loop. */
  private failure?: string;

  /**
   * True while the shadow root holds what the server rendered (declarative shadow DOM): it
   * stays on screen until this widget can draw the same from its data, then is hydrated.
   */
  private serverRendered?: boolean;

  /**
   * True while the shadow root still shows what the server rendered, not yet hydrated: a
   * controller that measures (virtual rows) waits, so the first render matches the server's.
   */
  get hydrating(): boolean {
    return Boolean(this.serverRendered);
  }
  /**
   * True once the widget has drawn its view (or a notice or error in its place): until then
   * each update waits for a task of its own (`scheduleUpdate`).
   */
  private drawn = false;
  /** Resumes an update that was waiting while the widget was off the page. */
  private reconnected?: () => void;
  /** Everything about drawing from data, from the first update that `usesData`. */
  private binding?: DataBinding;
  /** Imports under way that this widget updates after, each with what follows its arrival. */
  private readonly importing = new Map<Promise<unknown>, Promise<void>>();
  private readonly warned = new Set<string>();
  private readonly internals?: ElementInternals;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      // An engine without ElementInternals: the states are only missing as CSS hooks.
    }
  }

  override connectedCallback(): void {
    // Rendered by the server inside another widget: its host hydrates first, setting the
    // properties this one draws from, then connects it (`./hydrate.ts`).
    if (this.hasAttribute('defer-hydration')) return;
    super.connectedCallback();
    this.reconnected?.();
    this.reconnected = undefined;
    this.inheritedTheme = inheritedTheme(this);
    followTheme(this);
    globalThis.addEventListener?.(localeChangeEvent, this.onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowTheme(this);
    globalThis.removeEventListener?.(localeChangeEvent, this.onLocaleChange);
  }

  /** A `data-theme` changed somewhere in the document: follow it if it is ours. */
  themeChanged(): void {
    this.inheritedTheme = inheritedTheme(this);
  }

  private readonly onLocaleChange = () => {
    this.binding?.reword();
    this.requestUpdate();
  };

  /** The page opted out of the embedded default, and this widget has no other data. */
  private get unprovided(): boolean {
    return this.usesData && Boolean(this.binding?.unprovided);
  }

  /** The theme asked for: the attribute, else a `data-theme` ancestor's; unset follows the page. */
  protected get effectiveTheme(): Theme | undefined {
    return this.theme ?? this.inheritedTheme;
  }

  /** Whether this widget draws from a dataset at all (a plain ring does not). */
  protected get usesData(): boolean {
    return true;
  }

  /**
   * For a widget on data whose `derive` needs code of its own imported on first use (the ring's
   * bound half): the import while it is under way, and nothing once it is here. Until then the
   * widget shows its loading state; it updates again when the code arrives.
   */
  protected prepare(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Until it has drawn, a widget updates in a task of its own rather than in the microtask after
   * whatever woke it: a page of many widgets, whose code or data arrives for all at once, then
   * draws them one task each, so a reader's tap or key is never held up behind all of them.
   * Once drawn, updates follow at once, as Lit's do.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.drawn) {
      await nextTask();
      // Taken off the page before its turn came: it draws when it is back, not for nobody
      // (and warns about its data then, if at all).
      if (!this.isConnected) await new Promise<void>((resume) => (this.reconnected = resume));
    }
    super.scheduleUpdate();
  }

  /**
   * Waits, too, for the imports this widget started (its binding, code of its own) and the
   * update each is followed by, so `await widget.updateComplete` sees the widget on its data.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.importing.size > 0) {
      await Promise.all(this.importing.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Updates again once `pending` has arrived (once per import, however many updates ask), and
   * `updateComplete` waits for it: for code a widget finds it needs only once it sees its data.
   */
  protected afterImport(pending: Promise<unknown>): void {
    if (this.importing.has(pending)) return;
    this.importing.set(
      pending,
      pending.then(() => {
        this.importing.delete(pending);
        this.requestUpdate();
      }),
    );
  }

  /**
   * Id of the area selected in any widget under the same `bl-programme` (its owner), or in
   * this widget when there is no provider.
   */
  get selectedArea(): string | null {
    const shared = this.binding?.selection;
    return shared ? shared.area : this.localSelection;
  }

  /** Selects an area for every widget under the same provider. */
  protected selectArea(area: string): void {
    dispatchAreaSelect(this, area);
    if (!this.binding?.selection) this.localSelection = area;
  }

  /** Warns once per distinct message for the life of the element. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this, message);
  }

  /**
   * The binding, once its module is here: a widget whose define module did not bring it waits
   * one import (showing its loading state), then updates again.
   */
  private bindingReady(): DataBinding | undefined {
    if (this.binding) return this.binding;
    if (!DataBindingClass) {
      importingDataBinding ??= import('./data-binding.js').then((module) => {
        DataBindingClass ??= module.DataBinding;
      });
      this.afterImport(importingDataBinding);
      return undefined;
    }
    this.binding = new DataBindingClass(this);
    return this.binding;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.failure = undefined;
    this.notice = undefined;
    try {
      if (this.usesData) {
        // Both asked for in the same update, so their imports overlap.
        const preparing = this.prepare();
        if (preparing) this.afterImport(preparing);
        const binding = this.bindingReady();
        const data = serverData ?? (binding ? binding.resolve() : loading);
        // A load error or a notice needs no code of the widget's own: shown at once. Until its
        // code is here, the data shows as loading, from where it comes.
        this.data = preparing && data.state === 'ready' ? { ...data, state: 'loading' } : data;
        if (this.unprovided) this.warnOnce(baseStrings.noDataset);
        if (this.data.state !== 'ready' || !this.data.dataset) return;
      }
      const result = this.derive(changed);
      if (result === stillLoading) {
        // Its code is on the way: the loading state, as while its data loads.
        this.data = { ...this.data, state: 'loading' };
      } else if (result instanceof Notice) {
        this.notice = result;
        if (result.warn) this.warnOnce(result.message);
      } else {
        this.view = result;
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.showStates();
    }
  }

  /**
   * Computes what the widget draws from `this.data` and its properties. Runs only when the
   * data is ready (or always, for a widget that `usesData` says needs none).
   */
  protected derive(_changed: PropertyValues<this>): View | Notice | undefined {
    return undefined;
  }

  /** Maps the view `derive()` returned to the widget's template. */
  protected renderView(_view: View): unknown {
    return nothing;
  }

  private showStates(): void {
    const states = this.internals?.states;
    if (!states) return;
    const { state, problems, dataset } = this.data;
    const on = {
      loading: this.usesData && !this.unprovided && (state === 'loading' || state === 'idle'),
      error:
        Boolean(this.failure) ||
        this.notice?.kind === 'error' ||
        (this.usesData && state === 'error'),
      partial: this.usesData && state === 'ready' && problems.length > 0,
      illustrative: this.usesData && Boolean(dataset?.programme.illustrative),
    };
    try {
      for (const name of customStates) {
        if (on[name]) states.add(name);
        else states.delete(name);
      }
    } catch {
      // Engines that only accept the older `--name` form: the states are hooks, not content.
    }
  }

  private fail(error: unknown): void {
    this.drawn = true;
    this.failure = errorStrings.internal;
    this.warnOnce(`${errorStrings.internal} ${String(error)}`);
  }

  /** The error state: plain words in an alert, and a Retry button when loading again may help. */
  private renderError(message: string, retry?: () => void): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <strong>${errorStrings.title}</strong> ${message}
      ${
        retry
          ? html`<button part="retry" class="retry" type="button" @click=${retry}>
              ${errorStrings.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  /**
   * The loading state: a status that says so, over a skeleton of the widget (a heading, a line
   * of text and its body) as tall as its reserved size, so nothing moves when it draws.
   * Its look and height come with the data binding, which only widgets on data load.
   */
  private renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading skeleton" role="status">
      <span class="skeleton-label">${baseStrings.loading}</span>
      <span class="bone bone-heading" aria-hidden="true"></span>
      <span class="bone bone-line" aria-hidden="true"></span>
      <span class="bone bone-body" aria-hidden="true"></span>
    </div>`;
  }

  /** A notice in plain words inside a widget's own layout (warnings belong in `derive`). */
  protected renderNotice(message: string): TemplateResult {
    return html`<p part="notice" class="notice" role="status">${message}</p>`;
  }

  /** True for a widget that puts the "Illustrative" badge in its own layout. */
  protected get placesBadge(): boolean {
    return false;
  }

  /** The "Illustrative" badge, when the data is made up (and this widget is not nested). */
  protected renderBadge(): unknown {
    return (this.usesData && this.binding?.renderBadge(this.data)) || nothing;
  }

  private renderBody(): unknown {
    if (this.failure) return this.renderError(this.failure);
    if (this.usesData && this.unprovided) return this.renderNotice(baseStrings.noDataset);
    if (this.usesData) {
      const { state, error, dataset } = this.data;
      if (state === 'error' && error) {
        const message = this.data.words?.loadError(error) ?? error.message;
        return this.renderError(message, this.data.retry);
      }
      if (state !== 'ready' || !dataset) return this.renderLoading();
    }
    this.drawn = true;
    if (this.notice?.kind === 'error') return this.renderError(this.notice.message);
    const content = this.notice
      ? html`${this.placesBadge ? this.renderBadge() : nothing}${this.renderNotice(this.notice.message)}${this.notice.detail ?? nothing}`
      : this.view === undefined
        ? nothing
        : this.renderView(this.view);
    const { binding } = this;
    if (!this.usesData || !binding) return content;
    return html`${this.placesBadge ? nothing : this.renderBadge()} ${content}
    ${binding.renderPartial(this.data)} ${binding.renderCredit(this.data)}`;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot?.hasChildNodes()) return super.createRenderRoot();
    // The server's nodes and <style>, kept and hydrated: nothing drawn twice, no flash.
    this.serverRendered = true;
    this.afterImport(
      (importingHydrate ??= import('./hydrate.js').then((module) => {
        hydrateServerRendered = module.hydrateServerRendered;
      })),
    );
    return this.shadowRoot;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.serverRendered) return super.update(changed);
    // Until the widget can draw what the server drew (its data and code here), the server's
    // nodes stay on screen as they are.
    const ready =
      hydrateServerRendered &&
      this.importing.size === 0 &&
      (!this.usesData || this.data.state === 'ready');
    const value = ready ? this.render() : undefined;
    ReactiveElement.prototype['update'].call(this, changed);
    if (!ready) return;
    this.serverRendered = false;
    hydrateServerRendered!(this, value, this.effectiveTheme);
  }

  protected override render(): unknown {
    let body: unknown;
    try {
      body = this.renderBody();
    } catch (error) {
      this.fail(error);
      body = this.renderError(errorStrings.internal);
    }
    const theme = this.effectiveTheme;
    return html`<div part="base" class="base" data-theme=${theme ?? nothing}>${body}</div>`;
  }
}
