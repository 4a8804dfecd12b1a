// The states every data-driven widget shares through the base element, as a suite to run for
// one registry entry: loading, error and Retry, partial data, illustrative data and the theme.
// `tests/shared-states.test.ts` runs it for every registered widget; `tests/registry.test.ts`
// for a widget only the tests know, to show a new widget gets all of it from the base.
import { expect, waitUntil } from '@open-wc/testing';
import type { WidgetDescriptor } from '../../src/widgets/registry.js';
import type { BlProgramme } from '../../src/widgets/programme/programme.js';
import type { Dataset } from '../../src/data/types.js';
import { strings } from '../../src/strings/index.js';
import illustrative from '../../src/data/illustrative.json';
import { captureWarnings, query, shadow, textOf } from './helpers.js';
import { createWidget, firstIds, shadowRoots, stateOf } from './page-health.js';
import type { WidgetIds } from './page-health.js';
import { cardDataset } from '../fixtures/card-dataset.js';

/** The card dataset's ids: an area with assessments and one of its outcomes. */
const ids: WidgetIds = { area: 'weir-end', outcome: 'clean-water' };

/** Ids for what /fault/flaky serves once it answers: one area, no outcomes. */
const flakyIds: WidgetIds = { area: 'a', outcome: 'missing' };

/** Everything a test puts on the page, removed after it (which also aborts pending loads). */
const placed: Element[] = [];
export function place<T extends Element>(element: T, parent: Element = document.body): T {
  if (parent === document.body) placed.push(element);
  parent.append(element);
  return element;
}

/** A provider set up by `setup` holding the widget; both on the page. */
function inProvider(
  descriptor: WidgetDescriptor,
  setup: (programme: BlProgramme) => void,
  widgetIds: WidgetIds = ids,
  parent?: Element,
) {
  const programme = document.createElement('bl-programme') as BlProgramme;
  setup(programme);
  const widget = createWidget(descriptor, widgetIds);
  programme.append(widget);
  place(programme, parent);
  return { programme, widget };
}

const withProblem = () => {
  const data = cardDataset();
  data.assessments.push({ area: 'atlantis', year: 2020, outcomes: { 'clean-water': 1 } });
  return data;
};
const real = () => ({
  ...cardDataset(),
  programme: { id: 'real', name: 'A real programme', illustrative: false },
});

const isState = (widget: Element, name: string) => widget.matches(`:state(${name})`);
export const ready = (widget: Element) =>
  !['empty', 'error'].includes(stateOf(widget)) && !loading(widget);
const loading = (widget: Element) => shadow(widget).querySelector('[part="loading"]') !== null;
/** Partial-data notices anywhere in the widget's tree, nested widgets included. */
const partialNotices = (widget: Element) =>
  shadowRoots(widget).flatMap((root) =>
    [...root.querySelectorAll('[part~="notice"]')].filter((notice) =>
      textOf(notice).includes(strings.dropped.partial('').split(':')[0]!),
    ),
  );
/** Every `[part="base"]` in the widget's tree: its own, then those of nested widgets. */
const bases = (widget: Element) =>
  shadowRoots(widget).flatMap((root) => [...root.querySelectorAll('[part="base"]')]);
const scheme = (element: Element) => getComputedStyle(element).colorScheme;

/** A blob URL serving `data`, revoked after the test. */
const blobs: string[] = [];
export function served(data: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  blobs.push(url);
  return url;
}

/** Removes what the test placed (which also aborts pending loads) and revokes its blob URLs. */
export function cleanUp(): void {
  placed.splice(0).forEach((element) => element.remove());
  blobs.splice(0).forEach((url) => URL.revokeObjectURL(url));
}

