import type {
  Area,
  Assessment,
  Dataset,
  Fact,
  Factor,
  FactorGroup,
  FrameworkItem,
  Level,
  Outcome,
  Scale,
  ScaleDefinition,
} from './types.js';
import { collator } from '../format/text.js';

/** Per-dataset lookups, built once: datasets are immutable after validation. */
interface Index {
  areas: Map<string, Area>;
  outcomes: Map<string, Outcome>;
  facts: Map<string, Fact>;
  groups: Map<string, FactorGroup>;
  settings: Map<string, FrameworkItem>;
  partnershipTypes: Map<string, FrameworkItem>;
  /** Areas sorted by name in the locale they were sorted for. */
  byName?: { locale: string; areas: Area[] };
  /** Assessments of each area, oldest first. */
  assessments: Map<string, Assessment[]>;
}

const indexes = new WeakMap<Dataset, Index>();

function indexOf(dataset: Dataset): Index {
  let index = indexes.get(dataset);
  if (!index) {
    const assessments = new Map<string, Assessment[]>();
    for (const assessment of dataset.assessments) {
      const list = assessments.get(assessment.area) ?? [];
      list.push(assessment);
      assessments.set(assessment.area, list);
    }
    for (const list of assessments.values()) list.sort((a, b) => a.year - b.year);
    index = {
      areas: new Map(dataset.areas.map((area) => [area.id, area])),
      outcomes: new Map(dataset.outcomes.map((outcome) => [outcome.id, outcome])),
      facts: new Map(dataset.facts.map((fact) => [fact.id, fact])),
      groups: new Map(dataset.groups.map((group) => [group.id, group])),
      settings: new Map(dataset.settings.map((setting) => [setting.id, setting])),
      partnershipTypes: new Map(dataset.partnershipTypes.map((type) => [type.id, type])),
      assessments,
    };
    indexes.set(dataset, index);
  }
  return index;
}

export function findArea(dataset: Dataset, id: string): Area | undefined {
  return indexOf(dataset).areas.get(id);
}

export function findOutcome(dataset: Dataset, id: string): Outcome | undefined {
  return indexOf(dataset).outcomes.get(id);
}

export function findFact(dataset: Dataset, id: string): Fact | undefined {
  return indexOf(dataset).facts.get(id);
}

/** A factor group by id: its title and source. */
export function findGroup(dataset: Dataset, id: string): FactorGroup | undefined {
  return indexOf(dataset).groups.get(id);
}

/** One of the dataset's settings by id (an area's `setting`). */
export function findSetting(dataset: Dataset, id: string): FrameworkItem | undefined {
  return indexOf(dataset).settings.get(id);
}

/** One of the dataset's partnership types by id (an area's `partnership`). */
export function findPartnershipType(dataset: Dataset, id: string): FrameworkItem | undefined {
  return indexOf(dataset).partnershipTypes.get(id);
}

/** The dataset's title for a partnership type id, when it lists one. */
export function partnershipTitle(dataset: Dataset, id: string): string | undefined {
  return findPartnershipType(dataset, id)?.title;
}

/** Every area, sorted by name for the current locale (sorted once per dataset and locale). */
export function areasByName(dataset: Dataset, locale: string): readonly Area[] {
  const index = indexOf(dataset);
  if (index.byName?.locale !== locale) {
    const compare = collator();
    const areas = [...dataset.areas].sort((a, b) => compare.compare(a.name, b.name));
    index.byName = { locale, areas };
  }
  return index.byName.areas;
}

/** An area's assessments, oldest first. */
export function assessmentsOf(dataset: Dataset, areaId: string): readonly Assessment[] {
  return indexOf(dataset).assessments.get(areaId) ?? [];
}

/** An area's assessment in `year`, or its latest when no year is given. */
export function assessmentIn(
  dataset: Dataset,
  areaId: string,
  year?: number,
): Assessment | undefined {
  const list = assessmentsOf(dataset, areaId);
  return year === undefined ? list.at(-1) : list.find((assessment) => assessment.year === year);
}

/** The level labels of an item's scale. */
export function scaleOf(dataset: Dataset, item: Outcome | Factor): Scale | undefined {
  return scaleDefinitionOf(dataset, item)?.labels;
}

/** An item's whole scale: its labels, and where the scale comes from. */
export function scaleDefinitionOf(
  dataset: Dataset,
  item: Outcome | Factor,
): ScaleDefinition | undefined {
  // Own keys only: a scale id such as "constructor" must not find Object.prototype's.
  return item.scale && Object.hasOwn(dataset.scales, item.scale)
    ? dataset.scales[item.scale]
    : undefined;
}

export interface LevelAt {
  level: Level;
  year: number;
}

/**
 * The level of one outcome or factor for an area: in `year` when given, else in the latest
 * assessment that mentions it. Undefined when no assessment mentions it.
 */
export function levelAt(
  dataset: Dataset,
  areaId: string,
  kind: 'outcomes' | 'factors',
  itemId: string,
  year?: number,
): LevelAt | undefined {
  const list = assessmentsOf(dataset, areaId);
  for (let index = list.length - 1; index >= 0; index--) {
    const assessment = list[index]!;
    if (year !== undefined && assessment.year !== year) continue;
    if (Object.hasOwn(assessment[kind], itemId)) {
      return { level: assessment[kind][itemId] ?? null, year: assessment.year };
    }
  }
  return undefined;
}

/** Where an area started on one item and where it is now. */
export interface Journey {
  /** The level in `year`, or in the latest assessment that mentions the item. */
  now?: LevelAt;
  /** The first assessed (non-null) level, when it is earlier than `now`. */
  start?: LevelAt;
}

export function journeyOf(
  dataset: Dataset,
  areaId: string,
  kind: 'outcomes' | 'factors',
  itemId: string,
  year?: number,
): Journey {
  const now = levelAt(dataset, areaId, kind, itemId, year);
  if (!now) return {};
  const first = assessmentsOf(dataset, areaId).find(
    (assessment) => assessment.year < now.year && typeof assessment[kind][itemId] === 'number',
  );
  return first ? { now, start: { level: first[kind][itemId] ?? null, year: first.year } } : { now };
}
