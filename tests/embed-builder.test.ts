import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/widgets/programme/define.js';
import '../src/widgets/embed-builder/define.js';
import type { BlEmbedBuilder } from '../src/widgets/embed-builder/embed-builder.js';
import type { BlElement } from '../src/base/bl-element.js';
import { embeddableWidgets } from '../src/widgets/registry.js';
import { defineWidgets } from './support/page-health.js';
import { query, settled, shadow, textOf } from './support/helpers.js';
import { cardDataset } from './fixtures/card-dataset.js';
import { otherProgramme } from './fixtures/other-programme.js';
import { readSheets } from '../src/data/sheets/index.js';

const base = 'https://cdn.example/blw/';
const dataSrc = 'https://data.example/rivers.json';
const scriptLine = `<script type="module" src="${base}big-local-widgets.min.js"></script>`;

async function builderIn(
  data: unknown,
  options: { dataSrc?: string; src?: string; theme?: 'light' | 'dark' } = {},
) {
  const programme = await fixture(
    html`<bl-programme .data=${data} src=${ifDefined(options.src)}
      ><bl-embed-builder
        base-url=${base}
        data-src=${ifDefined(options.dataSrc)}
        theme=${ifDefined(options.theme)}
      ></bl-embed-builder
    ></bl-programme>`,
  );
  const builder = programme.querySelector('bl-embed-builder')!;
  await settled(builder);
  return builder;
}

const snippetOf = (builder: BlEmbedBuilder) =>
  query<HTMLTextAreaElement>(builder, '[part="snippet"]').value;

const select = (builder: BlEmbedBuilder, name: string) =>
  shadow(builder).querySelector<HTMLSelectElement>(`select[name="${name}"]`);

/** The option labels of a select, as a reader hears them. */
const choices = (builder: BlEmbedBuilder, name: string) =>
  [...select(builder, name)!.options].map((option) => textOf(option));