/** Registers the shared-state tests for one widget. */
export function describeSharedStates(descriptor: WidgetDescriptor): void {
  describe(`<${descriptor.tag}> shares the base element's states`, () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => {
      warnings.restore();
      cleanUp();
    });

    it('says it is loading in a status, as :state(loading), until the data arrives', async () => {
      const { programme, widget } = inProvider(descriptor, (provider) => {
        provider.src = `/fault/hang?id=${Math.random()}`;
        provider.timeout = 20000;
      });
      await widget.updateComplete;
      const status = query(widget, '[part="loading"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.equal(strings.states.loading);
      expect(isState(widget, 'loading')).to.equal(true);
      expect(isState(widget, 'error')).to.equal(false);
      programme.src = served(cardDataset());
      await waitUntil(() => ready(widget), 'the widget kept loading', { timeout: 5000 });
      expect(isState(widget, 'loading')).to.equal(false);
    });

    it('shows a failed src in an alert with a Retry button that loads again, as :state(error)', async () => {
      const { widget } = inProvider(
        descriptor,
        (provider) => (provider.src = `/fault/flaky?id=${Math.random()}`),
        flakyIds,
      );
      await waitUntil(() => stateOf(widget) === 'error', 'no error shown', { timeout: 5000 });
      expect(textOf(query(widget, '[part="error"][role="alert"]'))).to.contain('error 503');
      expect(isState(widget, 'error')).to.equal(true);
      expect(isState(widget, 'loading')).to.equal(false);
      const retry = query<HTMLButtonElement>(widget, '[part="retry"]');
      expect(retry.localName).to.equal('button');
      expect(textOf(retry)).to.equal(strings.errors.retry);
      retry.click();
      await waitUntil(() => ready(widget), 'Retry did not load the data', { timeout: 5000 });
      expect(isState(widget, 'error')).to.equal(false);
    });

    it('retries its own failed src too', async () => {
      const widget = place(createWidget(descriptor, flakyIds));
      widget.src = `/fault/flaky?id=${Math.random()}`;
      await waitUntil(() => stateOf(widget) === 'error', 'no error shown', { timeout: 5000 });
      expect(isState(widget, 'error')).to.equal(true);
      query<HTMLButtonElement>(widget, '[part="retry"]').click();
      await waitUntil(() => ready(widget), 'Retry did not load the data', { timeout: 5000 });
      expect(isState(widget, 'error')).to.equal(false);
    });

    it('offers no Retry when loading again cannot help', async () => {
      const { widget } = inProvider(descriptor, (provider) => {
        provider.data = '{"schema": 1, "programme": {';
      });
      await waitUntil(() => stateOf(widget) === 'error', 'no error shown');
      expect(textOf(query(widget, '[part="error"][role="alert"]'))).to.contain('not valid JSON');
      expect(shadow(widget).querySelector('[part="retry"]')).to.equal(null);
      expect(isState(widget, 'error')).to.equal(true);
    });

    it('says part of the data was dropped, and what, once, as :state(partial)', async () => {
      const { widget } = inProvider(descriptor, (provider) => (provider.data = withProblem()));
      await waitUntil(() => ready(widget), 'the widget did not render');
      const notices = partialNotices(widget);
      expect(notices, 'one notice, not repeated by nested widgets').to.have.length(1);
      expect(textOf(notices[0]!)).to.contain('$.assessments[3].area');
      // Announced, and in words: what was dropped, not only how many problems there were.
      const status = notices[0]!.querySelector('[role="status"]');
      expect(status, 'the notice is a status a screen reader announces').to.not.equal(null);
      expect(textOf(status!)).to.contain(strings.dropped.parts.assessments!(1));
      expect(isState(widget, 'partial')).to.equal(true);
      const dropped = warnings.messages.filter((message) => message.includes('atlantis'));
      expect(dropped, 'one warning for the page').to.have.length(1);
    });

    it('shows no partial-data notice for a clean dataset, and is not :state(partial)', async () => {
      const { widget } = inProvider(descriptor, (provider) => (provider.data = cardDataset()));
      await waitUntil(() => ready(widget), 'the widget did not render');
      expect(partialNotices(widget)).to.have.length(0);
      expect(isState(widget, 'partial')).to.equal(false);
    });

    it('marks made-up data with one "Illustrative" badge, as :state(illustrative)', async () => {
      const { widget } = inProvider(descriptor, (provider) => (provider.data = cardDataset()));
      await waitUntil(() => ready(widget), 'the widget did not render');
      // Nested widgets render after their host: wait until each has drawn before counting.
      await waitUntil(
        () => shadowRoots(widget).every((root) => root.querySelector('[part="base"] > *')),
        'a nested widget did not render',
      );
      const badges = shadowRoots(widget).flatMap((root) => [
        ...root.querySelectorAll('[part="badge"]'),
      ]);
      expect(badges, 'one badge, not repeated by nested widgets').to.have.length(1);
      expect(textOf(badges[0]!)).to.match(new RegExp(`^${strings.dataStates.illustrative}\\b`));
      expect(isState(widget, 'illustrative')).to.equal(true);
    });

    it('marks data it loaded from its own src as illustrative too', async () => {
      const widget = place(createWidget(descriptor, firstIds(illustrative as unknown as Dataset)));
      widget.src = '/fault/illustrative';
      await waitUntil(() => ready(widget), 'the widget did not render', { timeout: 5000 });
      expect(textOf(query(widget, '[part="badge"]'))).to.match(/^Illustrative/);
      expect(isState(widget, 'illustrative')).to.equal(true);
    });

    it('credits the data: the programme source and its update date, once', async () => {
      const data = real() as { programme: Record<string, unknown> };
      data.programme.source = { title: 'The evaluation', url: 'https://example.org/report' };
      data.programme.updated = '2026-11-22';
      const { widget } = inProvider(descriptor, (provider) => (provider.data = data));
      await waitUntil(() => ready(widget), 'the widget did not render');
      const credits = shadowRoots(widget).flatMap((root) => [
        ...root.querySelectorAll('[part="credit"]'),
      ]);
      expect(credits, 'one credit line, not repeated by nested widgets').to.have.length(1);
      expect(textOf(credits[0]!)).to.equal('Source: The evaluation · Updated 22 November 2026');
      expect(credits[0]!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://example.org/report',
      );
    });

    it('shows no embedded default where the page opts out, and says why once', async () => {
      document.documentElement.setAttribute('data-bl-default', 'none');
      try {
        const widget = place(createWidget(descriptor, firstIds(real() as unknown as Dataset)));
        await widget.updateComplete;
        expect(textOf(query(widget, '[part="notice"]'))).to.equal(strings.states.noDataset);
        expect(isState(widget, 'loading')).to.equal(false);
        expect(shadow(widget).querySelector('[part="credit"]')).to.equal(null);
        const said = warnings.messages.filter((message) =>
          message.includes(strings.states.noDataset),
        );
        expect(said).to.have.length(1);
      } finally {
        document.documentElement.removeAttribute('data-bl-default');
      }
    });

    it('shows no badge on real data, and is not :state(illustrative)', async () => {
      const { widget } = inProvider(descriptor, (provider) => (provider.data = real()));
      await waitUntil(() => ready(widget), 'the widget did not render');
      const badges = shadowRoots(widget).flatMap((root) => [
        ...root.querySelectorAll('[part="badge"]'),
      ]);
      expect(badges).to.have.length(0);
      expect(isState(widget, 'illustrative')).to.equal(false);
    });

    it('takes its theme attribute over a data-theme ancestor, and passes it to nested widgets', async () => {
      for (const [attribute, ancestor] of [
        ['dark', 'light'],
        ['light', 'dark'],
      ] as const) {
        const themed = place(document.createElement('div'));
        themed.dataset.theme = ancestor;
        const { widget } = inProvider(
          descriptor,
          (provider) => (provider.data = cardDataset()),
          ids,
          themed,
        );
        widget.setAttribute('theme', attribute);
        await waitUntil(() => ready(widget), 'the widget did not render');
        expect(query(widget, '[part="base"]').getAttribute('data-theme')).to.equal(attribute);
        await waitUntil(
          () => bases(widget).every((base) => scheme(base) === attribute),
          `not every part of the widget is ${attribute}`,
        );
      }
    });

    it('follows the nearest data-theme ancestor, also when it changes after rendering', async () => {
      const outer = place(document.createElement('div'));
      const themed = document.createElement('section');
      outer.append(themed);
      outer.dataset.theme = 'dark';
      const { widget } = inProvider(
        descriptor,
        (provider) => (provider.data = cardDataset()),
        ids,
        themed,
      );
      await waitUntil(() => ready(widget), 'the widget did not render');
      const base = () => query(widget, '[part="base"]');
      expect(base().getAttribute('data-theme')).to.equal('dark');
      expect(scheme(base())).to.equal('dark');

      // The nearer ancestor wins, and a change at run time is followed without a re-render call.
      themed.dataset.theme = 'light';
      await waitUntil(
        () => base().getAttribute('data-theme') === 'light' && scheme(base()) === 'light',
        'the widget did not follow the nearer data-theme',
      );
      delete themed.dataset.theme;
      await waitUntil(
        () => base().getAttribute('data-theme') === 'dark',
        'the widget did not fall back to the outer data-theme',
      );
      await waitUntil(
        () => bases(widget).every((element) => scheme(element) === 'dark'),
        'not every part of the widget followed to dark',
      );
    });

    it('keeps its theme attribute when a data-theme ancestor changes', async () => {
      const themed = place(document.createElement('div'));
      themed.dataset.theme = 'light';
      const { widget } = inProvider(
        descriptor,
        (provider) => (provider.data = cardDataset()),
        ids,
        themed,
      );
      widget.setAttribute('theme', 'light');
      // A widget without the attribute beside it shows when the change has been followed.
      const witness = createWidget(descriptor, ids);
      widget.after(witness);
      await waitUntil(() => ready(widget) && ready(witness), 'the widgets did not render');
      themed.dataset.theme = 'dark';
      await waitUntil(
        () => scheme(query(witness, '[part="base"]')) === 'dark',
        'the widget without a theme attribute did not follow',
      );
      expect(scheme(query(widget, '[part="base"]'))).to.equal('light');
    });

    it('sets no theme of its own without an attribute or a data-theme ancestor', async () => {
      const { widget } = inProvider(descriptor, (provider) => (provider.data = cardDataset()));
      await waitUntil(() => ready(widget), 'the widget did not render');
      expect(query(widget, '[part="base"]').hasAttribute('data-theme')).to.equal(false);
    });
  });
}
