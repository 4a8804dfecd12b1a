import type { Area } from '../../data/types.js';
import { collator } from '../../format/text.js';

/**
 * The area map's arithmetic, apart from Lit and the DOM: where each of England's nine regions
 * sits on the tile grid, how many areas each holds (and how many of those by an inferred
 * region), the shading steps, and which tile an arrow key moves to.
 */

/** A region's tile: its name as the data spells it, and its place on the grid. */
export interface TilePlace {
  region: string;
  row: number;
  col: number;
}

/**
 * A cartogram, not a map: each of England's nine regions is one equal tile, placed on a
 * 3 × 4 grid roughly where it lies (the North East at the top, London beside the South East,
 * the South West bottom left), so a reader finds a region by position and compares counts
 * without large regions outweighing small ones. No public source gives the areas' coordinates
 * or boundaries, so nothing here claims to be geography.
 */
export const englandTiles: readonly TilePlace[] = [
  { region: 'North East', row: 0, col: 1 },
  { region: 'North West', row: 1, col: 0 },
  { region: 'Yorkshire and the Humber', row: 1, col: 1 },
  { region: 'West Midlands', row: 2, col: 0 },
  { region: 'East Midlands', row: 2, col: 1 },
  { region: 'East of England', row: 2, col: 2 },
  { region: 'South West', row: 3, col: 0 },
  { region: 'South East', row: 3, col: 1 },
  { region: 'London', row: 3, col: 2 },
];

export const gridSize = { rows: 4, cols: 3 } as const;

/** The areas of one region, and how many of them are placed there by an inferred region. */
export interface RegionCount {
  region: string;
  areas: Area[];
  inferred: number;
}

export interface RegionCounts {
  /** One entry per tile, in the layout's order, each with its areas in name order. */
  regions: RegionCount[];
  /** Areas whose record gives no region. */
  unplaced: Area[];
  /** Areas whose region is none of the tiles' (another country's, or a misspelling). */
  elsewhere: Area[];
}

/** The field names a source infers rather than states, when the data says (`inferred`). */
export function inferredFields(area: Area): readonly string[] {
  return area.inferred ?? [];
}

/**
 * Counts the areas per tile. Region names match whatever their case or accents ("Yorkshire and
 * The Humber" is the tile's), since sources spell them loosely; each list is in name order.
 */
export function countByRegion(
  areas: readonly Area[],
  tiles: readonly TilePlace[] = englandTiles,
): RegionCounts {
  const compare = collator();
  const regions: RegionCount[] = tiles.map(({ region }) => ({ region, areas: [], inferred: 0 }));
  const unplaced: Area[] = [];
  const elsewhere: Area[] = [];
  for (const area of areas) {
    const region = area.region?.trim();
    if (!region) {
      unplaced.push(area);
      continue;
    }
    const tile = regions.find((entry) => compare.compare(entry.region, region) === 0);
    if (!tile) {
      elsewhere.push(area);
      continue;
    }
    tile.areas.push(area);
    if (inferredFields(area).includes('region')) tile.inferred++;
  }
  const byName = (a: Area, b: Area) => compare.compare(a.name, b.name);
  for (const entry of regions) entry.areas.sort(byName);
  unplaced.sort(byName);
  elsewhere.sort(byName);
  return { regions, unplaced, elsewhere };
}

/** One step of the shading: the counts it covers and how much accent it mixes in (0 to 1). */
export interface ShadeStep {
  from: number;
  to: number;
  share: number;
}

/**
 * How much accent the lightest and darkest filled steps mix into the surface. The count is
 * printed on the fill in the text colour, so the darkest step stops at half: past it, the
 * default accent leaves the text under 4.5:1 in the dark theme (light text on a light fill),
 * and the light theme has room to spare. Even the lightest stands apart from an empty tile.
 */
export const mixRange = { lightest: 0.12, darkest: 0.5 } as const;

/**
 * The sequential scale: no areas is a step of its own (the surface, outlined), then up to
 * `steps` equal bins from 1 to the largest count, the accent mixed in evenly from the lightest
 * to the darkest share. With few areas each count is its own step, so no bin is empty by
 * construction.
 */
export function shadeSteps(max: number, steps = 4): ShadeStep[] {
  const scale: ShadeStep[] = [{ from: 0, to: 0, share: 0 }];
  if (max < 1) return scale;
  const bins = Math.min(steps, max);
  const width = Math.ceil(max / bins);
  const used = Math.ceil(max / width);
  const { lightest, darkest } = mixRange;
  for (let bin = 0; bin < used; bin++) {
    const share = used === 1 ? darkest : lightest + ((darkest - lightest) * bin) / (used - 1);
    scale.push({
      from: bin * width + 1,
      to: Math.min((bin + 1) * width, max),
      share: Math.round(share * 1000) / 1000,
    });
  }
  return scale;
}

/** The step a count falls in. */
export function stepOf(count: number, scale: readonly ShadeStep[]): ShadeStep {
  return scale.find((step) => count >= step.from && count <= step.to) ?? scale.at(-1)!;
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/**
 * The tile an arrow key moves to from `from` (an index into `tiles`): the nearest tile that
 * way, looking along the same row or column first and then the rows or columns beyond, and
 * skipping the grid's empty places; `from` itself when there is none. Home and End go to the
 * first and last tile of the row.
 */
export function moveFrom(tiles: readonly TilePlace[], from: number, direction: Direction): number {
  const start = tiles[from];
  if (!start) return 0;
  if (direction === 'first' || direction === 'last') {
    const row = tiles
      .map((tile, index) => ({ tile, index }))
      .filter(({ tile }) => tile.row === start.row)
      .sort((a, b) => a.tile.col - b.tile.col);
    return (direction === 'first' ? row[0] : row.at(-1))!.index;
  }
  const vertical = direction === 'up' || direction === 'down';
  const sign = direction === 'down' || direction === 'right' ? 1 : -1;
  let best = from;
  let bestScore = Infinity;
  tiles.forEach((tile, index) => {
    const along = vertical ? tile.row - start.row : tile.col - start.col;
    const across = vertical ? tile.col - start.col : tile.row - start.row;
    if (along * sign <= 0) return;
    // The nearest that way; straight ahead beats diagonal at the same distance.
    const score = Math.abs(along) * 10 + Math.abs(across) * 11;
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
