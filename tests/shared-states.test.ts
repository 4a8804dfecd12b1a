// What every data-driven widget shares through the base element, tested once over the registry
// (the suite is in support/shared-states.ts), and the one selection a `bl-programme` owns. A
// widget's own test file covers only what that widget adds.
import { expect, waitUntil } from '@open-wc/testing';
import { widgetNamed } from '../src/widgets/registry.js';
import type { BlElement } from '../src/base/bl-element.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { strings } from '../src/strings/index.js';
import { query, shadow, textOf } from './support/helpers.js';
import { createWidget, dataDrivenWidgets, defineWidgets } from './support/page-health.js';
import { cleanUp, describeSharedStates, place, ready, served } from './support/shared-states.js';
import { cardDataset } from './fixtures/card-dataset.js';

before(() => defineWidgets());

for (const descriptor of dataDrivenWidgets()) describeSharedStates(descriptor);

describe('one selection, owned by bl-programme', () => {
  afterEach(cleanUp);

  const card = () => widgetNamed('area-card')!;
  const rings = () => widgetNamed('outcome-rings')!;
  const matrix = () => widgetNamed('conditions-matrix')!;

  const compactCard = (area: string) => {
    const element = createWidget(card(), { area });
    element.setAttribute('variant', 'compact');
    return element;
  };
  const pressed = (element: Element) =>
    query(element, '[part="name"]').getAttribute('aria-pressed') === 'true';
  const caption = (element: Element) =>
    shadow(element).querySelector('[part="caption"]')
      ? textOf(query(element, '[part="caption"]'))
      : '';
  /** The matrix's area rows (the header rows have no row header). */
  const matrixRows = (element: Element) =>
    [...shadow(element).querySelectorAll<HTMLElement>('[role="grid"] [role="row"]')].filter((row) =>
      row.querySelector('[role="rowheader"]'),
    );
  const selectedRows = (element: Element) =>
    matrixRows(element)
      .filter((row) => row.getAttribute('aria-selected') === 'true')
      .map((row) => textOf(row.querySelector('[role="rowheader"]')!));

  async function page(extra: (programme: BlProgramme) => BlElement[] = () => []) {
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.data = cardDataset();
    const weirEnd = compactCard('weir-end');
    const lockSide = compactCard('lock-side');
    const follower = createWidget(rings(), {});
    const grid = createWidget(matrix(), {});
    programme.append(weirEnd, lockSide, follower, grid, ...extra(programme));
    place(programme);
    for (const widget of programme.querySelectorAll<BlElement>('*'))
      await waitUntil(() => ready(widget), `<${widget.localName}> did not render`);
    return { programme, weirEnd, lockSide, follower, grid };
  }

  it('a click on a compact card selects for the provider and every widget under it', async () => {
    const { programme, weirEnd, lockSide, follower, grid } = await page();
    expect(programme.hasAttribute('selected-area')).to.equal(false);
    expect(caption(follower)).to.equal('');
    query<HTMLButtonElement>(lockSide, '[part="name"]').click();
    await waitUntil(
      () => programme.getAttribute('selected-area') === 'lock-side',
      'the provider did not take the selection',
    );
    await waitUntil(() => pressed(lockSide), 'the clicked card does not show its selection');
    expect(pressed(weirEnd)).to.equal(false);
    await waitUntil(
      () => caption(follower) === strings.rings.caption('Lock Side', 2020),
      'the rings did not follow the selection',
    );
    await waitUntil(
      () => selectedRows(grid).join() === 'Lock Side',
      'the matrix did not follow the selection',
    );
  });

  it('a click on a matrix row selects for the provider and every widget under it', async () => {
    const { programme, weirEnd, lockSide, follower, grid } = await page();
    const row = matrixRows(grid).find(
      (candidate) => textOf(candidate.querySelector('[role="rowheader"]')!) === 'Weir End',
    )!;
    row.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await waitUntil(
      () => programme.getAttribute('selected-area') === 'weir-end',
      'the provider did not take the selection',
    );
    await waitUntil(() => pressed(weirEnd), 'the card did not follow the matrix');
    expect(pressed(lockSide)).to.equal(false);
    await waitUntil(
      () => caption(follower) === strings.rings.caption('Weir End', 2022),
      'the rings did not follow the matrix',
    );
    await waitUntil(() => selectedRows(grid).join() === 'Weir End', 'the row is not selected');
  });

  it('the provider’s selected-area attribute, set by the page, reaches every widget', async () => {
    const { programme, lockSide, follower, grid } = await page();
    programme.setAttribute('selected-area', 'lock-side');
    await waitUntil(() => pressed(lockSide), 'the card did not follow the attribute');
    await waitUntil(
      () => caption(follower) === strings.rings.caption('Lock Side', 2020),
      'the rings did not follow the attribute',
    );
    await waitUntil(() => selectedRows(grid).join() === 'Lock Side', 'the matrix did not follow');
  });

  it('a widget with its own src inside a bl-programme still follows the provider’s selection', async () => {
    const own = served(cardDataset());
    let ownRings: BlElement | undefined;
    const { programme, lockSide } = await page(() => {
      ownRings = createWidget(rings(), {});
      ownRings.src = own;
      return [ownRings];
    });
    query<HTMLButtonElement>(lockSide, '[part="name"]').click();
    await waitUntil(() => programme.getAttribute('selected-area') === 'lock-side');
    await waitUntil(
      () => caption(ownRings!) === strings.rings.caption('Lock Side', 2020),
      'the rings with their own src did not follow the provider',
    );
  });

  it('a widget with no provider keeps its own selection', async () => {
    const own = served(cardDataset());
    const [weirEnd, lockSide] = ['weir-end', 'lock-side'].map((area) => {
      const element = place(compactCard(area));
      element.src = own;
      return element;
    });
    for (const element of [weirEnd!, lockSide!])
      await waitUntil(() => ready(element), 'the card did not render');
    query<HTMLButtonElement>(weirEnd!, '[part="name"]').click();
    await waitUntil(() => pressed(weirEnd!), 'the card did not keep its own selection');
    // Without a provider there is nothing to share through: the other card is unaffected.
    expect(pressed(lockSide!)).to.equal(false);
    query<HTMLButtonElement>(lockSide!, '[part="name"]').click();
    await waitUntil(() => pressed(lockSide!), 'the second card did not keep its own selection');
    expect(pressed(weirEnd!), 'the first card keeps its own selection').to.equal(true);
  });
});
