import type {
  Area,
  Assessment,
  Dataset,
  Factor,
  FactorGroup,
  Level,
  Outcome,
  Scale,
  ScaleDefinition,
} from '../src/data/types.js';
import { frameworkDefaults } from '../src/data/default/framework-defaults.js';

/**
 * A seeded generator of ILLUSTRATIVE data: fictional neighbourhoods with made-up assessments, for
 * demos, stories and load tests. Nothing here describes a real place, so areas carry no website
 * and no sources, and the programme says `illustrative: true`.
 *
 * Pure and dependency-free so that it runs in a browser (a demo can make 15,000 areas on the fly)
 * as well as in Node (`scripts/generate-illustrative.mjs` writes `illustrative.json`). The same
 * framework and options always give the same, byte-identical result.
 */

export interface IllustrativeOptions {
  /** How many areas to make. Default 24. */
  areas?: number;
  /** Any 32-bit integer; the same seed gives the same dataset. Default 2010. */
  seed?: number;
  /** The earliest year an assessment may fall in. Default 2015. */
  firstYear?: number;
  /** The latest year an assessment may fall in. Default 2025. */
  lastYear?: number;
}

/**
 * The framework to assess against. Scales may be given in either form a document may use (a
 * bare list of labels, or `{ labels }`); groups default to Big Local's.
 */
export interface IllustrativeFramework {
  scales: Record<string, ScaleDefinition | Scale>;
  outcomes: readonly Outcome[];
  factors: readonly Factor[];
  groups?: readonly FactorGroup[];
}

type Setting = (typeof frameworkDefaults.settings)[number]['id'];
type PartnershipType = (typeof frameworkDefaults.partnershipTypes)[number]['id'];

export const ILLUSTRATIVE_DEFAULTS = {
  areas: 24,
  seed: 2010,
  firstYear: 2015,
  lastYear: 2025,
} as const satisfies Required<IllustrativeOptions>;

/**
 * Deliberate edge cases among the first areas, at fixed positions so that every dataset with at
 * least that many areas has them whatever the seed.
 */
export const ILLUSTRATIVE_EDGE_CASES = {
  /** Index of the area whose name is over 40 characters. */
  longName: 2,
  /** Index of the area with no assessments at all. */
  neverAssessed: 6,
  /** Index of the area assessed in one year only. */
  assessedOnce: 10,
} as const;

type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for made-up data, never for anything secret. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One independent stream per area (a hash of seed and index), so area i is the same whether 24
 * or 15,000 areas are made: a bigger dataset extends a smaller one instead of reshuffling it.
 */
function areaSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function between(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

/** `count` distinct items in random order, without shuffling the whole list. */
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const pool = list.slice();
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const chosen = pool[j] as T;
    pool[j] = pool[i] as T;
    pool[i] = chosen;
  }
  return pool.slice(0, n);
}

// Word lists. Whimsical compounds (plant and bird names with English place-name endings) sound
// like English neighbourhoods yet are plainly made up; no town below can be built from them, and
// tests/node/illustrative.test.ts checks that no name is that of a real area in the default data.
// prettier-ignore
const NAME_STEMS = [
  'Amber', 'Bilberry', 'Bluebell', 'Bracken', 'Bramble', 'Campion', 'Clover', 'Cobble',
  'Copper', 'Cowslip', 'Curlew', 'Damson', 'Dapple', 'Ember', 'Fennel', 'Foxglove',
  'Juniper', 'Kestrel', 'Lantern', 'Lapwing', 'Linnet', 'Mallow', 'Marigold', 'Nettle',
  'Otter', 'Pebble', 'Pipit', 'Plover', 'Quince', 'Rowan', 'Sallow', 'Sorrel',
  'Starling', 'Tansy', 'Teasel', 'Thimble', 'Thistle', 'Tinder', 'Umber', 'Yarrow',
] as const;

// prettier-ignore
const NAME_ENDINGS = [
  'combe', 'mere', 'wick', 'thwaite', 'stead', 'holt', 'worth',
  'hurst', 'brook', 'dale', 'cote', 'leigh', 'ridge', 'den',
] as const;

// prettier-ignore
const NAME_AFTER = [
  'Vale', 'East', 'West', 'North', 'South', 'Green', 'Park', 'Rise',
  'Common', 'Estate', 'Village', 'Fields', 'Heights', 'End', 'Meadows', 'Quarter',
] as const;

const NAME_BEFORE = ['Upper', 'Lower', 'Old', 'New', 'Little', 'Great'] as const;

