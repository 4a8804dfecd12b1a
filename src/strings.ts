/**
 * Every string a reader sees, in one place, so that a translation is one new module of the same
 * shape. Numbers and money are formatted with `Intl` in `src/format.ts`, never here.
 */
export const strings = {
  locale: 'en-GB',
  states: {
    loading: 'Loading data…',
    illustrative: 'Illustrative',
    illustrativeNote: 'Made-up data about fictional places, for demonstration only.',
    partial: (count: number) =>
      `Part of the data could not be used (${count} ${count === 1 ? 'problem' : 'problems'}). ` +
      'The rest is shown.',
    moreProblems: (count: number) => `and ${count} more (listed in the browser console)`,
    unknownArea: (id: string) => `There is no area "${id}" in this dataset.`,
    unknownOutcome: (id: string) => `There is no outcome "${id}" in this dataset.`,
    noAssessment: 'No assessment published for this area.',
  },
  errors: {
    title: 'This widget cannot show its data.',
    parse: (detail: string) => `The data is not valid JSON (${detail}).`,
    invalid: 'The data is not a Big Local dataset.',
    badUrl: (src: string) => `The data address "${src}" is not a valid URL.`,
    network: 'The data could not be reached. Check the address and your connection.',
    timeout: (ms: number) =>
      `The data took longer than ${ms < 1000 ? ms / 1000 : Math.round(ms / 1000)} seconds to load.`,
    http: (status: number) => `The data server answered with error ${status}.`,
    contentType: (type: string) => `The data address returned ${type}, not JSON.`,
    tooLarge: (bytes: number) =>
      `The data is larger than the limit of ${Math.round(bytes / 1024 / 1024)} MB.`,
    truncated: 'The data stopped arriving before it was complete.',
    internal: 'Something went wrong while drawing this widget.',
    retry: 'Retry',
  },
  facts: {
    certainty: { conflict: 'Sources disagree', uncertain: 'Uncertain' },
    source: (title: string) => `Source: ${title}`,
    none: 'This dataset has no programme facts.',
    unknown: (ids: readonly string[]) =>
      `There is no fact ${ids.map((id) => `"${id}"`).join(', ')} in this dataset.`,
  },
  embed: {
    unknownWidget: (name: string) => `There is no widget called "${name}" to embed.`,
  },
  warnings: {
    prefix: 'big-local-widgets:',
    problems: (count: number) => `the dataset has ${count} problem(s); those parts were dropped:`,
    duplicateDefine: (tag: string, existing: string, loading: string) =>
      `another copy (version ${existing}) already defines <${tag}>; ` +
      `this copy (version ${loading}) leaves the tags it finds defined as they are.`,
  },
  card: {
    chooseArea: 'Choose an area to see its card.',
    fields: {
      name: 'Name',
      place: 'Place',
      region: 'Region',
      setting: 'Setting',
      population: 'Population',
      funding: 'Funding',
      partnership: 'Partnership',
      summary: 'Summary',
      priorities: 'Priorities',
      website: 'Website',
      caseStudy: 'Case-study status',
      image: 'Image',
    } as Record<string, string>,
    settings: { urban: 'Urban', rural: 'Rural', coastal: 'Coastal' },
    partnerships: {
      sturdy: 'Sturdy',
      'key-people': 'Reliant on key people',
      conflict: 'Struggling with conflict',
      'fragile-maturity': 'Fragile maturity',
    },
    caseStudy: 'Case-study area',
    selected: 'Selected',
    priorities: 'Priorities',
    website: (area: string) => `${area} website`,
    sources: (count: number) => `Sources (${count})`,
    sourceNumbers: 'Sources: ',
  },
  rings: {
    chooseArea: 'Choose an area to see its outcomes.',
    noAssessmentIn: (year: number) => `No assessment published for this area in ${year}.`,
    caption: (area: string, year: number) => `${area}: outcomes in ${year}`,
    legendLabel: 'Levels',
    startKey: 'where the area started (its first assessment)',
  },
  ring: {
    notAssessed: 'Not assessed',
    badMax: 'max should be a whole number from 1 to 100.',
    outside: (level: number, max: number) => `The level ${level} is outside the scale 0 to ${max}.`,
    inYear: (year: number) => `in ${year}`,
    change: (from: string, fromYear: number | undefined, to: string, toYear: number | undefined) =>
      `from ${from}${fromYear ? ` in ${fromYear}` : ''} to ${to}${toYear ? ` in ${toYear}` : ''}`,
    startedAt: (from: string, year: number | undefined) =>
      year ? `Started: ${from} (${year})` : `Started: ${from}`,
    levelOf: (level: number, max: number) => `Level ${level} of ${max}`,
    valueText: (label: string, level: number, max: number) => `${label} (level ${level} of ${max})`,
  },
  embedBuilder: {
    widget: 'Widget',
    widgets: {
      'area-card': 'Area card',
      'outcome-rings': 'Outcome rings of an area',
      'outcome-ring': 'One outcome ring',
      'conditions-matrix': 'Conditions matrix',
    },
    area: 'Area',
    outcome: 'Outcome',
    variant: 'Layout',
    variants: { '': 'Full', compact: 'Compact' },
    year: 'Year',
    latest: 'Latest',
    theme: 'Theme',
    themes: { '': 'Follow the page', light: 'Light', dark: 'Dark' },
    format: 'Snippet format',
    formats: { script: 'Script tag', iframe: 'Iframe (for CMSs that strip scripts)' },
    preview: 'Preview',
    snippet: 'Snippet to paste into your page',
    copy: 'Copy snippet',
    copied: 'Copied',
    selectToCopy: 'Select the text and copy it',
    noDataSrc:
      'This data has no web address, so the snippet shows the built-in Big Local data. ' +
      'Set data-src to the address of your data.',
    /** The iframe's title, which names the frame for screen readers. */
    title: (programme: string, subject: string) => `${programme}: ${subject}`,
    subjects: {
      'area-card': (area: string) => `${area} area card`,
      'outcome-rings': (area: string) => `${area} outcomes`,
      'outcome-ring': (area: string, outcome: string) => `${area}, ${outcome}`,
      'conditions-matrix': () => 'conditions and ways of working',
    },
  },
  matrix: {
    caption: (year: number | undefined) =>
      year === undefined
        ? 'Conditions and ways of working by area, from each area’s latest assessment'
        : `Conditions and ways of working by area in ${year}`,
    groups: { condition: 'Conditions', 'way-of-working': 'Ways of working' } as Record<
      string,
      string
    >,
    area: 'Area',
    progress: 'Outcomes',
    progressKey: 'the area’s mean outcome level, as a share of the top level',
    csvProgress: 'Outcome progress (%)',
    search: 'Search areas by name',
    tableView: 'Table view',
    download: 'Download CSV',
    csvFile: (programme: string) => `${programme}-conditions.csv`,
    count: (shown: string, total: string) => `${shown} of ${total} areas`,
    legend: 'Levels',
    level: (label: string, level: number, top: number) => `${label} (level ${level} of ${top})`,
    notAssessed: 'Not assessed',
    noData: 'No data',
    noneKey: 'Not assessed, or no data',
    assessedIn: (year: number) => `Assessed in ${year}`,
    noFactors: 'This dataset lists no conditions or ways of working to compare.',
    noAssessments:
      'No assessments of conditions or ways of working have been published for these areas.',
    noAssessmentIn: (year: number) =>
      `No assessment of conditions or ways of working was published for ${year}.`,
    noneMatch: 'No areas match the filters.',
    noMatch: (query: string) => `No areas match “${query}”.`,
    tableShown: (shown: string, total: string) =>
      `The table shows the first ${shown} of ${total} rows: search to narrow them, ` +
      'or download the CSV for all.',
  },
} as const;

export type Strings = typeof strings;
