import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, formatYear } from '../format/number.js';

/**
 * The conditions matrix's wordings; `groups` are the dataset's factor group titles, in its
 * order ("Conditions", …).
 */
export const matrixStrings = defineStrings('matrix', {
  caption: (groups: readonly string[], year: number | undefined) =>
    year === undefined
      ? `${formatList(groups)} by area, from each area’s latest assessment`
      : `${formatList(groups)} by area in ${formatYear(year)}`,
  area: 'Area',
  /** A column's link to where its factor is explained. */
  aboutFactor: (factor: string) => `What “${factor}” means`,
  progress: 'Outcomes',
  progressKey: 'the area’s mean outcome level, as a share of the top level',
  csvProgress: 'Outcome progress (%)',
  csvYear: 'Assessment year',
  csvSource: 'Assessment source',
  assessment: 'Assessment',
  /** The source of a factor's group, in a column header's detail. */
  groupSource: (group: string, source: string) => `${group}: ${source}`,
  search: 'Search areas by name',
  tableView: 'Table view',
  download: 'Download CSV',
  csvFile: (programme: string) => `${programme}-conditions.csv`,
  count: (shown: string, total: string) => `${shown} of ${total} areas`,
  /** Shown while the grid is wider than its space: `columns` is how many level columns it has. */
  sideways: (columns: number) => `Scroll sideways for all ${formatNumber(columns)} columns`,
  legend: 'Levels',
  level: (label: string, level: number, top: number) =>
    `${label} (level ${formatNumber(level)} of ${formatNumber(top)})`,
  notAssessed: 'Not assessed',
  noData: 'No data',
  noneKey: 'Not assessed, or no data',
  noFactors: 'This dataset lists nothing to compare the areas by.',
  noAssessmentIn: (groups: readonly string[], year: number) =>
    `No assessment of ${formatList(groups, 'disjunction')} was published for ${formatYear(year)}.`,
  noneMatch: 'No areas match the filters.',
  noMatch: (query: string) => `No areas match “${query}”.`,
  tableShown: (shown: string, total: string) =>
    `The table shows the first ${shown} of ${total} rows: search to narrow them, ` +
    'or download the CSV for all.',
});
