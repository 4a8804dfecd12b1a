import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from '../../base/decorators.js';
import { BlElement, notice } from '../../base/bl-element.js';
import type { Notice } from '../../base/bl-element.js';
import { cssProperties } from '../../base/controllers/css-properties.js';
import { VirtualRows } from '../../base/controllers/virtual-rows.js';
import type { RowWindow } from '../../base/controllers/virtual-rows.js';
import type { Area, Dataset, Source } from '../../data/types.js';
import { collator } from '../../format/text.js';
import { areaDirectoryStrings as words } from '../../strings/area-directory.js';
import { currentLocale } from '../../strings/locale.js';
import { areaDirectoryStyles } from './area-directory.styles.js';
import {
  NONE,
  buildModel,
  confirmations,
  filterAreas,
  isFiltered,
  parseWave,
  readHash,
  regionNamed,
  sorts,
  statuses,
  views,
  writeHash,
} from './model.js';
import type {
  ConfirmedFilter,
  DirectoryFilter,
  DirectoryModel,
  DirectorySort,
  DirectoryView as ViewKind,
  HashState,
  StatusFilter,
} from './model.js';

interface DirectoryView {
  model: DirectoryModel;
  filter: DirectoryFilter;
  sort: DirectorySort;
  kind: ViewKind;
  /** Indexes into `model.areas` of the areas shown, in order. */
  shown: readonly number[];
  /** Items per rendered row: 1 in the list, the grid's columns in cards. */
  columns: number;
  window: RowWindow;
  /** Position in `shown` of the selected area, or -1. */
  selected: number;
  notices: string[];
  sourceCount: number;
}

/** The smallest width of a card, in `em`: the grid has as many columns as fit. */
const CARD_MIN_EM = 14;
const GAP_EM = 0.5;

/** Every distinct source the areas cite, and the programme's own, made once per dataset. */
function sourcesOf(dataset: Dataset): Source[] {
  const byUrl = new Map<string, Source>();
  const add = (source: Source | undefined) => {
    if (source && !byUrl.has(source.url)) byUrl.set(source.url, source);
  };
  add(dataset.programme.source);
  for (const area of dataset.areas) {
    for (const list of Object.values(area.sources ?? {})) list.forEach(add);
  }
  return [...byUrl.values()];
}

/** "Ramsey, Huntingdonshire": the place, and the local authority when it says more. */
function whereOf(area: Area): string {
  const { place, localAuthority } = area;
  if (place && localAuthority && collator().compare(place, localAuthority) !== 0) {
    return `${place}, ${localAuthority}`;
  }
  return place ?? localAuthority ?? '';
}

/**
 * Every area of the programme, to search and filter: by name, place or local authority (case
 * and accents ignored, so "tower hamlets" and "Tôwer Hamlets" find each other), by region
 * (including the areas whose record names none), wave, case study, status and whether a
 * published source confirms the area. A live count says how many areas are shown, and an
 * empty result says what to change. Areas are sorted by name or by wave, then name, and shown
 * as a list or as compact cards; only the items in view are in the page, so 15,000 areas cost
 * what 50 do.
 *
 * The list is one tab stop (a listbox): arrow keys, Home, End, Page Up and Page Down move
 * through the areas (in cards, Left and Right move along a row and Up and Down between rows),
 * and Enter, Space or a click selects one for every widget under the same `bl-programme`. The
 * selected area is marked with a tick and a bar as well as colour, and follows a selection made
 * in any other widget.
 *
 * With `hash`, the search, filters, sort and view are kept in the page's address
 * (`#q=mill&region=London&wave=2&case-study=1&status=completed&confirmed=unconfirmed&sort=wave&view=cards`),
 * so a reader can share or bookmark what they found; keys the directory does not know are kept
 * as they are.
 *
 * On the embedded default (no provider, no `src`) it shows all 150 areas.
 *
 * @tagname bl-area-directory
 * @summary Every area, to search, filter, sort and select, as a list or compact cards.
 *
 * @fires bl-area-select - The reader chose an area. `detail: { area }`; bubbles and is composed.
 *
 * @csspart header - The title and takeaway.
 * @csspart title - The title, a heading at `heading-level`.
 * @csspart takeaway - The one-sentence takeaway.
 * @csspart controls - The search box and the filters.
 * @csspart search - The search box.
 * @csspart count - The live count of areas shown ("12 of 150 areas").
 * @csspart clear - The "Clear filters" button.
 * @csspart scroller - The scrolling frame around the areas.
 * @csspart list - The listbox of areas (a list or a grid of cards).
 * @csspart item - Each area.
 * @csspart selected - The selected area (also an `item`).
 * @csspart name - An area's name.
 * @csspart case-study - The "Case-study area" tag.
 * @csspart unconfirmed - The line saying no published source confirms the area.
 * @csspart empty - What the directory says when no area matches, and what to change.
 * @csspart sources - The sources, in a disclosure.
 *
 * @cssprop --bl-directory-height - Height of the scrolling list. Defaults to 28em.
 * @cssprop --bl-directory-selected - Colour of the selected area's bar. Defaults to `--bl-color-accent`.
 */
