import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BlElement } from '../../base/bl-element.js';
import { embeddedDataset } from '../../data/default-dataset.js';
import { assessmentsOf, findArea } from '../../data/query.js';
import type { Area, Dataset } from '../../data/types.js';
import { strings } from '../../strings.js';
import { iframeSnippet, scriptSnippet, widgetTag } from './snippet.js';
import type { EmbedFormat, SnippetParams } from './snippet.js';
import { builderStyles } from './embed-builder.styles.js';

export type { EmbedFormat } from './snippet.js';
export type EmbedWidget = 'area-card' | 'outcome-rings' | 'outcome-ring' | 'conditions-matrix';

export interface EmbedCopyDetail {
  snippet: string;
  /** False when the clipboard was unavailable and the snippet was selected instead. */
  copied: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'bl-embed-copy': CustomEvent<EmbedCopyDetail>;
  }
}

const text = strings.embedBuilder;
const allWidgets = Object.keys(text.widgets) as EmbedWidget[];

/**
 * The directory the package's `dist/` is served from, as this module sees it: the bundle's own
 * directory, or two levels up from `dist/widgets/embed-builder/` in the npm modules.
 */
function distRoot(): string {
  try {
    const here = import.meta.url;
    return new URL(here.includes('/widgets/embed-builder/') ? '../../' : './', here).href;
  } catch {
    // A bundle inlined in a page or loaded from a blob has no directory: links stay relative.
    return '';
  }
}

const isEmbeddedDefault = (dataset: Dataset) => {
  const embedded = embeddedDataset();
  return embedded.ok && embedded.dataset === dataset;
};

/** What the builder shows, derived once per update. */
interface BuilderView {
  widgets: EmbedWidget[];
  widget: EmbedWidget;
  areas: Area[];
  area?: Area;
  outcomes: Dataset['outcomes'];
  outcome?: string;
  years: string[];
  year: string;
  snippet: string;
  /** The data has no address to give the snippet, so a pasted snippet would show other data. */
  unaddressed: boolean;
}

type Choice = [value: string, label: string];

/**
 * A form for people who edit a website but not its code: choose a widget, an area and options,
 * see the widget as it will appear, and copy a snippet to paste into a page or CMS block: a
 * script tag and the widget's tag, or an iframe for platforms that strip scripts. Pasted into a
 * blank page, the snippet shows the same widget with the same data.
 *
 * Areas come from the builder's data (its `bl-programme`, its own `src` or the embedded default),
 * sorted by name. `bl-conditions-matrix` is offered when the page defines it.
 *
 * @tagname bl-embed-builder
 * @summary Builds a snippet to embed a widget, with a live preview and a copy button.
 *
 * @fires bl-embed-copy - The reader pressed "Copy snippet". `detail: { snippet, copied }`;
 * `copied` is false when the clipboard was unavailable and the snippet was selected for the
 * reader to copy. Bubbles and is composed.
 *
 * @csspart controls - The choices: widget, area, options and snippet format.
 * @csspart preview - The frame around the live preview.
 * @csspart snippet - The read-only text area holding the snippet.
 * @csspart copy - The "Copy snippet" button.
 * @csspart status - The line that says whether the snippet was copied.
 */
export class BlEmbedBuilder extends BlElement {
  static override styles = [BlElement.styles, builderStyles];

  /**
   * The widget to embed: `area-card`, `outcome-rings`, `outcome-ring`, or `conditions-matrix`
   * when the page defines it.
   */
  @property() widget: EmbedWidget = 'area-card';

  /**
   * Id of the area to embed. Defaults to the area selected under the same `bl-programme`, else
   * the first by name.
   */
  @property() area?: string;

  /** `script` for a script tag and the widget's tag; `iframe` for CMSs that strip scripts. */
  @property() format: EmbedFormat = 'script';