/** Fictional towns, each in one real English region; coastal towns allow coastal areas. */
const TOWNS: readonly { name: string; region: string; coastal?: boolean; city?: boolean }[] = [
  { name: 'Saltmarrow-on-Sea', region: 'North East', coastal: true },
  { name: 'Kestrelburn', region: 'North East' },
  { name: 'Port Ambling', region: 'North West', coastal: true },
  { name: 'Cindlewick', region: 'North West' },
  { name: 'Gannetby Bay', region: 'Yorkshire and the Humber', coastal: true },
  { name: 'Thistlethorpe', region: 'Yorkshire and the Humber' },
  { name: 'Wrenholme', region: 'Yorkshire and the Humber' },
  { name: 'Quillingham', region: 'East Midlands' },
  { name: 'Market Dapple', region: 'East Midlands' },
  { name: 'Copperhampton', region: 'West Midlands' },
  { name: 'Nettlesbury', region: 'West Midlands' },
  { name: 'Marshwell Staithe', region: 'East of England', coastal: true },
  { name: 'Dapplebury', region: 'East of England' },
  { name: 'Oriel Cross', region: 'London', city: true },
  { name: 'Tansy Wharf', region: 'London', city: true },
  { name: 'Pebblemouth', region: 'South East', coastal: true },
  { name: 'Rowanford', region: 'South East' },
  { name: 'Tidewell Bay', region: 'South West', coastal: true },
  { name: 'Yarrowby', region: 'South West' },
];

const PRIORITIES = [
  'Young people',
  'Community spaces',
  'Health and wellbeing',
  'Local economy',
  'Environment',
  'Older people',
  'Housing',
  'Arts and culture',
  'Sport and play',
  'Community safety',
  'Food',
  'Transport',
] as const;

/** Roughly a third sturdy, as the evaluation found. */
const PARTNERSHIPS: readonly { type: PartnershipType; weight: number; growth: number }[] = [
  { type: 'sturdy', weight: 0.34, growth: 1.3 },
  { type: 'key-people', weight: 0.26, growth: 1 },
  { type: 'fragile-maturity', weight: 0.22, growth: 0.8 },
  { type: 'conflict', weight: 0.18, growth: 0.6 },
];

const note = (texts: readonly string[]): readonly string[] =>
  texts.map((text) => `Illustrative note: ${text}`);

/** Note texts by what happened to the level since the area's previous assessment. */
const NOTES = {
  first: note(['a baseline for later years.', 'first look; residents set the starting point.']),
  up: note([
    'residents noticed real progress since the last visit.',
    'a new group took this on and it grew.',
    'better links with the council helped.',
    'a paid worker freed volunteers to focus.',
  ]),
  same: note(['much as at the last assessment.', 'steady, with the same small group leading.']),
  down: note([
    'fell back after key volunteers stepped down.',
    'slipped while the partnership was rebuilding.',
  ]),
  missing: note(['not assessed this year.', 'left out this year; too early to say.']),
};

const NULL_RATE = 0.05;
const NOTE_RATE = 0.2;
const CASE_STUDY_RATE = 0.25;

interface ScoredItem {
  id: string;
  /** Highest level index: the scale's length minus one. */
  top: number;
}

