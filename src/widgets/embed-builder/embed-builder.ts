import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from '../../base/decorators.js';
import { BlElement } from '../../base/bl-element.js';
import { areasByName, assessmentsOf, findArea, findOutcome } from '../../data/query.js';
import type { Dataset } from '../../data/types.js';
import { embedBuilderStrings } from '../../strings/embed-builder.js';
import { currentLocale } from '../../strings/locale.js';
import { embeddableWidgets } from '../registry.js';
import type { EmbedAttribute, WidgetDescriptor } from '../registry.js';
import { templateSheets } from '../../data/sheets/template.js';
import { iframeSnippet, scriptSnippet, widgetTag } from './snippet.js';
import type { EmbedFormat, SnippetParams } from './snippet.js';
import { builderStyles } from './embed-builder.styles.js';
import { linkButtonStyles } from '../link-button.styles.js';

export type { EmbedFormat } from './snippet.js';

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

const text = embedBuilderStrings;

/**
 * The directory the package's `dist/` is served from, as this module sees it: one up from a
 * loader chunk in `dist/chunks/`, two up from `dist/widgets/embed-builder/` in the npm modules,
 * or the one-file bundle's own directory.
 */
function distRoot(): string {
  try {
    const here = import.meta.url;
    const up = here.includes('/widgets/embed-builder/')
      ? '../../'
      : here.includes('/chunks/')
        ? '../'
        : './';
    return new URL(up, here).href;
  } catch {
    // A bundle inlined in a page or loaded from a blob has no directory: links stay relative.
    return '';
  }
}

/** One control of the form, generated from an attribute the registry lets an embed set. */
interface Field {
  name: string;
  label: string;
  /** A select's options; absent for a free-text field. */
  choices?: Choice[];
  value: string;
}

/** What the builder shows, derived once per update. */
interface BuilderView {
  /** Blank sheets for the data's framework, by file name. */
  templates: Record<string, string>;
  widgets: WidgetDescriptor[];
  widget: WidgetDescriptor;
  fields: Field[];
  snippet: string;
  /** The data has no address to give the snippet, so a pasted snippet would show other data. */
  unaddressed: boolean;
}

type Choice = [value: string, label: string];

/**
 * Saves `content` as a file named `name`, through an object URL that lives only for the click:
 * no `data:` address ever sits in the page, whose links are http or https only.
 */
