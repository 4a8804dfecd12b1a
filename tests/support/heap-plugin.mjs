// A test-runner command that measures the page's JS heap after a full garbage collection,
// through the Chrome DevTools Protocol: `executeServerCommand('heap-after-gc')` in a test.
export function heapPlugin() {
  return {
    name: 'heap-after-gc',
    async executeCommand({ command, session }) {
      if (command !== 'heap-after-gc') return undefined;
      const page = session.browser.getPage(session.id);
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
