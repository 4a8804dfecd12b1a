/**
 * The area map's point layout, imported only when a dataset gives areas coordinates: d3-geo
 * projects England's outline and each area's `lat` and `lon` into the map's box, and the widget
 * draws what this returns. The outline is Natural Earth's (public domain), written by
 * `scripts/england-outline.mjs`.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Area } from '../../data/types.js';
import outline from './england-outline.json';

export interface PlacedPoint {
  area: Area;
  x: number;
  y: number;
}

export interface PointLayout {
  width: number;
  height: number;
  /** The outline of England as an SVG path. */
  outline: string;
  /** Areas inside the map's box, in the order given. */
  points: PlacedPoint[];
  /** Areas whose coordinates fall outside the box (another country, or a typing slip). */
  outside: Area[];
}

/** An area with both coordinates. */
export const hasPoint = (area: Area): area is Area & { lat: number; lon: number } =>
  typeof area.lat === 'number' && typeof area.lon === 'number';

const width = 300;
const height = 360;
const margin = 8;
const round = (value: number) => Math.round(value * 10) / 10;

/** Each dataset's layout, made once: a new selection re-derives the map, not the projection. */
const layouts = new WeakMap<readonly Area[], PointLayout>();

/** Projects the outline and the areas with coordinates into a `width` × `height` box. */
export function layoutPoints(areas: readonly Area[]): PointLayout {
  let layout = layouts.get(areas);
  if (!layout) layouts.set(areas, (layout = project(areas)));
  return layout;
}

function project(areas: readonly Area[]): PointLayout {
  const shape = outline as GeoPermissibleObjects;
  // Transverse Mercator on 2° W, the meridian Great Britain's national grid is drawn on.
  const projection = geoTransverseMercator()
    .rotate([2, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      shape,
    );
  const points: PlacedPoint[] = [];
  const outside: Area[] = [];
  for (const area of areas) {
    if (!hasPoint(area)) continue;
    const [x, y] = projection([area.lon, area.lat]) ?? [Number.NaN, Number.NaN];
    if (x >= 0 && x <= width && y >= 0 && y <= height)
      points.push({ area, x: round(x), y: round(y) });
    else outside.push(area);
  }
  return {
    width,
    height,
    outline: geoPath(projection.precision(0.5)).digits(1)(shape) ?? '',
    points,
    outside,
  };
}