/** Chooses as a reader does: the select's value changes and it fires `change`. */
async function choose(builder: BlEmbedBuilder, name: string, value: string) {
  const control = select(builder, name);
  if (!control) throw new Error(`no ${name} control`);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

async function chooseFormat(builder: BlEmbedBuilder, format: 'script' | 'iframe') {
  query<HTMLInputElement>(builder, `input[name="format"][value="${format}"]`).click();
  await builder.updateComplete;
}

/** The widget the preview shows, once it has rendered. */
async function previewOf(builder: BlEmbedBuilder) {
  const preview = [...query(builder, '[part="preview"]').children].find((child) =>
    child.localName.startsWith('bl-'),
  ) as BlElement | undefined;
  if (!preview) throw new Error('no preview');
  await settled(preview);
  return preview;
}

/** What a reader gets from a widget: its heading, or its meters' value texts. */
async function readingOf(widget: Element): Promise<string[]> {
  if (widget.localName === 'bl-area-card') {
    await settled(widget as BlElement);
    return [textOf(query(widget, '[role="heading"]'))];
  }
  const rings =
    widget.localName === 'bl-outcome-ring' ? [widget] : (await waitForRings(widget)).flat();
  return Promise.all(
    rings.map(async (ring) => {
      await waitUntil(() => ring.shadowRoot?.querySelector('[role="meter"]'), 'no meter');
      return query(ring, '[role="meter"]').getAttribute('aria-valuetext') ?? '';
    }),
  );
}

async function waitForRings(widget: Element) {
  await waitUntil(() => widget.shadowRoot?.querySelector('bl-outcome-ring'), 'no rings');
  return [...shadow(widget).querySelectorAll('bl-outcome-ring')];
}

const pastes: HTMLElement[] = [];

/** Pastes a snippet into a fresh container, without its script line: this page defines the tags. */
function paste(snippet: string): HTMLElement {
  const container = document.createElement('div');
  pastes.push(container);
  const markup = snippet.split('\n').slice(1).join('\n');
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  return container;
}

describe('bl-embed-builder', () => {
  // The builder offers the widgets the page defines: here, every one in the registry.
  before(() => defineWidgets());
  afterEach(() => pastes.splice(0).forEach((container) => container.remove()));

  it('offers spreadsheet templates of the data’s framework that read back to it', async () => {
    const data = otherProgramme();
    const builder = await builderIn(data);
    // Each button saves its file: catch the link it clicks, and read what the link holds.
    const saved: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this);
    };
    try {
      for (const button of shadow(builder).querySelectorAll<HTMLButtonElement>(
        '[part="template"]',
      )) {
        button.click();
      }
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const files: Record<string, string> = Object.fromEntries(
      await Promise.all(
        saved.map(async (link) => [link.download, await (await fetch(link.href)).text()]),
      ),
    );
    expect(saved.every((link) => link.href.startsWith('blob:'))).to.equal(true);
    expect(Object.keys(files)).to.include.members(['areas.csv', 'assessments.csv', 'outcomes.csv']);
    const [header] = files['assessments.csv']!.split('\n');
    const ids = [...data.outcomes, ...data.factors].map((item) => item.id);
    expect(header!.split(',')).to.deep.equal(['area', 'year', ...ids]);
    // Filled in with one level, the templates read back as the same framework.
    const [, firstRow] = files['assessments.csv']!.split('\n');
    const cells = firstRow!.split(',');
    cells[1] = '2024';
    cells[2] = '0';
    files['assessments.csv'] = `${header}\n${cells.join(',')}\n`;
    const { dataset, problems } = readSheets(files);
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).to.deep.equal([]);
    expect(dataset!.outcomes.map((outcome) => outcome.id)).to.deep.equal(
      data.outcomes.map((outcome) => outcome.id),
    );
    expect(dataset!.assessments).to.have.length(1);
    expect(dataset!.assessments[0]!.outcomes[data.outcomes[0]!.id]).to.equal(0);
  });

  it('writes an exact script-tag snippet for a dataset that is not Big Local’s', async () => {
    const builder = await builderIn(cardDataset(), { dataSrc });
    // Every widget an embed can show, in the registry's order, each under a name of its own.
    expect([...select(builder, 'widget')!.options].map((option) => option.value)).to.deep.equal(
      embeddableWidgets().map((widget) => widget.name),
    );
    const labels = choices(builder, 'widget');
    expect(labels.slice(0, 3)).to.deep.equal([
      'Area card',
      'Outcome rings of an area',
      'One outcome ring',
    ]);
    expect(new Set(labels).size).to.equal(labels.length);
    expect(choices(builder, 'area'), 'areas sorted by name').to.deep.equal([
      'Lock Side',
      'Quiet Bank',
      'Weir End',
    ]);
    expect(snippetOf(builder)).to.equal(
      `${scriptLine}\n<bl-programme src="${dataSrc}">\n` +
        `  <bl-area-card area="lock-side"></bl-area-card>\n</bl-programme>`,
    );
    expect(shadow(builder).querySelector('[part="notice"]')).to.equal(null);
  });

  it('updates the snippet and the preview as the reader chooses widget, area and options', async () => {
    const builder = await builderIn(cardDataset(), { dataSrc });
    await choose(builder, 'area', 'weir-end');
    await choose(builder, 'variant', 'compact');
    expect(snippetOf(builder)).to.contain(
      '  <bl-area-card area="weir-end" variant="compact"></bl-area-card>\n',
    );
    let preview = await previewOf(builder);
    expect(preview.localName).to.equal('bl-area-card');
    expect(preview.getAttribute('variant')).to.equal('compact');
    expect(await readingOf(preview)).to.deep.equal(['Weir End']);

    await choose(builder, 'widget', 'outcome-rings');
    expect(select(builder, 'variant'), 'rings have no layout choice').to.equal(null);
    expect(choices(builder, 'year')).to.deep.equal(['Latest', '2022', '2018']);
    await choose(builder, 'year', '2018');
    await choose(builder, 'theme', 'dark');
    expect(snippetOf(builder)).to.contain(
      '  <bl-outcome-rings area="weir-end" year="2018" theme="dark"></bl-outcome-rings>\n',
    );
    preview = await previewOf(builder);
    expect(textOf(query(preview, '[part="caption"]'))).to.equal('Weir End: outcomes in 2018');
    expect(preview.getAttribute('theme')).to.equal('dark');

    await choose(builder, 'widget', 'outcome-ring');
    expect(choices(builder, 'outcome')).to.deep.equal([
      'Cleaner water in the river',
      'A boat club run by residents',
      'A flood plan people trust',
    ]);
    await choose(builder, 'outcome', 'boat-club');
    expect(snippetOf(builder)).to.contain(
      '  <bl-outcome-ring outcome="boat-club" area="weir-end" year="2018" theme="dark">' +
        '</bl-outcome-ring>\n',
    );
    preview = await previewOf(builder);
    expect(await readingOf(preview)).to.deep.equal(['Stirring (level 1 of 2) in 2018']);

    // An area with no assessments has no years to choose, and the year is dropped.
    await choose(builder, 'area', 'no-data');
    expect(select(builder, 'year')).to.equal(null);
    expect(snippetOf(builder)).to.contain(
      '<bl-outcome-ring outcome="boat-club" area="no-data" theme="dark"></bl-outcome-ring>',
    );
  });

  it('is operable from the keyboard: selects and the format radios answer arrow keys', async () => {
    const builder = await builderIn(cardDataset(), { dataSrc });
    select(builder, 'widget')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    expect(snippetOf(builder)).to.contain('<bl-outcome-rings area="lock-side">');
    query<HTMLInputElement>(builder, 'input[value="script"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    expect(snippetOf(builder)).to.match(/^<iframe /);
  });

  it('writes an exact iframe snippet whose query embed.html reads back', async () => {
    const builder = await builderIn(cardDataset(), { dataSrc });
    await choose(builder, 'area', 'weir-end');
    await choose(builder, 'variant', 'compact');
    await choose(builder, 'theme', 'dark');
    await chooseFormat(builder, 'iframe');
    const snippet = snippetOf(builder);
    expect(snippet).to.equal(
      `<iframe src="${base}embed.html?widget=area-card&amp;area=weir-end&amp;variant=compact` +
        `&amp;src=https%3A%2F%2Fdata.example%2Frivers.json&amp;theme=dark" ` +
        `title="River towns fund: Weir End area card" width="100%" height="480" ` +
        `loading="lazy"></iframe>\n<script src="${base}embed.js" defer></script>`,
    );
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const url = new URL(parsed.querySelector('iframe')!.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal(`${base}embed.html`);
    expect([...url.searchParams]).to.deep.equal([
      ['widget', 'area-card'],
      ['area', 'weir-end'],
      ['variant', 'compact'],
      ['src', dataSrc],
      ['theme', 'dark'],
    ]);
    expect(parsed.querySelector('script')!.getAttribute('src')).to.equal(`${base}embed.js`);
    // The iframe format previews the same widget, not a frame.
    expect(shadow(builder).querySelector('iframe')).to.equal(null);
    expect((await previewOf(builder)).getAttribute('variant')).to.equal('compact');

    await choose(builder, 'widget', 'outcome-ring');
    await choose(builder, 'year', '2022');
    const ring = new URL(
      new DOMParser()
        .parseFromString(snippetOf(builder), 'text/html')
        .querySelector('iframe')!
        .getAttribute('src')!,
    );
    expect(Object.fromEntries(ring.searchParams)).to.deep.equal({
      widget: 'outcome-ring',
      outcome: 'clean-water',
      area: 'weir-end',
      src: dataSrc,
      year: '2022',
      theme: 'dark',
    });
  });

  it('escapes hostile ids, names and addresses, and they survive the round trip', async () => {
    const data = cardDataset();
    const id = `"><script>alert(1)</script>&'x`;
    const name = `<img src=x onerror=alert(1)> & "Sons"`;
    Object.assign(data.areas[0]!, { id, name });
    for (const assessment of data.assessments) {
      if (assessment.area === 'weir-end') assessment.area = id;
    }
    const hostileSrc = `https://data.example/a.json?x="><b>&y='1'`;
    const builder = await builderIn(data, { dataSrc: hostileSrc });
    expect(choices(builder, 'area')).to.include(name);
    await choose(builder, 'area', id);
    expect(snippetOf(builder)).to.equal(
      `${scriptLine}\n` +
        `<bl-programme src="https://data.example/a.json?x=&quot;&gt;&lt;b&gt;&amp;y=&#39;1&#39;">\n` +
        `  <bl-area-card area="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;x">` +
        `</bl-area-card>\n</bl-programme>`,
    );
    const parsed = new DOMParser().parseFromString(snippetOf(builder), 'text/html');
    expect(parsed.querySelectorAll('script')).to.have.length(1);
    expect(parsed.querySelector('img, b')).to.equal(null);
    expect(parsed.querySelector('bl-area-card')!.getAttribute('area')).to.equal(id);
    expect(parsed.querySelector('bl-programme')!.getAttribute('src')).to.equal(hostileSrc);

    await chooseFormat(builder, 'iframe');
    const frame = new DOMParser()
      .parseFromString(snippetOf(builder), 'text/html')
      .querySelector('iframe')!;
    expect(frame.title).to.equal(`River towns fund: ${name} area card`);
    expect(new URL(frame.getAttribute('src')!).searchParams.get('area')).to.equal(id);
    expect(new URL(frame.getAttribute('src')!).searchParams.get('src')).to.equal(hostileSrc);
    expect(await readingOf(await previewOf(builder))).to.deep.equal([name]);
  });

  it('round-trips: the pasted script-tag snippet shows the same widget with the same data', async () => {
    const data = cardDataset();
    const blob = URL.createObjectURL(
      new Blob([JSON.stringify(data)], { type: 'application/json' }),
    );
    try {
      // No data-src: the builder gives the snippet its provider's address.
      const builder = await builderIn(undefined, { src: blob });
      for (const [widget, settle] of [
        ['area-card', () => choose(builder, 'variant', 'compact')],
        ['outcome-rings', () => choose(builder, 'year', '2018')],
        ['outcome-ring', () => choose(builder, 'outcome', 'flood-plan')],
      ] as const) {
        await choose(builder, 'widget', widget);
        await choose(builder, 'area', 'weir-end');
        await settle();
        const snippet = snippetOf(builder);
        expect(snippet).to.contain(`<bl-programme src="${blob}">`);
        const container = paste(snippet);
        const pasted = container.querySelector(`bl-programme > bl-${widget}`);
        expect(pasted, widget).to.not.equal(null);
        const expected = await readingOf(await previewOf(builder));
        expect(expected.length, widget).to.be.greaterThan(0);
        await settled(pasted as BlElement);
        expect(await readingOf(pasted!), widget).to.deep.equal(expected);
      }
    } finally {
      URL.revokeObjectURL(blob);
    }
  });

  it('round-trips with the embedded default, and its base address is the package’s dist root', async () => {
    const builder = await fixture<BlEmbedBuilder>(html`<bl-embed-builder></bl-embed-builder>`);
    await settled(builder);
    // Served from src/ here; from dist/ in the package, both two levels above the module.
    expect(builder.baseUrl).to.equal(new URL('/src/', location.href).href);
    const snippet = snippetOf(builder);
    const [script, tag, ...rest] = snippet.split('\n');
    expect(script).to.equal(
      `<script type="module" src="${builder.baseUrl}big-local-widgets.min.js"></script>`,
    );
    expect(tag).to.match(/^<bl-area-card area="[a-z0-9-]+"><\/bl-area-card>$/);
    expect(rest).to.deep.equal([]);
    expect(shadow(builder).querySelector('[part="notice"]')).to.equal(null);
    const container = paste(snippet);
    expect(await readingOf(container.querySelector('bl-area-card')!)).to.deep.equal(
      await readingOf(await previewOf(builder)),
    );
  });

  it('says when the data has no address to give the snippet', async () => {
    const builder = await builderIn(cardDataset());
    expect(textOf(query(builder, '[part="notice"]'))).to.contain('Set data-src');
    expect(snippetOf(builder)).to.equal(
      `${scriptLine}\n<bl-area-card area="lock-side"></bl-area-card>`,
    );
  });

  describe('copying', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    const setClipboard = (value: unknown) =>
      Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies with one button, says so politely and fires bl-embed-copy', async () => {
      const written: string[] = [];
      setClipboard({ writeText: async (value: string) => void written.push(value) });
      const builder = await builderIn(cardDataset(), { dataSrc });
      const button = query<HTMLButtonElement>(builder, '[part="copy"]');
      expect(textOf(button)).to.equal('Copy snippet');
      const status = query(builder, '[part="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      button.focus();
      const fired = oneEvent(builder, 'bl-embed-copy');
      await sendKeys({ press: 'Enter' });
      const event = await fired;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ snippet: snippetOf(builder), copied: true });
      expect(written).to.deep.equal([snippetOf(builder)]);
      await builder.updateComplete;
      expect(textOf(status)).to.equal('Copied');
      // A new choice means a new snippet, not yet copied.
      await choose(builder, 'variant', 'compact');
      expect(textOf(status)).to.equal('');
    });

    it('selects the text for the reader when there is no clipboard', async () => {
      setClipboard(undefined);
      const builder = await builderIn(cardDataset(), { dataSrc });
      const fired = oneEvent(builder, 'bl-embed-copy');
      query<HTMLButtonElement>(builder, '[part="copy"]').click();
      const event = await fired;
      expect(event.detail.copied).to.equal(false);
      await builder.updateComplete;
      expect(textOf(query(builder, '[part="status"]'))).to.equal('Select the text and copy it');
      const field = query<HTMLTextAreaElement>(builder, '[part="snippet"]');
      expect(shadow(builder).activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    });
  });

  it('labels every control', async () => {
    const builder = await builderIn(cardDataset(), { dataSrc });
    await choose(builder, 'widget', 'outcome-ring');
    for (const control of shadow(builder).querySelectorAll('select, textarea')) {
      const label = control.closest('label');
      expect(label, control.getAttribute('name') ?? control.localName).to.not.equal(null);
      expect(textOf(label!).length).to.be.greaterThan(0);
    }
    expect(textOf(query(builder, 'legend'))).to.equal('Snippet format');
    const formats = [...shadow(builder).querySelectorAll('input[type="radio"]')].map((radio) =>
      textOf(radio.closest('label')!),
    );
    expect(formats).to.deep.equal(['Script tag', 'Iframe (for CMSs that strip scripts)']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const builder = await builderIn(cardDataset(), { dataSrc, theme });
      await choose(builder, 'area', 'weir-end');
      await waitForRings(query(await previewOf(builder), 'bl-outcome-rings'));
      await expect(builder).to.be.accessible();
      await choose(builder, 'widget', 'outcome-ring');
      await chooseFormat(builder, 'iframe');
      await previewOf(builder);
      await expect(builder).to.be.accessible();
    });
  }

  it('writes a snippet without an area for a widget that shows no one area', async () => {
    const builder = await builderIn(cardDataset(), { dataSrc });
    await choose(builder, 'widget', 'conditions-matrix');
    expect(select(builder, 'area'), 'the matrix has no area').to.equal(null);
    expect(snippetOf(builder)).to.equal(
      `${scriptLine}\n<bl-programme src="${dataSrc}">\n` +
        `  <bl-conditions-matrix></bl-conditions-matrix>\n</bl-programme>`,
    );
    await chooseFormat(builder, 'iframe');
    const frame = new DOMParser()
      .parseFromString(snippetOf(builder), 'text/html')
      .querySelector('iframe')!;
    expect(frame.title).to.equal('River towns fund: Conditions and Ways of working by area');
    expect(new URL(frame.src).searchParams.get('widget')).to.equal('conditions-matrix');
  });

  it('builds for another programme: its areas, its outcomes, its groups in the matrix’s title', async () => {
    const builder = await builderIn(otherProgramme(), { dataSrc });
    expect(choices(builder, 'widget')).to.include('Matrix of areas');
    expect(choices(builder, 'area')).to.deep.equal(['Fen End', 'Marrow Cross', 'North Holm']);
    await choose(builder, 'widget', 'outcome-ring');
    expect(choices(builder, 'outcome')).to.deep.equal([
      'Islanders have a say in what happens to their place',
      'People learn skills they keep using',
      'Getting to the mainland is easier',
      'Young families can find a home locally',
      'There is year-round work on the island',
      'People feel they belong here',
    ]);
    await choose(builder, 'widget', 'conditions-matrix');
    await chooseFormat(builder, 'iframe');
    const frame = new DOMParser()
      .parseFromString(snippetOf(builder), 'text/html')
      .querySelector('iframe')!;
    expect(frame.title).to.equal(
      'Skerry Islands Fund: Capabilities, Relationships and Resources by area',
    );
  });
});
