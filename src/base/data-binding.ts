import { css, html, nothing } from 'lit';
import { reservedRoomSheet } from './reserve.js';
import type { ReactiveControllerHost } from 'lit';
import { BlElement } from './bl-element.js';
import { ContextOffer, ContextSubscription } from './context.js';
import { programmeContext, selectionContext } from '../data/context.js';
import type { ProgrammeState, SelectionState } from '../data/context.js';
import type { Problem } from '../data/types.js';
import type { DatasetSource } from './dataset-source.js';
import { dataStateStrings } from '../strings/data-states.js';
import { formatDate } from '../format/date.js';

/** What the binding needs of its widget. */
export interface BindingHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timeout?: number;
}

/**
 * The data loader (fetching, validation), imported the first time a widget loads data itself
 * (its own `src`, or the embedded default): widgets inside a `bl-programme` never download it.
 */
let DatasetSourceClass: typeof DatasetSource | undefined;
let importingDatasetSource: Promise<unknown> | undefined;
/**
 * `data-bl-default="none"` on the page (or any ancestor) means widgets with no provider and no
 * `src` show a notice instead of the embedded Big Local data: for another programme's site.
 */
const noDefaultAttribute = 'data-bl-default';

/**
 * The look of what the binding draws around a widget (the partial-data notice, the credit, the
 * badge, the Retry button of a load error) and of the loading skeleton, here rather than in the base styles so that a ring
 * given its value never downloads it. Adopted into the widget's shadow root before its own
 * styles, which still win; adopted, not a `<style>` element, which a strict CSP would refuse.
 */
const dataStyles = css`
  .retry {
    margin-inline-start: var(--_space);
    padding: 0.15em 0.8em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .partial p {
    margin: 0;
  }
  .partial summary {
    cursor: pointer;
    font-size: 0.9em;
  }
  .credit {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .credit a {
    color: inherit;
  }
  .partial ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    margin: 0 0 var(--_space);
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  /*
   * The loading skeleton: the status text over shapes of a heading, a line and the body, the
   * body filling the room the page gives the loading tag (src/base/reserve.ts), which the
   * skeleton and its frame take as their own. They pulse gently unless the reader asks for
   * less motion.
   */
  .base:has(> .skeleton),
  .skeleton {
    min-block-size: inherit;
  }
  .skeleton {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .skeleton-label {
    font-size: 0.875em;
  }
  .bone {
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_muted) 18%, var(--_surface));
    animation: bl-pulse 1s ease-in-out infinite alternate;
  }
  .bone-heading {
    inline-size: min(18em, 70%);
    block-size: 1.5em;
  }
  .bone-line {
    inline-size: min(30em, 90%);
    block-size: 1em;
  }
  .bone-body {
    flex: 1;
  }
  @keyframes bl-pulse {
    to {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours: the shapes keep an outline instead. */
    .bone {
      border: 1px solid GrayText;
      background: Canvas;
      animation: none;
    }
  }
`;

/**
 * Gives the shadow root the data parts' look, and the page's reserved room, so that widgets it
 * draws (a card's rings, the builder's preview) keep their room while they load, as on the page.
 */
function adoptDataStyles(root: ShadowRoot | null): void {
  const sheets = [dataStyles.styleSheet, reservedRoomSheet()].filter(
    (sheet): sheet is CSSStyleSheet => Boolean(sheet) && !root?.adoptedStyleSheets.includes(sheet!),
  );
  // Without constructable sheets (no engine this library supports), only these parts go unstyled.
  if (!root || sheets.length === 0) return;
  root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets];
}

const idle: ProgrammeState = {
  state: 'idle',
  dataset: null,
  problems: [],
  error: null,
  origin: 'default',
};

/**
 * What only a widget that draws from a dataset needs, apart from `BlElement` so that a widget
 * given its values in attributes (a lone ring) never downloads it: following the nearest
 * `bl-programme` and its selection, loading a dataset of its own (its `src`, or the embedded
 * default) and sharing it with the widgets it renders, and the parts drawn around a widget on
 * data (the partial-data notice, the credit line, the "Illustrative" badge).
 *
 * The base creates one the first time its widget `usesData`; the data-driven widgets' define
 * modules hand the class to the base up front (`useDataBinding`), so they need no extra trip.
 */
export class DataBinding {
  /** The provider's state, once one answered. */
  private programme?: ProgrammeState;
  /** The selection of the provider that owns it, once one answered. */
  selection?: SelectionState;
  /** The page opted out of the embedded default, and this widget has no other data. */
  unprovided = false;
  /** What the partial-data notice says was dropped, worded once per list of problems. */
  private dropped?: { problems: readonly Problem[]; text: string };
  private ownSource?: DatasetSource;
  /** Shares a dataset this widget loaded itself with the widgets it renders inside it. */
  private ownProvider?: ContextOffer<ProgrammeState>;

