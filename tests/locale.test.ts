import { expect, waitUntil } from '@open-wc/testing';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import type { BlElement } from '../src/base/bl-element.js';
import { localeChangeEvent, setLocale, strings } from '../src/strings/index.js';
import type { Catalogue, DeepPartial } from '../src/strings/index.js';
import { formatNumber, formatYear, plural } from '../src/format/number.js';
import { formatMoney, formatPercent } from '../src/format/figures.js';
import { formatList } from '../src/format/text.js';
import { validateDataset } from '../src/data/validate.js';
import { extraFile, sheetNames } from '../src/data/sheets/layout.js';
import { captureWarnings } from './support/helpers.js';
import {
  createWidget,
  dataDrivenWidgets,
  defineWidgets,
  watchPage,
} from './support/page-health.js';
import type { WidgetIds } from './support/page-health.js';
import { riverDataset } from './fixtures/datasets.js';

// The pseudo-locale: every wording the library owns, wrapped in markers with its letters
// accented, so that any English left on screen is either outside a marker or unaccented.
const open = '⟦';
const close = '⟧';
const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = [...'áƀçďéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁɃÇĎÉƑĜĤÍĴĶĻⱮÑÓÞǪŔŠŢÚṼŴẊÝŽ'];
const accent = (text: string) =>
  text.replace(/[a-zA-Z]/g, (letter) => accented[plain.indexOf(letter)]!);

type Block = { [key: string]: unknown };
const isBlock = (value: unknown): value is Block =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every string inside a value: the texts a wording was given, or a dataset's texts. A problem's
 * `found` is left out: it names a kind of value, which the catalogue words itself.
 */
function textsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) textsIn(item, into);
  else if (isBlock(value)) {
    for (const [key, item] of Object.entries(value)) if (key !== 'found') textsIn(item, into);
  }
  return into;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A wording's pseudo form: its English output with the wording's own letters accented and the
 * texts it was given (names from the dataset, ids from attributes) left as they came.
 */
function pseudoFunction(english: (...args: never[]) => unknown) {
  return (...args: never[]) => {
    const output = String(english(...args));
    const given = [...new Set(textsIn(args))].filter(Boolean).sort((a, b) => b.length - a.length);
    if (!given.length) return `${open}${accent(output)}${close}`;
    const pieces = output.split(new RegExp(`(${given.map(escape).join('|')})`));
    const words = pieces.map((piece, index) => (index % 2 ? piece : accent(piece))).join('');
    return `${open}${words}${close}`;
  };
}

/** The whole catalogue in pseudo form, made from English so that no wording is missed. */
function pseudoCatalogue(english: Block): Block {
  return Object.fromEntries(
    Object.entries(english)
      .filter(([key]) => key !== 'locale')
      .map(([key, value]) => [
        key,
        typeof value === 'string'
          ? `${open}${accent(value)}${close}`
          : typeof value === 'function'
            ? pseudoFunction(value as (...args: never[]) => unknown)
            : pseudoCatalogue(value as Block),
      ]),
  );
}

const copyOf = (block: Block): Block =>
  Object.fromEntries(
    Object.entries(block).map(([key, value]) => [key, isBlock(value) ? copyOf(value) : value]),
  );

/** A dataset whose figures show the locale's formats: 8000 people, pounds and euros. */
function localeDataset() {
  const data = riverDataset() as unknown as Record<string, unknown> & {
    areas: Record<string, unknown>[];
    assessments: Record<string, unknown>[];
    outcomes: Record<string, unknown>[];
  };
  Object.assign(data.areas[0]!, {
    region: 'Westmarch',
    population: 8000,
    funding: { amount: 1_234_567, currency: 'GBP' },
    partnership: 'sturdy',
    caseStudy: true,
    summary: 'Residents reopened the towpath.',
    priorities: ['Towpath repairs', 'Flood wardens'],
    website: 'https://weir-end.example/',
    sources: { funding: [{ title: 'Grant ledger', url: 'https://rivers.example/ledger' }] },
  });
  Object.assign(data.areas[1]!, {
    setting: 'coastal',
    population: 12_500,
    funding: { amount: 2_500_000, currency: 'EUR' },
  });
  data.facts = [
    {
      id: 'grant-total',
      label: 'Grant total',
      value: '£2m',
      number: 2_000_000,
      certainty: 'uncertain',
      source: { title: 'Annual report', url: 'https://rivers.example/report' },
    },
  ];
  return data;
}

