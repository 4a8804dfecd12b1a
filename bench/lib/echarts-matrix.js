// The ECharts matrix, given `init` from the tree-shaken core or the full build: a heatmap with
// a piecewise visualMap for the palette and a y-axis dataZoom showing the rows in view (with
// `filterMode: 'filter'` only they are laid out and drawn: ECharts' own virtualisation).
import {
  FRAME_HEIGHT,
  NONE,
  RAMP,
  ROW_HEIGHT,
  SORT_COLUMN,
  loadMatrix,
  sortByColumn,
  stepOf,
} from './data.js';
import { bench } from './bench.js';

export async function drawMatrix(init) {
  const { columns, rows: named } = await loadMatrix();
  const inView = Math.floor((FRAME_HEIGHT - 40) / ROW_HEIGHT);
  const frame = document.createElement('div');
  frame.style.cssText = `height:${FRAME_HEIGHT}px;width:${200 + columns.length * 64 + 40}px`;
  document.body.append(frame);
  const chart = init(frame, null, { renderer: 'canvas', devicePixelRatio: 1 });

  /** The axis names and the series' [column, row, palette step] triples for `rows`. */
  const seriesOf = (rows) => {
    const data = [];
    rows.forEach((row, y) =>
      row.levels.forEach((level, x) => data.push([x, y, stepOf(level, columns[x].top)])),
    );
    return { names: rows.map((row) => row.name), data };
  };
  let rows = named;
  const { names, data } = seriesOf(rows);
  chart.setOption({
    animation: false,
    grid: { left: 200, top: 40, right: 40, bottom: 8 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columns.map((column) => column.label.slice(0, 10)),
      axisLabel: { interval: 0 },
      splitArea: { show: false },
    },
    yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 }, data: names },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      pieces: [{ value: -1, color: NONE }, ...RAMP.map((color, value) => ({ value, color }))],
    },
    dataZoom: [
      {
        type: 'slider',
        yAxisIndex: 0,
        startValue: 0,
        endValue: inView - 1,
        zoomLock: true,
        right: 8,
        width: 16,
        showDetail: false,
      },
      { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
    ],
    series: [
      { type: 'heatmap', progressive: 0, itemStyle: { borderColor: '#fff', borderWidth: 1 }, data },
    ],
  });

  bench.register({
    // setOption lays out, renders and flushes the canvas synchronously (progressive: 0).
    ready: () => Boolean(frame.querySelector('canvas')),
    marks: () => bench.canvasMarks(0.3),
    async sort() {
      rows = sortByColumn(named, SORT_COLUMN);
      const next = seriesOf(rows);
      chart.setOption({ yAxis: { data: next.names }, series: [{ data: next.data }] });
      chart.dispatchAction({ type: 'dataZoom', startValue: 0, endValue: inView - 1 });
      return rows[0].name;
    },
  });
}
