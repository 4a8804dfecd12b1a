#!/usr/bin/env node
/**
 * Builds the "all 150 areas" dataset from the reference CSV.
 *
 *   node scripts/reference-data.mjs <big-local-150.csv> <big-local.json> [output.json]
 *
 * The output defaults to `big-local-150.json` beside `big-local.json`. The framework
 * (programme scales, outcomes, factors, partnership types, levels of change) is copied from
 * `big-local.json`, so the two documents never drift apart; its areas are used to keep the same
 * ids for the same places and to mark the 15 Our Bigger Story case studies.
 *
 * Only what a row states is shipped. A local authority, region or wave the notes tag
 * `[INFERRED]` is left out; rows no page of their own confirms are marked "Unconfirmed:".
 * No population, no scores. Plain Node, no dependencies.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---- CSV -------------------------------------------------------------------------------------

/**
 * RFC 4180 style parser: quoted fields may hold commas, line breaks and doubled quotes. Accepts
 * LF or CRLF line ends and a leading byte-order mark. Returns rows of strings.
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // Drop blank lines.
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
}

/** Rows as objects keyed by the header row. */
function readRecords(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV is empty');
  const keys = header.map((key) => key.trim());
  return rows.map((cells, index) => {
    if (cells.length !== keys.length) {
      throw new Error(`CSV row ${index + 2} has ${cells.length} fields, expected ${keys.length}`);
    }
    return Object.fromEntries(keys.map((key, k) => [key, cells[k].trim()]));
  });
}

// ---- Text helpers ----------------------------------------------------------------------------

