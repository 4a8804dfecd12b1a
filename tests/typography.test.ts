import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { embeddableWidgets } from '../src/widgets/registry.js';

/**
 * Text wraps between words, never inside one: a place name such as "Huntingdonshire" must not
 * end a line as "Huntingdonshir" with an "e" below, even in a 320 px column.
 */

/** Every shadow root under `root`, those of widgets inside widgets included. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : [],
  );
}

/** The words drawn over more than one line. Words of over 20 letters (addresses) may break. */
function wordsSplitAcrossLines(root: ParentNode): string[] {
  const split: string[] = [];
  for (const shadow of shadowRoots(root)) {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('style, .visually-hidden')) continue;
      for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}'’]+/gu)) {
        if (match[0].length > 20) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()]
            .filter((rect) => rect.width > 0)
            .map((rect) => Math.round(rect.top)),
        );
        if (lines.size > 1) split.push(match[0]);
      }
    }
  }
  return split;
}

describe('text wraps by word', () => {
  afterEach(() => document.body.replaceChildren());

  for (const { tag } of embeddableWidgets()) {
    it(`<${tag}> breaks no word across lines at 320 px`, async () => {
      const column = document.createElement('div');
      column.style.width = '320px';
      const widget = document.createElement(tag);
      // Ramsey's facts name the Huntingdonshire district.
      widget.setAttribute('area', 'ramsey');
      widget.setAttribute('outcome', 'identify-needs');
      column.append(widget);
      document.body.append(column);
      await waitUntil(
        () =>
          widget.shadowRoot?.querySelector('[part~="base"] > :not([part="loading"])') &&
          !shadowRoots(column).some((shadow) => shadow.querySelector('[part="loading"]')),
        `<${tag}> did not draw`,
        { timeout: 8000 },
      );
      await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(wordsSplitAcrossLines(column)).to.deep.equal([]);
    });
  }

  it('breaks no word in a grid of compact cards, as a partner lays them out', async () => {
    const grid = document.createElement('div');
    grid.style.cssText =
      'display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; width: 820px; font: 16px system-ui, sans-serif';
    for (const area of [
      'ramsey',
      'radstock-and-westfield',
      'grassland-hasmoor',
      'northfleet-north',
    ]) {
      grid.insertAdjacentHTML(
        'beforeend',
        `<bl-area-card variant="compact" area="${area}"></bl-area-card>`,
      );
    }
    document.body.append(grid);
    await waitUntil(
      () => [...grid.children].every((card) => card.shadowRoot?.querySelector('[part="facts"]')),
      'the cards did not draw',
      { timeout: 8000 },
    );
    expect(wordsSplitAcrossLines(grid)).to.deep.equal([]);
  });
});
