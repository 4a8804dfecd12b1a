// bench: Vega-Lite through vega-embed, SVG renderer (a canvas tall enough for 15,000 rows
// exceeds Chromium's limit): a rect mark per cell, every row drawn, one tall SVG in a 480 px
// scrolling frame. Sort replaces the view's data and names with the rows sorted in JS.
import embed from 'vega-embed';
import {
  FRAME_HEIGHT,
  ROW_HEIGHT,
  SORT_COLUMN,
  colourOf,
  loadMatrix,
  sortByColumn,
} from '../lib/data.js';
import { bench } from '../lib/bench.js';

const { columns, rows: named } = await loadMatrix();
const frame = document.createElement('div');
frame.style.cssText = `height:${FRAME_HEIGHT}px;width:${200 + columns.length * 64 + 60}px;overflow:auto`;
const target = document.createElement('div');
frame.append(target);
document.body.append(frame);

const cellsOf = (rows) =>
  rows.flatMap((row, y) =>
    row.levels.map((level, col) => ({
      x: columns[col].label,
      y,
      c: colourOf(level, columns[col].top),
    })),
  );
let rows = named;
const { view } = await embed(
  target,
  {
    width: { step: 64 },
    height: { step: ROW_HEIGHT },
    params: [{ name: 'names', value: rows.map((row) => row.name) }],
    datasets: { cells: cellsOf(rows) },
    data: { name: 'cells' },
    mark: { type: 'rect', stroke: '#fff', strokeWidth: 1 },
    encoding: {
      x: {
        field: 'x',
        type: 'nominal',
        sort: columns.map((column) => column.label),
        axis: { orient: 'top', title: null, labelAngle: 0, labelLimit: 60 },
      },
      y: {
        field: 'y',
        type: 'ordinal',
        axis: { title: null, labelExpr: 'names[datum.value]', labelLimit: 190 },
      },
      fill: { field: 'c', type: 'nominal', scale: null, legend: null },
    },
    config: { view: { stroke: null } },
  },
  { mode: 'vega-lite', renderer: 'svg', actions: false },
);

const cellsIn = () => target.querySelectorAll('.mark-rect path');
bench.register({
  ready: () => Boolean(target.querySelector('.mark-rect path')),
  marks: () => ({
    marks: cellsIn().length,
    expected: rows.length * columns.length,
    kind: 'svg path',
  }),
  async sort() {
    rows = sortByColumn(named, SORT_COLUMN);
    frame.scrollTop = 0;
    await view
      .signal(
        'names',
        rows.map((row) => row.name),
      )
      .data('cells', cellsOf(rows))
      .runAsync();
    return rows[0].name;
  },
});