/** Items that can be scored: those whose scale exists and has at least one level. */
function scoredItems(
  items: readonly (Outcome | Factor)[],
  scales: Dataset['scales'],
): ScoredItem[] {
  const scored: ScoredItem[] = [];
  for (const item of items) {
    const scale = item.scale === undefined ? undefined : scales[item.scale];
    if (scale && scale.labels.length > 0) {
      scored.push({ id: item.id, top: scale.labels.length - 1 });
    }
  }
  return scored;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// A name is a base (stem + ending) with an optional word before or after it. Counting the
// combinations lets uniqueness be tracked in a typed array instead of a set of strings.
const QUALIFIERS = 1 + NAME_BEFORE.length + NAME_AFTER.length;
const BASES = NAME_STEMS.length * NAME_ENDINGS.length;
const COMBINATIONS = BASES * QUALIFIERS;

function baseName(base: number): string {
  const stem = NAME_STEMS[Math.floor(base / NAME_ENDINGS.length)] as string;
  return stem + (NAME_ENDINGS[base % NAME_ENDINGS.length] as string);
}

function combinationName(combination: number): string {
  const base = baseName(Math.floor(combination / QUALIFIERS));
  const qualifier = combination % QUALIFIERS;
  if (qualifier === 0) return base;
  if (qualifier <= NAME_BEFORE.length) return `${NAME_BEFORE[qualifier - 1] as string} ${base}`;
  return `${base} ${NAME_AFTER[qualifier - 1 - NAME_BEFORE.length] as string}`;
}

/** About a third of names are a bare base, the rest have a word before or (mostly) after. */
function drawCombination(random: Random): number {
  const base = Math.floor(random() * BASES);
  const roll = random();
  let qualifier = 0;
  if (roll >= 0.5) qualifier = 1 + NAME_BEFORE.length + Math.floor(random() * NAME_AFTER.length);
  else if (roll >= 0.35) qualifier = 1 + Math.floor(random() * NAME_BEFORE.length);
  return base * QUALIFIERS + qualifier;
}

/** Three base names guarantee more than 40 characters: each is at least 8 long. */
function longName(random: Random): string {
  const names = [0, 1, 2].map(() => baseName(Math.floor(random() * BASES)));
  return `Upper ${names[0]}, ${names[1]} and ${names[2]} Riverside`;
}

/**
 * Draws unique names: a few redraws on a collision, then (once most of the ~12,900
 * combinations are used) a number after the name. Only this step adds digits, so a numbered name
 * never clashes with a drawn one. Constant work per name.
 */
function namePool(): (random: Random) => string {
  const uses = new Uint32Array(COMBINATIONS);
  return (random) => {
    let combination = drawCombination(random);
    for (let attempt = 0; attempt < 6 && uses[combination]; attempt++) {
      combination = drawCombination(random);
    }
    const used = (uses[combination] ?? 0) + 1;
    uses[combination] = used;
    const name = combinationName(combination);
    return used === 1 ? name : `${name} ${used}`;
  };
}

function chooseSetting(random: Random, town: (typeof TOWNS)[number]): Setting {
  const roll = random();
  if (town.coastal && roll < 0.7) return 'coastal';
  if (town.city) return 'urban';
  return roll < 0.85 ? 'urban' : 'rural';
}

function choosePartnership(random: Random): (typeof PARTNERSHIPS)[number] {
  let roll = random();
  for (const partnership of PARTNERSHIPS) {
    roll -= partnership.weight;
    if (roll < 0) return partnership;
  }
  return PARTNERSHIPS[0] as (typeof PARTNERSHIPS)[number];
}

/** First assessed in the first or second year, then every one to three years. */
function assessmentYears(random: Random, firstYear: number, lastYear: number): number[] {
  const years: number[] = [];
  let year = Math.min(firstYear + (random() < 0.6 ? 0 : 1), lastYear);
  while (year <= lastYear) {
    years.push(year);
    year += 1 + Math.floor(random() * 3);
  }
  // Most areas stay in the evaluation to the end; a few drop out early.
  const last = years[years.length - 1] ?? firstYear;
  if (last < lastYear - 1 && random() < 0.85) years.push(random() < 0.5 ? lastYear - 1 : lastYear);
  return years;
}

/** `level` and `previous` as stored in the generator: -1 for null, -2 for no earlier level. */
function noteFor(random: Random, level: number, previous: number): string {
  let pool = NOTES.same;
  if (level < 0) pool = NOTES.missing;
  else if (previous < 0) pool = NOTES.first;
  else if (level > previous) pool = NOTES.up;
  else if (level < previous) pool = NOTES.down;
  return pick(random, pool);
}

function listPhrase(items: readonly string[]): string {
  const lower = items.map((item) => item.toLowerCase());
  if (lower.length < 2) return lower.join('');
  return `${lower.slice(0, -1).join(', ')} and ${lower[lower.length - 1]}`;
}

function checkInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`generateIllustrativeDataset: ${name} must be an integer ≥ ${min}.`);
  }
}

/**
 * Makes a dataset of fictional neighbourhoods with made-up assessments against the framework's
 * outcomes and factors (a framework with three outcomes gives three-outcome assessments).
 *
 * Levels trend upward over the years with noise (faster for sturdy partnerships), about 5% are
 * `null` (not assessed), and about one item in five carries a short note. Among the first areas
 * are deliberate edge cases: see {@link ILLUSTRATIVE_EDGE_CASES}.
 *
 * @throws RangeError when an option is not a sensible integer or firstYear > lastYear.
 */