export class BlAreaDirectory extends BlElement<DirectoryView> {
  static override styles = [BlElement.styles, areaDirectoryStyles];
  /** Alone on a page, the directory shows the 150-area document rather than the 29 named areas. */
  static readonly allAreas = true;

  /** Search text: areas whose name, place or local authority hold every word. */
  @property() query = '';

  /** Only areas of this region, as the data names it (any case), or `none` for areas with none. */
  @property() region?: string;

  /** Only areas of this wave (a whole number), or `none` for areas whose record gives none. */
  @property() wave?: string;

  /** `list` (the default) or `cards`, a grid of compact cards (the `view` attribute). */
  @property({ attribute: 'view' }) layout: ViewKind = 'list';

  /** `name` (the default) or `wave`: by wave, then name; areas with no wave last. */
  @property() sort: DirectorySort = 'name';

  /** Keep the search, filters, sort and view in the page's address (`#q=…&region=…`). */
  @property({ type: Boolean }) hash = false;

  /** The level of the widget's heading (2 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private caseStudy = false;
  @state() private status?: StatusFilter;
  @state() private confirmed?: ConfirmedFilter;
  /** Columns of the card grid, from the scroller's width. */
  @state() private columns = 1;
  @state() private sourcesOpen = false;

  /** Position in the shown areas of the one tab stop. */
  private active = 0;
  private focused = false;
  private focusPending = false;
  private rendering = false;
  /** The filters and sort the last view was made for: a change starts again at the top. */
  private lastFilterKey?: string;
  /** The selection the last update showed, to tell a selection made elsewhere. */
  private lastSelected?: string | null;
  private selectingHere = false;
  private hashRead = false;

  private model?: { areas: readonly Area[]; locale: string; model: DirectoryModel };
  private sources?: { dataset: Dataset; sources: Source[] };
  private results?: { key: string; model: DirectoryModel; shown: number[] };
  private resizeObserver?: ResizeObserver;

  private readonly rows = new VirtualRows(this, {
    scroller: () => this.byPart('scroller'),
    body: () => this.byPart('list'),
    rowSelector: '.vrow',
  });