/** "World's End Estate (Lots Road)" -> "worlds-end-estate": lower-case words joined by hyphens. */
export function kebab(name) {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A loose key for matching the same place spelt two ways. */
const matchKey = (name) => kebab(name).replace(/-(big-local|estates?)$/, '');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2012-02-29" -> "29 February 2012"; anything else is returned unchanged. */
function longDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** True when the notes tag this field as inferred, e.g. "[INFERRED] local_authority". */
function inferred(notes, field) {
  const pattern = new RegExp(`\\[INFERRED\\]\\s*${field.replace(/[/]/g, '\\/')}`, 'i');
  return pattern.test(notes);
}

const hasConflict = (notes, what) => new RegExp(`\\[CONFLICT\\]\\s*${what}`, 'i').test(notes);

/** Text safe to ship: no markup, single spaces. */
function plain(text) {
  if (/[<>]/.test(text)) throw new Error(`Markup in text: ${text}`);
  return text.replace(/\s+/g, ' ').trim();
}

// ---- Source titles ---------------------------------------------------------------------------

/** Publisher names for hosts that recur or whose name is not obvious from the address. */
const PUBLISHERS = {
  'localtrust.org.uk': 'Local Trust',
  'localtrust.knightstudiosdevelopment.com': 'Local Trust (archived copy)',
  'ourbiggerstory.com': 'Our Bigger Story',
  'nof.org.uk': 'Big Lottery Fund',
  'biglotteryfund.org.uk': 'Big Lottery Fund',
  'lotteryfunding.org.uk': 'Lottery Funding',
  'docslib.org': 'Docslib (document copy)',
  'paperzz.com': 'Paperzz (document copy)',
  'abcdocz.com': 'abcdocz (document copy)',
  'pdfslide.us': 'PDFSLIDE (document copy)',
  'pdfslide.net': 'PDFSLIDE (document copy)',
  'fdocuments.us': 'fdocuments (document copy)',
  'mydokument.com': 'MyDokument (document copy)',
  'issuu.com': 'Issuu',
  'slideshare.net': 'SlideShare',
  'bbc.com': 'BBC News',
  'bbc.co.uk': 'BBC News',
  'theguardian.com': 'The Guardian',
  'en.wikipedia.org': 'Wikipedia',
  'en.m.wiki.x.io': 'Wikipedia (mirror)',
  'wikimili.com': 'WikiMili (Wikipedia mirror)',
  'de.mgwiki.top': 'Wiki mirror',
  'groundwork.org.uk': 'Groundwork',
  'civilsociety.co.uk': 'Civil Society',
  'localgov.co.uk': 'LocalGov',
  'eadt.co.uk': 'East Anglian Daily Times',
  'edp24.co.uk': 'Eastern Daily Press',
  'lep.co.uk': 'Lancashire Evening Post',
  'lancashiretelegraph.co.uk': 'Lancashire Telegraph',
  'timesandstar.co.uk': 'Times and Star',
  'shieldsgazette.com': 'Shields Gazette',
  'hartlepoolmail.co.uk': 'Hartlepool Mail',
  'theboltonnews.co.uk': 'The Bolton News',
  'burnleyexpress.net': 'Burnley Express',
  'oldham-chronicle.co.uk': 'Oldham Chronicle',
  'rochdaleonline.co.uk': 'Rochdale Online',
  'thevisitor.co.uk': 'The Visitor',
  'portsmouth.co.uk': 'The News, Portsmouth',
  'swindonadvertiser.co.uk': 'Swindon Advertiser',
  'swindonlink.com': 'Swindon Link',
  'louthleader.co.uk': 'Louth Leader',
  'thelincolnite.co.uk': 'The Lincolnite',
  'retfordtoday.co.uk': 'Retford Today',
  'bostonstandard.co.uk': 'Boston Standard',
  'lutontoday.co.uk': 'Luton Today',
  'southendstandard.co.uk': 'Southend Standard',
  'yourthurrock.com': 'Your Thurrock',
  'thurrockbasildonheckler.org': 'Thurrock and Basildon Heckler',
  'newhamrecorder.co.uk': 'Newham Recorder',
  'lookwestlondon.com': 'Look West London',
  'aroundealing.com': 'Around Ealing',
  'sussexexpress.co.uk': 'Sussex Express',
  'thewestonmercury.co.uk': 'Weston Mercury',
  'bournemouthecho.co.uk': 'Bournemouth Echo',
  'bristol247.com': 'Bristol24/7',
  'shropshirestar.com': 'Shropshire Star',
  'solihullnews.net': 'Solihull News',
  'keighleynews.co.uk': 'Keighley News',
  'dewsburyreporter.co.uk': 'Dewsbury Reporter',
  'spenboroughguardian.co.uk': 'Spenborough Guardian',
  'brighouseecho.co.uk': 'Brighouse Echo',
  'thornegazette.co.uk': 'Thorne Gazette',
  'wearebarnsley.com': 'We Are Barnsley',
  'positive.news': 'Positive News',
  'bdaily.co.uk': 'Bdaily',
  'mycommunity.org.uk': 'My Community',
  'councils.coop': 'Co-operative Councils Innovation Network',
  'nhsconfed.org': 'NHS Confederation',
  'spacehive.com': 'Spacehive',
  'news.fundsforngos.org': 'FundsforNGOs',
  'createsend.com': 'Email newsletter',
  'appreciatingpeople.co.uk': 'Appreciating People',
  'localisingprosperity.org.uk': 'Localising Prosperity',
  'r4c.org.uk': 'Renaisi reps (r4c)',
  'changinglivesmag.co.uk': 'Changing Lives magazine',
};

/** Titles for addresses whose page title is known and a derived one would mislead. */
const KNOWN_TITLES = {
  'https://paperzz.com/doc/8390559/our-bigger-story--the-first-chapter-big-local-first-inter...':
    'Our Bigger Story: The First Chapter (2016), document copy',
  'https://ourbiggerstory.com/outcomes_search.php?Area_ID=9&type=media&format=Film':
    'Our Bigger Story: Northfleet North films',
  'https://ourbiggerstory.com/outcomes_search.php?Area_ID=12&format=Text&type=media':
    'Our Bigger Story: Revoe stories',
  'https://ourbiggerstory.com/outcomes_search.php?Area_ID=14&format=Film&type=media':
    'Our Bigger Story: Westfield films',
};

/** Hosts whose addresses hold only ids: the publisher alone is the title. */
const PUBLISHER_ONLY = new Set(['bbc.com', 'bbc.co.uk', 'createsend.com']);

/** Path words that say nothing about the page. */
const GENERIC = new Set([
  'about',
  'about us',
  'aboutus',
  'index',
  'home',
  'page',
  'news',
  'doc',
  'docs',
  'document',
  'documents',
  'wiki',
  'en',
  'view',
  'www',
  'node',
]);

function hostOf(url) {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

function publisherOf(url) {
  const host = hostOf(url);
  if (PUBLISHERS[host]) return PUBLISHERS[host];
  if (/\.gov\.uk$/.test(host)) return `${host} (council)`;
  return host;
}

function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A readable phrase from a path segment, or '' when the segment is an id or boilerplate. */
function phraseOf(segment) {
  let text = decode(segment)
    .replace(/\.(html?|php|aspx?|pdf)$/i, '')
    .replace(/\u00a0/g, ' ')
    .replace(/^\d+[.\-_]/, '') // leading numeric ids: "12897235.Nelson_..."
    .replace(/[-_]\d+(?:[-_]\d+)*$/, '') // trailing ids: "...-1-5210118"
    .replace(/[-_+]+/g, ' ')
    .replace(/\bps(\d)/g, '£$1') // "£" spelt "ps" in some slugs
    .replace(/\s+/g, ' ')
    .trim();
  if (GENERIC.has(text.toLowerCase())) return '';
  const words = text.split(' ').filter((word) => /[a-z]{2,}/i.test(word));
  if (words.length === 0 || (words.length === 1 && !/[a-z]{3,}/i.test(words[0]))) return '';
  if (text.length > 90) text = `${text.slice(0, 87).replace(/\s+\S*$/, '')}…`;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return text.replace(/\bbig local\b/gi, 'Big Local').replace(/\blottery\b/g, 'Lottery');
}

/**
 * A short human title for a cited address, built from its publisher and the words in its path
 * (the pages themselves are not fetched): "Appreciating People: Eight new Big Local areas announced".
 */
export function titleFor(href, known = {}) {
  if (known[href]) return known[href];
  if (KNOWN_TITLES[href]) return KNOWN_TITLES[href];
  const url = new URL(href);
  const publisher = publisherOf(url);
  if (PUBLISHER_ONLY.has(hostOf(url))) return plain(publisher);
  const segments = url.pathname.split('/').filter(Boolean);
  for (let index = segments.length - 1; index >= 0; index--) {
    const phrase = phraseOf(segments[index]);
    if (phrase) return plain(`${publisher}: ${phrase}`);
  }
  return plain(publisher);
}

/** Titles the base document already gives its citations, so one page keeps one title. */
function knownTitles(base) {
  const titles = {};
  const add = (source) => {
    if (source && typeof source.url === 'string' && typeof source.title === 'string') {
      titles[source.url] ??= source.title;
    }
  };
  add(base.programme?.source);
  for (const item of [
    ...(base.facts ?? []),
    ...(base.partnershipTypes ?? []),
    ...(base.levelsOfChange ?? []),
  ]) {
    add(item.source);
  }
  for (const area of base.areas ?? []) {
    for (const list of Object.values(area.sources ?? {})) for (const source of list) add(source);
  }
  return titles;
}

/** Parses the "a | b | c" list of addresses; only http and https survive. */
function readUrls(field) {
  return field
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      try {
        const url = new URL(part);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
        // Keep the address as given unless it holds characters that need encoding.
        return [/^[\x21-\x7e]+$/.test(part) ? part : url.href];
      } catch {
        process.stderr.write(`warning: not a URL, skipped: ${part}\n`);
        return [];
      }
    });
}

