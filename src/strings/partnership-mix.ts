import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';
import { formatNumber, plural } from '../format/number.js';

/** A partnership type as the chart's words name it: its title and share in the source's words. */
type Described = { title: string; share?: string };

/** "Sturdy (around a third), Reliant on key people (a couple) and Fragile maturity (the rest)". */
const named = (types: readonly Described[]) =>
  formatList(types.map(({ title, share }) => (share ? `${title} (${share})` : title)));

/** The partnership mix's wordings. */
export const partnershipMixStrings = defineStrings('partnershipMix', {
  title: 'How the partnerships studied were described',
  /** The takeaway when one type's share is stated as a proportion. */
  stated: (share: string, title: string) =>
    `${share.charAt(0).toLocaleUpperCase()}${share.slice(1)} of the partnerships studied were ` +
    `described as “${title}”.`,
  /** The takeaway otherwise. */
  counted: (count: number) =>
    plural(count, {
      one: 'The partnerships studied were described as one type.',
      other: `The partnerships studied were described as ${formatNumber(count)} types.`,
    }),
  chart: 'Share of the partnerships studied',
  /** The chart's text alternative. */
  summary: (stated: readonly Described[], unstated: readonly Described[]) =>
    `Stated as a share of the partnerships studied: ${named(stated)}.` +
    (unstated.length
      ? ` The source gives no proportion for ${named(unstated)}, so the rest of the bar is ` +
        'drawn as not stated.'
      : ''),
  /** The legend's entries: the types drawn to their stated share, and the rest. */
  legend: {
    stated: 'Share stated by the source:',
    unstated: 'Not stated as a proportion:',
  },
  named,
  table: {
    type: 'Partnership type',
    share: 'Share, in the source’s words',
    drawn: 'In the bar',
    drawnStated: 'A stated share',
    drawnUnstated: 'Part of the remainder, not stated',
    notGiven: 'Not given',
  },
  caveat: 'A caveat',
  source: 'Source:',
  none: 'This dataset has no partnership types.',
  undescribed: 'This dataset does not describe its partnership types.',
});
