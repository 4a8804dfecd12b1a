// bench: Chart.js doughnuts (tree-shaken registration, no animation): four charts, each the
// level and the rest of the scale, the number and captions in HTML.
import { ArcElement, Chart, DoughnutController } from 'chart.js';
import { ACCENT, RING_SIZE, TRACK, captionOf, loadRings, rowOfFigures } from '../lib/rings.js';
import { bench } from '../lib/bench.js';

Chart.register(DoughnutController, ArcElement);

const row = rowOfFigures();
const charts = (await loadRings()).map((ring) => {
  const figure = document.createElement('figure');
  figure.style.cssText = `margin:0;position:relative;width:${RING_SIZE}px`;
  const canvas = document.createElement('canvas');
  canvas.width = RING_SIZE;
  canvas.height = RING_SIZE;
  const number = document.createElement('span');
  number.style.cssText = `position:absolute;top:0;left:0;width:${RING_SIZE}px;font:28px/${RING_SIZE}px system-ui,sans-serif;text-align:center`;
  number.textContent = ring.level ?? '–';
  figure.append(canvas, number, captionOf(ring));
  row.append(figure);
  return new Chart(canvas, {
    type: 'doughnut',
    data: {
      datasets: [
        {
          data: [ring.level ?? 0, ring.max - (ring.level ?? 0)],
          backgroundColor: [ACCENT, TRACK],
          borderWidth: 0,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      cutout: '75%',
      events: [],
    },
  });
});

bench.register({
  ready: () => charts.length > 0,
  marks: () => bench.canvasMarks(0.15, 4),
});