/** The same with seven bad parts, so the partial-data notice lists five and counts the rest. */
function partialDataset() {
  const data = localeDataset();
  Object.assign(data.areas[0]!, { setting: 'lunar' });
  Object.assign(data.areas[1]!, { population: 'lots' });
  data.areas.push({ id: 'lock-side', name: 'Second Lock' });
  data.outcomes.push({ id: 'towpath', title: 'A towpath for all', scale: 'tides' });
  data.assessments.push({ area: 'atlantis', year: 2021 }, { area: 'weir-end', year: 'soon' });
  (data.facts as Record<string, unknown>[])[0]!.number = -5;
  return data;
}

const unknownArea = 'atlantis';
const unknownOutcome = 'nowhere';

/** Widgets a reader could meet: content, a second area, unknown ids, no assessment, bad parts. */
const scenes: [string, () => unknown, WidgetIds][] = [
  ['content', localeDataset, { area: 'weir-end', outcome: 'clean-water' }],
  ['a second area', localeDataset, { area: 'lock-side', outcome: 'boat-club' }],
  ['unknown ids', localeDataset, { area: unknownArea, outcome: unknownOutcome }],
  ['no assessment', localeDataset, { area: 'no-data', outcome: 'clean-water' }],
  ['no area chosen', localeDataset, {}],
  ['partial data', partialDataset, { area: 'weir-end', outcome: 'clean-water' }],
];

/** Turns on the optional parts that hold figures: the matrix's outcome percentages. */
function withEverything(widget: BlElement): BlElement {
  if (widget.localName === 'bl-conditions-matrix') widget.setAttribute('summary', '');
  return widget;
}

/** One of every data-driven widget of the registry in every scene, and each in an error state. */
async function renderScenes(container: HTMLElement): Promise<void> {
  const list = dataDrivenWidgets();
  await defineWidgets(list);
  for (const [name, data, ids] of scenes) {
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.dataset.scene = name;
    programme.data = data();
    programme.append(...list.map((descriptor) => withEverything(createWidget(descriptor, ids))));
    container.append(programme);
  }
  // Loading on their own, from a server that never answers: a timeout of 0.3 seconds shows
  // the decimal separator.
  const failing = list.map((descriptor) => {
    const widget = createWidget(descriptor, { area: 'weir-end', outcome: 'clean-water' });
    widget.setAttribute('src', '/fault/hang');
    widget.setAttribute('timeout', '300');
    return widget;
  });
  container.append(...failing);
  await waitUntil(
    () => failing.every((widget) => widget.shadowRoot?.querySelector('[part="error"]')),
    'a widget loading from a server that never answers did not show an error',
    { timeout: 5000 },
  );
  await settle(container);
}

/** Every widget under `root`, through shadow roots, nested widgets included. */
function widgetsIn(root: ParentNode): BlElement[] {
  const found: BlElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('bl-') && 'updateComplete' in element) {
      found.push(element as BlElement);
    }
    if (element.shadowRoot) found.push(...widgetsIn(element.shadowRoot));
  }
  return found;
}

