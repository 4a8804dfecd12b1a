// The bench's hooks, inlined by the runner at the top of every variant page (its bytes are not
// counted). A variant calls `bench.register({ ready, marks, sort })`:
//   ready()  cheap: true once its marks exist (polled every animation frame from the start);
//   marks()  { marks, expected, kind }: what it drew, counted after `ready`;
//   sort()   re-renders sorted by the first factor, highest first; resolves to the first row's
//            name, which the runner checks against the same sort done in Node.
// `drawn` is the time of the first frame at which `ready()` held, from navigation start.
(() => {
  let variant;
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const drawn = new Promise((done) => {
    const poll = () => {
      if (variant?.ready()) done(performance.now());
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  /** Every element matching `selector` under `root`, through open shadow roots. */
  const deepAll = (selector, root = document, found = []) => {
    for (const element of root.querySelectorAll(selector)) found.push(element);
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) deepAll(selector, element.shadowRoot, found);
    }
    return found;
  };
  /** Pixels of a 2D canvas that are neither transparent nor white: what a chart inked. */
  const inkPixels = (canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0 && (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245)) count++;
    }
    return count;
  };
  /**
   * Canvas marks: the inked pixels of the `count` most inked canvases (a chart may add empty
   * layers), each expected to cover `share` of its area.
   */
  const canvasMarks = (share, count = 1) => {
    const canvases = deepAll('canvas')
      .map((canvas) => ({ area: canvas.width * canvas.height, ink: inkPixels(canvas) }))
      .sort((a, b) => b.ink / b.area - a.ink / a.area)
      .slice(0, count);
    const sum = (key) => canvases.reduce((total, canvas) => total + canvas[key], 0);
    const expected =
      canvases.length < count ? Infinity : Math.max(1, Math.round(sum('area') * share));
    return { marks: sum('ink'), expected, kind: 'inked canvas px' };
  };
  globalThis.bench = {
    register: (hooks) => (variant = hooks),
    drawn,
    frame,
    deepAll,
    canvasMarks,
    marks: () => variant.marks(),
    elements: () => deepAll('*').length,
    async sort() {
      const start = performance.now();
      const first = await variant.sort();
      await frame();
      return { ms: performance.now() - start, first };
    },
  };
})();
