// Data addresses for the loading and error stories.

/** Answers 404 wherever the catalogue is served: no such file exists. */
export const missingUrl = 'bl-fixtures/missing.json';

/** Never answers: `fetch` for it stays pending until the widget gives up or leaves the page. */
export const pendingUrl = 'bl-fixtures/pending.json';

/**
 * For a story's `beforeEach`: makes requests for `pendingUrl` hang, in Storybook, in a static
 * catalogue with no server code and in the story tests alike; returns the cleanup.
 */
export function holdPendingRequests(): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(`/${pendingUrl}`)) return original(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('The request was aborted.', 'AbortError')),
      );
    });
  };
  return () => {
    globalThis.fetch = original;
  };
}
