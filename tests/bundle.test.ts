import { expect, waitUntil } from '@open-wc/testing';
import { openPage as openFrame } from './support/helpers.js';

/** A page with the loader on it, once the loader has defined its first tag. */
async function openPage(url: string): Promise<Window & typeof globalThis> {
  const { view } = await openFrame(url, 800);
  await waitUntil(() => view.customElements.get('bl-outcome-ring'), 'the bundle defined no tags');
  return view;
}

const meterText = async (view: Window, selector: string) => {
  const element = view.document.querySelector(selector) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await waitUntil(
    () => element.shadowRoot?.querySelector('[role="meter"]'),
    `${selector} drew no meter`,
  );
  return element.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext');
};

describe('the script-tag loader', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads alone in a plain HTML page and renders rings from inline data and from attributes', async () => {
    const view = await openPage('/tests/fixtures/plain-page.html');
    await waitUntil(() => view.customElements.get('bl-programme'), 'no provider defined');
    expect(await meterText(view, '#bound')).to.equal('High (level 2 of 2) in 2024');
    expect(await meterText(view, '#alone')).to.equal('Level 1 of 4');
  });

  it('can be loaded twice, and beside another copy: no error, one warning naming both versions', async () => {
    const view = await openPage('/tests/fixtures/twice-page.html');
    const recorded = (view as unknown as { recorded: { warnings: string[]; errors: string[] } })
      .recorded;
    expect(await meterText(view, 'bl-outcome-ring')).to.equal('Level 3 of 4');
    // The loader, pasted twice, runs once; the tag it loads is already the other copy's, which
    // it says once, naming both versions.
    await waitUntil(() => recorded.warnings.length > 0, 'no warning about the other copy');
    expect(recorded.errors).to.deep.equal([]);
    expect(recorded.warnings).to.have.length(1);
    expect(recorded.warnings[0]).to.match(/another copy \(version \d+\.\d+\.\d+\) already defines/);
  });
});
