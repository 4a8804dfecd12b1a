// What every peer variant does with the dataset before drawing, the same work the widgets do:
// group the assessments by area, take each area's latest assessment that records any factor,
// order the rows by name, and map levels to the matrix's palette. Bundled into each peer page
// (its bytes count for it) and imported by the runner in Node to check the sorts.

/** ColorBrewer's YlGnBu in nine steps, as the matrix uses: level -> round(level / top * 8). */
export const RAMP = [
  '#ffffd9',
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
];
/** Not assessed (null) or no data (no key): one grey. */
export const NONE = '#d4d4d4';
export const NOT_ASSESSED = -1;
export const NO_DATA = -2;

/** Rows shown in the frame by the peers that show a window (canvas); the frame's height. */
export const FRAME_HEIGHT = 480;
export const ROW_HEIGHT = 24;

/** The palette step of a level, or -1 when it has none. */
export const stepOf = (level, top) =>
  level < 0 ? -1 : Math.round((Math.min(level, top) / top) * (RAMP.length - 1));
export const colourOf = (level, top) => (level < 0 ? NONE : RAMP[stepOf(level, top)]);

/** Assessments by area, each list in year order. */
function byArea(assessments) {
  const lists = new Map();
  for (const assessment of assessments) {
    const list = lists.get(assessment.area);
    if (list) list.push(assessment);
    else lists.set(assessment.area, [assessment]);
  }
  for (const list of lists.values()) list.sort((a, b) => a.year - b.year);
  return lists;
}

const scaleLabels = (data, item) => {
  const scale = data.scales[item.scale];
  return (Array.isArray(scale) ? scale : scale?.labels) ?? [];
};

/**
 * The matrix: `columns` (factors in group order, each with its top level), `groups` and `rows`
 * ({ name, levels }), rows in name order (ties in dataset order), levels below zero for none.
 */
export function matrixOf(data) {
  const groupIds = [
    ...new Set([...data.groups.map((g) => g.id), ...data.factors.map((f) => f.group)]),
  ];
  const columns = [];
  const groups = [];
  for (const id of groupIds) {
    const first = columns.length;
    for (const factor of data.factors) {
      if (factor.group !== id) continue;
      const top = Math.max(scaleLabels(data, factor).length - 1, 1);
      columns.push({ id: factor.id, label: factor.short ?? factor.title, top });
    }
    if (columns.length > first) {
      const title = data.groups.find((g) => g.id === id)?.title ?? id;
      groups.push({ title, first, span: columns.length - first });
    }
  }
  const lists = byArea(data.assessments);
  const rows = data.areas.map((area, index) => {
    const list = lists.get(area.id) ?? [];
    let shown = list.at(-1);
    for (let i = list.length - 1; i >= 0; i--) {
      if (Object.keys(list[i].factors).length > 0) {
        shown = list[i];
        break;
      }
    }
    const levels = columns.map(({ id }) => {
      if (!shown || !Object.hasOwn(shown.factors, id)) return NO_DATA;
      const level = shown.factors[id];
      return typeof level === 'number' ? level : NOT_ASSESSED;
    });
    return { index, name: area.name, levels };
  });
  const { compare } = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  rows.sort((a, b) => compare(a.name, b.name) || a.index - b.index);
  return { columns, groups, rows };
}

/** Rows by a factor column, highest first, ties in name order, unassessed last (as ours sorts). */
export function sortByColumn(rows, column) {
  const key = (row) => (row.levels[column] < 0 ? Infinity : -row.levels[column]);
  return rows
    .map((row, place) => ({ row, place, key: key(row) }))
    .sort((a, b) => a.key - b.key || a.place - b.place)
    .map(({ row }) => row);
}

/** The column every variant sorts by in the benchmark: the first factor. */
export const SORT_COLUMN = 0;

/**
 * One area's outcome rings: for its latest assessment year, each outcome's level (null when not
 * assessed), its scale's top level and labels, and where it started (its first earlier number).
 */
export function ringsOf(data, areaId) {
  const list = byArea(data.assessments).get(areaId) ?? [];
  const year = list.at(-1)?.year;
  const latest = list.at(-1);
  return data.outcomes.map((outcome) => {
    const labels = scaleLabels(data, outcome);
    const max = Math.max(labels.length - 1, 1);
    const level = latest?.outcomes[outcome.id];
    const now = typeof level === 'number' ? level : null;
    const first = list.find((a) => a.year < year && typeof a.outcomes[outcome.id] === 'number');
    return {
      title: outcome.title,
      label: outcome.short ?? outcome.title,
      level: now,
      max,
      levelLabel: now === null ? 'Not assessed' : (labels[now] ?? ''),
      start: now !== null && first ? first.outcomes[outcome.id] : null,
      year,
    };
  });
}

/** The dataset the page was given: `?n=` areas, from the bench's server. */
export async function loadData() {
  const n = new URLSearchParams(location.search).get('n') ?? '150';
  const response = await fetch(`/data/${n}.json`);
  return response.json();
}

/**
 * The matrix of that dataset. Awaited inside a function: a module that awaits `response.json()`
 * at its top level keeps the whole parsed dataset alive (38 MB at 15,000 areas, measured in
 * Chromium 150), which would count against a variant that keeps only its rows.
 */
export async function loadMatrix() {
  return matrixOf(await loadData());
}

/** The area whose rings are drawn: `?area=`. */
export const ringArea = () => new URLSearchParams(location.search).get('area');

/** An SVG arc path of a ring from `from` to `to` (fractions of a turn, clockwise from 12). */
export function arcPath(radius, from, to) {
  const point = (turn) => {
    const angle = turn * 2 * Math.PI - Math.PI / 2;
    return `${(Math.cos(angle) * radius).toFixed(2)},${(Math.sin(angle) * radius).toFixed(2)}`;
  };
  if (to - from >= 1) {
    return `M${point(0)}A${radius},${radius} 0 1 1 ${point(0.5)}A${radius},${radius} 0 1 1 ${point(0)}`;
  }
  const large = to - from > 0.5 ? 1 : 0;
  return `M${point(from)}A${radius},${radius} 0 ${large} 1 ${point(to)}`;
}
