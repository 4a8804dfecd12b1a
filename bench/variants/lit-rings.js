// bench: Lit alone: a plain LitElement rendering the four donuts as SVG templates (a track
// circle, an arc to the level, the level's number) with captions.
import { LitElement, html, svg } from 'lit';
import { arcPath } from '../lib/data.js';
import { ACCENT, RING_SIZE, TRACK, loadRings } from '../lib/rings.js';
import { bench } from '../lib/bench.js';

class BenchRings extends LitElement {
  static properties = { rings: { attribute: false } };

  render() {
    return html`<div style="display:flex;gap:24px;padding:8px;font:13px system-ui,sans-serif">
      ${this.rings.map(
        (ring) =>
          html`<figure style="margin:0">
            <svg viewBox="-54 -54 108 108" width=${RING_SIZE} height=${RING_SIZE}>
              <circle class="track" r="42" fill="none" stroke=${TRACK} stroke-width="12"></circle>
              ${ring.level ? svg`<path class="level" d=${arcPath(42, 0, ring.level / ring.max)} fill="none" stroke=${ACCENT} stroke-width="12"></path>` : null}
              <text text-anchor="middle" dominant-baseline="central" font-size="28">
                ${ring.level ?? '–'}
              </text>
            </svg>
            <figcaption style="text-align:center;max-width:9em">
              <strong>${ring.label}</strong><br /><span
                >${ring.levelLabel}${ring.start === null ? '' : ` (from level ${ring.start})`}</span
              >
            </figcaption>
          </figure>`,
      )}
    </div>`;
  }
}
customElements.define('bench-rings', BenchRings);

const element = document.createElement('bench-rings');
element.rings = await loadRings();
document.body.append(element);

const marksIn = () => element.shadowRoot?.querySelectorAll('circle.track, path.level') ?? [];
bench.register({
  ready: () => marksIn().length > 0,
  marks: () => ({ marks: marksIn().length, expected: 4, kind: 'svg circle/path' }),
});
