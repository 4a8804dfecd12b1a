// The story tests in Firefox and WebKit: every story of the Storybook catalogue, in light and in
// dark, as `npm test` runs them in Chromium through Vitest (vitest.config.mjs). Each story runs in
// the built catalogue's own story page (storybook-static/iframe.html, which `npm test` builds
// first) in an iframe; Storybook runs it there as in Vitest: render, play function, then axe
// (`parameters.a11y.test = 'error'`), and reports the outcome to the page above it. The list of
// stories is the catalogue's index, built from stories/, so there is one source of truth.
// Forced colours cannot be emulated in these two engines: a story with `parameters.forcedColors`
// runs in normal colours here (its play function checks forced colours only where they apply).
import { expect } from '@open-wc/testing';

interface IndexEntry {
  type: string;
  id: string;
  title: string;
  name: string;
  tags?: string[];
}

interface Report {
  type: string;
  status: string;
  result?: { violations?: { id: string; help: string; nodes: { target: unknown }[] }[] };
}

interface Outcome {
  status: string;
  problems: string[];
}

const index = (await (await fetch('/storybook-static/index.json')).json()) as {
  entries: Record<string, IndexEntry>;
};
// The stories Vitest runs: Storybook's default `test` tag, which every story has unless it opts out.
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (entry.tags ?? []).includes('test'),
);

/** What the story's channel said, parsed; Storybook posts it as JSON with a few extensions. */
function channelEvent(data: unknown): { type: string; args: unknown[] } | undefined {
  if (typeof data !== 'string' || !data.includes('storybook-channel')) return undefined;
  try {
    const message = JSON.parse(data) as { key?: string; event?: { type: string; args: unknown[] } };
    return message.key === 'storybook-channel' ? message.event : undefined;
  } catch {
    return undefined;
  }
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return JSON.stringify(error);
}

/** Collects what the story page says until Storybook's verdict on story `id`. */
function outcomeOf(frame: HTMLIFrameElement, id: string): Promise<Outcome> {
  const problems: string[] = [];
  return new Promise<Outcome>((resolve) => {
    const listen = (message: MessageEvent) => {
      if (message.source !== frame.contentWindow) return;
      const event = channelEvent(message.data);
      if (!event) return;
      const [first] = event.args;
      switch (event.type) {
        case 'configError':
        case 'storyErrored':
        case 'storyThrewException':
        case 'playFunctionThrewException':
        case 'storyMissing':
          problems.push(`${event.type}: ${describeError(first)}`);
          break;
        case 'unhandledErrorsWhilePlaying':
          for (const error of first as unknown[])
            problems.push(`unhandled: ${describeError(error)}`);
          break;
        case 'storyFinished': {
          const { storyId, status, reporters } = first as {
            storyId: string;
            status: string;
            reporters: Report[];
          };
          if (storyId !== id) return;
          for (const report of reporters) {
            if (report.status !== 'failed') continue;
            for (const violation of report.result?.violations ?? [])
              problems.push(
                `${report.type}: ${violation.id} (${violation.help}) at ${violation.nodes
                  .map((node) => JSON.stringify(node.target))
                  .join(', ')}`,
              );
          }
          removeEventListener('message', listen);
          resolve({ status, problems });
        }
      }
    };
    addEventListener('message', listen);
  });
}

/**
 * The story page in use, per theme. Loading it costs far more than a story, so the stories of a
 * theme follow one another in it, as Storybook's own UI switches them (`setCurrentStory`); a story
 * that fails gets the next one a new page, whatever state it left.
 */
let page: { frame: HTMLIFrameElement; theme: string } | undefined;

function dropPage(): void {
  page?.frame.remove();
  page = undefined;
}

/** Runs one story in the catalogue's story page and waits for Storybook's verdict. */
async function runStory(id: string, theme: 'light' | 'dark'): Promise<Outcome> {
  if (page && page.theme !== theme) dropPage();
  if (page) {
    const outcome = outcomeOf(page.frame, id);
    const message = { type: 'setCurrentStory', args: [{ storyId: id, viewMode: 'story' }] };
    page.frame.contentWindow!.postMessage(
      JSON.stringify({ key: 'storybook-channel', event: { ...message, from: 'story-tests' } }),
      '*',
    );
    return outcome;
  }
  const frame = document.createElement('iframe');
  frame.title = 'Story';
  frame.style.cssText = 'position:fixed;inset:0;width:100%;height:100%;border:0';
  const outcome = outcomeOf(frame, id);
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme}`;
  document.body.append(frame);
  page = { frame, theme };
  return outcome;
}

for (const theme of ['light', 'dark'] as const) {
  describe(`stories, ${theme}`, () => {
    afterEach(function () {
      if (this.currentTest?.state !== 'passed') dropPage();
    });
    for (const story of stories) {
      it(`${story.title} › ${story.name}`, async function () {
        this.timeout(30000);
        const { status, problems } = await runStory(story.id, theme);
        expect(problems, story.id).to.deep.equal([]);
        expect(status, story.id).to.equal('success');
      });
    }
  });
}