function downloadFile(name: string, content: string): void {
  const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The spreadsheet templates of each dataset, made once. */
const templatesOf = new WeakMap<Dataset, Record<string, string>>();

/**
 * A form for people who edit a website but not its code: choose a widget, an area and options,
 * see the widget as it will appear, and copy a snippet to paste into a page or CMS block: a
 * script tag and the widget's tag, or an iframe for platforms that strip scripts. Pasted into a
 * blank page, the snippet shows the same widget with the same data.
 *
 * Areas come from the builder's data (its `bl-programme`, its own `src` or the embedded default),
 * sorted by name. Every embeddable widget of the registry is offered; its preview loads it.
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
export class BlEmbedBuilder extends BlElement<BuilderView> {
  static override styles = [BlElement.styles, linkButtonStyles, builderStyles];

  /** On the embedded default it shows the factors: their part of the default comes with it. */
  static readonly usesFactors = true;

  /**
   * The widget to embed, by its registry name: `area-card`, `outcome-rings`, `outcome-ring`,
   * `conditions-matrix`, `programme-facts`, or any embeddable widget the page defines.
   */
  @property() widget = 'area-card';

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

  /** The other choices, as the form holds them, by attribute; empty means the default. */
  @state() private options: Record<string, string> = {};
  @state() private status = '';

  private preview?: HTMLElement;
  private previewKey = '';

  protected override get placesBadge(): boolean {
    return true;
  }

  protected override derive(_changed: PropertyValues<this>): BuilderView {
    const dataset = this.data.dataset!;
    const widgets = embeddableWidgets();
    const widget = widgets.find((item) => item.name === this.widget) ?? widgets[0]!;
    const attributes = widget.embed?.attributes ?? [];
    const areaAttribute = attributes.find((attribute) => attribute.kind === 'area');
    const area = areaAttribute
      ? (findArea(dataset, this.area ?? '') ??
        findArea(dataset, this.selectedArea ?? '') ??
        areasByName(dataset, currentLocale())[0])
      : undefined;
    const fields = attributes.flatMap((attribute) => this.field(dataset, attribute, area?.id));
    const dataSrc = this.snippetDataSrc();
    // One ordered list feeds the snippet and the preview, so they cannot disagree.
    const params: SnippetParams = [
      ...fields.map((field): [string, string] => [field.name, field.value]),
      ['src', dataSrc],
      ['theme', this.options.theme ?? ''],
    ];
    const base = this.baseUrl && !this.baseUrl.endsWith('/') ? `${this.baseUrl}/` : this.baseUrl;
    const outcomeId = fields.find((field) => field.name === 'outcome')?.value ?? '';
    const subject = text.subjects[widget.name];
    const title = text.title(
      dataset.programme.name,
      subject
        ? subject(
            area?.name ?? '',
            findOutcome(dataset, outcomeId)?.title ?? '',
            dataset.groups.map((group) => group.title),
          )
        : (text.widgets[widget.name] ?? widget.name),
    );
    const snippet =
      this.format === 'iframe'
        ? iframeSnippet(base, widget.name, params, title)
        : scriptSnippet(base, widget.tag, params);
    if (snippet !== this.view?.snippet) this.status = '';
    this.updatePreview(widget, params);
    let templates = templatesOf.get(dataset);
    if (!templates) templatesOf.set(dataset, (templates = templateSheets(dataset)));
    return {
      templates,
      widgets,
      widget,
      fields,
      snippet,
      unaddressed: !dataSrc && this.data.origin !== 'default',
    };
  }

  /** The control for one attribute, or none when the data offers nothing to choose. */
  private field(dataset: Dataset, attribute: EmbedAttribute, area?: string): Field[] {
    const { name, kind } = attribute;
    const label = text.attributes[name] ?? name;
    const chosen = this.options[name] ?? '';
    const select = (choices: Choice[], fallback: string): Field[] =>
      choices.length
        ? [{ name, label, choices, value: choices.some(([v]) => v === chosen) ? chosen : fallback }]
        : [];
    switch (kind) {
      case 'area':
        return area
          ? [
              {
                name,
                label,
                value: area,
                choices: areasByName(dataset, currentLocale()).map((item) => [item.id, item.name]),
              },
            ]
          : [];
      case 'outcome': {
        const choices = dataset.outcomes.map((item): Choice => [item.id, item.title]);
        return select(choices, choices[0]?.[0] ?? '');
      }
      case 'year': {
        const assessments = area ? assessmentsOf(dataset, area) : dataset.assessments;
        const years = [...new Set(assessments.map((item) => item.year))].sort((a, b) => b - a);
        if (!years.length) return [];
        return select(
          [['', text.latest], ...years.map((year): Choice => [`${year}`, `${year}`])],
          '',
        );
      }
      case 'choice': {
        const labels = text.choices[name] ?? {};
        const values = attribute.choices ?? [];
        return select(
          values.map((value): Choice => [value, labels[value] ?? value]),
          values[0] ?? '',
        );
      }
      case 'text':
        return [{ name, label, value: chosen }];
    }
  }

  /** The explicit `data-src`, else the address the builder's data was loaded from. */
  private snippetDataSrc(): string | undefined {
    if (this.dataSrc !== undefined) return this.dataSrc || undefined;
    return this.data.origin === 'src' ? this.data.url : undefined;
  }

  /**
   * A new preview element whenever its attributes change. It sits in this shadow root, so it
   * finds the same data through context; with no theme chosen it follows the builder's.
   */
  private updatePreview(widget: WidgetDescriptor, params: SnippetParams): void {
    const key = `${widgetTag(widget.tag, params)} ${this.effectiveTheme}`;
    if (key === this.previewKey) return;
    this.previewKey = key;
    // A widget the page has not loaded yet (the loader loads only what a page shows) loads now.
    if (!customElements.get(widget.tag)) void widget.define();
    const element = document.createElement(widget.tag);
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

  private renderField(field: Field) {
    if (field.choices)
      return this.renderSelect(field.name, field.label, field.choices, field.value);
    return html`<label class="field"
      >${field.label}
      <input type="text" name=${field.name} .value=${field.value} spellcheck="false"
    /></label>`;
  }

  protected override renderView(view: BuilderView) {
    return html`<div class="builder">
      <div part="controls" class="controls" @change=${this.onChange}>
        ${this.renderSelect(
          'widget',
          text.widget,
          view.widgets.map((item) => [item.name, text.widgets[item.name] ?? item.name]),
          view.widget.name,
        )}
        ${view.fields.map((field) => this.renderField(field))}
        ${this.renderSelect('theme', text.theme, Object.entries(text.themes), this.options.theme ?? '')}
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
        <details part="templates" class="templates">
          <summary>${text.templates}</summary>
          <p>${text.templatesHelp}</p>
          <ul>
            ${Object.entries(view.templates).map(
              ([name, content]) =>
                html`<li>
                  <button
                    part="template"
                    class="link-button"
                    type="button"
                    @click=${() => downloadFile(name, content)}
                  >
                    ${name}
                  </button>
                </li>`,
            )}
          </ul>
        </details>
      </div>
    </div>`;
  }
}
