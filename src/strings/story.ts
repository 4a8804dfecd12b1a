import { formatNumber } from '../format/number.js';
import { defineStrings } from './locale.js';

/** What every story widget says around its content: its sources, what is derived. */
export const storyStrings = defineStrings('story', {
  /** The label of a widget's list of sources. */
  sources: (count: number) => (count === 1 ? 'Source' : `Sources (${formatNumber(count)})`),
  /** Said beside a figure the widget computed from sourced ones. */
  derived: 'Derived',
  /** The data table of a chart, behind a disclosure. */
  table: 'Show the figures as a table',
});
