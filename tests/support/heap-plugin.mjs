// Test-runner commands that measure the page's JS heap after a full garbage collection,
// through the Chrome DevTools Protocol: `executeServerCommand('heap-after-gc')` in a test.
// Only Chromium offers this: Firefox (WebDriver BiDi) and WebKit (WebDriver) let no test force a
// collection or read the heap, so `heap-measurable` answers whether the page's engine can.
const cdpPage = (session) => {
  const page = session.browser.getPage?.(session.id);
  return page?.browser?.().protocol === 'cdp' ? page : undefined;
};

export function heapPlugin() {
  return {
    name: 'heap-after-gc',
    async executeCommand({ command, session }) {
      if (command === 'heap-measurable') return cdpPage(session) !== undefined;
      if (command !== 'heap-after-gc') return undefined;
      const page = cdpPage(session);
      if (!page) throw new Error(`No heap measurement in ${session.browser.name}`);
      const cdp = await page.createCDPSession();
      try {
        // Twice: the first pass can leave objects that only a second collection frees.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
