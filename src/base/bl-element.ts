import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextOffer, ContextSubscription } from './context.js';
import { programmeContext, selectionContext } from '../data/context.js';
import type { ProgrammeState } from '../data/context.js';
import type { Problem } from '../data/types.js';
import type { DatasetSource } from './dataset-source.js';
import { dispatchAreaSelect } from './events.js';
import { warn } from './warn.js';
import { followTheme, inheritedTheme, unfollowTheme } from './theme-watch.js';
import type { Theme } from './theme-watch.js';
import { baseStrings, errorStrings } from '../strings/base.js';
import { localeChangeEvent } from '../strings/locale.js';
import { version } from '../version.js';
import { baseStyles } from './base.styles.js';
import { formatDate } from '../format.js';

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
  ) {}
}

/** A `Notice` for `derive()` to return; `warn` for bad input (an unknown id, a bad value). */
export function notice(message: string, options: { warn?: boolean } = {}): Notice {
  return new Notice(message, options.warn ?? false);
}

/** An error for `derive()` to return when the widget's own attributes make no sense. */
export function invalid(message: string): Notice {
  return new Notice(message, true, 'error');
}

/**
 * The data layer's loader (fetching, validation), imported the first time a widget loads data
 * itself (its own `src`, or the embedded default): widgets inside a `bl-programme`, and a ring
 * given its value in attributes, never download the validator.
 */
let DatasetSourceClass: typeof DatasetSource | undefined;
let importingDatasetSource: Promise<unknown> | undefined;
/**
 * `data-bl-default="none"` on the page (or any ancestor) means widgets with no provider and no
 * `src` show a notice instead of the embedded Big Local data: for another programme's site.
 */
const noDefaultAttribute = 'data-bl-default';

const idle: WidgetData = {
  state: 'idle',
  dataset: null,
  problems: [],
  error: null,
  origin: 'default',
};
const customStates = ['loading', 'error', 'partial', 'illustrative'] as const;