  /**
   * Where the package's `dist/` is served (a missing final `/` is added). Defaults to the
   * directory of the script this builder was loaded from.
   */
  @property({ attribute: 'base-url' }) baseUrl: string = distRoot();

  /**
   * Address of the dataset the snippet loads. Defaults to the builder's own `src`, else its
   * `bl-programme`'s, made absolute so the snippet works on any site; empty means the embedded
   * default.
   */
  @property({ attribute: 'data-src' }) dataSrc?: string;

  /** The other choices, as the form holds them; empty means the widget's default. */
  @state() private options = { outcome: '', variant: '', year: '', theme: '' };
  @state() private status = '';

  private view?: BuilderView;
  private sorted?: { dataset: Dataset; areas: Area[] };
  private preview?: HTMLElement;
  private previewKey = '';

  protected override get placesBadge(): boolean {
    return true;
  }

  protected override derive(_changed: PropertyValues<this>): void {
    const dataset = this.data.dataset;
    if (!dataset) return;
    if (this.sorted?.dataset !== dataset) {
      const collator = new Intl.Collator(strings.locale);
      const areas = [...dataset.areas].sort((a, b) => collator.compare(a.name, b.name));
      this.sorted = { dataset, areas };
    }
    const { areas } = this.sorted;
    const widgets = allWidgets.filter(
      (name) => name !== 'conditions-matrix' || customElements.get('bl-conditions-matrix'),
    );
    const widget = widgets.includes(this.widget) ? this.widget : 'area-card';
    const area =
      widget === 'conditions-matrix'
        ? undefined
        : (findArea(dataset, this.area ?? '') ??
          findArea(dataset, this.data.selectedArea ?? '') ??
          areas[0]);
    const ring = widget === 'outcome-ring';
    const outcomes = ring ? dataset.outcomes : [];
    const outcome = (outcomes.find((item) => item.id === this.options.outcome) ?? outcomes[0])?.id;
    const years =
      area && widget.startsWith('outcome')
        ? [...new Set(assessmentsOf(dataset, area.id).map((item) => String(item.year)))].reverse()
        : [];
    const year = years.includes(this.options.year) ? this.options.year : '';
    const dataSrc = this.snippetDataSrc();
    // One ordered list feeds the snippet and the preview, so they cannot disagree.
    const params: SnippetParams = [
      ['outcome', outcome],
      ['area', area?.id],
      ['variant', widget === 'area-card' ? this.options.variant : ''],
      ['src', dataSrc],
      ['year', year],
      ['theme', this.options.theme],
    ];
    const base = this.baseUrl && !this.baseUrl.endsWith('/') ? `${this.baseUrl}/` : this.baseUrl;
    const outcomeTitle = outcomes.find((item) => item.id === outcome)?.title ?? '';
    const title = text.title(
      dataset.programme.name,
      text.subjects[widget](area?.name ?? '', outcomeTitle),
    );
    const snippet =
      this.format === 'iframe'
        ? iframeSnippet(base, widget, params, title)
        : scriptSnippet(base, widget, params);
    if (snippet !== this.view?.snippet) this.status = '';
    this.view = {
      widgets,
      widget,
      areas,
      area,
      outcomes,
      outcome,
      years,
      year,
      snippet,
      unaddressed: !dataSrc && !isEmbeddedDefault(dataset),
    };
    this.updatePreview(widget, params);
  }