export function generateIllustrativeDataset(
  framework: IllustrativeFramework,
  options: IllustrativeOptions = {},
): Dataset {
  const count = options.areas ?? ILLUSTRATIVE_DEFAULTS.areas;
  const seed = options.seed ?? ILLUSTRATIVE_DEFAULTS.seed;
  const firstYear = options.firstYear ?? ILLUSTRATIVE_DEFAULTS.firstYear;
  const lastYear = options.lastYear ?? ILLUSTRATIVE_DEFAULTS.lastYear;
  checkInteger('areas', count, 0);
  checkInteger('seed', seed, -(2 ** 31));
  checkInteger('firstYear', firstYear, 0);
  checkInteger('lastYear', lastYear, firstYear);

  const scales: Dataset['scales'] = {};
  for (const [id, scale] of Object.entries(framework.scales)) {
    scales[id] =
      'labels' in scale ? { ...scale, labels: [...scale.labels] } : { labels: [...scale] };
  }
  const outcomes = framework.outcomes.map((outcome) => ({ ...outcome }));
  const factors = framework.factors.map((factor) => ({ ...factor }));
  const scoredOutcomes = scoredItems(outcomes, scales);
  const scoredFactors = scoredItems(factors, scales);

  const width = Math.max(4, String(count).length);
  const drawName = namePool();
  const areas: Area[] = [];
  const assessments: Assessment[] = [];

  // Per-item state lives in arrays indexed like `items`; level records are cloned from
  // templates so every assessment has the same keys in the framework's order.
  const items = [...scoredOutcomes, ...scoredFactors];
  const outcomeCount = scoredOutcomes.length;
  const template = (scored: readonly ScoredItem[]): Record<string, Level> => {
    const levels: Record<string, Level> = {};
    for (const item of scored) levels[item.id] = null;
    return levels;
  };
  const outcomeTemplate = template(scoredOutcomes);
  const factorTemplate = template(scoredFactors);
  const offsets = new Float64Array(items.length);
  const ids = items.map((item) => item.id);
  const tops = Int32Array.from(items, (item) => item.top);
  // The level each item had at the area's last assessment: -1 for null, -2 for none yet.
  const previous = new Int32Array(items.length);

  for (let index = 0; index < count; index++) {
    const random = mulberry32(areaSeed(seed, index));
    const name = index === ILLUSTRATIVE_EDGE_CASES.longName ? longName(random) : drawName(random);
    const id = `ill-${String(index + 1).padStart(width, '0')}-${slug(name)}`;
    const town = pick(random, TOWNS);
    const setting = chooseSetting(random, town);
    const partnership = choosePartnership(random);
    const priorities = sample(random, PRIORITIES, 2 + Math.floor(random() * 3));
    const population = Math.round(between(random, 3000, 12000) / 10) * 10;
    const years =
      index === ILLUSTRATIVE_EDGE_CASES.neverAssessed
        ? []
        : index === ILLUSTRATIVE_EDGE_CASES.assessedOnce
          ? [firstYear + Math.floor(random() * (lastYear - firstYear + 1))]
          : assessmentYears(random, firstYear, lastYear);

    const assessed = years.length === 0 ? ' It has not been assessed yet.' : '';
    areas.push({
      id,
      name,
      place: town.name,
      region: town.region,
      setting,
      population: { value: population },
      funding: { amount: 1_000_000 + 50_000 * Math.floor(random() * 4), currency: 'GBP' },
      partnership: partnership.type,
      caseStudy: random() < CASE_STUDY_RATE,
      summary:
        `Illustrative: a fictional ${setting} neighbourhood in ${town.name} whose residents ` +
        `chose ${listPhrase(priorities)} as priorities.${assessed}`,
      priorities,
    });

    // Each area has a starting capacity and a pace; each item sits a little above or below.
    const start = between(random, 0.05, 0.55);
    const pace = between(random, 0.015, 0.065) * partnership.growth;
    for (let i = 0; i < items.length; i++) {
      offsets[i] = between(random, -0.15, 0.15);
      previous[i] = -2;
    }

    for (const year of years) {
      const outcomeLevels = { ...outcomeTemplate };
      const factorLevels = { ...factorTemplate };
      const notes: Record<string, string> = {};
      const trend = start + pace * (year - firstYear);
      for (let i = 0; i < items.length; i++) {
        const key = ids[i] as string;
        let level = -1;
        if (random() >= NULL_RATE) {
          const noise = (random() + random() - 1) * 0.12;
          const progress = trend + (offsets[i] as number) + noise;
          level = Math.round(Math.min(1, Math.max(0, progress)) * (tops[i] as number));
        }
        if (random() < NOTE_RATE) notes[key] = noteFor(random, level, previous[i] as number);
        previous[i] = level;
        const value = level < 0 ? null : level;
        if (i < outcomeCount) outcomeLevels[key] = value;
        else factorLevels[key] = value;
      }
      assessments.push({ area: id, year, outcomes: outcomeLevels, factors: factorLevels, notes });
    }
  }

  return {
    schema: 2,
    programme: {
      id: 'illustrative',
      name: 'Illustrative neighbourhoods',
      illustrative: true,
      description: 'Fictional neighbourhoods with made-up assessments, for demonstration only.',
    },
    scales,
    outcomes,
    groups: (framework.groups ?? frameworkDefaults.groups).map((group) => ({ ...group })),
    factors,
    settings: frameworkDefaults.settings.map((setting) => ({ ...setting })),
    partnershipTypes: frameworkDefaults.partnershipTypes.map((type) => ({ ...type })),
    areas,
    assessments,
    facts: [],
    levelsOfChange: [],
    factGroups: [],
    quotes: [],
    themes: [],
    studies: [],
    milestones: [],
  };
}