/**
 * The base of every Big Local widget. It owns what they share and nothing else: resolving the
 * dataset (provider, own `src`, or the embedded default), the loading, error, partial-data and
 * illustrative states, the one console warning per problem, the shared selection and the theme.
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
 * @csspart loading - The loading message.
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

  /** `light` or `dark`; unset follows a `data-theme` ancestor, then the reader's preference. */
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
  /** The page opted out of the embedded default, and this widget has no other data. */
  private unprovided = false;
  /** What the partial-data notice says was dropped, worded once per list of problems. */
  private dropped?: { problems: readonly Problem[]; text: string };
  /** Set during an update that failed; never reactive, so failing cannot loop. */
  private failure?: string;

  private programme?: ProgrammeState;
  private sharedSelection?: { area: string | null };
  private ownSource?: DatasetSource;
  /** Shares a dataset this widget loaded itself with the widgets it renders inside it. */
  private ownProvider?: ContextOffer<ProgrammeState>;
  private readonly warned = new Set<string>();
  private readonly internals?: ElementInternals;

  constructor() {
    super();
    new ContextSubscription(this, programmeContext, (value) => {
      this.programme = value;
      this.requestUpdate();
    });
    new ContextSubscription(this, selectionContext, (value) => {
      this.sharedSelection = value;
      this.requestUpdate();
    });
    try {
      this.internals = this.attachInternals();
    } catch {
      // An engine without ElementInternals: the states are only missing as CSS hooks.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
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
    // Words already chosen in the old locale are chosen again.
    this.dropped = undefined;
    this.requestUpdate();
  };

  /** The theme in force: the attribute, else a `data-theme` ancestor's; unset follows the reader. */
  protected get effectiveTheme(): Theme | undefined {
    return this.theme ?? this.inheritedTheme;
  }

  /** Whether this widget draws from a dataset at all (a plain ring does not). */
  protected get usesData(): boolean {
    return true;
  }

  /**
   * Id of the area selected in any widget under the same `bl-programme` (its owner), or in
   * this widget when there is no provider.
   */
  get selectedArea(): string | null {
    return this.sharedSelection ? this.sharedSelection.area : this.localSelection;
  }

  /** Selects an area for every widget under the same provider. */
  protected selectArea(area: string): void {
    dispatchAreaSelect(this, area);
    if (!this.sharedSelection) this.localSelection = area;
  }

  /** Warns once per distinct message for the life of the element. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this, message);
  }

  /**
   * True inside another widget's shadow root (the rings in a card): the outer widget already
   * shows the badge and the partial-data notice, so the inner one does not repeat them.
   */
  private get nested(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof BlElement;
  }

  /** This widget's own dataset source, once the data layer has arrived (it then updates again). */
  private ownSourceReady(): DatasetSource | undefined {
    if (this.ownSource) return this.ownSource;
    if (!DatasetSourceClass) {
      importingDatasetSource ??= import('./dataset-source.js').then((module) => {
        DatasetSourceClass = module.DatasetSource;
      });
      void importingDatasetSource.then(() => this.requestUpdate());
      return undefined;
    }
    this.ownSource = new DatasetSourceClass(this);
    return this.ownSource;
  }

  private resolveData(): WidgetData {
    if (this.src) {
      const source = this.ownSourceReady();
      if (!source) return { ...idle, state: 'loading', origin: 'src' };
      this.ownSource = source;
      this.ownSource.set({ src: this.src, timeout: this.timeout });
      this.ownProvider ??= new ContextOffer(this, programmeContext, this.ownSource.snapshot);
      this.ownProvider.set(this.ownSource.snapshot);
      return this.ownSource.snapshot;
    }
    if (this.programme) return this.programme;
    // A provider that has not upgraded yet is coming: wait for it rather than flash the default.
    if (this.closest('bl-programme') && !customElements.get('bl-programme')) {
      return { ...idle, state: 'loading' };
    }
    if (this.closest(`[${noDefaultAttribute}="none"]`)) {
      this.unprovided = true;
      return idle;
    }
    const source = this.ownSourceReady();
    if (!source) return { ...idle, state: 'loading' };
    source.set({});
    return source.snapshot;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.failure = undefined;
    this.notice = undefined;
    this.unprovided = false;
    try {
      if (this.usesData) {
        this.data = this.resolveData();
        if (this.unprovided) this.warnOnce(baseStrings.noDataset);
        this.describeProblems(this.data.problems);
        if (this.data.state !== 'ready' || !this.data.dataset) return;
      }
      const result = this.derive(changed);
      if (result instanceof Notice) {
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

  private describeProblems(problems: readonly Problem[]): void {
    if (problems.length === 0 || this.nested) {
      this.dropped = undefined;
      return;
    }
    const { dropped } = this;
    if (dropped?.problems === problems) return;
    this.dropped = { problems, text: this.data.words?.partial(problems) ?? '' };
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
   * Says that part of the data was dropped, and what, in a status a screen reader announces,
   * with the problems themselves in a disclosure that stays small.
   */
  private renderPartial(problems: readonly Problem[]): unknown {
    const { words } = this.data;
    if (!words) return nothing;
    const listed = problems.slice(0, 5);
    return html`<div part="notice partial" class="notice partial">
      <p role="status">${this.dropped?.text}</p>
      <details>
        <summary>${words.problems(problems.length)}</summary>
        <ul>
          ${listed.map((problem) => html`<li><code>${problem.path}</code> ${words.problem(problem)}</li>`)}
          ${
            problems.length > listed.length
              ? html`<li>${words.more(problems.length - listed.length)}</li>`
              : nothing
          }
        </ul>
      </details>
    </div>`;
  }

  /** The data credit line, as charts print it: "Source: … · Updated 22 November 2026". */
  private renderCredit(): unknown {
    const programme = this.data.dataset?.programme;
    if (!programme || this.nested || (!programme.source && !programme.updated)) return nothing;
    const { source, updated } = programme;
    return html`<p part="credit" class="credit">
      ${
        source
          ? html`${baseStrings.source}
              <a href=${source.url} rel="noopener noreferrer">${source.title}</a>`
          : nothing
      }${source && updated ? ' · ' : nothing}${updated ? baseStrings.updated(formatDate(updated)) : nothing}
    </p>`;
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
    if (!this.data.dataset?.programme.illustrative || this.nested) return nothing;
    return html`<p part="badge" class="badge" title=${baseStrings.illustrativeNote}>
      ${baseStrings.illustrative}
      <span class="visually-hidden">: ${baseStrings.illustrativeNote}</span>
    </p>`;
  }

  private renderBody(): unknown {
    if (this.failure) return this.renderError(this.failure);
    if (this.usesData && this.unprovided) return this.renderNotice(baseStrings.noDataset);
    if (this.usesData) {
      const { state, error, dataset } = this.data;
      if (state === 'error' && error)
        return this.renderError(
          this.data.words?.loadError(error) ?? error.message,
          this.data.retry,
        );
      if (state !== 'ready' || !dataset) {
        return html`<p part="loading" class="loading" role="status">${baseStrings.loading}</p>`;
      }
    }
    if (this.notice?.kind === 'error') return this.renderError(this.notice.message);
    const content = this.notice
      ? html`${this.placesBadge ? this.renderBadge() : nothing}${this.renderNotice(this.notice.message)}`
      : this.view === undefined
        ? nothing
        : this.renderView(this.view);
    if (!this.usesData) return content;
    const { problems } = this.data;
    return html`${this.placesBadge ? nothing : this.renderBadge()} ${content}
    ${problems.length > 0 && !this.nested ? this.renderPartial(problems) : nothing}
    ${this.renderCredit()}`;
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
