import { LitElement, css, html } from 'lit';
import { property } from '../../base/decorators.js';
import { ContextOffer } from '../../base/context.js';
import { programmeContext, selectionContext } from '../../data/context.js';
import type { SelectionState } from '../../data/context.js';
import type { Dataset } from '../../data/types.js';
import { DatasetSource, useDataLayer } from '../../base/dataset-source.js';
import * as dataLayer from '../../data/layer.js';
import { AreaSelectEvent } from '../../base/events.js';
import type { DataErrorDetail, DataLoadDetail } from '../../base/events.js';
import { version } from '../../version.js';

// A provider validates what it is given in the same update: it brings the data layer along.
useDataLayer(dataLayer);

/**
 * Loads one dataset, validates it once, and shares it with every Big Local widget inside it,
 * together with its load state and the area a reader selected in any of them.
 *
 * The dataset comes from the `data` property, else an inline
 * `<script type="application/json">` child, else `src`, else the embedded default (the Big
 * Local framework, programme facts and named areas, with no scores).
 *
 * @tagname bl-programme
 * @summary Provides a dataset and the shared area selection to the widgets inside it.
 *
 * @slot - Widgets and any other content.
 *
 * @fires bl-data-load - The dataset is ready. `detail: { dataset, problems }`; `problems` lists
 * the parts that were dropped, each with a JSON path and a reason.
 * @fires bl-data-error - The dataset could not be loaded or used. `detail: { error }` with a
 * `kind` (`http`, `network`, `timeout`, `content-type`, `too-large`, `parse`, `invalid`) and a
 * plain `message`.
 */
export class BlProgramme extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;
  static readonly version = version;
  /** On the embedded default, its widgets may tell the programme's story: load all of it. */
  static readonly tellsStory = true;

  /**
   * URL of the dataset, resolved against the page: a JSON document, or a programme's sheets (a
   * folder ending in `/`, or one of its `.csv` or `.tsv` files, whose siblings are read by their
   * names: `areas.csv`, `assessments.csv`, …).
   */
  @property({ reflect: true }) src?: string;

  /**
   * A programme's sheets named one by one, when they are not side by side in a folder:
   * `areas=https://…/areas.csv | assessments=https://…/scores.csv`.
   */
  @property({ reflect: true }) sheets?: string;

  /** Milliseconds before loading `src` is given up. */
  @property({ type: Number }) timeout?: number;

  /** Largest dataset accepted from `src`, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** The most areas kept from a dataset; the rest are dropped with a notice. Defaults to 20,000. */
  @property({ type: Number, attribute: 'max-areas' }) maxAreas?: number;

  /** Id of the selected area, shared with every widget inside; updated by `bl-area-select`. */
  @property({ attribute: 'selected-area', reflect: true }) selectedArea: string | null = null;

  /**
   * Which areas the embedded default holds when the provider has no data of its own: `named`
   * (the 29 areas public pages describe, the default) or `all` (every one of the 150, for a
   * page that helps readers find an area).
   */
  @property({ attribute: 'default-areas', reflect: true }) defaultAreas: 'named' | 'all' = 'named';

  /** A dataset object (or JSON text) set from script; wins over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /** Set when a load settles; the event waits for `updated` so same-task listeners hear it. */
  private settled = false;
  private readonly source = new DatasetSource(this, () => {
    this.settled = true;
  });
  private readonly provider = new ContextOffer(this, programmeContext, this.source.snapshot);
  /** The one owner of the selection for every widget inside, whatever data each draws from. */
  private readonly selection = new ContextOffer<SelectionState>(this, selectionContext, {
    area: this.selectedArea,
  });

  constructor() {
    super();
    this.addEventListener(AreaSelectEvent.eventName, (event) => {
      this.selectedArea = event.detail.area;
    });
  }

  /** The validated dataset, once ready (null while loading or after an error). */
  get loadedDataset(): Dataset | null {
    return this.source.dataset;
  }

  /** Loads the dataset again, e.g. after a network failure. */
  reload(): void {
    this.source.retry();
  }

  private inlineJson(): string | null {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? null;
  }

  private announce(): void {
    const { dataset, problems, error } = this.source;
    if (dataset) {
      this.dispatchEvent(
        new CustomEvent<DataLoadDetail>('bl-data-load', { detail: { dataset, problems } }),
      );
    } else if (error) {
      this.dispatchEvent(new CustomEvent<DataErrorDetail>('bl-data-error', { detail: { error } }));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.source.set(this.sourceInput());
  }

  private sourceInput() {
    return {
      data: this.data,
      inline: this.inlineJson(),
      src: this.src,
      sheets: this.sheets,
      timeout: this.timeout,
      maxBytes: this.maxBytes,
      maxAreas: this.maxAreas,
      allAreas: this.defaultAreas === 'all',
    };
  }

  protected override willUpdate(): void {
    this.source.set(this.sourceInput());
    // The same snapshot object until the load changes: setting it again notifies no one.
    this.provider.set(this.source.snapshot);
    if (this.selection.value.area !== this.selectedArea) {
      this.selection.set({ area: this.selectedArea });
    }
  }

  protected override updated(): void {
    if (!this.settled) return;
    this.settled = false;
    this.announce();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
