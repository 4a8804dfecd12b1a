import { expect, waitUntil } from '@open-wc/testing';
import { widgets } from '../src/widgets/registry.js';
import { openPage } from './support/helpers.js';

interface Recorded {
  violations: string[];
  errors: string[];
  warnings: string[];
}
type FrameWindow = Window & typeof globalThis & { recorded: Recorded; evalRefused: () => boolean };

const open = (url: string, width?: number) => openPage<FrameWindow>(url, width);

const shadowOf = (element: Element | null | undefined) => {
  if (!element?.shadowRoot) throw new Error(`${element?.localName} has no shadow root`);
  return element.shadowRoot;
};

/** Resolves after `view` has rendered two more frames: what was queued before has run. */
const frames = (view: Window) =>
  new Promise<void>((resolve) =>
    view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())),
  );

describe('the script-tag bundle on a strict, hostile host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders every registered widget under CSP and Trusted Types, with no violation, error or foreign request', async () => {
    const { view } = await open('/tests/fixtures/strict-host.html?csp=1');
    const doc = view.document;
    const programme = doc.getElementById('programme')!;
    // The page's own script put one of every data-driven widget from the registry in its provider.
    const expected = widgets.filter((widget) => widget.dataDriven).map((widget) => widget.tag);
    expect([...programme.children].map((element) => element.localName)).to.deep.equal(expected);
    for (const element of programme.children) {
      const name = element.localName;
      // The loader defines each tag as it finds it on the page, importing its chunk.
      await waitUntil(() => view.customElements.get(name), `<${name}> was never defined`, {
        timeout: 5000,
      });
      await waitUntil(
        () =>
          element.shadowRoot?.querySelector(
            '[part]:not([part="base"], [part="loading"], [part="badge"])',
          ),
        `<${name}> did not render`,
        { timeout: 5000 },
      );
    }
    const card = programme.querySelector('bl-area-card')!;
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part="card"]'),
      'the card did not render',
    );
    const rings = programme.querySelector('bl-outcome-rings')!;
    await waitUntil(
      () => rings.shadowRoot?.querySelectorAll('bl-outcome-ring').length === 4,
      'no rings',
    );
    const defined = [...new Set([...doc.querySelectorAll('*')].map((element) => element.localName))]
      .filter((name) => name.startsWith('bl-'))
      .filter((name) => view.customElements.get(name));
    for (const name of defined) {
      for (const element of doc.querySelectorAll(name)) {
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(
          shadowOf(element).querySelector('[role="alert"]'),
          `${name} shows an error`,
        ).to.equal(null);
      }
    }
    // Violations are reported in tasks of their own: let the page render and report first.
    await frames(view);
    expect(view.recorded.violations).to.deep.equal([]);
    expect(view.recorded.errors).to.deep.equal([]);
    // The loader pasted twice runs once: the same chunks, so no second copy to warn about.
    expect(
      view.recorded.warnings.filter((message) => message.includes('already defines')),
    ).to.have.length(0);
    const foreign = view.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin !== view.location.origin);
    expect(foreign).to.deep.equal([]);
    expect(view.performance.getEntriesByType('resource').map((entry) => entry.name)).to.include(
      `${view.location.origin}/fault/illustrative`,
    );
    // The policy is really in force: eval and a raw innerHTML write are both refused. Firefox
    // 140 has no Trusted Types at all: there, only the rest of the policy can be in force.
    expect(view.evalRefused()).to.equal(true);
    if ('trustedTypes' in view)
      expect(() => (doc.getElementById('host-text')!.innerHTML = '<b>x</b>')).to.throw(
        /TrustedHTML/,
      );
  });

  it('keeps host CSS out of widgets and widget CSS out of the host', async () => {
    const { view } = await open('/tests/fixtures/strict-host.html?csp=1');
    const doc = view.document;
    const ring = doc.querySelector('bl-outcome-ring[label="Standalone"]')!;
    await waitUntil(() => ring.shadowRoot?.querySelector('[role="meter"]'), 'no ring');
    const root = shadowOf(ring);
    const style = (selector: string) => view.getComputedStyle(root.querySelector(selector)!);
    // The host's `svg { display: none }`, `* { color: #c00 }` and `[part] { display: none }` stay outside.
    expect(style('svg').display).to.equal('block');
    expect(style('[part="base"]').display).to.equal('block');
    expect(style('[part="level"]').color).to.not.equal('rgb(204, 0, 0)');
    const card = doc.querySelector('bl-area-card[variant="compact"]')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="name"]'), 'no card');
    const name = view.getComputedStyle(shadowOf(card).querySelector('[part="name"]')!);
    expect(name.borderTopWidth).to.equal('0px');
    // And nothing of ours reaches the host: the one sheet the loader adds to the document only
    // reserves room for our own tags until they have drawn; the host's text stays as styled.
    expect(doc.adoptedStyleSheets).to.have.length(1);
    const selectors = [...doc.adoptedStyleSheets[0]!.cssRules].map(
      (rule) => (rule as CSSStyleRule).selectorText,
    );
    expect(selectors).to.not.be.empty;
    for (const selector of selectors) {
      expect(selector).to.match(
        /^bl-[a-z-]+(\[[a-z-]+="[\w-]+"\])?(:not\(:defined\)|:is\(:not\(:defined\), :state\(loading\)\))$/,
      );
    }
    // (WebKit lists the adopted sheet among the document's sheets too.)
    expect(
      [...doc.styleSheets]
        .filter((sheet) => !doc.adoptedStyleSheets.includes(sheet))
        .map((sheet) => sheet.href?.replace(view.location.origin, '')),
    ).to.deep.equal(['/tests/fixtures/hostile.css']);
    expect(view.getComputedStyle(doc.getElementById('host-text')!).color).to.equal(
      'rgb(204, 0, 0)',
    );
  });

  it('does not throw when a second version is loaded, and names both versions', async () => {
    const { view } = await open('/tests/fixtures/strict-host.html');
    await waitUntil(() => view.customElements.get('bl-area-card'), 'not defined');
    // Another version in one file, as a second plugin or theme might bring it.
    const source = await (await fetch('/dist/big-local-widgets.all.min.js')).text();
    const newer = source.replaceAll('"0.1.0"', '"9.9.9"');
    expect(newer).to.not.equal(source);
    const url = URL.createObjectURL(new Blob([newer], { type: 'text/javascript' }));
    await (view as unknown as { eval: (code: string) => Promise<unknown> }).eval(
      `import(${JSON.stringify(url)})`,
    );
    await waitUntil(
      () => view.recorded.warnings.some((message) => message.includes('9.9.9')),
      'no warning',
    );
    const warning = view.recorded.warnings.find((message) => message.includes('9.9.9'))!;
    expect(warning).to.match(
      /version 0\.1\.0\) already defines <bl-programme>; this copy \(version 9\.9\.9\)/,
    );
    expect(view.recorded.errors).to.deep.equal([]);
    URL.revokeObjectURL(url);
  });
});