  /** The explicit `data-src`, else the dataset's address from `src` or the provider, absolute. */
  private snippetDataSrc(): string | undefined {
    if (this.dataSrc !== undefined) return this.dataSrc || undefined;
    const src = this.src ?? this.closest('bl-programme')?.getAttribute('src');
    if (!src) return undefined;
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src;
    }
  }

  /**
   * A new preview element whenever its attributes change. It sits in this shadow root, so it
   * finds the same data through context; with no theme chosen it follows the builder's.
   */
  private updatePreview(widget: EmbedWidget, params: SnippetParams): void {
    const key = `${widgetTag(widget, params)} ${this.effectiveTheme}`;
    if (key === this.previewKey) return;
    this.previewKey = key;
    // As a string: the builder previews whatever the page defined under that name.
    const element = document.createElement(`bl-${widget}` as string);
    for (const [name, value] of params) {
      if (value && name !== 'src') element.setAttribute(name, value);
    }
    this.preview = element;
  }

  private readonly onChange = (event: Event) => {
    const { name, value } = event.target as HTMLSelectElement;
    if (name === 'widget' || name === 'area' || name === 'format') this[name] = value as never;
    else this.options = { ...this.options, [name]: value };
  };

  private readonly copy = async () => {
    const snippet = this.view?.snippet ?? '';
    let copied = true;
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      // No clipboard (an insecure page, a refused permission): select the text for the reader.
      copied = false;
      const field = this.renderRoot.querySelector('textarea');
      field?.focus();
      field?.select();
    }
    // Emptied first, so pressing the button again is announced again.
    this.status = '';
    await this.updateComplete;
    this.status = copied ? text.copied : text.selectToCopy;
    this.dispatchEvent(
      new CustomEvent('bl-embed-copy', {
        detail: { snippet, copied },
        bubbles: true,
        composed: true,
      }),
    );
  };

  private renderSelect(name: string, label: string, choices: Choice[], selected: string) {
    return html`<label class="field"
      >${label}
      <select name=${name}>
        ${choices.map(
          ([value, optionLabel]) =>
            html`<option value=${value} .selected=${value === selected}>${optionLabel}</option>`,
        )}
      </select></label
    >`;
  }

  protected override renderContent() {
    const view = this.view;
    if (!view) return nothing;
    const { options } = this;
    return html`<div class="builder">
      <div part="controls" class="controls" @change=${this.onChange}>
        ${this.renderSelect(
          'widget',
          text.widget,
          view.widgets.map((name) => [name, text.widgets[name]]),
          view.widget,
        )}
        ${
          view.outcome
            ? this.renderSelect(
                'outcome',
                text.outcome,
                view.outcomes.map((item) => [item.id, item.title]),
                view.outcome,
              )
            : nothing
        }
        ${
          view.area
            ? this.renderSelect(
                'area',
                text.area,
                view.areas.map((item) => [item.id, item.name]),
                view.area.id,
              )
            : nothing
        }
        ${
          view.widget === 'area-card'
            ? this.renderSelect(
                'variant',
                text.variant,
                Object.entries(text.variants),
                options.variant,
              )
            : nothing
        }
        ${
          view.years.length
            ? this.renderSelect(
                'year',
                text.year,
                [['', text.latest], ...view.years.map((year): Choice => [year, year])],
                view.year,
              )
            : nothing
        }
        ${this.renderSelect('theme', text.theme, Object.entries(text.themes), options.theme)}
        <fieldset class="field">
          <legend>${text.format}</legend>
          ${Object.entries(text.formats).map(
            ([value, label]) =>
              html`<label class="option"
                ><input
                  type="radio"
                  name="format"
                  value=${value}
                  .checked=${value === this.format}
                />
                ${label}</label
              >`,
          )}
        </fieldset>
      </div>
      <figure part="preview" class="preview">
        <figcaption>${text.preview}</figcaption>
        ${this.renderBadge()} ${this.preview}
      </figure>
      <div class="output">
        <label class="field"
          >${text.snippet}
          <textarea
            part="snippet"
            readonly
            spellcheck="false"
            rows="4"
            .value=${view.snippet}
          ></textarea>
        </label>
        ${view.unaddressed ? this.renderNotice(text.noDataSrc) : nothing}
        <div class="actions">
          <button part="copy" class="copy" type="button" @click=${this.copy}>${text.copy}</button>
          <p part="status" class="status" role="status" aria-live="polite">${this.status}</p>
        </div>
      </div>
    </div>`;
  }
}
