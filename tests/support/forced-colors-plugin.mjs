// A test-runner command that turns forced colours (Windows High Contrast) on or off for the
// page, through the Chrome DevTools Protocol, which the runner's own `emulateMedia` cannot:
// `executeServerCommand('forced-colors', { active: true })` in a test. The session that set it
// stays open, since an override lasts only as long as its session.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors' && command !== 'forced-colors-emulable') return undefined;
      const page = session.browser.getPage?.(session.id);
      // Only Chromium's protocol can turn forced colours on; Firefox (whose puppeteer page has
      // the method, and refuses) and WebKit have no way.
      if (typeof page?.createCDPSession !== 'function') return false;
      if (!sessions.has(page)) {
        try {
          sessions.set(page, await page.createCDPSession());
        } catch {
          return false;
        }
      }
      if (command === 'forced-colors-emulable') return true;
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
