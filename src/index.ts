/**
 * Everything at once: defines every widget (provider first, so widgets find it as they upgrade)
 * and re-exports the classes, data layer and types. The script-tag bundle is built from here.
 * To define only what a page uses, import `big-local-widgets/widgets/<name>/define.js`.
 */
import './widgets/programme/define.js';
import './widgets/outcome-ring/define.js';
import './widgets/outcome-rings/define.js';
import './widgets/area-card/define.js';
import './widgets/conditions-matrix/define.js';
import './widgets/programme-facts/define.js';
import './widgets/timeline/define.js';
import './widgets/impact-studies/define.js';
import './widgets/themes/define.js';
import './widgets/spend/define.js';
import './widgets/success-factors/define.js';
import './widgets/outcomes/define.js';
import './widgets/change-levels/define.js';
import './widgets/partnership-mix/define.js';
import './widgets/area-directory/define.js';
import './widgets/area-map/define.js';
import './widgets/area-profile/define.js';
import './widgets/embed-builder/define.js';
import { adoptReservedRoom } from './base/reserve.js';
import { widgets } from './widgets/registry.js';

// Each widget's room while it loads its data, as the loader gives it.
adoptReservedRoom(widgets);

export { BlElement, Notice, invalid, notice } from './base/bl-element.js';
export { embeddableWidgets, registerWidget, widgetNamed, widgets } from './widgets/registry.js';
export type { EmbedAttribute, EmbedAttributeKind, WidgetDescriptor } from './widgets/registry.js';
export { AreaSelectEvent } from './base/events.js';
export type { AreaSelectDetail, DataErrorDetail, DataLoadDetail } from './base/events.js';
export { BlProgramme } from './widgets/programme/programme.js';
export { BlOutcomeRing } from './widgets/outcome-ring/outcome-ring.js';
export { BlOutcomeRings } from './widgets/outcome-rings/outcome-rings.js';
export { BlAreaCard } from './widgets/area-card/area-card.js';
export { BlConditionsMatrix } from './widgets/conditions-matrix/conditions-matrix.js';
export { BlProgrammeFacts } from './widgets/programme-facts/programme-facts.js';
export { BlTimeline } from './widgets/timeline/timeline.js';
export { BlImpactStudies } from './widgets/impact-studies/impact-studies.js';
export { BlThemes } from './widgets/themes/themes.js';
export { BlSpend } from './widgets/spend/spend.js';
export { BlSuccessFactors } from './widgets/success-factors/success-factors.js';
export { BlOutcomes } from './widgets/outcomes/outcomes.js';
export { BlChangeLevels } from './widgets/change-levels/change-levels.js';
export { BlPartnershipMix } from './widgets/partnership-mix/partnership-mix.js';
export { BlAreaDirectory } from './widgets/area-directory/area-directory.js';
export { BlAreaMap } from './widgets/area-map/area-map.js';
export { BlAreaProfile } from './widgets/area-profile/area-profile.js';
export type { CardVariant } from './widgets/area-card/area-card.js';
export { BlEmbedBuilder, type EmbedCopyDetail } from './widgets/embed-builder/embed-builder.js';
export { formatNumber } from './format/number.js';
export { formatMoney } from './format/figures.js';
export { strings } from './strings/index.js';
export { localeChangeEvent, loadErrorText, problemText, setLocale } from './strings/index.js';
export * from './data/index.js';
export { version } from './version.js';
