import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';
import { programmeContext } from '../data/context.js';
import type { ProgrammeState } from '../data/context.js';
import type { Problem } from '../data/types.js';
import { DatasetSource } from './dataset-source.js';
import { dispatchAreaSelect } from './events.js';
import { warn } from './warn.js';
import { strings } from '../strings.js';
import { version } from '../version.js';
import { baseStyles } from './base.styles.js';

export type Theme = 'light' | 'dark';

/** What a widget draws from, wherever it came from: the same shape a provider shares. */
export type WidgetData = ProgrammeState;

const rootKey = Symbol.for('big-local-widgets/context-root');

/**
 * Lets a widget that upgrades before its `bl-programme` still find it: the root replays
 * unanswered context requests when a provider appears. One per document, whichever copy of the
 * library arrives first.
 */
function attachContextRoot(): void {
  const registry = globalThis as unknown as Record<symbol, boolean>;
  if (registry[rootKey] || typeof document === 'undefined') return;
  registry[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * The base of every Big Local widget. It owns what they share and nothing else: resolving the
 * dataset (provider, own `src`, or the embedded default), the loading, error, partial-data and
 * illustrative states, the one console warning per problem, the shared selection and the theme.
 *
 * A widget overrides `derive()` to compute what it draws (called in `willUpdate`) and
 * `renderContent()` to map that to a template. Neither can throw out of a lifecycle callback:
 * a failure becomes the error state.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart error - The error message (`role="alert"`) shown when the data cannot be used.
 * @csspart notice - A notice about the data: partial data, an unknown area, nothing published.
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
export class BlElement extends LitElement {
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

  /** The data the widget draws from; set by `willUpdate` before `derive`. */
  @state() protected data: WidgetData = {
    state: 'idle',
    dataset: null,
    problems: [],
    error: null,
    selectedArea: null,
  };

  @state() private inheritedTheme?: Theme;
  /** Set during an update that failed; never reactive, so failing cannot loop. */
  private failure?: string;

  private programme?: ProgrammeState;
  private ownSource?: DatasetSource;
  /** Shares a dataset this widget loaded itself with the widgets it renders inside it. */
  private ownProvider?: ContextProvider<typeof programmeContext>;
  private readonly warned = new Set<string>();

  constructor() {
    super();
    attachContextRoot();
    new ContextConsumer(this, {
      context: programmeContext,
      subscribe: true,
      callback: (value) => {
        this.programme = value;
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const themed = this.parentElement?.closest('[data-theme]')?.getAttribute('data-theme');
    this.inheritedTheme = themed === 'dark' || themed === 'light' ? themed : undefined;
  }

  /** The theme in force: the attribute, else a `data-theme` ancestor's; unset follows the reader. */
  protected get effectiveTheme(): Theme | undefined {
    return this.theme ?? this.inheritedTheme;
  }

  /** Whether this widget draws from a dataset at all (a plain ring does not). */
  protected get usesData(): boolean {
    return true;
  }

  /** Warns once per distinct message for the life of the element. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this, message);
  }

  /** Selects an area for every widget under the same provider. */
  protected selectArea(area: string): void {
    dispatchAreaSelect(this, area);
    if (!this.programme) this.data = { ...this.data, selectedArea: area };
  }

  /**
   * True inside another widget's shadow root (the rings in a card): the outer widget already
   * shows the badge and the partial-data notice, so the inner one does not repeat them.
   */
  private get nested(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof BlElement;
  }

  private readonly retryOwnSource = () => this.ownSource?.retry();

  private resolveData(): WidgetData {
    if (this.src) {
      this.ownSource ??= new DatasetSource(this);
      this.ownSource.set({ src: this.src, timeout: this.timeout });
      const { state, dataset, problems, error } = this.ownSource;
      const data: WidgetData = {
        state,
        dataset,
        problems,
        error,
        selectedArea: this.data.selectedArea,
        retry: error ? this.retryOwnSource : undefined,
      };
      this.ownProvider ??= new ContextProvider(this, { context: programmeContext });
      this.ownProvider.setValue(data);
      return data;
    }
    if (this.programme) return this.programme;
    // A provider that has not upgraded yet is coming: wait for it rather than flash the default.
    if (this.closest('bl-programme') && !customElements.get('bl-programme')) {
      return { ...this.data, state: 'loading', dataset: null };
    }
    this.ownSource ??= new DatasetSource(this);
    this.ownSource.set({});
    const { state, dataset, problems, error } = this.ownSource;
    return { state, dataset, problems, error, selectedArea: this.data.selectedArea };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.failure = undefined;
      if (this.usesData) this.data = this.resolveData();
      this.derive(changed);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Computes what the widget draws from `this.data` and its properties. */
  protected derive(_changed: PropertyValues<this>): void {}

  /** The widget's own template, called only when its data is ready. */
  protected renderContent(): unknown {
    return nothing;
  }

  private fail(error: unknown): void {
    this.failure = strings.errors.internal;
    this.warnOnce(`${strings.errors.internal} ${String(error)}`);
  }

  /** The error state: plain words in an alert, and a Retry button when loading again may help. */
  protected renderError(message: string, retry?: () => void): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <strong>${strings.errors.title}</strong> ${message}
      ${
        retry
          ? html`<button part="retry" class="retry" type="button" @click=${retry}>
              ${strings.errors.retry}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Says that part of the data was dropped, and what, in a disclosure that stays small. */
  private renderPartial(problems: readonly Problem[]): TemplateResult {
    const listed = problems.slice(0, 5);
    return html`<details part="notice" class="notice partial">
      <summary>${strings.states.partial(problems.length)}</summary>
      <ul>
        ${listed.map((problem) => html`<li><code>${problem.path}</code> ${problem.message}</li>`)}
        ${
          problems.length > listed.length
            ? html`<li>${strings.states.moreProblems(problems.length - listed.length)}</li>`
            : nothing
        }
      </ul>
    </details>`;
  }

  /** A notice in plain words, e.g. an unknown area; warns once in the console too. */
  protected renderNotice(message: string, options: { warn?: boolean } = {}): TemplateResult {
    if (options.warn) this.warnOnce(message);
    return html`<p part="notice" class="notice" role="status">${message}</p>`;
  }

  /** True for a widget that puts the "Illustrative" badge in its own layout. */
  protected get placesBadge(): boolean {
    return false;
  }

  /** The "Illustrative" badge, when the data is made up (and this widget is not nested). */
  protected renderBadge(): unknown {
    if (!this.data.dataset?.programme.illustrative || this.nested) return nothing;
    return html`<p part="badge" class="badge" title=${strings.states.illustrativeNote}>
      ${strings.states.illustrative}
      <span class="visually-hidden">: ${strings.states.illustrativeNote}</span>
    </p>`;
  }

  private renderBody(): unknown {
    if (this.failure) return this.renderError(this.failure);
    if (!this.usesData) return this.renderContent();
    const { state, error, dataset, problems } = this.data;
    if (state === 'error' && error) return this.renderError(error.message, this.data.retry);
    if (state !== 'ready' || !dataset) {
      return html`<p part="loading" class="loading" role="status">${strings.states.loading}</p>`;
    }
    const nested = this.nested;
    return html`${this.placesBadge ? nothing : this.renderBadge()} ${this.renderContent()}
    ${problems.length > 0 && !nested ? this.renderPartial(problems) : nothing}`;
  }

  protected override render(): unknown {
    let body: unknown;
    try {
      body = this.renderBody();
    } catch (error) {
      this.fail(error);
      body = this.renderError(strings.errors.internal);
    }
    const theme = this.effectiveTheme;
    return html`<div part="base" class="base" data-theme=${theme ?? nothing}>${body}</div>`;
  }
}
