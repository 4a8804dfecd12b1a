// bench: The floor: hand-written SVG, virtualised as ours is (only the rows in view plus 4
// either side are drawn, redrawn on scroll, in a 480 px scrolling frame). Sort re-renders the
// window from the rows sorted in JS.
import {
  FRAME_HEIGHT,
  ROW_HEIGHT,
  SORT_COLUMN,
  colourOf,
  loadMatrix,
  sortByColumn,
} from '../lib/data.js';
import { bench } from '../lib/bench.js';

const NAME_WIDTH = 200;
const CELL_WIDTH = 64;
const HEAD_HEIGHT = 40;
const OVERSCAN = 4;
const escape = (text) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

const { columns, rows: named } = await loadMatrix();
let rows = named;
const width = NAME_WIDTH + columns.length * CELL_WIDTH;
const frame = document.createElement('div');
frame.style.cssText = `height:${FRAME_HEIGHT}px;width:${width + 20}px;overflow:auto;font:12px system-ui,sans-serif`;
const view = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
view.setAttribute('width', width);
view.setAttribute('height', FRAME_HEIGHT);
view.style.cssText = 'position:sticky;top:0;display:block';
const spacer = document.createElement('div');
frame.append(view, spacer);
document.body.append(frame);

const header = `<rect width="${width}" height="${HEAD_HEIGHT}" fill="#fff"/>${columns
  .map(
    (column, col) =>
      `<text x="${NAME_WIDTH + col * CELL_WIDTH + CELL_WIDTH / 2}" y="${HEAD_HEIGHT - 8}" text-anchor="middle" font-size="11">${escape(column.label.slice(0, 10))}</text>`,
  )
  .join('')}<text x="4" y="${HEAD_HEIGHT - 8}">Area</text>`;

function draw() {
  spacer.style.height = `${HEAD_HEIGHT + rows.length * ROW_HEIGHT - FRAME_HEIGHT}px`;
  const top = frame.scrollTop;
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + FRAME_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  let body = '';
  for (let i = first; i < last; i++) {
    const row = rows[i];
    const y = HEAD_HEIGHT + i * ROW_HEIGHT - top;
    body += `<g transform="translate(0 ${y})"><text x="4" y="${ROW_HEIGHT - 8}">${escape(row.name)}</text>`;
    row.levels.forEach((level, col) => {
      const fill = colourOf(level, columns[col].top);
      body += `<rect class="cell" x="${NAME_WIDTH + col * CELL_WIDTH + 1}" y="1" width="${CELL_WIDTH - 2}" height="${ROW_HEIGHT - 2}" fill="${fill}"/>`;
    });
    body += '</g>';
  }
  view.innerHTML = body + header;
}

let pending = false;
frame.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    draw();
  });
});
draw();

bench.register({
  ready: () => Boolean(view.querySelector('rect.cell')),
  marks: () => ({
    marks: view.querySelectorAll('rect.cell').length,
    expected: Math.min(rows.length, 8) * columns.length,
    kind: 'svg rect',
  }),
  async sort() {
    rows = sortByColumn(named, SORT_COLUMN);
    frame.scrollTop = 0;
    draw();
    return rows[0].name;
  },
});
