import { defineStrings } from './locale.js';
import { formatList } from '../format/text.js';

/** The embed builder's wordings. */
export const embedBuilderStrings = defineStrings('embedBuilder', {
  widget: 'Widget',
  /** Each embeddable widget's name in the builder, by its registry name. */
  widgets: {
    'area-card': 'Area card',
    'outcome-rings': 'Outcome rings of an area',
    'outcome-ring': 'One outcome ring',
    'conditions-matrix': 'Matrix of areas',
    'programme-facts': 'Programme facts',
    'area-profile': 'Area profile',
    'area-map': 'Map of areas by region',
    'area-directory': 'Directory of areas',
    'partnership-mix': 'Partnership types',
    'change-levels': 'Levels of change',
    outcomes: 'Programme outcomes',
    'success-factors': 'Success factors',
    spend: 'How the money was spent',
    themes: 'Learning themes',
    'impact-studies': 'Studies comparing areas with similar areas',
    timeline: 'Timeline of the programme',
  } as Record<string, string>,
  /** The label of each attribute an embed may set, by attribute name. */
  attributes: {
    area: 'Area',
    outcome: 'Outcome',
    variant: 'Layout',
    year: 'Year',
    areas: 'Only these areas (ids separated by |)',
    setting: 'Only settings (separated by |)',
    region: 'Only regions (separated by |)',
    partnership: 'Only partnership types (separated by |)',
    sort: 'Sort by',
    view: 'Show as',
    wave: 'Only this wave (a number, or none)',
    query: 'Search text',
    factor: 'Highlight this factor (id)',
    group: 'Only this factor group (id)',
    'per-resident': 'Per-resident figure',
    themes: 'Only these themes (ids separated by |)',
    studies: 'Only these studies (ids separated by |)',
    layout: 'Map layout',
    kinds: 'Only these kinds of milestone (separated by |): programme, evaluation, research, data',
  } as Record<string, string>,
  /** The labels of a `choice` attribute's values, by attribute name then value. */
  choices: {
    variant: { '': 'Full', compact: 'Compact' },
    'per-resident': { '': 'Show', hide: 'Hide' },
    view: { '': 'List', cards: 'Cards' },
    sort: { '': 'Name', wave: 'Wave, then name' },
    layout: { '': 'Points when the data has coordinates', tiles: 'Region tiles', points: 'Points' },
  } as Record<string, Record<string, string>>,
  latest: 'Latest',
  theme: 'Theme',
  themes: {
    '': 'Follow the page',
    light: 'Light',
    dark: 'Dark',
    auto: 'Follow the reader’s setting',
  },
  format: 'Snippet format',
  formats: { script: 'Script tag', iframe: 'Iframe (for CMSs that strip scripts)' },
  preview: 'Preview',
  snippet: 'Snippet to paste into your page',
  copy: 'Copy snippet',
  copied: 'Copied',
  selectToCopy: 'Select the text and copy it',
  templates: 'Spreadsheet templates for this data’s framework',
  templatesHelp:
    'Fill them in a spreadsheet and export each as CSV into one folder; check them with ' +
    '“npx big-local-widgets check <folder>”, then point bl-programme’s src at the folder.',
  noDataSrc:
    'This data has no web address, so the snippet shows the built-in Big Local data. ' +
    'Set data-src to the address of your data.',
  /** The iframe's title, which names the frame for screen readers. */
  title: (programme: string, subject: string) => `${programme}: ${subject}`,
  /**
   * What an iframe shows, for its title; a widget without an entry is named by its label.
   * `groups` are the dataset's factor group titles.
   */
  subjects: {
    'area-card': (area: string) => `${area} area card`,
    'outcome-rings': (area: string) => `${area} outcomes`,
    'outcome-ring': (area: string, outcome: string) => `${area}, ${outcome}`,
    'conditions-matrix': (_area: string, _outcome: string, groups: readonly string[]) =>
      groups.length ? `${formatList(groups)} by area` : 'areas compared',
    'programme-facts': () => 'programme facts',
    'area-profile': (area: string) => `${area} profile`,
    'area-map': () => 'where the areas are',
    'area-directory': () => 'directory of areas',
    'partnership-mix': () => 'partnership types',
    'change-levels': () => 'levels of change',
    outcomes: () => 'programme outcomes',
    'success-factors': () => 'success factors',
    spend: () => 'programme spend',
    themes: () => 'learning themes',
    'impact-studies': () => 'studies comparing areas with similar areas',
    timeline: (area: string) => (area ? `timeline with ${area}` : 'timeline'),
  } as Record<string, (area: string, outcome: string, groups: readonly string[]) => string>,
});
