import { formatSheet } from './dsv.js';
import { assessmentColumns } from './layout.js';
import { datasetToSheets } from './write.js';
import type { Dataset } from '../types.js';

/**
 * Blank sheets for a dataset's framework, for a partner to fill in: its programme, scales,
 * outcomes, groups and factors as they are (and, in `extra.json`, what of them no sheet holds), its areas by id and name, and an assessments sheet
 * with a column per outcome and factor and a row per area to score.
 */
export function templateSheets(dataset: Dataset): Record<string, string> {
  const areas = dataset.areas.map(({ id, name }) => ({ id, name }));
  const { schema, programme, scales, outcomes, groups, factors, settings, partnershipTypes } =
    dataset;
  // The framework only (what a framework list holds beyond a sheet's columns stays in
  // extra.json); the programme's story is not the partner's to fill in.
  const framework = {
    schema,
    programme,
    scales,
    outcomes,
    groups,
    factors,
    settings,
    partnershipTypes,
  };
  const sheets = datasetToSheets({ ...framework, areas, assessments: [] } as unknown as Dataset);
  const items = [...dataset.outcomes, ...dataset.factors].map((item) => item.id);
  const fixed = assessmentColumns.slice(0, 2).map((column) => column.name);
  sheets['assessments.csv'] = formatSheet(
    [...fixed, ...items],
    areas.map((area) => [area.id, '', ...items.map(() => '')]),
  );
  return sheets;
}