  /**
   * Set by the server renderer for one render: the widget rendered first is the one the page
   * asked for, and any other is inside it (the server has no shadow roots to ask).
   */
  static serverRender?: { top?: BindingHost };

  constructor(private readonly host: BindingHost) {
    if (DataBinding.serverRender) DataBinding.serverRender.top ??= host;
    adoptDataStyles(host.shadowRoot);
    new ContextSubscription(host, programmeContext, (value) => {
      this.programme = value;
      host.requestUpdate();
    });
    new ContextSubscription(host, selectionContext, (value) => {
      this.selection = value;
      host.requestUpdate();
    });
  }

  /**
   * True inside another widget's shadow root (the rings in a card): the outer widget already
   * shows the badge, the partial-data notice and the credit, so the inner one does not repeat
   * them.
   */
  private nested(): boolean {
    const { serverRender } = DataBinding;
    if (serverRender) return serverRender.top !== this.host;
    const root = this.host.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof BlElement;
  }

  /** Words already chosen in the old locale are chosen again. */
  reword(): void {
    this.dropped = undefined;
  }

  /** The data the widget draws from now: own `src` > provider > embedded default. */
  resolve(): ProgrammeState {
    this.unprovided = false;
    const data = this.resolveData();
    this.describeProblems(data);
    return data;
  }

  private resolveData(): ProgrammeState {
    const { host } = this;
    if (host.src) {
      const source = this.ownSourceReady();
      if (!source) return { ...idle, state: 'loading', origin: 'src' };
      source.set({ src: host.src, timeout: host.timeout });
      this.ownProvider ??= new ContextOffer(host, programmeContext, source.snapshot);
      this.ownProvider.set(source.snapshot);
      return source.snapshot;
    }
    if (this.programme) return this.programme;
    // A provider that has not upgraded, or not answered, yet is coming: wait for it rather than
    // load (and flash) the default, which it may not show.
    if (host.closest('bl-programme')) return { ...idle, state: 'loading', origin: 'unknown' };
    if (host.closest(`[${noDefaultAttribute}="none"]`)) {
      this.unprovided = true;
      return idle;
    }
    const source = this.ownSourceReady();
    if (!source) return { ...idle, state: 'loading' };
    source.set({});
    return source.snapshot;
  }

  /** This widget's own dataset source, once the loader has arrived (it then updates again). */
  private ownSourceReady(): DatasetSource | undefined {
    if (this.ownSource) return this.ownSource;
    if (!DatasetSourceClass) {
      importingDatasetSource ??= import('./dataset-source.js').then((module) => {
        DatasetSourceClass = module.DatasetSource;
      });
      void importingDatasetSource.then(() => this.host.requestUpdate());
      return undefined;
    }
    this.ownSource = new DatasetSourceClass(this.host);
    return this.ownSource;
  }

  private describeProblems({ problems, words }: ProgrammeState): void {
    if (problems.length === 0 || this.nested()) {
      this.dropped = undefined;
      return;
    }
    if (this.dropped?.problems === problems) return;
    this.dropped = { problems, text: words?.partial(problems) ?? '' };
  }

  /**
   * Says that part of the data was dropped, and what, in a status a screen reader announces,
   * with the problems themselves in a disclosure that stays small.
   */
  renderPartial({ problems, words }: ProgrammeState): unknown {
    if (problems.length === 0 || this.nested() || !words) return nothing;
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
  renderCredit({ dataset }: ProgrammeState): unknown {
    const programme = dataset?.programme;
    if (!programme || this.nested() || (!programme.source && !programme.updated)) return nothing;
    const { source, updated } = programme;
    return html`<p part="credit" class="credit">
      ${
        source
          ? html`${dataStateStrings.source}
              <a href=${source.url} rel="noopener noreferrer">${source.title}</a>`
          : nothing
      }${source && updated ? ' · ' : nothing}${updated ? dataStateStrings.updated(formatDate(updated)) : nothing}
    </p>`;
  }

  /** The "Illustrative" badge, when the data is made up (and this widget is not nested). */
  renderBadge({ dataset }: ProgrammeState): unknown {
    if (!dataset?.programme.illustrative || this.nested()) return nothing;
    return html`<p part="badge" class="badge" title=${dataStateStrings.illustrativeNote}>
      ${dataStateStrings.illustrative}
      <span class="visually-hidden">: ${dataStateStrings.illustrativeNote}</span>
    </p>`;
  }
}