/** Waits until no widget is loading or has an update pending, nested ones included. */
async function settle(container: HTMLElement): Promise<void> {
  await waitUntil(
    async () => {
      const all = widgetsIn(container);
      const done = await Promise.all(all.map((widget) => widget.updateComplete));
      return (
        done.every(Boolean) &&
        widgetsIn(container).length === all.length &&
        all.every(
          (widget) =>
            // Drawn (the provider draws only its slot), and not loading.
            (widget.localName === 'bl-programme' ||
              widget.shadowRoot?.querySelector('[part="base"]')) &&
            !widget.shadowRoot?.querySelector('[part="loading"]'),
        )
      );
    },
    'the widgets did not settle',
    { timeout: 5000 },
  );
}

/** What a reader (or a screen reader) meets: text, and the names and values read aloud. */
const spokenAttributes = [
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
];

interface Seen {
  text: string;
  /** Where it is: the scene, the widget tags and the element, e.g. `content bl-area-card > dt`. */
  where: string;
}

function seenIn(container: HTMLElement): Seen[] {
  const seen: Seen[] = [];
  const visit = (node: Node, where: string) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) seen.push({ text, where });
      return;
    }
    if (!(node instanceof Element)) {
      for (const child of node.childNodes) visit(child, where);
      return;
    }
    if (['style', 'script', 'template'].includes(node.localName)) return;
    const scene = node.getAttribute('data-scene');
    const here = scene ?? (node.localName.startsWith('bl-') ? `${where} ${node.localName}` : where);
    for (const name of spokenAttributes) {
      const value = node.getAttribute(name)?.trim();
      if (value) seen.push({ text: value, where: `${here} [${name}] on <${node.localName}>` });
    }
    if (node.shadowRoot) visit(node.shadowRoot, here);
    for (const child of node.childNodes) visit(child, `${here}`);
  };
  visit(container, 'page');
  return seen;
}

/**
 * Texts that are not the library's to translate: everything in the datasets, the ids the page
 * set, the JSON paths of problems and what they quote back (the values a field allows), and
 * the words `Intl` itself puts in lists ("oder").
 */
