import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';

/** The timeline's wordings. */
export const timelineStrings = defineStrings('timeline', {
  title: (programme: string) => `The ${programme} journey`,
  areaTitle: (area: string, programme: string) => `${area}’s ${programme} journey`,
  /** The takeaway: `from` and `to` are years, already formatted. */
  takeaway: (count: number, from: string, to: string) => {
    const n = formatNumber(count);
    const span = from === to ? `in ${from}` : `from ${from} to ${to}`;
    return plural(count, {
      one: `${n} milestone ${span}, each dated as precisely as its source dates it.`,
      other: `${n} milestones ${span}, each dated as precisely as its source dates it.`,
    });
  },
  areaTakeaway: (area: string, own: number, count: number, from: string, to: string) => {
    const span = from === to ? `in ${from}` : `from ${from} to ${to}`;
    const mine = plural(own, {
      one: `${area}’s own milestone is marked`,
      other: `${area}’s ${formatNumber(own)} own milestones are marked`,
    });
    return `${mine} among ${formatNumber(count)} milestones ${span}.`;
  },
  /** The steps an area's record dates by itself. */
  joined: (area: string, programme: string) => `${area} joined ${programme}`,
  completed: (area: string) => `${area} completed its programme`,
  wave: (wave: number) => `In wave ${formatNumber(wave)}.`,
  /** An approximate date as its source gives it: `date` is already formatted. */
  approximate: (date: string) => `about ${date}`,
  certainty: { uncertain: 'Uncertain date' },
  /** Labels of the kinds of milestone the data uses; any other kind is shown as written. */
  kinds: {
    programme: 'Programme',
    evaluation: 'Evaluation',
    research: 'Research',
    data: 'Data',
  } as Record<string, string>,
  source: 'Source:',
  otherSources: 'Other sources:',
  legend: 'Key',
  legendItems: {
    stated: 'Date as its source states it',
    approximate: 'Approximate: the source gives the date loosely (“about”)',
    uncertain: 'Uncertain: sources disagree or leave it unclear',
    own: (area: string) => `${area}’s own milestone`,
  },
  listLabel: (title: string) => `${title}, by year`,
  none: 'This dataset has no milestones.',
  noneOfKinds: 'This dataset has no milestones of those kinds.',
  areaHasNone: (area: string) =>
    `This dataset dates no milestones of ${area}’s own, so only the programme’s are shown.`,
  unknownKinds: (kinds: readonly string[]) => {
    const list = formatList(
      kinds.map((kind) => `"${kind}"`),
      'disjunction',
    );
    return plural(kinds.length, {
      one: `There are no milestones of the kind ${list} in this dataset.`,
      other: `There are no milestones of the kinds ${list} in this dataset.`,
    });
  },
});
