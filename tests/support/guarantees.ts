// The reliability guarantees as checks over registry entries: the reliability and property
// tests run them over every data-driven widget, and the registry test over a widget it
// registers itself, so a new widget is held to them by being registered and nothing else.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { WidgetDescriptor } from '../../src/widgets/registry.js';
import type { BlProgramme } from '../../src/widgets/programme/programme.js';
import type { BlElement } from '../../src/base/bl-element.js';
import { validateDataset } from '../../src/data/validate.js';
import { strings } from '../../src/strings/index.js';
import { captureWarnings, textOf } from './helpers.js';
import {
  createWidget,
  dataDrivenWidgets,
  defineWidgets,
  firstIds,
  renderEveryWidget,
  shadowRoots,
  stateOf,
  watchPage,
} from './page-health.js';
import { riverDataset } from '../fixtures/datasets.js';
import { cardDataset } from '../fixtures/card-dataset.js';

type Json = Record<string, unknown>;
const river = () => riverDataset() as unknown as Json & { areas: Json[]; assessments: Json[] };

/** What a reader should meet for a bad input: an error, the partial-data notice, or neither. */
export type Outcome = 'error' | 'partial' | 'clean';

/** The named bad inputs of the reliability guarantee, each with what a reader should meet. */
export const badInputs: [string, () => unknown, Outcome][] = [
  ['malformed JSON text', () => '{"schema": 1, "programme": {', 'error'],
  ['a list at the top level', () => [riverDataset()], 'error'],
  ['a number at the top level', () => 42, 'error'],
  // Required parts that cannot be used leave nothing to show: an error, never a partial view.
  ['wrong field types', () => ({ ...river(), outcomes: 'four', areas: { id: 'x' } }), 'error'],
  ['a programme that is text', () => ({ ...river(), programme: 'Big Local' }), 'error'],
  ['factors that are an object', () => ({ ...river(), factors: { id: 'x' } }), 'error'],
  [
    'wrong optional field types',
    () => ({ ...river(), facts: 'none', levelsOfChange: { id: 'x' } }),
    'partial',
  ],
  [
    'a population of 1e308',
    () => {
      const data = river();
      (data.areas[0] as Record<string, unknown>).population = 1e308;
      return data;
    },
    'partial',
  ],
  [
    'areas without ids',
    () => ({ ...river(), areas: [{ name: 'No id' }, ...river().areas] }),
    'partial',
  ],
  ['duplicate ids', () => ({ ...river(), areas: [...river().areas, river().areas[0]] }), 'partial'],
  [
    'assessments of unknown areas and factors',
    () => {
      const data = river();
      data.assessments.push({ area: 'ghost', year: 2021, outcomes: {} });
      data.assessments.push({ area: 'weir-end', year: 2023, factors: { ghost: 1 } });
      return data;
    },
    'partial',
  ],
  [
    'levels outside the scale',
    () => {
      const data = river();
      data.assessments.push({ area: 'lock-side', year: 2023, outcomes: { 'clean-water': 99 } });
      return data;
    },
    'partial',
  ],
  [
    'NaN, Infinity and negative numbers',
    () => {
      const data = river();
      Object.assign(data.areas[0]!, {
        population: Number.NaN,
        funding: { amount: Number.POSITIVE_INFINITY, currency: 'GBP' },
      });
      Object.assign(data.areas[1]!, { population: -5 });
      data.assessments.push({ area: 'lock-side', year: -Infinity, outcomes: {} });
      return data;
    },
    'partial',
  ],
  [
    'unknown fields',
    () => ({ ...river(), colour: 'red', areas: river().areas.map((a) => ({ ...a, x: 1 })) }),
    'clean',
  ],
  [
    'empty lists',
    () => ({ ...river(), outcomes: [], factors: [], areas: [], assessments: [] }),
    'clean',
  ],
  [
    'a 10 MB string',
    () => {
      const data = river();
      Object.assign(data.areas[0]!, { summary: 'x'.repeat(10 * 1024 * 1024) });
      return data;
    },
    'partial',
  ],
];

/** What the partial-data notice says whatever was dropped: the words before the list. */
const partialWords = strings.dropped.partial('').split(':')[0]!;

/** The partial-data notices anywhere in a widget's tree, nested widgets included. */
function partialNotices(widget: Element): Element[] {
  return shadowRoots(widget).flatMap((root) =>
    [...root.querySelectorAll('[part~="notice"]')].filter((notice) =>
      textOf(notice).includes(partialWords),
    ),
  );
}

/**
 * Renders `list` from the input `make` returns and checks what a reader meets: every widget in
 * an error alert, or every widget with content and (for partial data) the notice saying what was
 * dropped, once per widget; at most one warning from the provider, and no uncaught error.
 */
