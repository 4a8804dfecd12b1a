import { baseStrings, errorStrings } from './base.js';
import { dataStateStrings } from './data-states.js';
import { qualifierStrings } from './qualifiers.js';
import { figureStrings } from './figures.js';
import { embedStrings } from './embed.js';
import { cardStrings } from './card.js';
import { droppedStrings, loadErrorStrings, problemStrings, valueKindStrings } from './data.js';
import { embedBuilderStrings } from './embed-builder.js';
import { factsStrings } from './facts.js';
import { frameworkStrings } from './framework.js';
import { currentLocale, warningStrings } from './locale.js';
import type { Catalogue } from './locale.js';
import { matrixStrings } from './matrix.js';
import { provenanceStrings } from './provenance.js';
import { ringStrings } from './ring.js';
import { ringsStrings } from './rings.js';
import { storyStrings } from './story.js';
import { areaProfileStrings } from './area-profile.js';
import { areaMapStrings } from './area-map.js';
import { areaDirectoryStrings } from './area-directory.js';
import { partnershipMixStrings } from './partnership-mix.js';
import { changeLevelsStrings } from './change-levels.js';
import { outcomesStrings } from './outcomes.js';
import { successFactorsStrings } from './success-factors.js';
import { spendStrings } from './spend.js';
import { themesStrings } from './themes.js';
import { impactStudiesStrings } from './impact-studies.js';
import { timelineStrings } from './timeline.js';
import { wordpressStrings } from './wordpress.js';

export { currentLocale, defineStrings, localeChangeEvent, setLocale } from './locale.js';
export type { Catalogue, DeepPartial } from './locale.js';
export { describeDropped, loadErrorText, problemText } from './data.js';

/**
 * Every namespace of wordings in one object, as the package's main entry exports it: the same
 * objects the widgets read, so a translation set with `setLocale` shows here too. Widgets import
 * only their own namespaces, from this folder's modules.
 */
export const strings: Catalogue & { readonly locale: string } = {
  get locale() {
    return currentLocale();
  },
  states: baseStrings,
  dataStates: dataStateStrings,
  errors: errorStrings,
  qualifiers: qualifierStrings,
  figures: figureStrings,
  embed: embedStrings,
  warnings: warningStrings,
  loadErrors: loadErrorStrings,
  problems: problemStrings,
  valueKinds: valueKindStrings,
  dropped: droppedStrings,
  provenance: provenanceStrings,
  facts: factsStrings,
  card: cardStrings,
  rings: ringsStrings,
  ring: ringStrings,
  embedBuilder: embedBuilderStrings,
  matrix: matrixStrings,
  story: storyStrings,
  framework: frameworkStrings,
  areaProfile: areaProfileStrings,
  areaMap: areaMapStrings,
  areaDirectory: areaDirectoryStrings,
  partnershipMix: partnershipMixStrings,
  changeLevels: changeLevelsStrings,
  outcomes: outcomesStrings,
  successFactors: successFactorsStrings,
  spend: spendStrings,
  themes: themesStrings,
  impactStudies: impactStudiesStrings,
  timeline: timelineStrings,
  wordpress: wordpressStrings,
};
