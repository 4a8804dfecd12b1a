// bench: The floor: four hand-written SVG donuts (a track circle, an arc to the level, the
// level's number) with HTML captions.
import { arcPath } from '../lib/data.js';
import { ACCENT, RING_SIZE, TRACK, captionOf, loadRings, rowOfFigures } from '../lib/rings.js';
import { bench } from '../lib/bench.js';

const row = rowOfFigures();
for (const ring of await loadRings()) {
  const figure = document.createElement('figure');
  figure.style.margin = '0';
  const arc = ring.level
    ? `<path class="level" d="${arcPath(42, 0, ring.level / ring.max)}" fill="none" stroke="${ACCENT}" stroke-width="12"/>`
    : '';
  figure.innerHTML = `<svg viewBox="-54 -54 108 108" width="${RING_SIZE}" height="${RING_SIZE}"><circle class="track" r="42" fill="none" stroke="${TRACK}" stroke-width="12"/>${arc}<text text-anchor="middle" dominant-baseline="central" font-size="28">${ring.level ?? '–'}</text></svg>`;
  figure.append(captionOf(ring));
  row.append(figure);
}

bench.register({
  ready: () => Boolean(row.querySelector('circle.track')),
  marks: () => ({
    marks: row.querySelectorAll('circle.track, path.level').length,
    expected: 4,
    kind: 'svg circle/path',
  }),
});
