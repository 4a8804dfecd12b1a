import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import { validateDataset } from '../src/data/validate.js';
import { captureWarnings, query, shadow, textOf } from './support/helpers.js';
import { renderEveryWidget, stateOf, watchPage, widgetTags } from './support/page-health.js';
import { riverDataset } from './fixtures/datasets.js';
import { cardDataset } from './fixtures/card-dataset.js';

type Json = Record<string, unknown>;
const river = () => riverDataset() as unknown as Json & { areas: Json[]; assessments: Json[] };

/** The named bad inputs of the reliability guarantee, each with what a reader should meet. */
const badInputs: [string, () => unknown, 'error' | 'partial' | 'clean'][] = [
  ['malformed JSON text', () => '{"schema": 1, "programme": {', 'error'],
  ['a list at the top level', () => [riverDataset()], 'error'],
  ['a number at the top level', () => 42, 'error'],
  ['wrong field types', () => ({ ...river(), outcomes: 'four', areas: { id: 'x' } }), 'partial'],
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

describe('any JSON in, a useful page out', () => {
  for (const [name, make, expected] of badInputs) {
    it(`survives ${name}`, async () => {
      const watch = watchPage();
      const warnings = captureWarnings();
      try {
        const { programme, widgets } = await renderEveryWidget(make());
        const states = widgets.map(stateOf);
        if (expected === 'error') {
          expect(states).to.deep.equal(widgetTags.map(() => 'error'));
          expect(textOf(query(widgets[0]!, '[role="alert"]'))).to.match(
            /not valid JSON|not a Big Local dataset/,
          );
        } else {
          expect(states).to.not.include('error');
          expect(states).to.not.include('empty');
          const partial = widgets.map((widget) => shadow(widget).querySelector('details.partial'));
          if (expected === 'partial') {
            // What was dropped, in plain words, inside the widget; and one warning for the page.
            expect(textOf(partial[1]!)).to.match(/Part of the data could not be used/);
            expect(partial[1]!.querySelector('li code')).to.not.equal(null);
          } else {
            expect(partial.filter(Boolean)).to.have.length(0);
          }
        }
        const fromProvider = warnings.messages.filter((message) =>
          message.includes('<bl-programme>'),
        );
        expect(fromProvider.length).to.be.at.most(1);
        expect(watch.errors).to.deep.equal([]);
        programme.remove();
      } finally {
        warnings.restore();
        watch.stop();
      }
    });
  }

  it('keeps the first 20,000 of 100,000 areas by default, says so, and stays responsive', async () => {
    const areas = Array.from({ length: 100_000 }, (_, index) => ({
      id: `a${index}`,
      name: `Area ${index}`,
    }));
    const data = { ...river(), areas, assessments: [] };
    const started = performance.now();
    const { problems, dataset } = validateDataset(data);
    const took = performance.now() - started;
    console.log(`validated 100,000 areas in ${took.toFixed(0)} ms`);
    expect(dataset?.areas).to.have.length(20_000);
    expect(problems[0]).to.deep.equal({
      path: '$.areas',
      message: 'holds 100000 items; only the first 20000 are used',
    });
  });

  it('takes the row limit from the provider’s max-areas attribute', async () => {
    const warnings = captureWarnings();
    try {
      const programme = document.createElement('bl-programme') as BlProgramme;
      programme.setAttribute('max-areas', '2');
      programme.data = river();
      programme.innerHTML = '<bl-area-card area="weir-end"></bl-area-card>';
      document.body.append(programme);
      const card = programme.querySelector('bl-area-card')!;
      await waitUntil(() => stateOf(card) === 'content', 'no card');
      expect(programme.loadedDataset?.areas).to.have.length(2);
      expect(textOf(query(card, 'details.partial'))).to.contain('only the first 2 are used');
      programme.remove();
    } finally {
      warnings.restore();
    }
  });
});

const payloads = [
  '<img src=x onerror="window.xssFired=true">',
  '<script>window.xssFired=true</script>',
  '<svg onload="window.xssFired=true"></svg>',
  '"><img src=x onerror=window.xssFired=true>',
  'javascript:window.xssFired=true',
  'data:text/html,<script>window.xssFired=true</script>',
  'expression(window.xssFired=true)',
  '{{constructor.constructor("window.xssFired=true")()}}',
];

/** Puts `payload` into every string field a widget can show, links included. */
function hostile(payload: string): unknown {
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

describe('hostile strings are inert', () => {
  for (const payload of payloads) {
    it(`renders ${JSON.stringify(payload.slice(0, 30))} as text in every field, never as markup`, async () => {
      const win = window as unknown as { xssFired?: boolean };
      win.xssFired = false;
      const warnings = captureWarnings();
      try {
        const { programme, widgets } = await renderEveryWidget(hostile(payload));
        const card = widgets.find((widget) => widget.localName === 'bl-area-card')!;
        await waitUntil(() => stateOf(card) === 'content', 'the card did not render');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(win.xssFired).to.equal(false);
        expect(textOf(query(card, '[role="heading"]'))).to.equal(payload.trim());
        for (const widget of widgets) {
          const root = shadow(widget);
          expect(root.querySelector('script, img[onerror], svg[onload], iframe, object')).to.equal(
            null,
          );
          for (const link of root.querySelectorAll('a'))
            expect(link.protocol).to.match(/^https?:$/);
        }
        programme.remove();
      } finally {
        warnings.restore();
      }
    });
  }

  it('cannot pollute prototypes through __proto__, constructor or prototype keys', async () => {
    const text =
      '{"schema":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      '"programme":{"id":"p","name":"P","__proto__":{"polluted":1}},"outcomes":[],"factors":[],' +
      '"scales":{"__proto__":["a","b"],"constructor":["a","b"]},' +
      '"areas":[{"id":"__proto__","name":"Proto","sources":{"__proto__":[{"title":"t","url":"https://x.example/"}]}}],' +
      '"assessments":[{"area":"__proto__","year":2020,"outcomes":{"__proto__":1},"notes":{"__proto__":"n"}}]}';
    const warnings = captureWarnings();
    try {
      const { programme } = await renderEveryWidget(text);
      const probe: Record<string, unknown> = {};
      expect(probe.polluted).to.equal(undefined);
      expect(Object.prototype).to.not.have.property('polluted');
      expect(programme.loadedDataset?.areas[0]?.name).to.equal('Proto');
      programme.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('networks fail', () => {
  const failures: [string, string, Record<string, unknown>][] = [
    ['/fault/404', 'error 404', {}],
    ['/fault/500', 'error 500', {}],
    ['/fault/hang', 'took longer than 0.3 seconds', { timeout: 300 }],
    ['/fault/html', 'returned text/html, not JSON', {}],
    ['/fault/truncated', 'stopped arriving', {}],
    ['/fault/large', 'larger than the limit', { maxBytes: 50_000 }],
    ['/fault/invalid-json', 'not valid JSON', {}],
  ];
  for (const [src, message, options] of failures) {
    it(`${src} ends in an error with a Retry button, and no unhandled rejection`, async () => {
      const watch = watchPage();
      const warnings = captureWarnings();
      const programme = document.createElement('bl-programme') as BlProgramme;
      Object.assign(programme, { src, ...options });
      programme.innerHTML = '<bl-area-card area="a"></bl-area-card>';
      document.body.append(programme);
      try {
        const card = programme.querySelector('bl-area-card')!;
        await waitUntil(() => stateOf(card) === 'error', 'no error shown', { timeout: 5000 });
        expect(textOf(query(card, '[part="error"]'))).to.contain(message);
        expect(textOf(query(card, '[part="retry"]'))).to.equal('Retry');
        expect(warnings.messages).to.have.length(1);
        expect(watch.errors).to.deep.equal([]);
      } finally {
        programme.remove();
        warnings.restore();
        watch.stop();
      }
    });
  }

  it('loads again when Retry is pressed', async () => {
    const warnings = captureWarnings();
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.src = `/fault/flaky?id=${Math.random()}`;
    programme.innerHTML = '<bl-area-card area="a"></bl-area-card>';
    document.body.append(programme);
    try {
      const card = programme.querySelector('bl-area-card')!;
      await waitUntil(() => stateOf(card) === 'error', 'no error shown');
      expect(textOf(query(card, '[part="error"]'))).to.contain('error 503');
      query<HTMLButtonElement>(card, '[part="retry"]').click();
      await waitUntil(() => stateOf(card) === 'content', 'Retry did not load the data');
      expect(textOf(query(card, '[role="heading"]'))).to.equal('Area A');
    } finally {
      programme.remove();
      warnings.restore();
    }
  });

  it('retries a widget’s own src too', async () => {
    const warnings = captureWarnings();
    const card = document.createElement('bl-area-card');
    card.src = `/fault/flaky?id=${Math.random()}`;
    card.setAttribute('area', 'a');
    document.body.append(card);
    try {
      await waitUntil(() => stateOf(card) === 'error', 'no error shown');
      query<HTMLButtonElement>(card, '[part="retry"]').click();
      await waitUntil(() => stateOf(card) === 'content', 'Retry did not load the data');
    } finally {
      card.remove();
      warnings.restore();
    }
  });

  it('aborts the request when the provider leaves the page', async () => {
    const id = String(Math.random());
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.src = `/fault/hang?id=${id}`;
    document.body.append(programme);
    await new Promise((resolve) => setTimeout(resolve, 150));
    programme.remove();
    await waitUntil(
      async () => (await (await fetch(`/fault/closed?id=${id}`)).json()).closed === true,
      'the server still holds the request',
      { timeout: 3000, interval: 100 },
    );
  });
});

describe('lifecycles are clean', () => {
  const heap = () => executeServerCommand<number, undefined>('heap-after-gc');

  it('1,000 cycles of adding and removing each widget leave no retained growth', async () => {
    const data = cardDataset();
    const host = document.createElement('bl-programme') as BlProgramme;
    host.data = data;
    document.body.append(host);
    await host.updateComplete;
    const cycle = async (tag: string) => {
      const widget = document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      widget.setAttribute('area', 'weir-end');
      if (tag === 'bl-outcome-ring') widget.setAttribute('outcome', 'clean-water');
      host.append(widget);
      await widget.updateComplete;
      widget.remove();
    };
    const report: string[] = [];
    for (const tag of widgetTags) {
      for (let i = 0; i < 100; i++) await cycle(tag); // warm up caches and compiled templates
      const before = (await heap())!;
      for (let i = 0; i < 1000; i++) await cycle(tag);
      const after = (await heap())!;
      const growth = after - before;
      report.push(
        `${tag}: ${(before / 1024).toFixed(0)} kB -> ${(after / 1024).toFixed(0)} kB (${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(1)} kB)`,
      );
      // A leak of even 1 kB a cycle would add 1,000 kB; allow noise, not a leak.
      expect(growth, `${tag} grew by ${growth} bytes`).to.be.below(300 * 1024);
    }
    console.log(`heap after GC over 1,000 add/remove cycles:\n  ${report.join('\n  ')}`);
    host.remove();
  });

  it('releases document listeners when a ring with a tooltip leaves', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const originalAdd = document.addEventListener;
    const originalRemove = document.removeEventListener;
    document.addEventListener = function (
      this: Document,
      ...args: Parameters<Document['addEventListener']>
    ) {
      added.push(args[0]);
      return originalAdd.apply(this, args);
    } as Document['addEventListener'];
    document.removeEventListener = function (
      this: Document,
      ...args: Parameters<Document['removeEventListener']>
    ) {
      removed.push(args[0]);
      return originalRemove.apply(this, args);
    } as Document['removeEventListener'];
    try {
      const ring = document.createElement('bl-outcome-ring');
      Object.assign(ring, { label: 'A long title', short: 'Short', value: 1 });
      document.body.append(ring);
      await ring.updateComplete;
      query(ring, 'figure').dispatchEvent(new MouseEvent('mouseenter'));
      ring.remove();
      expect(added.filter((type) => type === 'keydown')).to.have.length(1);
      expect(removed.filter((type) => type === 'keydown').length).to.be.at.least(1);
    } finally {
      document.addEventListener = originalAdd;
      document.removeEventListener = originalRemove;
    }
  });

  it('renders 200 widgets on one page and stays responsive', async () => {
    const programme = document.createElement('bl-programme') as BlProgramme;
    programme.data = cardDataset();
    for (let i = 0; i < 100; i++) {
      programme.insertAdjacentHTML(
        'beforeend',
        '<bl-area-card area="weir-end" variant="compact"></bl-area-card><bl-outcome-rings area="weir-end"></bl-outcome-rings>',
      );
    }
    const started = performance.now();
    document.body.append(programme);
    const widgets = [...programme.children] as (HTMLElement & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const rendered = performance.now() - started;
    // Responsive: a task queued now runs promptly, so clicks and keys would be handled.
    const queued = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const latency = performance.now() - queued;
    console.log(
      `200 widgets rendered in ${rendered.toFixed(0)} ms; next task after ${latency.toFixed(1)} ms`,
    );
    expect(widgets.map(stateOf).filter((state) => state !== 'content')).to.deep.equal([]);
    const button = query<HTMLButtonElement>(widgets[198]!, '[part="name"]');
    button.click();
    await waitUntil(
      () => programme.selectedArea === 'weir-end',
      'a click on the last card did nothing',
    );
    programme.remove();
  });
});
