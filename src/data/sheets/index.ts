/**
 * A programme kept in spreadsheets: CSV or TSV sheets (`areas.csv`, `assessments.csv`, …, see
 * the README) read into the JSON contract and validated by the same validator as a JSON file,
 * each problem placed by sheet, row and column. Imported on demand: only a page that loads
 * sheets downloads it (and d3-dsv).
 */
import { sheetsToDocument } from './read.js';
import { validateDataset } from '../validate.js';
import type { ValidationLimits } from '../validate.js';
import type { Problem, ValidationResult } from '../types.js';
import { problemText } from '../../strings/data.js';

export { datasetToSheets } from './write.js';
export { sheetsToDocument } from './read.js';
export { sheetNames, extraFile } from './layout.js';
export { parseSheet, formatSheet } from './dsv.js';

/** The sheets' document, validated, with every problem's path saying where in the sheets it is. */
export function readSheets(
  files: Readonly<Record<string, string>>,
  limits?: Partial<ValidationLimits>,
): ValidationResult & { document: Record<string, unknown> } {
  const { document, problems, locate } = sheetsToDocument(files);
  const result = validateDataset(document, limits);
  const read = problems.map((found) => {
    const problem = {
      path: found.at,
      code: found.code,
      params: found.params,
      message: '',
    } as Problem;
    problem.message = problemText(problem);
    return problem;
  });
  const placed = result.problems.map((problem) => ({
    ...problem,
    path: locate(problem.path) ?? problem.path,
  }));
  return { ...result, problems: [...read, ...placed], document };
}
