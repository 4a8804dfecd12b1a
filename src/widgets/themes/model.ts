import type { Fact, Source } from '../../data/types.js';

/** Figures in a row that cite the same page: the page is named once, under them. */
export interface FigureGroup {
  source: Source;
  figures: Fact[];
}

/** Consecutive figures with the same source, in their order, so each figure's source is plain. */
export function groupBySource(figures: readonly Fact[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  for (const figure of figures) {
    const last = groups.at(-1);
    if (last && last.source.url === figure.source.url) last.figures.push(figure);
    else groups.push({ source: figure.source, figures: [figure] });
  }
  return groups;
}

/** The column counts the grid takes as its container widens (one column needs no plan). */
export const gridColumns = [2, 4] as const;

/**
 * Each card's span in every grid: `wants` are in columns of the widest grid, scaled down for
 * narrower ones (a card that wants all four of four columns wants both of two).
 */
export function gridSpans(
  wants: readonly number[],
): Record<(typeof gridColumns)[number], number[]> {
  const widest = gridColumns[gridColumns.length - 1]!;
  const [two, four] = gridColumns.map((columns) =>
    rowSpans(
      wants.map((want) => Math.ceil((want * columns) / widest)),
      columns,
    ),
  );
  return { 2: two!, 4: four! };
}

/**
 * How many columns each card spans in a grid of `columns`, so that every row is full and no
 * row is ragged: cards keep their order, each takes the width it asks for (capped at the
 * grid), a card that does not fit starts the next row, and a row's spare columns widen its
 * narrowest cards (the later first), the last row's included.
 */
export function rowSpans(wants: readonly number[], columns: number): number[] {
  const spans: number[] = [];
  let row: number[] = [];
  let used = 0;
  const closeRow = () => {
    for (let spare = columns - used; spare > 0 && row.length > 0; spare -= 1) {
      let narrowest = row[0]!;
      for (const index of row) if (spans[index]! <= spans[narrowest]!) narrowest = index;
      spans[narrowest] = spans[narrowest]! + 1;
    }
    row = [];
    used = 0;
  };
  wants.forEach((want, index) => {
    const span = Math.min(Math.max(Math.round(want) || 1, 1), columns);
    if (used + span > columns) closeRow();
    spans[index] = span;
    row.push(index);
    used += span;
    if (used === columns) closeRow();
  });
  closeRow();
  return spans;
}