function foreignTexts(): string[] {
  const intlWords = ['conjunction', 'disjunction'].flatMap((type) =>
    formatList(['\u{E000}', '\u{E001}'], type as Intl.ListFormatType)
      .split(/[\u{E000}\u{E001}]/u)
      .map((part) => part.trim())
      .filter((part) => /\p{L}/u.test(part)),
  );
  const problems = scenes.flatMap(([, data]) => validateDataset(data()).problems);
  const paths = problems.flatMap((problem) => [problem.path, ...textsIn(problem.params)]);
  return [
    ...new Set([
      ...scenes.flatMap(([, data]) => textsIn(data())),
      // What validation adds is data too: the default groups, settings and partnership types
      // a schema-1 document gets are the dataset's text, not the library's own strings.
      ...scenes.flatMap(([, data]) => textsIn(validateDataset(data()).dataset)),
      ...paths,
      unknownArea,
      unknownOutcome,
      ...intlWords,
      // The file names of the sheets (the builder's templates) are the contract's, like paths.
      ...sheetNames.map((name) => `${name}.csv`),
      extraFile,
    ]),
  ]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/** What is outside every marker of `text`; `null` when the markers do not pair up. */
function outsideMarkers(text: string): string | null {
  let depth = 0;
  let outside = '';
  for (const character of text) {
    if (character === open) depth += 1;
    else if (character === close) {
      depth -= 1;
      if (depth < 0) return null;
    } else if (depth === 0) outside += character;
  }
  return depth === 0 ? outside : null;
}

/**
 * Library text that escaped the catalogue: any letter outside a marker (a wording kept in a
 * template or captured before the locale changed), and any unaccented letter inside one (an
 * English text handed to a wording), once the dataset's own texts are taken out.
 */
function leaks(container: HTMLElement): string[] {
  const foreign = foreignTexts();
  return seenIn(container).flatMap(({ text, where }) => {
    const own = foreign.reduce((rest, piece) => rest.split(piece).join(' '), text);
    const outside = outsideMarkers(own);
    if (outside === null) return [`${where}: unpaired markers in "${text}"`];
    if (/\p{L}/u.test(outside) || /[a-zA-Z]/.test(own)) return [`${where}: "${text}"`];
    return [];
  });
}

const allText = (container: HTMLElement) =>
  seenIn(container)
    .map(({ text }) => text)
    .join('\n');

describe('setLocale', () => {
  afterEach(() => setLocale('en-GB'));

  it('replaces wordings in place, so a block kept at module load sees them', () => {
    const kept = strings.embedBuilder;
    setLocale('de-DE', { embedBuilder: { copy: 'Kopieren' }, states: { loading: 'Lädt…' } });
    expect(kept.copy).to.equal('Kopieren');
    expect(strings.states.loading).to.equal('Lädt…');
    expect(strings.embedBuilder.preview, 'a wording left out stays English').to.equal('Preview');
    expect(strings.locale).to.equal('de-DE');
    setLocale('en-GB');
    expect(strings.embedBuilder).to.equal(kept);
    expect(kept.copy).to.equal('Copy snippet');
    expect(strings.states.loading).to.equal('Loading data…');
  });

  it('starts each call from English, so overrides do not pile up', () => {
    setLocale('fr-FR', { errors: { retry: 'Réessayer' }, card: { fields: { extra: 'En plus' } } });
    setLocale('de-DE', { errors: { title: 'Keine Daten.' } });
    expect(strings.errors.retry).to.equal('Retry');
    expect(strings.errors.title).to.equal('Keine Daten.');
    expect(strings.card.fields).to.not.have.property('extra');
  });

  it('tells every widget, once per call', () => {
    let heard = 0;
    const listener = () => (heard += 1);
    window.addEventListener(localeChangeEvent, listener);
    try {
      setLocale('de-DE');
      setLocale('en-GB');
    } finally {
      window.removeEventListener(localeChangeEvent, listener);
    }
    expect(localeChangeEvent).to.equal('bl-locale-change');
    expect(heard).to.equal(2);
  });

  it('refuses a malformed locale before changing anything', () => {
    setLocale('de-DE', { errors: { retry: 'Nochmal' } });
    expect(() => setLocale('not a locale!', { errors: { retry: 'x' } })).to.throw(RangeError);
    expect(strings.locale).to.equal('de-DE');
    expect(strings.errors.retry).to.equal('Nochmal');
  });

  it('keeps English, with a warning, where an override is of the wrong kind', () => {
    const warnings = captureWarnings();
    try {
      // As a catalogue read from JSON would give: text where English has a function.
      setLocale('de-DE', JSON.parse('{"card":{"sources":"Quellen","selected":"Gewählt"}}'));
    } finally {
      warnings.restore();
    }
    expect(strings.card.sources(2)).to.equal('Sources (2)');
    expect(strings.card.selected).to.equal('Gewählt');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('card.sources');
  });

  it('cannot be used to pollute prototypes', () => {
    setLocale('de-DE', JSON.parse('{"__proto__":{"polluted":true},"states":{"__proto__":{}}}'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(strings.states)).to.equal(Object.prototype);
  });

  it('drives numbers, money, percentages, years and plurals through Intl', () => {
    expect(formatNumber(8000)).to.equal('8,000');
    setLocale('de-DE');
    expect(formatNumber(8000)).to.equal('8.000');
    expect(formatNumber(0.5)).to.equal('0,5');
    expect(formatMoney({ amount: 234_567, currency: 'GBP' })).to.match(/^234\.567\s£$/);
    expect(formatMoney({ amount: 1_234_567, currency: 'GBP' })).to.match(/^1,23m\s£$/);
    expect(formatMoney({ amount: 2500, currency: 'EUR' })).to.match(/^2\.500\s€$/);
    expect(formatPercent(0.42)).to.match(/^42\s%$/);
    expect(formatYear(2024)).to.equal('2024');
    setLocale('pl-PL');
    const forms = { one: 'problem', few: 'problemy', many: 'problemów', other: 'problemu' };
    expect([1, 3, 5, 22, 1.5].map((count) => plural(count, forms))).to.deep.equal([
      'problem',
      'problemy',
      'problemów',
      'problemy',
      'problemu',
    ]);
    expect(plural(2, { other: 'any' }), 'a missing category falls back to other').to.equal('any');
  });

  it('words English counts with their plural forms', () => {
    expect(strings.dropped.parts.areas!(1)).to.equal('1 area');
    expect(strings.dropped.parts.areas!(1200)).to.equal('1,200 areas');
    expect(strings.dropped.problems(1)).to.equal('The problem');
    expect(strings.dropped.problems(1200)).to.equal('The 1,200 problems');
    expect(strings.loadErrors.problems(1)).to.equal(
      'the dataset has 1 problem; those parts were dropped:',
    );
    expect(strings.facts.unknown(['a'])).to.equal('There is no fact "a" in this dataset.');
    expect(strings.facts.unknown(['a', 'b'])).to.equal(
      'There are no facts "a" and "b" in this dataset.',
    );
  });
});

describe('a second locale on every widget', () => {
  let container: HTMLElement;
  let english: Block;
  let page: ReturnType<typeof watchPage>;
  let warnings: ReturnType<typeof captureWarnings>;

  beforeEach(() => {
    setLocale('en-GB');
    english = copyOf(strings as unknown as Block);
    container = document.createElement('div');
    document.body.append(container);
    page = watchPage();
    // Unknown ids and bad parts warn by design; what is asserted here is the page.
    warnings = captureWarnings();
  });

  afterEach(() => {
    warnings.restore();
    page.stop();
    setLocale('en-GB');
    container.remove();
  });

  const pseudo = () => pseudoCatalogue(english) as DeepPartial<Catalogue>;

  /** The de-DE formats, where the scenes put a figure: people, pounds, euros, a timeout. */
  function germanFigures(): string[] {
    const text = allText(container);
    const expected: [string, boolean][] = [
      ['8000 people as 8.000', text.includes('8.000')],
      // Millions with the catalogue's suffix, in the locale's digits and order.
      ['pounds as 1,23… £', /1,23\S*\s£/.test(text)],
      ['euros as 2,5… €', /2,5\S*\s€/.test(text)],
      ['a timeout of 0,3 seconds', text.includes('0,3')],
      ['percentages as 67 %', /\d\s%/.test(text)],
      ['no English grouping', !/\b(8|12|1,234|2,500),\d{3}\b/.test(text)],
      ['no English decimal point', !text.includes('0.3')],
      ['no English percentage', !/\d%/.test(text)],
      ['no grouped year', !/\b2\.0[12]\d\b/.test(text)],
    ];
    return expected.filter(([, ok]) => !ok).map(([name]) => name);
  }

  it('shows only the catalogue’s wordings and the locale’s formats when set before rendering', async () => {
    setLocale('de-DE', pseudo());
    await renderScenes(container);
    expect(leaks(container)).to.deep.equal([]);
    expect(germanFigures(), 'figures not formatted the de-DE way').to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('re-words every widget already on the page when the locale changes, and back', async () => {
    await renderScenes(container);
    expect(allText(container)).to.not.contain(open);
    setLocale('de-DE', pseudo());
    let found: string[] = [];
    await waitUntil(
      async () => {
        await settle(container);
        found = leaks(container);
        return found.length === 0;
      },
      'widgets kept English after setLocale',
      { timeout: 5000 },
    ).catch(() => undefined);
    expect(found).to.deep.equal([]);
    expect(germanFigures(), 'figures not formatted the de-DE way').to.deep.equal([]);
    setLocale('en-GB');
    await waitUntil(
      async () => {
        await settle(container);
        return !allText(container).includes(open);
      },
      'a pseudo-locale wording stayed after restoring en-GB',
      { timeout: 5000 },
    );
    expect(allText(container)).to.contain('8,000');
    expect(page.errors).to.deep.equal([]);
  });
});