  private byPart(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** The level of the heading in force: a whole number from 2 to 6. */
  private get level(): number {
    return Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 6);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hash && !this.hashRead) {
      // The address wins over the attributes for the keys it has: it is what the reader shared.
      this.hashRead = true;
      this.applyHash(readHash(globalThis.location?.hash ?? ''), false);
    }
    if (!this.hash) this.hashRead = false;
    super.willUpdate(changed);
  }

  private readonly onHashChange = () => {
    if (!this.hash) return;
    // A hash the reader navigated to stands for the whole state: what it leaves out is unset.
    this.applyHash(readHash(globalThis.location.hash), true);
  };

  private applyHash(read: HashState, whole: boolean): void {
    const take = <K extends keyof HashState>(key: K, apply: (value: HashState[K]) => void) => {
      if (whole || read[key] !== undefined) apply(read[key]);
    };
    take('query', (value) => (this.query = value ?? ''));
    take('region', (value) => (this.region = value));
    take('wave', (value) => (this.wave = value === undefined ? undefined : String(value)));
    take('caseStudy', (value) => (this.caseStudy = value ?? false));
    take('status', (value) => (this.status = value));
    take('confirmed', (value) => (this.confirmed = value));
    take('sort', (value) => (this.sort = value ?? 'name'));
    take('view', (value) => (this.layout = value ?? 'list'));
  }

  private modelOf(dataset: Dataset): DirectoryModel {
    const locale = currentLocale();
    if (this.model?.areas !== dataset.areas || this.model.locale !== locale) {
      const compare = collator().compare;
      this.model = {
        areas: dataset.areas,
        locale,
        model: buildModel(dataset.areas, compare, locale),
      };
    }
    return this.model.model;
  }

  protected override derive(_changed: PropertyValues<this>): DirectoryView | Notice {
    const dataset = this.data.dataset!;
    const model = this.modelOf(dataset);
    if (model.areas.length === 0) return notice(words.noAreas);
    const locale = currentLocale();
    const notices: string[] = [];
    const say = (message: string) => {
      this.warnOnce(message);
      notices.push(message);
    };

    let region: string | undefined;
    const askedRegion = this.region?.trim();
    if (askedRegion) {
      region = askedRegion.toLowerCase() === NONE ? NONE : regionNamed(model, askedRegion, locale);
      if (!region) say(words.unknownRegion(askedRegion));
    }
    const wave = parseWave(this.wave);
    if (this.wave?.trim() && wave === undefined) say(words.badWave(this.wave));
    const kind = views.find((view) => view === this.layout);
    if (!kind) say(words.badView(this.layout));
    const sort = sorts.find((sort) => sort === this.sort);
    if (!sort) say(words.badSort(this.sort));

    const filter: DirectoryFilter = {
      query: this.query ?? '',
      region,
      wave,
      caseStudy: this.caseStudy,
      status: this.status,
      confirmed: this.confirmed,
    };
    const key = JSON.stringify([filter, sort ?? 'name', locale]);
    if (this.results?.key !== key || this.results.model !== model) {
      const shown = filterAreas(model, filter, sort ?? 'name', locale);
      this.results = { key, model, shown };
    }
    const { shown } = this.results;
    // A new search or filter starts at the top, with the tab stop on the first area.
    if (this.lastFilterKey !== undefined && this.lastFilterKey !== key) {
      this.active = 0;
      this.rows.scrollToTop();
    }
    this.lastFilterKey = key;

    const columns = kind === 'cards' ? this.columns : 1;
    const selectedArea = this.selectedArea;
    const selected = selectedArea
      ? shown.findIndex((index) => model.areas[index]!.id === selectedArea)
      : -1;
    if (selectedArea !== this.lastSelected) {
      // A selection made in another widget brings its area into view, unless the reader is
      // moving through the list here.
      if (!this.selectingHere && selected >= 0 && !this.focused) {
        this.active = selected;
        this.rows.scrollToRow(Math.floor(selected / columns));
      }
      this.lastSelected = selectedArea;
      this.selectingHere = false;
    }
    this.active = Math.min(Math.max(this.active, 0), Math.max(shown.length - 1, 0));
    const rowCount = Math.ceil(shown.length / columns);
    const window = this.rows.windowOf(rowCount, Math.floor(this.active / columns));

    if (this.sources?.dataset !== dataset) this.sources = { dataset, sources: sourcesOf(dataset) };
    return {
      model,
      filter,
      sort: sort ?? 'name',
      kind: kind ?? 'list',
      shown,
      columns,
      window,
      selected,
      notices,
      sourceCount: this.sources.sources.length,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.rendering = false;
    this.observeWidth();
    if (this.hash) this.writeAddress();
    if (this.focusPending || this.focused) {
      this.focusPending = false;
      const option = this.optionAt(this.active);
      if (option && this.shadowRoot?.activeElement !== option)
        option.focus({ preventScroll: true });
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.rendering = true;
    super.update(changed);
  }

  private writeAddress(): void {
    if (!globalThis.location || !globalThis.history) return;
    const next = writeHash(
      {
        query: this.query,
        region: this.region?.trim() || undefined,
        wave: parseWave(this.wave),
        caseStudy: this.caseStudy,
        status: this.status,
        confirmed: this.confirmed,
        sort: this.sort === 'wave' ? 'wave' : undefined,
        view: this.layout === 'cards' ? 'cards' : undefined,
      },
      location.hash,
    );
    if (next === location.hash || (next === '' && location.hash === '#')) return;
    try {
      const url = `${location.pathname}${location.search}${next || ''}`;
      history.replaceState(
        history.state,
        '',
        next ? url : `${location.pathname}${location.search}`,
      );
    } catch {
      // A sandboxed frame may refuse: the directory works the same without its address.
    }
  }

  /** The card grid has as many columns as cards of their smallest width fit. */
  private observeWidth(): void {
    const scroller = this.byPart('scroller');
    if (!scroller || this.resizeObserver) return;
    this.resizeObserver = new ResizeObserver(() => {
      const current = this.byPart('scroller');
      if (!current) return;
      const em = parseFloat(getComputedStyle(current).fontSize) || 16;
      const width = current.clientWidth;
      const columns = Math.max(
        1,
        Math.floor((width + GAP_EM * em) / ((CARD_MIN_EM + GAP_EM) * em)),
      );
      if (columns !== this.columns) this.columns = columns;
    });
    this.resizeObserver.observe(scroller);
  }

  private optionAt(position: number): HTMLElement | null {
    return (
      this.byPart('list')?.querySelector<HTMLElement>(
        `[role="option"][data-position="${position}"]`,
      ) ?? null
    );
  }

  private positionOf(target: EventTarget | null): number | undefined {
    const option = (target as Element | null)?.closest?.('[role="option"]');
    const position = option?.getAttribute('data-position');
    return position == null ? undefined : Number(position);
  }

  private moveTo(position: number): void {
    const view = this.view;
    if (!view) return;
    this.active = position;
    this.focusPending = true;
    this.rows.scrollToRow(Math.floor(position / view.columns));
    this.requestUpdate();
  }

  private choose(position: number): void {
    const view = this.view;
    const index = view?.shown[position];
    if (index === undefined || !view) return;
    this.active = position;
    this.selectingHere = true;
    this.selectArea(view.model.areas[index]!.id);
    this.requestUpdate();
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    const view = this.view;
    if (!view || view.shown.length === 0) return;
    const last = view.shown.length - 1;
    const step = view.columns;
    const list = this.byPart('list');
    const ahead = list && getComputedStyle(list).direction === 'rtl' ? -1 : 1;
    const page = this.rows.rowsPerPage * step;
    const at = this.active;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(at);
      return;
    }
    const across = view.kind === 'cards';
    const to: number | undefined = {
      ArrowDown: at + step,
      ArrowUp: at - step,
      ArrowRight: across ? at + ahead : undefined,
      ArrowLeft: across ? at - ahead : undefined,
      Home: 0,
      End: last,
      PageDown: at + page,
      PageUp: at - page,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.moveTo(Math.min(Math.max(to, 0), last));
  };

  private readonly onClick = (event: MouseEvent) => {
    const position = this.positionOf(event.target);
    if (position !== undefined) this.choose(position);
  };

  private readonly onFocusin = (event: FocusEvent) => {
    const position = this.positionOf(event.target);
    if (position === undefined) return;
    this.focused = true;
    if (position !== this.active) {
      this.active = position;
      this.requestUpdate();
    }
  };

  private readonly onFocusout = (event: FocusEvent) => {
    // A render that drops the focused element is not the reader leaving: `updated` refocuses.
    if (this.rendering) return;
    const next = event.relatedTarget as Node | null;
    if (next && this.byPart('list')?.contains(next)) return;
    this.focused = false;
  };

  private readonly onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private readonly onRegion = (event: Event) => {
    this.region = (event.target as HTMLSelectElement).value || undefined;
  };

  private readonly onWave = (event: Event) => {
    this.wave = (event.target as HTMLSelectElement).value || undefined;
  };

  private readonly onStatus = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.status = statuses.find((status) => status === value);
  };

  private readonly onConfirmed = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.confirmed = confirmations.find((confirmed) => confirmed === value);
  };

  private readonly onCaseStudy = (event: Event) => {
    this.caseStudy = (event.target as HTMLInputElement).checked;
  };

  private readonly onSort = (event: Event) => {
    this.sort = (event.target as HTMLSelectElement).value as DirectorySort;
  };

  private readonly onView = (event: Event) => {
    this.layout = (event.target as HTMLInputElement).value as ViewKind;
  };

  private readonly onSourcesToggle = (event: Event) => {
    this.sourcesOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly clearFilters = () => {
    this.query = '';
    this.region = undefined;
    this.wave = undefined;
    this.caseStudy = false;
    this.status = undefined;
    this.confirmed = undefined;
    // The search box is where a reader starts again.
    void this.updateComplete.then(() => this.byPart('search')?.focus());
  };

  private renderControls(view: DirectoryView) {
    const { model, filter, sort, kind } = view;
    const option = (value: string, label: string, chosen: boolean) =>
      html`<option value=${value} ?selected=${chosen}>${label}</option>`;
    return html`<div part="controls" class="controls" role="group" aria-label=${words.filters}>
      <div class="field search-field">
        <label for="search">${words.search}</label>
        <input
          part="search"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-hint"
          .value=${filter.query}
          @input=${this.onSearch}
        />
        <span id="search-hint" class="hint">${words.searchHint}</span>
      </div>
      <div class="field">
        <label for="region">${words.region}</label>
        <select id="region" @change=${this.onRegion}>
          ${option('', words.anyRegion, filter.region === undefined)}
          ${model.regions.map((region) => option(region, region, filter.region === region))}
          ${model.withoutRegion ? option(NONE, words.noRegion, filter.region === NONE) : nothing}
        </select>
      </div>
      <div class="field">
        <label for="wave">${words.wave}</label>
        <select id="wave" @change=${this.onWave}>
          ${option('', words.anyWave, filter.wave === undefined)}
          ${model.waves.map((wave) => option(String(wave), words.waveNumber(wave), filter.wave === wave))}
          ${model.withoutWave ? option(NONE, words.noWave, filter.wave === NONE) : nothing}
        </select>
      </div>
      <div class="field">
        <label for="status">${words.status}</label>
        <select id="status" @change=${this.onStatus}>
          ${option('', words.anyStatus, filter.status === undefined)}
          ${statuses.map((status) => option(status, words.statuses[status], filter.status === status))}
        </select>
      </div>
      <div class="field">
        <label for="confirmed">${words.confirmed}</label>
        <select id="confirmed" @change=${this.onConfirmed}>
          ${option('', words.anyConfirmation, filter.confirmed === undefined)}
          ${confirmations.map((confirmed) =>
            option(confirmed, words.confirmations[confirmed], filter.confirmed === confirmed),
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort">${words.sort}</label>
        <select id="sort" @change=${this.onSort}>
          ${sorts.map((value) => option(value, words.sorts[value], sort === value))}
        </select>
      </div>
      <div class="field check">
        <input
          id="case-study"
          type="checkbox"
          .checked=${filter.caseStudy}
          @change=${this.onCaseStudy}
        />
        <label for="case-study">${words.caseStudyOnly}</label>
      </div>
      <fieldset class="field views">
        <legend>${words.view}</legend>
        ${views.map(
          (value) =>
            html`<label class="radio"
              ><input
                type="radio"
                name="view"
                value=${value}
                .checked=${kind === value}
                @change=${this.onView}
              />${words.views[value]}</label
            >`,
        )}
      </fieldset>
    </div>`;
  }

  private renderItem(view: DirectoryView, position: number): TemplateResult {
    const area = view.model.areas[view.shown[position]!]!;
    const selected = position === view.selected;
    const where = whereOf(area);
    const facts = [
      area.region ?? words.noRegion,
      ...(area.wave !== undefined ? [words.waveNumber(area.wave)] : []),
      ...(area.status ? [words.statuses[area.status]] : []),
    ].join(' · ');
    return html`<div
      part="item${selected ? ' selected' : ''}"
      class="item${selected ? ' is-selected' : ''}${view.kind === 'list' ? ' vrow' : ''}"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      aria-setsize=${view.shown.length}
      aria-posinset=${position + 1}
      tabindex=${position === this.active ? 0 : -1}
      data-position=${position}
    >
      <span class="tick" aria-hidden="true">✓</span>
      <span part="name" class="name">${area.name}</span>
      <span class="facts">
        ${where ? html`<span class="where">${where}</span>` : nothing}
        <span class="more">${facts}</span>
      </span>
      ${
        area.caseStudy || area.confirmed === false
          ? html`<span class="flags">
              ${
                area.caseStudy
                  ? html`<span part="case-study" class="tag">${words.caseStudy}</span>`
                  : nothing
              }
              ${
                area.confirmed === false
                  ? html`<span part="unconfirmed" class="tag unconfirmed"
                      ><span class="mark" aria-hidden="true">!</span>${words.unconfirmed}</span
                    >`
                  : nothing
              }
            </span>`
          : nothing
      }
    </div>`;
  }

  private renderRows(view: DirectoryView, rows: number[]) {
    if (view.kind === 'list') return rows.map((row) => this.renderItem(view, row));
    return rows.map((row) => {
      const first = row * view.columns;
      const last = Math.min(first + view.columns, view.shown.length);
      const positions = Array.from({ length: last - first }, (_, i) => first + i);
      return html`<div class="vrow card-row" role="none">
        ${positions.map((position) => this.renderItem(view, position))}
      </div>`;
    });
  }

  private renderEmpty(view: DirectoryView) {
    const { filter } = view;
    const narrowing: string[] = [];
    const changes: string[] = [];
    const query = filter.query.trim();
    if (query) changes.push(words.changes.query);
    if (filter.region) {
      narrowing.push(
        filter.region === NONE ? words.narrowing.noRegion : words.narrowing.region(filter.region),
      );
      changes.push(words.changes.region);
    }
    if (filter.wave !== undefined) {
      narrowing.push(
        filter.wave === NONE ? words.narrowing.noWave : words.narrowing.wave(filter.wave),
      );
      changes.push(words.changes.wave);
    }
    if (filter.caseStudy) {
      narrowing.push(words.narrowing.caseStudy);
      changes.push(words.changes.caseStudy);
    }
    if (filter.status) {
      narrowing.push(words.narrowing.status[filter.status]);
      changes.push(words.changes.status);
    }
    if (filter.confirmed) {
      narrowing.push(words.narrowing.confirmed[filter.confirmed]);
      changes.push(words.changes.confirmed);
    }
    return html`<div part="empty" class="empty">
      <p>${words.empty(query, narrowing, changes)}</p>
      <button type="button" class="clear" @click=${this.clearFilters}>${words.clear}</button>
    </div>`;
  }

  private renderSourceList() {
    const sources = this.sources?.sources ?? [];
    return html`<details part="sources" class="sources" @toggle=${this.onSourcesToggle}>
      <summary>${words.sources(sources.length)}</summary>
      ${
        // 15,000 areas may cite thousands of pages: the links are made only when asked for.
        this.sourcesOpen
          ? html`<ol>
              ${sources.map(
                (source) =>
                  html`<li>
                    <a href=${source.url} rel="noopener noreferrer">${source.title}</a>
                  </li>`,
              )}
            </ol>`
          : nothing
      }
    </details>`;
  }

  protected override renderView(view: DirectoryView) {
    const { model, shown, window, kind, columns } = view;
    const { leading, trailing, gaps } = window;
    const filtered = isFiltered(view.filter);
    return html`<div part="header" class="header">
        <div part="title" class="title" id="title" role="heading" aria-level=${this.level}>
          ${words.title}
        </div>
        <p part="takeaway" class="takeaway">
          ${words.takeaway(model.areas.length, model.regions.length, model.withoutRegion)}
        </p>
      </div>
      ${view.notices.map((message) => this.renderNotice(message))} ${this.renderControls(view)}
      <div class="bar">
        <p
          part="count"
          class="count"
          id="count"
          role="status"
          aria-live="polite"
          aria-atomic="true"
        >
          ${words.count(shown.length, model.areas.length)}
        </p>
        ${
          filtered && shown.length
            ? html`<button part="clear" type="button" class="clear" @click=${this.clearFilters}>
                ${words.clear}
              </button>`
            : nothing
        }
      </div>
      ${
        shown.length === 0
          ? this.renderEmpty(view)
          : html`<div part="scroller" class="scroller">
              <div
                part="list"
                class="listbox ${kind}"
                role="listbox"
                aria-label=${words.listLabel}
                aria-describedby="count"
                aria-orientation=${kind === 'list' ? 'vertical' : nothing}
                ${cssProperties({ '--_columns': columns })}
                @keydown=${this.onKeydown}
                @click=${this.onClick}
                @focusin=${this.onFocusin}
                @focusout=${this.onFocusout}
              >
                ${this.rows.spacer(gaps[0])} ${this.renderRows(view, leading)}
                ${this.rows.spacer(gaps[1])} ${this.renderRows(view, trailing)}
                ${this.rows.spacer(gaps[2])}
              </div>
            </div>`
      }
      ${this.renderSourceList()}`;
  }
}
