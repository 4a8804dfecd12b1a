// bench: Chart.js with chartjs-chart-matrix (tree-shaken registration, no animation): every row
// given to the chart, a 480 px canvas showing the first rows through the y scale's min and max
// (a canvas tall enough for 15,000 rows exceeds Chromium's limit). Sort updates the chart's
// data with the rows sorted in JS.
import { CategoryScale, Chart, LinearScale } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import {
  FRAME_HEIGHT,
  ROW_HEIGHT,
  SORT_COLUMN,
  colourOf,
  loadMatrix,
  sortByColumn,
} from '../lib/data.js';
import { bench } from '../lib/bench.js';

Chart.register(MatrixController, MatrixElement, CategoryScale, LinearScale);

const { columns, rows: named } = await loadMatrix();
const inView = Math.floor((FRAME_HEIGHT - 40) / ROW_HEIGHT);
const frame = document.createElement('div');
frame.style.cssText = `height:${FRAME_HEIGHT}px;width:${200 + columns.length * 64}px;position:relative`;
const canvas = document.createElement('canvas');
frame.append(canvas);
document.body.append(frame);

let rows = named;
const cellsOf = (list) =>
  list.flatMap((row, y) =>
    row.levels.map((level, col) => ({
      x: columns[col].label,
      y,
      c: colourOf(level, columns[col].top),
    })),
  );
const chart = new Chart(canvas, {
  type: 'matrix',
  data: {
    datasets: [
      {
        data: cellsOf(rows),
        backgroundColor: (context) => context.raw?.c,
        width: ({ chart: c }) => (c.chartArea?.width ?? 0) / columns.length - 2,
        height: ({ chart: c }) => (c.chartArea?.height ?? 0) / inView - 2,
      },
    ],
  },
  options: {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    devicePixelRatio: 1,
    events: [],
    plugins: { legend: { display: false }, tooltip: { enabled: false } },
    scales: {
      x: {
        type: 'category',
        labels: columns.map((column) => column.label),
        position: 'top',
        offset: true,
        grid: { display: false },
        ticks: {
          callback: (_, index) => columns[index].label.slice(0, 10),
          maxRotation: 0,
          autoSkip: false,
        },
      },
      y: {
        type: 'linear',
        reverse: true,
        min: -0.5,
        max: inView - 0.5,
        grid: { display: false },
        afterBuildTicks: (scale) => {
          scale.ticks = Array.from({ length: inView }, (_, value) => ({ value }));
        },
        ticks: { callback: (value) => rows[value]?.name ?? '', autoSkip: false },
        afterFit: (scale) => {
          scale.width = 200;
        },
      },
    },
  },
});
// The constructor draws synchronously: no animation, and a responsive size read at once.
bench.register({
  ready: () => chart.chartArea?.width > 0,
  marks: () => bench.canvasMarks(0.3),
  async sort() {
    rows = sortByColumn(named, SORT_COLUMN);
    chart.data.datasets[0].data = cellsOf(rows);
    chart.update('none');
    return rows[0].name;
  },
});
