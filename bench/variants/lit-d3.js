// bench: Lit with d3: a plain LitElement rendering every row as one SVG template (no
// virtualisation), colours from a d3-scale piecewise-linear scale over the same palette, in a
// 480 px scrolling frame. Sort sets the rows sorted in JS as the element's property.
import { LitElement, css, html, svg } from 'lit';
import { scaleLinear } from 'd3-scale';
import {
  FRAME_HEIGHT,
  NONE,
  RAMP,
  ROW_HEIGHT,
  SORT_COLUMN,
  loadMatrix,
  sortByColumn,
} from '../lib/data.js';
import { bench } from '../lib/bench.js';

const NAME_WIDTH = 200;
const CELL_WIDTH = 64;
const HEAD_HEIGHT = 40;

class BenchMatrix extends LitElement {
  static properties = { matrix: { attribute: false }, rows: { attribute: false } };
  static styles = css`
    :host {
      display: block;
      height: ${FRAME_HEIGHT}px;
      overflow: auto;
      font:
        12px system-ui,
        sans-serif;
    }
  `;

  willUpdate(changed) {
    if (changed.has('matrix')) {
      this.colours = this.matrix.columns.map(({ top }) =>
        scaleLinear()
          .domain(RAMP.map((_, step) => (step * top) / (RAMP.length - 1)))
          .range(RAMP),
      );
    }
  }

  render() {
    const { columns } = this.matrix;
    const width = NAME_WIDTH + columns.length * CELL_WIDTH;
    return html`<svg width=${width} height=${HEAD_HEIGHT + this.rows.length * ROW_HEIGHT}>
      ${columns.map(
        (
          column,
          col,
        ) => svg`<text x=${NAME_WIDTH + col * CELL_WIDTH + CELL_WIDTH / 2} y=${HEAD_HEIGHT - 8}
          text-anchor="middle" font-size="11">${column.label.slice(0, 10)}</text>`,
      )}
      ${this.rows.map(
        (row, y) => svg`<g transform="translate(0 ${HEAD_HEIGHT + y * ROW_HEIGHT})">
          <text x="4" y=${ROW_HEIGHT - 8}>${row.name}</text>
          ${row.levels.map(
            (
              level,
              col,
            ) => svg`<rect x=${NAME_WIDTH + col * CELL_WIDTH + 1} y="1" width=${CELL_WIDTH - 2}
              height=${ROW_HEIGHT - 2} fill=${level < 0 ? NONE : this.colours[col](level)}></rect>`,
          )}
        </g>`,
      )}
    </svg>`;
  }
}
customElements.define('bench-matrix', BenchMatrix);

const matrix = await loadMatrix();
const element = document.createElement('bench-matrix');
element.style.width = `${NAME_WIDTH + matrix.columns.length * CELL_WIDTH + 20}px`;
element.matrix = matrix;
element.rows = matrix.rows;
document.body.append(element);

const cellsIn = () => element.shadowRoot?.querySelectorAll('rect') ?? [];
bench.register({
  ready: () => Boolean(element.shadowRoot?.querySelector('rect')),
  marks: () => ({
    marks: cellsIn().length,
    expected: matrix.rows.length * matrix.columns.length,
    kind: 'svg rect',
  }),
  async sort() {
    element.rows = sortByColumn(matrix.rows, SORT_COLUMN);
    element.scrollTop = 0;
    await element.updateComplete;
    return element.rows[0].name;
  },
});