export async function assertSurvives(
  make: () => unknown,
  expected: Outcome,
  list: readonly WidgetDescriptor[] = dataDrivenWidgets(),
): Promise<void> {
  const watch = watchPage();
  const warnings = captureWarnings();
  let programme: BlProgramme | undefined;
  try {
    const rendered = await renderEveryWidget(make(), { only: list });
    programme = rendered.programme;
    const widgets = rendered.widgets;
    const states = widgets.map(stateOf);
    const names = widgets.map((widget) => widget.localName);
    if (expected === 'error') {
      expect(states, names.join()).to.deep.equal(widgets.map(() => 'error'));
      for (const widget of widgets) {
        expect(textOf(widget.shadowRoot!.querySelector('[role="alert"]')!)).to.match(
          /not valid JSON|no usable programme/,
        );
      }
    } else {
      expect(states, names.join()).to.not.include('error');
      expect(states, names.join()).to.not.include('empty');
      const { problems } = validateDataset(make());
      for (const widget of widgets) {
        const notices = partialNotices(widget);
        if (expected === 'partial') {
          // What was dropped, in plain words, inside the widget, and not again in nested ones.
          expect(notices, `${widget.localName} partial notices`).to.have.length(1);
          expect(textOf(notices[0]!)).to.contain(partialWords);
          expect(notices[0]!.querySelector('[role="status"]'), 'announced').to.not.equal(null);
          expect(problems.length).to.be.greaterThan(0);
          expect(notices[0]!.querySelector('li code'), widget.localName).to.not.equal(null);
        } else {
          expect(notices, `${widget.localName} partial notices`).to.have.length(0);
        }
      }
    }
    const fromProvider = warnings.messages.filter((message) => message.includes('<bl-programme>'));
    expect(fromProvider.length).to.be.at.most(1);
    expect(watch.errors).to.deep.equal([]);
  } finally {
    programme?.remove();
    warnings.restore();
    watch.stop();
  }
}

/** Strings that would run script if any widget wrote one as markup or followed it as a link. */
export const payloads = [
  '<img src=x onerror="window.xssFired=true">',
  '<script>window.xssFired=true</script>',
  '<svg onload="window.xssFired=true"></svg>',
  '"><img src=x onerror=window.xssFired=true>',
  'javascript:window.xssFired=true',
  'data:text/html,<script>window.xssFired=true</script>',
  'expression(window.xssFired=true)',
  '{{constructor.constructor("window.xssFired=true")()}}',
];

/** The card dataset with `payload` in every string field a widget can show, links included. */
export function hostile(payload: string): unknown {
  const data = cardDataset() as unknown as Json & {
    areas: Json[];
    outcomes: Json[];
    factors: Json[];
    assessments: Json[];
  };
  data.programme = { id: 'p', name: payload, illustrative: true, description: payload };
  data.scales = { stage: [payload, `${payload} 1`, `${payload} 2`] };
  for (const outcome of data.outcomes)
    Object.assign(outcome, { title: payload, short: payload, description: payload });
  for (const factor of data.factors) Object.assign(factor, { title: payload });
  Object.assign(data.areas[0]!, {
    name: payload,
    place: payload,
    region: payload,
    summary: payload,
    priorities: [payload],
    website: payload,
    image: { src: payload, alt: payload },
    sources: {
      place: [
        { title: payload, url: payload },
        { title: payload, url: 'https://ok.example/' },
      ],
    },
  });
  data.assessments[1]!.notes = { 'clean-water': payload };
  return data;
}

/** Resolves once an image at `src` has failed: any payload image would have fired by then. */
function imageFailed(src: string): Promise<void> {
  return new Promise((resolve) => {
    const image = new Image();
    image.addEventListener('error', () => resolve(), { once: true });
    image.src = src;
  });
}

/**
 * Renders `list` from the hostile dataset for `payload` and checks that nothing ran and no
 * markup came from the data anywhere in any widget's tree; `also` adds widget-specific checks.
 */
export async function assertInert(
  payload: string,
  list: readonly WidgetDescriptor[] = dataDrivenWidgets(),
  also?: (widgets: BlElement[]) => Promise<void>,
): Promise<void> {
  const win = window as unknown as { xssFired?: boolean };
  win.xssFired = false;
  const warnings = captureWarnings();
  let programme: BlProgramme | undefined;
  try {
    const rendered = await renderEveryWidget(hostile(payload), { only: list });
    programme = rendered.programme;
    await waitUntil(
      () => rendered.widgets.every((widget) => stateOf(widget) !== 'empty'),
      'a widget drew nothing',
    );
    await also?.(rendered.widgets);
    await imageFailed('x');
    expect(win.xssFired).to.equal(false);
    for (const widget of rendered.widgets) {
      for (const root of shadowRoots(widget)) {
        expect(
          root.querySelector('script, iframe, object, embed, foreignObject'),
          widget.localName,
        ).to.equal(null);
        for (const element of root.querySelectorAll('*')) {
          const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
          expect(handlers, `<${element.localName}> in ${widget.localName}`).to.deep.equal([]);
        }
        for (const link of root.querySelectorAll('a[href]'))
          expect((link as HTMLAnchorElement).protocol).to.match(/^https?:$/);
      }
    }
  } finally {
    programme?.remove();
    warnings.restore();
  }
}