// ---- Case studies and shared ids -------------------------------------------------------------

/**
 * Names in the 150-area list that differ from the name the base document uses for the same
 * place (sources spell several areas more than one way). Everything else matches by name.
 */
const SAME_PLACE = {
  'Growing Together (Northampton East)': 'Growing Together',
  'Three Parishes - Gobowen, St Martins and Weston Rhyn': 'Three Parishes',
  'Hanwell, Copley Close': 'Hanwell',
  'Bountagu (Bounces-Montagu)': 'Bountagu',
  'Blackpool Revoe': 'Revoe',
  'Grassland and Hasmoor': 'Grassland Hasmoor',
  'Westfield Estate': 'Westfield',
  Greenmoor: 'Scholemoor and Lidget Green',
  'Hawksworth Wood Estate, the Abbeydales and the Vespers (HAVA)': 'Hawksworth Wood',
  'Goldthorpe with Bolton-on-Dearne': 'Goldthorpe',
  "World's End Estate and Lots Road area": "World's End Estate",
  'Selby Town': 'Selby',
  'CELL - Lynemouth, Cresswell, Ellington and Linton':
    'CELL (Cresswell, Ellington, Linton, Lynemouth)',
  'Dover Town': 'Dover Big Local',
};

function baseAreaFor(name, byName, byKey) {
  const alias = SAME_PLACE[name];
  if (alias) {
    const area = byName.get(alias);
    if (!area) throw new Error(`Alias for "${name}" names "${alias}", which big-local.json lacks`);
    return area;
  }
  return byName.get(name) ?? byKey.get(matchKey(name));
}

// ---- Build -----------------------------------------------------------------------------------

