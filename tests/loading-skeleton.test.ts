import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { widgets } from '../src/widgets/registry.js';
import type { ReservedHeights } from '../src/widgets/registry.js';
import type { BlElement } from '../src/base/bl-element.js';
import { openPage, shadow } from './support/helpers.js';

/**
 * While a widget loads it keeps the room its registry entry reserves for it, so the page around it does
 * not move when it draws: before its code arrives (the loader's rules for an undefined tag) and
 * while its data loads (the base's skeleton). The skeleton says it is loading in a status and
 * stays still for a reader who asks for less motion.
 */

/** Every widget that draws, with its reserved room. */
const reserved = widgets
  .filter((descriptor) => descriptor.dataDriven)
  .map((descriptor) => ({ ...descriptor, reserve: descriptor.reserve! }));
const columnWidth = 600;

/** The registry's height at `width` em, read as straight lines between its points. */
function expectedEm(heights: ReservedHeights, width: number): number {
  const points = Object.entries(heights).map(([w, h]) => [Number(w), h] as const);
  const last = points[points.length - 1]!;
  if (width >= last[0]) return last[1];
  const segment = points.findIndex(([w], index) => index > 0 && width <= w);
  const [[w0, h0], [w1, h1]] = [points[Math.max(segment, 1) - 1]!, points[Math.max(segment, 1)]!];
  return h0 + ((h1 - h0) * (width - w0)) / (w1 - w0);
}

/** A column of `columnWidth` px, a size container as a partner's layout column would be. */
function column(doc: Document = document): HTMLElement {
  const element = doc.createElement('div');
  element.style.width = `${columnWidth}px`;
  element.style.containerType = 'inline-size';
  (doc.getElementById('column') ?? doc.body).append(element);
  return element;
}

/** A widget under a provider whose data never arrives, so it stays in its loading state. */
async function loading(tag: string, attributes: Record<string, string> = {}) {
  const programme = document.createElement('bl-programme') as HTMLElement & {
    src: string;
    timeout: number;
  };
  programme.src = `/fault/hang?id=${Math.random()}`;
  programme.timeout = 60_000;
  const widget = document.createElement(tag) as BlElement;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  programme.append(widget);
  column().append(programme);
  await widget.updateComplete;
  await waitUntil(() => shadow(widget).querySelector('.skeleton'), `<${tag}> shows no skeleton`);
  return widget;
}

const em = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

/** Whether this engine lets a test turn forced colours on: Chromium's protocol does, no other. */
const forcedColorsEmulable =
  (await executeServerCommand<boolean, undefined>('forced-colors-emulable')) === true;

describe('the loading skeleton', () => {
  it('has a reserved size for every widget that draws, and for no other tag', () => {
    for (const { tag, reserve } of reserved) expect(reserve, tag).to.not.equal(undefined);
    const reserving = widgets.filter((descriptor) => descriptor.reserve);
    expect(reserving.map(({ tag }) => tag)).to.deep.equal(reserved.map(({ tag }) => tag));
  });

  afterEach(async () => {
    document.body.replaceChildren();
    if (forcedColorsEmulable) await emulateMedia({ reducedMotion: 'no-preference' });
    if (forcedColorsEmulable) await executeServerCommand('forced-colors', { active: false });
  });

  for (const descriptor of reserved) {
    it(`<${descriptor.tag}> keeps the height reserved for it`, async () => {
      // Which area or outcome it shows does not matter while nothing has arrived.
      const ids = (descriptor.embed?.attributes ?? [])
        .filter((attribute) => attribute.kind === 'area' || attribute.kind === 'outcome')
        .map((attribute) => [attribute.name, `some-${attribute.kind}`]);
      const widget = await loading(descriptor.tag, Object.fromEntries(ids));
      const skeleton = shadow(widget).querySelector('.skeleton')!;
      const width = columnWidth / em(widget);
      const expected = expectedEm(descriptor.reserve.heights, width) * em(widget);
      expect(skeleton.getBoundingClientRect().height).to.be.closeTo(expected, 1.5);
    });
  }

  it('gives a variant that changes the size its own height', async () => {
    const card = await loading('bl-area-card', { variant: 'compact' });
    const heights = reserved.find(({ tag }) => tag === 'bl-area-card')!.reserve.when!.variant!
      .compact!;
    const expected = expectedEm(heights, columnWidth / em(card)) * em(card);
    const skeleton = shadow(card).querySelector('.skeleton')!;
    expect(skeleton.getBoundingClientRect().height).to.be.closeTo(expected, 1.5);
  });

  it('says it is loading in a status and hides its shapes from screen readers', async () => {
    const widget = await loading('bl-timeline');
    const status = shadow(widget).querySelector('[part="loading"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Loading data…');
    const shapes = [...status.querySelectorAll('.bone')];
    expect(shapes).to.have.length(3);
    for (const shape of shapes) expect(shape.getAttribute('aria-hidden')).to.equal('true');
    await expect(widget).to.be.accessible();
  });

  // Emulating the reader's preference needs Chromium's protocol too.
  if (forcedColorsEmulable)
    it('pulses, and stays still for a reader who asks for less motion (Chromium only: no other engine lets a test set the preference)', async () => {
      const widget = await loading('bl-outcomes');
      const bone = shadow(widget).querySelector('.bone')!;
      expect(getComputedStyle(bone).animationName).to.equal('bl-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(bone).animationName).to.equal('none');
    });

  // The one check that needs forced colours turned on, which only Chromium lets a test do.
  if (forcedColorsEmulable)
    it('keeps its shapes visible as outlines in forced colours (Chromium only: no other engine lets a test turn them on)', async () => {
      const widget = await loading('bl-spend');
      const bone = shadow(widget).querySelector('.bone')!;
      await executeServerCommand('forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(
        true,
      );
      const style = getComputedStyle(bone);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopWidth).to.equal('1px');
      expect(style.animationName).to.equal('none');
    });
});

describe('the loader before a widget is defined', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('gives every registered tag its reserved room until its code arrives', async () => {
    const { view } = await openPage('/tests/fixtures/loader-only.html', columnWidth + 100);
    const doc = view.document;
    await waitUntil(() => doc.adoptedStyleSheets.length === 1, 'the loader added no rules');
    for (const descriptor of reserved) {
      const holder = column(doc);
      const element = doc.createElement(descriptor.tag);
      holder.append(element);
      // Measured in the same task: the widget's module cannot have arrived yet.
      const { height, width } = element.getBoundingClientRect();
      expect(view.customElements.get(descriptor.tag), descriptor.tag).to.equal(undefined);
      const size = parseFloat(view.getComputedStyle(element).fontSize);
      const expected = expectedEm(descriptor.reserve.heights, columnWidth / size) * size;
      expect(height, descriptor.tag).to.be.closeTo(expected, 1.5);
      if (descriptor.reserve.inline) {
        expect(width, descriptor.tag).to.be.at.least(descriptor.reserve.inline * size - 0.5);
      }
      holder.remove();
    }
  });
});