/** Renders `list` from `data` and checks each widget drew something, with no uncaught error. */
export async function assertRenders(
  data: unknown,
  list: readonly WidgetDescriptor[] = dataDrivenWidgets(),
): Promise<void> {
  const watch = watchPage();
  let programme: BlProgramme | undefined;
  try {
    const rendered = await renderEveryWidget(data, { only: list });
    programme = rendered.programme;
    for (const widget of rendered.widgets)
      expect(stateOf(widget), widget.localName).to.not.equal('empty');
    expect(watch.errors).to.deep.equal([]);
  } finally {
    programme?.remove();
    watch.stop();
  }
}

/** The JS heap in use after a full garbage collection, in bytes (where `heapMeasurable`). */
export const heapAfterGc = async () =>
  (await executeServerCommand<number, undefined>('heap-after-gc'))!;

/**
 * Whether this engine lets a test force a full garbage collection and read the heap, which the
 * lifecycle checks need: Chromium does (DevTools Protocol); Firefox and WebKit give a test
 * neither, so those checks run in Chromium alone and say so in their names.
 */
export const heapMeasurable =
  (await executeServerCommand<boolean, undefined>('heap-measurable')) === true;

/** Appended to the name of a test that runs only where `heapMeasurable`. */
export const chromiumOnlyHeap =
  ' (Chromium only: no other engine lets a test collect garbage and read the heap)';

export interface LifecycleReport {
  cycles: number;
  /** Removed widgets still reachable after a full garbage collection: anything above 0 leaks. */
  retained: number;
  /** Heap growth after a full collection, per add/remove cycle, in bytes. */
  growthPerCycle: number;
}

/**
 * Adds a widget to a provider and removes it, in three batches of `batch` cycles, holding each
 * removed widget only through a WeakRef. After a full collection every one must be gone: a
 * listener, subscription or cache that keeps a removed widget alive fails however few cycles
 * ran, so the check does not depend on how fast the machine is. Heap growth per cycle is the
 * median of the three batches' growth: a leak grows the heap in every batch, while a one-off
 * allocation (a compiled template, a lazily built index) or the release of an earlier test's
 * garbage moves one batch only.
 */
export async function measureLifecycle(
  descriptor: WidgetDescriptor,
  batch = 100,
): Promise<LifecycleReport> {
  await defineWidgets([descriptor]);
  const host = document.createElement('bl-programme') as BlProgramme;
  host.data = cardDataset();
  document.body.append(host);
  try {
    await host.updateComplete;
    const ids = firstIds(host.loadedDataset);
    const refs: WeakRef<BlElement>[] = [];
    const cycles = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const widget = createWidget(descriptor, ids);
        host.append(widget);
        await widget.updateComplete;
        widget.remove();
        refs.push(new WeakRef(widget));
      }
    };
    // Warm up: compiled templates, caches and optimised code grow the heap for the first hundred
    // or so cycles, then stop; that is kept on purpose and is not a leak.
    await cycles(100);
    const growth: number[] = [];
    let before = await heapAfterGc();
    for (let i = 0; i < 3; i++) {
      await cycles(batch);
      const after = await heapAfterGc();
      growth.push(after - before);
      before = after;
    }
    return {
      cycles: refs.length,
      retained: refs.filter((ref) => ref.deref() !== undefined).length,
      growthPerCycle: growth.sort((a, b) => a - b)[1]! / batch,
    };
  } finally {
    host.remove();
  }
}

/**
 * Most a widget may add to the heap per add/remove cycle: above the noise of a collection, well
 * below what one retained widget (its shadow tree) costs.
 */
export const maxGrowthPerCycle = 1024;

/** Checks `measureLifecycle` finds no retained widget and no growth beyond noise. */
export async function assertReleased(descriptor: WidgetDescriptor): Promise<void> {
  const report = await measureLifecycle(descriptor);
  console.log(
    `${descriptor.tag}: ${report.retained} of ${report.cycles} removed widgets retained; ` +
      `${report.growthPerCycle.toFixed(0)} bytes per cycle`,
  );
  expect(report.retained, `${descriptor.tag} removed widgets still reachable`).to.equal(0);
  expect(report.growthPerCycle, `${descriptor.tag} heap growth per cycle`).to.be.below(
    maxGrowthPerCycle,
  );
}