function build(records, base) {
  const byName = new Map(base.areas.map((area) => [area.name, area]));
  const byKey = new Map(base.areas.map((area) => [matchKey(area.name), area]));
  const known = knownTitles(base);
  const caseStudyCitation = base.areas.find((area) => area.caseStudy)?.sources?.caseStudy?.[0];
  if (!caseStudyCitation) throw new Error('big-local.json has no cited case-study area');

  const caseStudyCount = base.areas.filter((area) => area.caseStudy).length;
  const ids = new Set();
  const matched = new Set();
  const areas = records.map((row, index) => {
    const name = plain(row.area_name ?? '');
    if (!name) throw new Error(`CSV row ${index + 2} has no area_name`);
    const notes = row.notes ?? '';
    const urls = readUrls(row.source_urls ?? '');
    const cite = () => urls.map((url) => ({ title: titleFor(url, known), url }));
    const confirmed = (row.confirmed_by_source ?? '').toLowerCase() === 'yes';

    const baseArea = baseAreaFor(name, byName, byKey);
    if (baseArea) {
      if (matched.has(baseArea.id)) throw new Error(`Two rows match base area ${baseArea.id}`);
      matched.add(baseArea.id);
    }
    const id = baseArea?.id ?? kebab(name);
    if (!id) throw new Error(`No id for "${name}"`);
    if (ids.has(id)) throw new Error(`Duplicate id ${id} ("${name}")`);
    ids.add(id);

    const area = { id, name };
    const sources = {};

    // Case study: cite this row's Our Bigger Story pages, or the evaluation report.
    const caseStudy = baseArea?.caseStudy === true;
    area.caseStudy = caseStudy;
    const obsUrls = urls.filter((url) => /ourbiggerstory|our-bigger-story/i.test(url));
    sources.caseStudy =
      caseStudy && obsUrls.length
        ? obsUrls.map((url) => ({ title: titleFor(url, known), url }))
        : [caseStudyCitation];

    const authority = (row.local_authority ?? '').trim();
    if (confirmed && authority && !inferred(notes, 'local_authority')) {
      area.place = plain(authority);
      if (urls.length) sources.place = cite();
    }
    const region = (row.region ?? '').trim();
    if (confirmed && region && !inferred(notes, 'region')) {
      area.region = plain(region);
      if (urls.length) sources.region = cite();
    }

    const sentences = [];
    if (!confirmed) {
      sentences.push(
        'Unconfirmed: this name appears only in an unattributed list of all Big Local area names, and no page of its own was found confirming it as a Big Local area.',
      );
    } else {
      const wave = (row.wave ?? '').trim();
      const date = (row.announced_date ?? '').trim();
      if (wave && date && !inferred(notes, 'wave')) {
        sentences.push(`Announced in wave ${wave} (${longDate(date)}).`);
        if (hasConflict(notes, 'date')) sentences.push('Another source gives a different date.');
      }
    }
    if (caseStudy) {
      sentences.push(
        `One of the ${caseStudyCount} case-study areas of the Our Bigger Story evaluation.`,
      );
    }
    if (sentences.length) {
      area.summary = plain(sentences.join(' '));
      const summarySources = cite();
      if (caseStudy && !summarySources.some((s) => s.url === caseStudyCitation.url)) {
        summarySources.push(caseStudyCitation);
      }
      if (summarySources.length) sources.summary = summarySources;
    }

    area.sources = sources;
    return area;
  });

  const caseStudies = base.areas.filter((area) => area.caseStudy);
  const missing = caseStudies.filter((area) => !matched.has(area.id));
  if (missing.length) {
    throw new Error(`Case studies not found in the CSV: ${missing.map((a) => a.name).join(', ')}`);
  }
  const unmatched = base.areas.filter((area) => !matched.has(area.id));
  for (const area of unmatched) {
    process.stderr.write(`note: ${area.name} (big-local.json) has no row in the CSV\n`);
  }

  const unconfirmed = areas.filter((area) => area.summary?.startsWith('Unconfirmed:')).length;

  return {
    schema: 1,
    programme: {
      ...base.programme,
      id: 'big-local-150',
      name: 'Big Local: all 150 areas',
      description:
        `All ${areas.length} Big Local areas as public pages name them, with the local authority, region and announcement wave only where a source states them (inferred values are left out). ` +
        `${unconfirmed} names come only from an unattributed list and are marked unconfirmed. No populations, no scores.`,
    },
    scales: base.scales,
    outcomes: base.outcomes,
    factors: base.factors,
    partnershipTypes: base.partnershipTypes ?? [],
    levelsOfChange: base.levelsOfChange ?? [],
    facts: [],
    areas,
    assessments: [],
  };
}

function main(argv) {
  const [csvPath, basePath, outArg] = argv;
  if (!csvPath || !basePath) {
    process.stderr.write(
      'usage: node scripts/reference-data.mjs <big-local-150.csv> <big-local.json> [output.json]\n',
    );
    process.exit(2);
  }
  const records = readRecords(readFileSync(resolve(csvPath), 'utf8'));
  const base = JSON.parse(readFileSync(resolve(basePath), 'utf8'));
  const out = outArg ? resolve(outArg) : join(dirname(resolve(basePath)), 'big-local-150.json');
  const dataset = build(records, base);
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  const count = (field) => dataset.areas.filter((area) => area[field] !== undefined).length;
  process.stdout.write(
    `wrote ${out}: ${dataset.areas.length} areas, ${dataset.areas.filter((a) => a.caseStudy).length} case studies, ` +
      `${count('place')} with place, ${count('region')} with region, ${count('summary')} with summary\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
