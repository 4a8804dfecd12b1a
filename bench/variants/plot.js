// bench: Observable Plot's cell mark: every row drawn (Plot has no virtualisation), one tall SVG
// in a 480 px scrolling frame. Sort renders a new plot from the rows sorted in JS.
import { cell, plot } from '@observablehq/plot';
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
frame.style.cssText = `height:${FRAME_HEIGHT}px;width:${200 + columns.length * 64 + 40}px;overflow:auto`;
document.body.append(frame);

function draw(rows) {
  const cells = [];
  rows.forEach((row, y) =>
    row.levels.forEach((level, col) =>
      cells.push({ x: columns[col].label, y, fill: colourOf(level, columns[col].top) }),
    ),
  );
  const chart = plot({
    width: 200 + columns.length * 64,
    height: 40 + rows.length * ROW_HEIGHT,
    marginLeft: 200,
    marginTop: 40,
    marginBottom: 0,
    x: {
      domain: columns.map((column) => column.label),
      axis: 'top',
      label: null,
      tickFormat: (label) => label.slice(0, 10),
    },
    y: { domain: rows.map((_, y) => y), tickFormat: (y) => rows[y].name, label: null, tickSize: 0 },
    color: { type: 'identity' },
    marks: [cell(cells, { x: 'x', y: 'y', fill: 'fill', inset: 1 })],
  });
  frame.replaceChildren(chart);
}

let rows = named;
draw(rows);

const cellsIn = () => frame.querySelectorAll('g[aria-label="cell"] rect');
bench.register({
  ready: () => Boolean(frame.querySelector('g[aria-label="cell"] rect')),
  marks: () => ({
    marks: cellsIn().length,
    expected: rows.length * columns.length,
    kind: 'svg rect',
  }),
  async sort() {
    rows = sortByColumn(named, SORT_COLUMN);
    frame.scrollTop = 0;
    draw(rows);
    return rows[0].name;
  },
});