describe('the iframe embed', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('sizes its iframe to the content, under a strict policy, and again when the content grows', async () => {
    const { view } = await open('/tests/fixtures/embed-host.html?csp=1');
    const iframe = view.document.getElementById('card') as HTMLIFrameElement;
    await waitUntil(() => Number(iframe.height) > 150, 'the iframe was not resized', {
      timeout: 5000,
    });
    const inner = iframe.contentWindow as FrameWindow;
    const card = inner.document.querySelector('bl-area-card')!;
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part="sources"]'),
      'no card in the frame',
    );
    const contentHeight = () =>
      Math.ceil(inner.document.documentElement.getBoundingClientRect().height);
    await waitUntil(
      () => Number(iframe.height) === contentHeight(),
      'the iframe is not the height of its content',
    );
    const content = contentHeight();
    // Opening the Sources disclosure makes the card taller: the frame follows.
    (shadowOf(card).querySelector('details') as HTMLDetailsElement).open = true;
    await waitUntil(
      () => Number(iframe.height) > content,
      'the iframe did not grow with its content',
    );
    expect(view.recorded.violations).to.deep.equal([]);
    expect(inner.recorded?.violations ?? []).to.deep.equal([]);
  });

  it('ignores height messages that do not come from the iframe itself', async () => {
    const { view } = await open('/tests/fixtures/embed-host.html');
    const stranger = view.document.getElementById('stranger') as HTMLIFrameElement;
    const card = view.document.getElementById('card') as HTMLIFrameElement;
    await waitUntil(() => Number(card.height) > 150, 'the embed was not resized');
    // A message from the host page itself, and one from another frame, both claiming a height.
    view.postMessage({ type: 'bl-embed:height', height: 5 }, '*');
    stranger.contentWindow!.parent.postMessage({ type: 'bl-embed:height', height: 7 }, '*');
    // Messages to a window arrive in the order they were posted: once a last one has arrived,
    // embed.js (which listens first) has handled the two before it.
    await new Promise<void>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data !== 'handled') return;
        view.removeEventListener('message', onMessage);
        resolve();
      };
      view.addEventListener('message', onMessage);
      view.postMessage('handled', '*');
    });
    // The card may still grow as its own widget finishes drawing; it never takes their heights.
    expect(Number(card.height)).to.be.above(150);
    expect(stranger.height).to.equal('150');
  });

  it("takes the browser's inset border off its iframes and leaves other frames alone", async () => {
    const { view } = await open('/tests/fixtures/embed-host.html');
    const border = (id: string) =>
      view.getComputedStyle(view.document.getElementById(id)!).borderTopWidth;
    expect(border('card')).to.equal('0px');
    expect(border('stranger')).to.not.equal('0px');
  });

  it('renders the widget its query names and refuses unknown ones in plain words', async () => {
    const { view } = await open(
      '/dist/embed.html?widget=outcome-ring&outcome=identify-needs&area=barrowcliff&theme=dark',
    );
    const ring = view.document.querySelector('bl-outcome-ring')!;
    await waitUntil(() => ring.shadowRoot?.querySelector('[part="notice"]'), 'no ring');
    expect(view.document.documentElement.dataset.theme).to.equal('dark');
    const { view: unknown } = await open('/dist/embed.html?widget=%3Cscript%3E');
    expect(unknown.document.querySelector('[role="alert"]')?.textContent).to.equal(
      'There is no widget called "<script>" to embed.',
    );
  });
});
