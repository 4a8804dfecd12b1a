// What the ring variants share: the rings' data, and their captions as plain HTML.
import { loadData, ringArea, ringsOf } from './data.js';

export const ACCENT = '#1d6fa5';
export const TRACK = '#e3e3e3';
export const RING_SIZE = 112;

export async function loadRings() {
  return ringsOf(await loadData(), ringArea());
}

/** A ring's caption: its title, the level's label, and where it started. */
export function captionOf(ring) {
  const caption = document.createElement('figcaption');
  caption.style.cssText = 'text-align:center;font:13px system-ui,sans-serif;max-width:9em';
  caption.innerHTML = '<strong></strong><br><span></span>';
  caption.querySelector('strong').textContent = ring.label;
  caption.querySelector('span').textContent =
    ring.levelLabel + (ring.start === null ? '' : ` (from level ${ring.start})`);
  return caption;
}

export function rowOfFigures() {
  const row = document.createElement('div');
  row.style.cssText = 'display:flex;gap:24px;padding:8px';
  document.body.append(row);
  return row;
}
