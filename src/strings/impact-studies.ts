import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';
import { defineStrings } from './locale.js';

type Unit = 'percent' | 'percentage-points' | 'per-1000' | 'number';

/** A signed change: "+41", "−19.1" (a minus sign, not a hyphen), "0". */
const signed = (value: number) =>
  value > 0 ? `+${formatNumber(value)}` : value < 0 ? `−${formatNumber(-value)}` : formatNumber(0);

/** The impact studies' wordings. */
export const impactStudiesStrings = defineStrings('impactStudies', {
  title: (programme: string) => `How ${programme} areas compare with similar areas`,
  /** The one-sentence takeaway, from how many studies and paired measures the widget shows. */
  takeaway: (programme: string, studies: number, measures: number, programmeBetter: number) => {
    const compared = plural(studies, {
      one: `One independent study compared ${programme} areas with similar areas.`,
      other: `${formatNumber(studies)} independent studies compared ${programme} areas with similar areas.`,
    });
    if (measures === 0) return compared;
    if (programmeBetter === 0)
      return `${compared} On none of the ${formatNumber(measures)} measures with figures for both did ${programme} areas fare better; the caveats each study gives are with it.`;
    const onWhich =
      programmeBetter === measures
        ? plural(measures, {
            one: 'On the one measure with figures for both',
            other: `On all ${formatNumber(measures)} measures with figures for both`,
          })
        : `On ${formatNumber(programmeBetter)} of ${formatNumber(measures)} measures with figures for both`;
    return `${compared} ${onWhich}, ${programme} areas fared better, with the caveats each study gives.`;
  },
  /** The series of the programme's own areas, by the programme's name. */
  programmeAreas: (programme: string) => `${programme} areas`,
  published: (date: string) => `Published ${date}`,
  period: (period: string) => `Period: ${period}`,
  comparedWith: 'Compared with',
  caveats: 'Caveats',
  figures: 'Figures compared',
  findings: 'Findings',
  legend: 'Key',
  better: { higher: 'Higher is better', lower: 'Lower is better' },
  /** The same, inside a sentence or a table cell. */
  betterInline: { higher: 'higher is better', lower: 'lower is better' },
  /** The text alternative of a chart whose measure has no sentence of its own. */
  describe: (
    label: string,
    programme: string,
    programmeValue: string,
    group: string,
    groupValue: string,
  ) => `${label}: ${programme} ${programmeValue}, against ${groupValue} in ${group}.`,
  /** The comparison group when a study does not name it. */
  comparisonAreas: 'comparison areas',
  change: signed,
  /** A value on a bar or a tick: the percent sign there, other units named in the axis title. */
  short: (unit: Unit, value: number) => (unit === 'percent' ? `${signed(value)}%` : signed(value)),
  /** A value with its unit in full, for the table. */
  unitName: (unit: Unit) =>
    ({
      percent: 'Percent',
      'percentage-points': 'Percentage points',
      'per-1000': `Per ${formatNumber(1000)}`,
      number: 'Number',
    })[unit],
  source: (title: string) => `Source: ${title}`,
  table: {
    caption: 'The paired figures of each study',
    study: 'Study',
    measure: 'Measure',
    group: 'Compared with',
    comparison: 'Comparison areas',
    unit: 'Unit',
    period: 'Period',
    source: 'Source',
    notStated: 'Not stated',
  },
  none: 'This dataset has no studies comparing its areas with similar areas.',
  unknown: (ids: readonly string[]) => {
    const list = formatList(ids.map((id) => `"${id}"`));
    return plural(ids.length, {
      one: `There is no study ${list} in this dataset.`,
      other: `There are no studies ${list} in this dataset.`,
    });
  },
});
