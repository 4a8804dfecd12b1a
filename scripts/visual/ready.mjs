// What runs inside the story page for the visual tests: `steadyPage` before any of the page's
// own scripts, `readyCheck` on every animation frame until the story is ready to be shot.
/* global document, customElements, requestAnimationFrame, CSSStyleSheet, HTMLImageElement */

/**
 * Init script: turns off animations, transitions and the text caret (in the document and, as
 * `readyCheck` finds them, in every shadow root), and counts fetches in flight, telling those
 * that reached the network from those a story holds back on purpose (its own `fetch` that never
 * answers, as the loading stories do).
 */
export function steadyPage() {
  const calm = new CSSStyleSheet();
  calm.replaceSync(
    '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }',
  );
  const calmed = new WeakSet();
  const calmRoot = (root) => {
    if (calmed.has(root)) return;
    calmed.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, calm];
  };
  calmRoot(document);

  const nativeFetch = globalThis.fetch;
  let calls = 0;
  let sent = 0;
  let depth = 0;
  const settle = (promise, done) => {
    Promise.resolve(promise)
      .finally(done)
      .catch(() => {});
  };
  /** The browser's fetch: what reaches the network. */
  const network = function (input, init) {
    const promise = nativeFetch.call(globalThis, input, init);
    sent += 1;
    settle(promise, () => (sent -= 1));
    return promise;
  };
  const wrapperOf = new WeakMap();
  const wrappedBy = new WeakMap();
  /** Whatever the page sets as `fetch`, counted once per call from outside any fetch. */
  const counted = (target) => {
    if (wrappedBy.has(target)) return target;
    let wrapper = wrapperOf.get(target);
    if (!wrapper) {
      wrapper = function (input, init) {
        const outermost = depth === 0;
        depth += 1;
        let promise;
        try {
          promise = target.call(this, input, init);
        } finally {
          depth -= 1;
        }
        if (outermost) {
          calls += 1;
          settle(promise, () => (calls -= 1));
        }
        return promise;
      };
      wrapperOf.set(target, wrapper);
      wrappedBy.set(wrapper, target);
    }
    return wrapper;
  };
  let current = network;
  Object.defineProperty(globalThis, 'fetch', {
    configurable: true,
    enumerable: true,
    get: () => counted(current),
    set: (value) => {
      current = wrappedBy.get(value) ?? value;
    },
  });

  globalThis.__blVisual = {
    calmRoot,
    /** Requests that reached the network and have not answered. */
    sending: () => sent,
    /** Requests the page holds back itself: called, never sent. */
    held: () => calls - sent,
  };
}

/**
 * True once the story is ready to be shot; false while it is not; a string when it never will
 * be (Storybook shows an error). Runs in the page, so it is self-contained.
 */
export function readyCheck() {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    return `Storybook shows an error: ${message || 'unknown'}`;
  }
  const visual = globalThis.__blVisual;
  // The story's render, play function and checks are all done.
  if (globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase !== 'finished') return false;
  if (document.fonts.status !== 'loaded') return false;
  const widgets = [];
  let imagesLoaded = true;
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('bl-')) widgets.push(element);
      if (element instanceof HTMLImageElement && !element.complete) imagesLoaded = false;
      if (element.shadowRoot) {
        visual.calmRoot(element.shadowRoot);
        walk(element.shadowRoot);
      }
    }
  };
  walk(document);
  if (!imagesLoaded || visual.sending() > 0) return false;
  for (const widget of widgets) {
    if (!customElements.get(widget.localName) || widget.isUpdatePending) return false;
  }
  // A widget may stay loading only when its data is held back on purpose.
  const loading = widgets.some((widget) => widget.matches(':state(loading)'));
  return !loading || visual.held() > 0;
}

/** Resolves after two animation frames: what is drawn then is what was laid out. */
export function twoFrames() {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}
