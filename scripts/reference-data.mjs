#!/usr/bin/env node
/**
 * Builds the Big Local reference documents (data contract v2) from the reference folder:
 *
 *   src/data/default/big-local.json        the embedded default's programme part: the
 *                                          framework and the 29 areas public sources name
 *   src/data/default/big-local-framework.json  its factors and levels of change, fetched only
 *                                          by the widgets that show them (the matrix, the
 *                                          story)
 *   src/data/default/big-local-story.json  its story part: programme facts, quotes, themes,
 *                                          impact studies, milestones and spend (from
 *                                          scripts/story-data.mjs), fetched only by the
 *                                          widgets that tell the programme's story
 *   src/data/default/big-local-150.json    all of it, with all 150 areas
 *
 * The build ships the first three merged as dist/data/big-local.json, one document.
 *
 *   node scripts/reference-data.mjs [--reference DIR]             write the documents
 *   node scripts/reference-data.mjs [--reference DIR] --check     exit 1 unless all match
 *   node scripts/reference-data.mjs [--reference DIR] --stdout big-local.json
 *
 * DIR holds `big-local-150.csv`, `big-local-areas.csv` and `big-local-facts.md`; without
 * `--reference` it is `$BIG_LOCAL_REFERENCE`, else the repository's `reference/` folder (a copy
 * of the public facts, each with its source, that the project ships only what they state).
 *
 * This file is the one source of both documents. The framework (scales, outcomes, groups,
 * factors, settings, partnership types, levels of change) and the programme facts are written
 * below, each with the page that states it. Each area is one record, built once and shipped in
 * both documents: the 150-area list gives its local authority, region, wave and date joined,
 * and for the 29 areas `big-local-areas.csv` names, the record below (`NAMED_AREAS`) adds what
 * those sources state, citing only addresses that the two CSV rows or the programme sources
 * list. A value the 150-area list tags `[INFERRED]` is left out (unless a named area's entry
 * cites a page of `big-local-areas.csv` that states it), but for the region, which is shipped
 * with `inferred: ['region']` so that widgets label it; everything about an area no page of its
 * own confirms (`confirmed: false`) is left out. No populations, no scores.
 *
 * Plain Node, no dependencies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as story from './story-data.mjs';

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

/** True when the notes tag this field as inferred, e.g. "[INFERRED] local_authority". */
function inferred(notes, field) {
  const pattern = new RegExp(`\\[INFERRED\\]\\s*${field.replace(/[/]/g, '\\/')}`, 'i');
  return pattern.test(notes);
}

/** Text safe to ship: no markup, single spaces. */
function plain(text) {
  if (/[<>]/.test(text)) throw new Error(`Markup in text: ${text}`);
  return text.replace(/\s+/g, ' ').trim();
}

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

/**
 * Titles for addresses whose page title is known and a derived one would mislead or read badly,
 * kept so that one page has one title in both documents.
 */
const KNOWN_TITLES = {
  'https://paperzz.com/doc/8390559/our-bigger-story--the-first-chapter-big-local-first-inter...':
    'Our Bigger Story: The First Chapter (2016), document copy',
  'https://ourbiggerstory.com/outcomes_search.php?Area_ID=9&type=media&format=Film':
    'Our Bigger Story: Northfleet North films',
  'https://ourbiggerstory.com/outcomes_search.php?Area_ID=12&format=Text&type=media':
    'Our Bigger Story: Revoe stories',
  'https://ourbiggerstory.com/outcomes_search.php?Area_ID=14&format=Film&type=media':
    'Our Bigger Story: Westfield films',
  'https://ourbiggerstory.com/report/2020-evaluation-report/':
    'Our Bigger Story: Big Local as change agent (2020)',
  'https://www.ourbiggerstory.com/timeline.php?Area_ID=2': 'Our Bigger Story: Barrowcliff timeline',
  'http://www.nof.org.uk/global-content/press-releases/england/yorkshire-and-the-humber/lottery-scheme-to-empower-communities-across-yorks-and-humber':
    'Big Lottery Fund: Lottery scheme to empower communities across Yorkshire and the Humber',
  'http://www.thescarboroughnews.co.uk/news/plan-to-support-barrowcliff-bid-1-3438567':
    'The Scarborough News: Plan to support Barrowcliff bid',
  'https://birchfieldbiglocal.org/about/': 'Birchfield Big Local: About',
  'https://bountagu.com/about-us/big-local/': 'Bountagu: Big Local',
  'https://docslib.org/doc/9509060/catton-grove-big-local-area-profile':
    'Catton Grove Big Local area profile',
  'http://www.edp24.co.uk/news/how-will-catton-grove-in-norwich-spend-1m-national-lottery-cash-1-1737689':
    'Eastern Daily Press: How will Catton Grove in Norwich spend £1m National Lottery cash?',
  'https://www.edp24.co.uk/news/local-council/1m-national-lottery-boost-to-transform-lives-in-norwich-706888':
    'Eastern Daily Press: £1m National Lottery boost to transform lives in Norwich',
  'https://localtrust.org.uk/news-and-stories/news/50th-obs-film':
    'Local Trust: 50th Our Bigger Story film',
  'https://grasslandhasmoor.co.uk/index.php/more/about-the-area':
    'Grassland Hasmoor: About the area',
  'https://wikimili.com/en/Grassmoor': 'WikiMili: Grassmoor',
  'https://wikimili.com/wiki/Hasland': 'WikiMili: Hasland',
  'https://www.northampton.gov.uk/info/200205/planning-for-the-future/2285/growing-together-Aneighbourhood-plan---previous-stages-and-key-documents':
    'Northampton Borough Council: Growing Together neighbourhood plan',
  'https://growingtogether.org.uk/big-local-1m/': 'Growing Together: Big Local £1m',
  'http://growingtogethernn3.org.uk/about': 'Growing Together: About',
  'https://localtrust.org.uk/news-and-stories/blog/save-the-date-sharing-our-experience-on-25-april':
    'Local Trust: Save the date: sharing our experience on 25 April',
  'https://localtrust.org.uk/news-and-stories/blog/a-gift-of-land-and-money/':
    'Local Trust: A gift of land and money',
  'https://studylib.net/doc/9638568/hanwell-big-local-community-plan-final--2-':
    'Hanwell Big Local community plan',
  'https://www.cse.org.uk/news/we-need-to-come-together/':
    'Centre for Sustainable Energy: We need to come together',
  'https://www.merchantventurers.com/news/ambition-lawrence-weston/':
    'Society of Merchant Venturers: Ambition Lawrence Weston',
  'https://designcouncil.org.uk/our-resources/archive/reports-resources/lawrence-weston-estate':
    'Design Council: Lawrence Weston estate',
  'http://www.northfleetbiglocal.com/involve.html': 'Northfleet Big Local: Get involved',
  'http://radstockwestfield.org.uk/contact-us-2/faq/': 'Radstock and Westfield Big Local: FAQ',
  'http://radstockwestfield.org.uk/big-local-plan-approved/':
    'Radstock and Westfield Big Local: Big Local plan approved',
  'https://docslib.org/doc/1792745/community-profile-for-radstock-and-westfield':
    'Community profile for Radstock and Westfield',
  'https://en.wikipedia.org/wiki/Ramsey,_Cambridgeshire': 'Wikipedia: Ramsey, Cambridgeshire',
  'https://revoelution.org.uk/about': 'Revoelution: About',
  'https://www.revoelution.org.uk/about': 'Revoelution: About',
  'http://stmartins-online.org.uk/77.html': 'St Martins Online: Big Local',
  'https://www.big-local.org/community-plan/': 'Three Parishes Big Local: Community plan',
  'https://www.thestar.co.uk/news/lottery-scheme-pledges-1m-to-transform-sheffield-s-pocket-of-poverty-1-5213399':
    'The Star: Lottery scheme pledges £1m to transform Sheffield pocket of poverty',
  'http://en.wikipedia.org/wiki/Westfield,_Sheffield': 'Wikipedia: Westfield, Sheffield',
  'https://www.whitleybaybiglocal.org/history': 'Whitley Bay Big Local: History',
  'http://localtrust.org.uk/our-work/big-local/big-local-areas/whitley-bay':
    'Local Trust: Whitley Bay Big Local area',
  'https://www.whitleybaybiglocal.org/environment': 'Whitley Bay Big Local: Environment',
  'https://www.biglotteryfund.org.uk/global-content/press-releases/england/101212_bl_eng_forgotten-communities':
    'Big Lottery Fund: final 50 Big Local areas announced (10 December 2012)',
  'http://www.civilsociety.co.uk/fundraising/news/content/13998/big_announces_final_50_areas_to_receive_big_local_funding':
    'Civil Society: BIG announces final 50 areas to receive Big Local funding',
  'https://www.localgov.co.uk/First-Big-Local-area-distributes-1.15m-grant/54441':
    'LocalGov: First Big Local area distributes £1.15m grant',
  'https://localtrust.org.uk/news-and-stories/news/press-release-big-local-celebrates-50-areas-completing-their-programme-journey':
    'Local Trust: Big Local celebrates 50 areas completing their programme journey',
  'https://archeslocal.org.uk/page_category/classic/': 'Arches Local',
  'https://archeslocal.org.uk/about/': 'Arches Local: About',
  'http://www.projectdirt.com/project/18450/': 'Project Dirt: Arches Local',
  'http://www.ourbiglocal.org.uk/about-us/': 'Wormholt and White City Big Local: About us',
  'http://www.ourbiglocal.org.uk/about-us/our-plan/': 'Wormholt and White City Big Local: Our plan',
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
export function titleFor(href) {
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

/**
 * Parses a list of addresses ("a | b | c" in the 150-area list, "a; b; c" in the named-area list);
 * only http and https survive.
 */
function readUrls(field, separator = '|') {
  return field
    .split(separator)
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

/** The date the reference documents were last brought up to date. */
const UPDATED = '2026-12-01';

// ---- Programme sources -----------------------------------------------------------------------

/** Citations used by the framework and the facts, each named once. */
const SOURCE = {
  lfblAbout: {
    title: 'Learning from Big Local: About Big Local',
    url: 'https://www.learningfrombiglocal.org.uk/about',
  },
  whatIsBigLocal: {
    title: 'Local Trust: What is Big Local?',
    url: 'http://localtrust.org.uk/library/programme-guidance/what-is-big-local/',
  },
  /** Seed 001: the Our Bigger Story report on research from 2017 to 2019. */
  report2020: {
    title: 'Our Bigger Story: Big Local as change agent (2020)',
    url: 'https://ourbiggerstory.com/report/2020-evaluation-report/',
  },
  /**
   * Seed 002 (Learning from Big Local, "What does success mean in Big Local?") draws on this
   * report and gives its address: the seven conditions, the four ways of working and the area
   * types come from it.
   */
  success2024: {
    title: 'Our Bigger Story: Understanding success in Big Local (Wilson et al., 2024)',
    url: 'https://ourbiggerstory.com/wp-content/uploads/2025/03/Our-Bigger-Study-What-is-Success.pdf',
  },
  successArticle: {
    title: 'Learning from Big Local: What does success mean in Big Local?',
    url: 'https://www.learningfrombiglocal.org.uk/resources/what-does-success-mean-in-big-local',
  },
  wave1: {
    title: 'Wired-Gov: BIG invests in Local Trust (28 July 2010)',
    url: 'https://www.wired-gov.net/wg/wg-news-1.nsf/print/BIG+invests+in+Local+Trust+28072010144505',
  },
  wave2: {
    title: 'Civil Society: 50 more communities funded by Big Local',
    url: 'https://www.civilsociety.co.uk/news/50-more-communities-funded-by-big-local.html',
  },
  wave3: {
    title: 'Big Lottery Fund: final 50 Big Local areas announced (10 December 2012)',
    url: 'https://www.biglotteryfund.org.uk/global-content/press-releases/england/101212_bl_eng_forgotten-communities',
  },
  localTrustAbout: { title: 'Local Trust: About us', url: 'https://localtrust.org.uk/about/' },
  halfway: {
    title: 'Local Trust: Big Local reaches the halfway point',
    url: 'https://localtrust.org.uk/news-and-stories/blog/big-local-reaches-the-halfway-point/',
  },
  nihrAbstract: {
    title: 'Popay et al. (2023), Public Health Research 11(9): abstract',
    url: 'https://doaj.org/article/e9e786c820e44a93955e01bf66544485',
  },
  lancasterRelease: {
    title: 'Newswise: Lancaster University leads NIHR study into improving community initiatives',
    url: 'https://www.newswise.com/articles/lancaster-university-leads-nihr-study-into-improving-community-initiatives-to-empower-residents/?sc=c109',
  },
  furtherFunds: {
    title: 'Local Trust: Local Trust releases further funds to Big Local areas',
    url: 'https://localtrust.org.uk/news-and-stories/news/local-trust-releases-further-funds-to-big-local-areas/',
  },
  programmeEnds: {
    title: 'Local Trust: Big Local ends March 2026',
    url: 'https://localtrust.org.uk/?p=38090',
  },
  firstComplete: {
    title: 'LocalGov: First Big Local area distributes £1.15m grant',
    url: 'https://www.localgov.co.uk/First-Big-Local-area-distributes-1.15m-grant/54441',
  },
  fiftyComplete: {
    title: 'Local Trust: Big Local celebrates 50 areas completing their programme journey',
    url: 'https://localtrust.org.uk/news-and-stories/news/press-release-big-local-celebrates-50-areas-completing-their-programme-journey',
  },
  landmark2025: {
    title: 'Local Trust: 2025, a landmark year of learning and action',
    url: 'https://localtrust.org.uk/news-and-stories/blog/2025-a-landmark-year-of-learning-and-action',
  },
  consultancy: {
    title: 'Always Possible: Local Trust Big Local strategy and impact (case study)',
    url: 'https://www.alwayspossible.co.uk/case-study-local-trust-big-local-strategy-impact/',
  },
  guardian2012: {
    title: 'The Guardian: Big Local Trust (Voluntary Sector Network, May 2012)',
    url: 'https://www.theguardian.com/voluntary-sector-network/community-action-blog/2012/may/31/big-local-trust',
  },
  whenResidentsLead: {
    title:
      'Local Trust: When residents lead: what Big Local shows us about community power and lasting change',
    url: 'https://localtrust.org.uk/news-and-stories/blog/when-residents-lead-what-big-local-shows-us-about-community-power-and-lasting-change',
  },
  youngPeople: {
    title: 'Learning from Big Local: Investing in young people',
    url: 'https://www.learningfrombiglocal.org.uk/themes/young-people',
  },
  health: {
    title: 'Learning from Big Local: Health and wellbeing',
    url: 'https://www.learningfrombiglocal.org.uk/themes/health-and-wellbeing',
  },
  spaces: {
    title: 'Local Trust: Why community spaces and places matter more than we realise',
    url: 'https://localtrust.org.uk/news-and-stories/blog/why-community-spaces-and-places-matter-more-than-we-realise',
  },
  smallGrants: {
    title: 'Institute for Community Studies: The role of small grants in Big Local (scoping paper)',
    url: 'https://icstudies.org.uk/repository/role-small-grants-big-local-scoping-paper',
  },
  partnershipCount: {
    title: 'Local Trust: How many people are on Big Local partnerships?',
    url: 'https://localtrust.org.uk/news-and-stories/blog/how-many-people-are-on-big-local-partnerships/',
  },
  bouncingBack: {
    title: 'Local Trust: Bouncing back: resident-led participation is on the up post-pandemic',
    url: 'https://localtrust.org.uk/news-and-stories/blog/bouncing-back-resident-led-participation-is-on-the-up-post-pandemic',
  },
  workers: {
    title: 'Local Trust: Who are our Big Local workers?',
    url: 'https://localtrust.org.uk/library/blogs/who-are-our-big-local-workers',
  },
};

// ---- Framework -------------------------------------------------------------------------------

/** What both level scales' notes say: nothing in the evaluation scores areas. */
const NO_EVALUATION_SCALE =
  "A product convention for recording levels, not the Our Bigger Story evaluation's own scale: no ratings of areas by the evaluators have been found in its published reports.";

const SCALES = {
  progress: {
    labels: ['Not started', 'Emerging', 'Developing', 'Established', 'Embedded'],
    note: NO_EVALUATION_SCALE,
  },
  strength: {
    labels: ['Limited', 'Emerging', 'Moderate', 'Strong'],
    note: NO_EVALUATION_SCALE,
  },
};

/** The four outcomes in the wording the 2020 report (seed 001) and Local Trust give them. */
const OUTCOMES = [
  {
    id: 'identify-needs',
    title:
      'Communities will be better able to identify local needs and take action in response to them',
    short: 'Identifying needs',
    description:
      'Residents get better at working out together what their neighbourhood needs, and at acting on what they find.',
  },
  {
    id: 'skills-confidence',
    title:
      'People will have increased skills and confidence, so that they continue to identify and respond to needs in the future',
    short: 'Skills and confidence',
    description:
      'Local people gain the know-how and self-belief to keep spotting and tackling needs, including after the programme ends.',
  },
  {
    id: 'make-a-difference',
    title: 'The community will make a difference to the needs it prioritises',
    short: 'Making a difference',
    description:
      'The issues the community chose to focus on actually improve because of what residents did.',
  },
  {
    id: 'better-place',
    title: 'People will feel that their area is an even better place to live',
    short: 'A better place',
    description:
      'Residents feel their neighbourhood has become a better place to live than it was before.',
  },
].map((outcome) => ({ ...outcome, scale: 'progress', source: SOURCE.report2020 }));

const GROUPS = [
  {
    id: 'condition',
    title: 'Conditions',
    description:
      "Seven conditions that shaped an area's prospects for success: resources an area already had or built through the programme. No one condition alone accounts for an area's success, and the absence of one may be offset by another.",
  },
  {
    id: 'way-of-working',
    title: 'Ways of working',
    description:
      "Four ways in which residents approached and delivered Big Local, which enabled or constrained a partnership's chances of success alongside the seven conditions.",
  },
].map((group) => ({ ...group, source: SOURCE.success2024 }));

/**
 * The seven conditions and four ways of working, titled as the evaluation lists them and
 * described in our words from seed 002's account of each.
 */
const FACTORS = [
  {
    id: 'demographics',
    group: 'condition',
    title: 'Basic demographic and socio-economic characteristics',
    short: 'Demographics',
    description:
      "The area's type (rural, urban or coastal), its levels of deprivation and its main type of housing. The evaluation found no clear pattern between these and an area's progress towards the four outcomes.",
  },
  {
    id: 'community-activity',
    group: 'condition',
    title: 'Levels of community activity',
    short: 'Community activity',
    description:
      'The number and connectedness of active groups, organisations and volunteers in the area. The areas that made most progress all had high levels of community activity.',
  },
  {
    id: 'community-leadership',
    group: 'condition',
    title: 'Community leadership',
    short: 'Leadership',
    description:
      'More than the presence of individual leaders: the wider groups of people, structures and shared ways of working that make things happen, such as clear direction from the partnership, some devolved decision-making and shared power.',
  },
  {
    id: 'relationships',
    group: 'condition',
    title: 'Relationships with others',
    short: 'Relationships',
    description:
      "The nature and quality of the partnership's relationships with other bodies, including local authorities and larger voluntary sector organisations. Few areas started with strong relationships; the difference lay in whether they built them over time.",
  },
  {
    id: 'collective-identity',
    group: 'condition',
    title: 'Collective identity',
    short: 'Collective identity',
    description:
      'A shared sense of identity with the Big Local area, there from the start in some areas and built in others through events and flagship projects such as parks and community hubs.',
  },
  {
    id: 'community-spaces',
    group: 'condition',
    title: 'Community-controlled spaces',
    short: 'Community spaces',
    description:
      "Access to community spaces, generally buildings, at least partly under residents' control if not their ownership. Having a building was no guarantee of success.",
  },
  {
    id: 'skills-capabilities',
    group: 'condition',
    title: "Individuals' skills and capabilities",
    short: 'Skills',
    description:
      "A network of skilled individuals actively involved in the community, already there or built through the programme. In every case-study area some individuals' skills and capabilities grew through Big Local.",
  },
  {
    id: 'governance',
    group: 'way-of-working',
    title: 'Robust governance structures',
    short: 'Governance',
    description:
      'Governance through the partnership that makes decisions collectively, encourages wider resident engagement across the area and effectively devolves power.',
  },
  {
    id: 'strategic',
    group: 'way-of-working',
    title: 'Acting strategically',
    short: 'Strategy',
    description:
      'Working collectively and flexibly to develop a clear vision for the area, built on research and evidence about local needs, then being guided by it and choosing actions that meet those needs and fit the vision.',
  },
  {
    id: 'support',
    group: 'way-of-working',
    title: 'Engaging with effective support',
    short: 'Support',
    description:
      'How the area engaged with effective support through the programme and made the most of the resources and opportunities available. Less engagement could hold back progress even where other conditions were favourable.',
  },
  {
    id: 'conflict',
    group: 'way-of-working',
    title: 'Managing conflict',
    short: 'Conflict',
    description:
      'How the partnership managed conflict and the tensions that inevitably arise in long-term, resident-led change. Entrenched conflict made progress harder whatever other resources an area had.',
  },
].map((factor) => ({ ...factor, scale: 'strength', source: SOURCE.success2024 }));

/** The area types seed 002 names ("rural, urban, or coastal"), listed as the programme's. */
const SETTINGS = [
  { id: 'urban', title: 'Urban' },
  { id: 'rural', title: 'Rural' },
  { id: 'coastal', title: 'Coastal' },
].map((setting) => ({ ...setting, source: SOURCE.success2024 }));

/** Seed 001's four kinds of partnership among the 15 case studies. */
const PARTNERSHIP_TYPES = [
  {
    id: 'sturdy',
    title: 'Sturdy',
    description:
      'Partnerships with some dynamism: new people join or take on roles, members work together to make change, and they would not collapse if one or two people left. About a third of the case-study partnerships.',
  },
  {
    id: 'key-people',
    title: 'Reliant on key people',
    description:
      'Partnerships that work well but depend on one or two individuals, and would become very fragile if they left.',
  },
  {
    id: 'conflict',
    title: 'Struggling with conflict',
    description: 'Partnerships held back by conflict and tensions among the people involved.',
  },
  {
    id: 'fragile-maturity',
    title: 'Fragile maturity',
    description:
      'Established partnerships that remain fragile, either because they lack leadership and drive or because they lean too heavily on paid workers who dominate.',
  },
].map((type) => ({ ...type, source: SOURCE.report2020 }));

/** Seed 001's three levels at which change shows. */
const LEVELS_OF_CHANGE = [
  {
    id: 'individuals',
    title: 'Individuals',
    description:
      'Change for individual residents, such as less social isolation, more confidence and aspiration, new skills and routes into work.',
  },
  {
    id: 'groups',
    title: 'Groups and organisations',
    description:
      'Community and voluntary groups started, grown or strengthened through grants, capacity building and filling gaps in local services.',
  },
  {
    id: 'community',
    title: 'The wider community',
    description:
      'Change across the neighbourhood as a whole, such as improved spaces, new community hubs and a stronger sense of community spirit.',
  },
].map((level) => ({ ...level, source: SOURCE.report2020 }));

// ---- Programme facts -------------------------------------------------------------------------

/**
 * What the figures sources give differently measure: a widget shows each group as one entry,
 * every figure with the page that gives it, instead of repeating a note on each.
 */
const FACT_GROUPS = [
  {
    id: 'total-funding',
    title: "The programme's total funding",
    description:
      'The figures differ from page to page: each is listed with the page that gives it.',
  },
  {
    id: 'people',
    title: 'People living in the 150 areas',
    description: 'Sources give very different figures for how many people the areas hold.',
  },
  {
    id: 'area-size',
    title: 'The typical size of a Big Local area',
    description: 'The pages that give a typical size do not agree on it.',
  },
];

const FACTS = [
  {
    id: 'areas',
    label: 'Big Local areas across England',
    value: '150',
    number: 150,
    unit: 'areas',
    certainty: 'stated',
    source: SOURCE.lfblAbout,
  },
  {
    id: 'funding-per-area',
    label: 'Funding given to each area',
    value: 'at least £1 million',
    number: 1000000,
    unit: 'GBP',
    certainty: 'stated',
    note: 'The same page says further funds were given to areas to help with community engagement and when interest on the original endowment accrued.',
    source: SOURCE.lfblAbout,
  },
  {
    id: 'timescale',
    label: 'Period over which each area could spend its money',
    value: '10–15 years',
    unit: 'years',
    certainty: 'stated',
    source: SOURCE.lfblAbout,
  },
  {
    id: 'launched',
    label: 'Year Big Local was launched',
    value: '2010',
    number: 2010,
    unit: 'year',
    certainty: 'stated',
    source: SOURCE.whatIsBigLocal,
  },
  {
    id: 'wave-1',
    label: 'Areas announced in wave 1 (27 July 2010)',
    value: '50',
    number: 50,
    unit: 'areas',
    certainty: 'stated',
    note: 'The press item is dated 28 July 2010 and says the announcement was made the day before.',
    source: SOURCE.wave1,
  },
  {
    id: 'wave-2',
    label: 'Areas announced in wave 2 (29 February 2012)',
    value: '50',
    number: 50,
    unit: 'areas',
    certainty: 'stated',
    note: 'Brought the total to 100 areas.',
    source: SOURCE.wave2,
  },
  {
    id: 'wave-3',
    label: 'Areas announced in wave 3 (10 December 2012)',
    value: '50',
    number: 50,
    unit: 'areas',
    certainty: 'stated',
    note: 'The final 50, bringing the total to 150 areas.',
    source: SOURCE.wave3,
  },
  {
    id: 'endowment-217m',
    label: 'Endowment originally provided by The National Lottery Community Fund',
    value: '£217m',
    number: 217000000,
    unit: 'GBP',
    certainty: 'conflict',
    group: 'total-funding',
    source: SOURCE.localTrustAbout,
  },
  {
    id: 'funding-200m',
    label: 'Size of the Big Lottery Fund initiative, as announced 2010–2012',
    value: '£200 million',
    number: 200000000,
    unit: 'GBP',
    certainty: 'conflict',
    group: 'total-funding',
    source: SOURCE.wave1,
  },
  {
    id: 'funding-220m',
    label: 'Value of the 15-year programme',
    value: '£220m',
    number: 220000000,
    unit: 'GBP',
    certainty: 'conflict',
    group: 'total-funding',
    source: SOURCE.halfway,
  },
  {
    id: 'funding-271m',
    label: 'Starting funding from the National Lottery, according to an NIHR study abstract',
    value: '£271M',
    number: 271000000,
    unit: 'GBP',
    certainty: 'conflict',
    group: 'total-funding',
    note: 'Probably a transposition of £217m.',
    source: SOURCE.nihrAbstract,
  },
  {
    id: 'funding-196m',
    label: 'Original National Lottery grant, according to a university press release',
    value: 'over £196M',
    number: 196000000,
    unit: 'GBP',
    certainty: 'conflict',
    group: 'total-funding',
    source: SOURCE.lancasterRelease,
  },
  {
    id: 'top-up-2017',
    label: 'Additional funding per area released in 2017',
    value: '£105k',
    number: 105000,
    unit: 'GBP',
    certainty: 'stated',
    note: 'Paid from the returns generated by the original investment, which this source puts at £150m.',
    source: SOURCE.furtherFunds,
  },
  {
    id: 'top-up-2020',
    label: 'Final additional allocation per area (2020)',
    value: '£50,000',
    number: 50000,
    unit: 'GBP',
    certainty: 'stated',
    note: 'On top of the £1.1 million already committed to each area, as this source puts it.',
    source: SOURCE.furtherFunds,
  },
  {
    id: 'programme-end',
    label: 'Big Local programme ends',
    value: 'March 2026',
    certainty: 'stated',
    note: 'Local Trust planned to close as an organisation in early 2027.',
    source: SOURCE.programmeEnds,
  },
  {
    id: 'first-area-complete',
    label:
      'Grant distributed in full by CELL Big Local, the first area to do so (reported 28 June 2022)',
    value: '£1.15m',
    number: 1150000,
    unit: 'GBP',
    certainty: 'stated',
    source: SOURCE.firstComplete,
  },
  {
    id: 'areas-complete-50',
    label: 'Areas that had completed their Big Local journey, one third of the programme',
    value: '50',
    number: 50,
    unit: 'areas',
    certainty: 'uncertain',
    note: 'The date is not given in the part of the page read; its mention of the remaining 100 areas suggests 2024. Shadsworth with Whitebirk (Blackburn) was the 50th.',
    source: SOURCE.fiftyComplete,
  },
  {
    id: 'areas-complete-100',
    label: 'Areas that had completed by June 2025',
    value: '100',
    number: 100,
    unit: 'areas',
    certainty: 'stated',
    note: 'The remaining 50 areas were due to complete by spring 2026.',
    source: SOURCE.landmark2025,
  },
  {
    id: 'people-benefit',
    label: 'People set to benefit across the 150 areas (Big Lottery Fund, December 2012)',
    value: 'over one million',
    number: 1000000,
    unit: 'people',
    certainty: 'conflict',
    group: 'people',
    source: SOURCE.wave3,
  },
  {
    id: 'people-total-consultancy',
    label: 'People living in the 150 areas, according to a consultancy case study',
    value: 'approx. 2.5million',
    number: 2500000,
    unit: 'people',
    certainty: 'uncertain',
    group: 'people',
    note: 'Inconsistent with the Big Lottery Fund figure of over one million and with the typical area sizes other sources give.',
    source: SOURCE.consultancy,
  },
  {
    id: 'area-size-guardian',
    label: 'Typical population of a Big Local area (The Guardian, 2012)',
    value: 'around 5,000 to 8,000 people',
    unit: 'people',
    certainty: 'conflict',
    group: 'area-size',
    source: SOURCE.guardian2012,
  },
  {
    id: 'area-size-local-trust',
    label: 'Typical population of a Big Local neighbourhood (Local Trust)',
    value: 'roughly 8,000 people',
    number: 8000,
    unit: 'people',
    certainty: 'conflict',
    group: 'area-size',
    source: SOURCE.programmeEnds,
  },
  {
    id: 'area-size-blog',
    label: 'Typical number of residents per Big Local area (Local Trust blog)',
    value: 'approximately 3,000-5,000 residents',
    unit: 'people',
    certainty: 'conflict',
    group: 'area-size',
    source: SOURCE.whenResidentsLead,
  },
  {
    id: 'young-people-priority',
    label: 'Areas for which investing in young people was a priority',
    value: '117 of 150',
    number: 117,
    unit: 'areas',
    certainty: 'stated',
    source: SOURCE.youngPeople,
  },
  {
    id: 'young-people-spend',
    label: 'Spent on projects relating to young people, about 10 years in',
    value: 'over £10.8m',
    number: 10800000,
    unit: 'GBP',
    certainty: 'stated',
    source: SOURCE.youngPeople,
  },
  {
    id: 'health-spend',
    label: 'Spent on health and wellbeing, just over 10 years in',
    value: '£6.3m',
    number: 6300000,
    unit: 'GBP',
    certainty: 'stated',
    note: '104 of the 150 areas named health and wellbeing as an area of spending.',
    source: SOURCE.health,
  },
  {
    id: 'assets-spend',
    label: 'Invested in community assets and spaces, about 10 years in',
    value: '£23.4m',
    number: 23400000,
    unit: 'GBP',
    certainty: 'stated',
    note: 'Supporting around 200 assets.',
    source: SOURCE.spaces,
  },
  {
    id: 'small-grants',
    label: 'Areas running or having run a small grants programme (June 2020)',
    value: '140 of 150',
    number: 140,
    unit: 'areas',
    certainty: 'stated',
    source: SOURCE.smallGrants,
  },
  {
    id: 'partnership-members',
    label: 'Partnership members across all 150 areas (about 2016)',
    value: 'almost 2,000',
    number: 2000,
    unit: 'people',
    certainty: 'stated',
    note: 'An average of 13 per partnership; 88% of partnerships met the minimum of eight members.',
    source: SOURCE.partnershipCount,
  },
  {
    // The page's headline counts volunteers, not partnership members.
    id: 'volunteers-to-date',
    label: 'Volunteers across the programme to date (2021 partnership review)',
    value: 'over 4,300',
    number: 4300,
    unit: 'people',
    certainty: 'stated',
    note: 'The same review counted 1,506 partnership members in 2021; 374 new members joined that year.',
    source: SOURCE.bouncingBack,
  },
  {
    id: 'paid-workers',
    label: 'Paid workers in Big Local areas (2018 workers survey)',
    value: 'at least 250',
    number: 250,
    unit: 'people',
    certainty: 'stated',
    note: '136 areas had at least one paid worker; 27% of workers lived in the area they worked in.',
    source: SOURCE.workers,
  },
  {
    id: 'case-study-areas',
    label: 'Case-study areas followed by the Our Bigger Story evaluation, 2015 to 2025',
    value: '15',
    number: 15,
    unit: 'areas',
    certainty: 'stated',
    source: SOURCE.successArticle,
  },
];

// ---- The 29 named areas ----------------------------------------------------------------------

/** Pages cited by several named areas. */
const PAGE = {
  report2020: SOURCE.report2020.url,
  /** The 2016 report names the 15 case studies (and only names them). */
  obs2016:
    'https://paperzz.com/doc/8390559/our-bigger-story--the-first-chapter-big-local-first-inter...',
  yorkshire2012:
    'http://www.nof.org.uk/global-content/press-releases/england/yorkshire-and-the-humber/lottery-scheme-to-empower-communities-across-yorks-and-humber',
  final50: SOURCE.wave3.url,
  theStar:
    'https://www.thestar.co.uk/news/lottery-scheme-pledges-1m-to-transform-sheffield-s-pocket-of-poverty-1-5213399',
  fiftyComplete: SOURCE.fiftyComplete.url,
  localGov: SOURCE.firstComplete.url,
  civilSociety2012:
    'http://www.civilsociety.co.uk/fundraising/news/content/13998/big_announces_final_50_areas_to_receive_big_local_funding',
};

/** Sources only cited for being a case study: they list the 15 names and nothing else of them. */
const NAMES_ONLY = new Set([PAGE.obs2016]);

/** Pages an area record may cite beyond its own two CSV rows. */
const PROGRAMME_URLS = new Set([PAGE.report2020, PAGE.obs2016, PAGE.final50]);

const WAVE_DATES = { 1: '2010-07-27', 2: '2012-02-29', 3: '2012-12-10' };

/**
 * The 29 areas `big-local-areas.csv` names, one entry each: `named` is its name there, `row`
 * its name in `big-local-150.csv`, and every other field is `[value, ...addresses that state
 * it]`. The local authority, region, wave and date joined come from the 150-area row unless an
 * entry gives them; `omit` drops a value of that row, with the reason. Money is in pounds.
 */
export const NAMED_AREAS = [
  {
    id: 'barrowcliff',
    name: 'Barrowcliff',
    named: 'Barrowcliff',
    row: 'Barrowcliff',
    caseStudy: [
      true,
      PAGE.report2020,
      PAGE.obs2016,
      'https://www.ourbiggerstory.com/timeline.php?Area_ID=2',
    ],
    place: ['Scarborough', PAGE.yorkshire2012, PAGE.report2020],
    funding: [{ amount: 1000000 }, PAGE.yorkshire2012],
    summary: [
      'A Scarborough neighbourhood allocated £1m in the second wave of Big Local on 29 February 2012. Before Big Local, the borough council described it as one of the poorest areas in the borough.',
      PAGE.yorkshire2012,
      'http://www.thescarboroughnews.co.uk/news/plan-to-support-barrowcliff-bid-1-3438567',
    ],
  },
  {
    id: 'birchfield',
    name: 'Birchfield',
    named: 'Birchfield',
    row: 'Birchfield',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['Birmingham', 'https://birchfieldbiglocal.org/about/', PAGE.report2020],
    funding: [{ amount: 1000000, qualifier: 'at-least' }, 'https://birchfieldbiglocal.org/about/'],
    website: ['https://birchfieldbiglocal.org/', 'https://birchfieldbiglocal.org/about/'],
    summary: [
      'One of three Big Local areas in Birmingham, with at least £1 million announced in the second wave in February 2012. Its plan, built around four themes, was endorsed in February 2014.',
      'https://birchfieldbiglocal.org/about/',
    ],
    priorities: [
      [
        'Well Built Birchfield',
        'Well Run Birchfield',
        'Well Served Birchfield',
        'Thriving Birchfield',
      ],
      'https://birchfieldbiglocal.org/about/',
    ],
  },
  {
    id: 'bountagu',
    name: 'Bountagu',
    named: 'Bountagu',
    row: 'Bountagu (Bounces-Montagu)',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['Enfield', PAGE.report2020],
    // The site states it of all 150 areas: "over £1m to each of 150 communities".
    funding: [{ amount: 1000000, qualifier: 'over' }, 'https://bountagu.com/about-us/big-local/'],
    website: ['https://bountagu.com/', 'https://bountagu.com/about-us/big-local/'],
    summary: [
      'One of the 15 areas followed by the Our Bigger Story evaluation, which places it in Enfield. Public sources found give few other facts about the area itself.',
      PAGE.report2020,
      'https://bountagu.com/about-us/big-local/',
    ],
  },
  {
    id: 'catton-grove',
    name: 'Catton Grove',
    named: 'Catton Grove',
    row: 'Catton Grove',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: [
      'Norwich',
      'https://docslib.org/doc/9509060/catton-grove-big-local-area-profile',
      PAGE.report2020,
    ],
    funding: [
      { amount: 1000000 },
      'http://www.edp24.co.uk/news/how-will-catton-grove-in-norwich-spend-1m-national-lottery-cash-1-1737689',
      'https://www.edp24.co.uk/news/local-council/1m-national-lottery-boost-to-transform-lives-in-norwich-706888',
    ],
    summary: [
      'An estate built in the 1930s about a mile and a half north of Norwich city centre, served by Norwich City Council and Norfolk County Council. It was picked in the final 50 areas in December 2012 and was the only Big Local area in Norfolk.',
      'https://docslib.org/doc/9509060/catton-grove-big-local-area-profile',
      'http://www.edp24.co.uk/news/how-will-catton-grove-in-norwich-spend-1m-national-lottery-cash-1-1737689',
      'https://www.edp24.co.uk/news/local-council/1m-national-lottery-boost-to-transform-lives-in-norwich-706888',
    ],
  },
  {
    id: 'grassland-hasmoor',
    name: 'Grassland Hasmoor',
    named: 'Grassland Hasmoor',
    row: 'Grassland and Hasmoor',
    caseStudy: [
      true,
      PAGE.report2020,
      PAGE.obs2016,
      'https://localtrust.org.uk/news-and-stories/news/50th-obs-film',
    ],
    place: [
      'Chesterfield and North East Derbyshire',
      PAGE.report2020,
      'https://grasslandhasmoor.co.uk/index.php/more/about-the-area',
    ],
    website: [
      'https://grasslandhasmoor.co.uk/',
      'https://grasslandhasmoor.co.uk/index.php/more/about-the-area',
    ],
    summary: [
      'Named after Grassmoor and Hasland, neighbouring villages south-east of Chesterfield that lie in different district council areas. Grassmoor is described as a traditional mining village in a semi-rural setting.',
      'https://grasslandhasmoor.co.uk/index.php/more/about-the-area',
      'https://wikimili.com/en/Grassmoor',
      'https://wikimili.com/wiki/Hasland',
    ],
  },
  {
    id: 'growing-together',
    name: 'Growing Together',
    named: 'Growing Together',
    row: 'Growing Together (Northampton East)',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: [
      'Northampton',
      'https://www.northampton.gov.uk/info/200205/planning-for-the-future/2285/growing-together-Aneighbourhood-plan---previous-stages-and-key-documents',
      PAGE.report2020,
    ],
    funding: [{ amount: 1000000 }, 'https://growingtogether.org.uk/big-local-1m/'],
    // "Work started November 2012; completed by June 2020".
    status: [
      'completed',
      'https://growingtogether.org.uk/big-local-1m/',
      'https://localtrust.org.uk/news-and-stories/blog/save-the-date-sharing-our-experience-on-25-april',
    ],
    website: ['https://growingtogether.org.uk/', 'https://growingtogether.org.uk/big-local-1m/'],
    summary: [
      "Covers six estates in east Northampton that made up the old Lumbertubs ward, leaving out the Weston Favell commercial area. Work started in November 2012 and was completed by June 2020; residents backed the area's neighbourhood plan at a referendum in February 2017.",
      'http://growingtogethernn3.org.uk/about',
      'https://growingtogether.org.uk/big-local-1m/',
      'https://www.northampton.gov.uk/info/200205/planning-for-the-future/2285/growing-together-Aneighbourhood-plan---previous-stages-and-key-documents',
      'https://localtrust.org.uk/news-and-stories/blog/save-the-date-sharing-our-experience-on-25-april',
    ],
  },
  {
    id: 'hanwell',
    name: 'Hanwell',
    named: 'Hanwell',
    row: 'Hanwell, Copley Close',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: [
      'Ealing',
      PAGE.report2020,
      'https://localtrust.org.uk/news-and-stories/blog/a-gift-of-land-and-money/',
    ],
    summary: [
      'Covers estates in Hanwell including Copley Close, Gurnell Grove, High Lane and Cuckoo. Its community vision and plan are dated July 2014, and E.A.S.E. acted as its locally trusted organisation.',
      'https://localtrust.org.uk/news-and-stories/blog/a-gift-of-land-and-money/',
      'https://studylib.net/doc/9638568/hanwell-big-local-community-plan-final--2-',
    ],
  },
  {
    id: 'lawrence-weston',
    name: 'Lawrence Weston',
    named: 'Lawrence Weston',
    row: 'Lawrence Weston',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['Bristol', 'https://www.cse.org.uk/news/we-need-to-come-together/', PAGE.report2020],
    funding: [
      { amount: 1000000 },
      'https://www.merchantventurers.com/news/ambition-lawrence-weston/',
    ],
    summary: [
      'A post-war housing estate on the north-west edge of Bristol. Residents formed Ambition Lawrence Weston in 2012 and within a year it was awarded £1m; a community-owned wind turbine began turning in June 2023.',
      'https://www.cse.org.uk/news/we-need-to-come-together/',
      'https://www.merchantventurers.com/news/ambition-lawrence-weston/',
      'https://designcouncil.org.uk/our-resources/archive/reports-resources/lawrence-weston-estate',
    ],
  },
  {
    id: 'northfleet-north',
    name: 'Northfleet North',
    named: 'Northfleet North (North Northfleet)',
    row: 'Northfleet North',
    caseStudy: [
      true,
      PAGE.report2020,
      PAGE.obs2016,
      'https://ourbiggerstory.com/outcomes_search.php?Area_ID=9&type=media&format=Film',
    ],
    place: ['Kent', PAGE.report2020],
    omit: {
      localAuthority:
        'big-local-areas.csv: Gravesham is only implied (the partnership chair became Mayor of Gravesham), not stated',
    },
    website: [
      'http://www.northfleetbiglocal.com/',
      'http://www.northfleetbiglocal.com/involve.html',
    ],
    summary: [
      "Called Northfleet North on the Our Bigger Story website and North Northfleet in the evaluation's 2016 report. Its Big Local launch event was held on 15 December 2011.",
      'https://ourbiggerstory.com/outcomes_search.php?Area_ID=9&type=media&format=Film',
      PAGE.obs2016,
      'http://www.northfleetbiglocal.com/involve.html',
    ],
  },
  {
    id: 'radstock-and-westfield',
    name: 'Radstock and Westfield',
    named: 'Radstock and Westfield',
    row: 'Radstock and Westfield',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['Somerset', PAGE.report2020],
    funding: [
      { amount: 1000000, qualifier: 'at-least' },
      'http://radstockwestfield.org.uk/contact-us-2/faq/',
    ],
    website: [
      'http://radstockwestfield.org.uk/',
      'http://radstockwestfield.org.uk/contact-us-2/faq/',
    ],
    summary: [
      'Covers Radstock and Westfield, including Writhlington, Clandown, Tyning and Haydon, in a former mining area. A steering group was set up in 2012 and Local Trust approved its first plan, for 2015 to 2018, in February 2015.',
      'http://radstockwestfield.org.uk/contact-us-2/faq/',
      'http://radstockwestfield.org.uk/big-local-plan-approved/',
      'https://docslib.org/doc/1792745/community-profile-for-radstock-and-westfield',
    ],
  },
  {
    id: 'ramsey',
    name: 'Ramsey',
    named: 'Ramsey (Ramsey Million)',
    row: 'Ramsey',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['Cambridgeshire', PAGE.report2020],
    summary: [
      "Called Ramsey Million in the Our Bigger Story evaluation's 2016 report. Ramsey is a market town in the Huntingdonshire district of Cambridgeshire.",
      PAGE.obs2016,
      'https://en.wikipedia.org/wiki/Ramsey,_Cambridgeshire',
    ],
  },
  {
    id: 'revoe',
    name: 'Revoe',
    named: 'Revoe (Revoelution)',
    row: 'Blackpool Revoe',
    caseStudy: [
      true,
      PAGE.report2020,
      PAGE.obs2016,
      'https://ourbiggerstory.com/outcomes_search.php?Area_ID=12&format=Text&type=media',
    ],
    place: [
      'Blackpool',
      'https://revoelution.org.uk/about',
      'https://www.revoelution.org.uk/about',
      PAGE.report2020,
    ],
    funding: [
      { amount: 1000000 },
      'https://revoelution.org.uk/about',
      'https://www.revoelution.org.uk/about',
    ],
    website: ['https://www.revoelution.org.uk/', 'https://www.revoelution.org.uk/about'],
    summary: [
      "A small area around Central Drive in Blackpool, identified in 2012 with help from Blackpool Council's neighbourhoods team. Its first meeting was in September 2012, the partnership formed in 2014, and the work continues through Revoelution, registered as a charity in August 2024.",
      'https://revoelution.org.uk/about',
      'https://www.revoelution.org.uk/about',
    ],
  },
  {
    id: 'three-parishes',
    name: 'Three Parishes',
    named: 'Three Parishes',
    row: 'Three Parishes - Gobowen, St Martins and Weston Rhyn',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['Shropshire', PAGE.report2020],
    funding: [
      { amount: 1000000 },
      'http://stmartins-online.org.uk/77.html',
      'https://www.big-local.org/community-plan/',
    ],
    website: ['https://www.big-local.org/', 'https://www.big-local.org/community-plan/'],
    summary: [
      'Covers the communities of St Martins, Weston Rhyn and Gobowen. Big Local was first introduced there in 2011; its first community plan was published in September 2014 and a second ran from September 2016 to August 2019.',
      'http://stmartins-online.org.uk/77.html',
      'https://www.big-local.org/community-plan/',
    ],
  },
  {
    id: 'westfield',
    name: 'Westfield',
    named: 'Westfield',
    row: 'Westfield Estate',
    caseStudy: [
      true,
      PAGE.report2020,
      PAGE.obs2016,
      'https://ourbiggerstory.com/outcomes_search.php?Area_ID=14&format=Film&type=media',
    ],
    place: ['Sheffield', PAGE.theStar, PAGE.report2020],
    // The 150-area list infers the wave from a list's order; this news report states it.
    wave: [3, PAGE.theStar],
    joined: [WAVE_DATES[3], PAGE.theStar, PAGE.final50],
    funding: [{ amount: 1000000 }, PAGE.theStar],
    summary: [
      'An area in the south-east of Sheffield, within Mosborough ward, named among the final 50 Big Local areas. After Big Local its community centre was handed back to the council and a legacy charity, Westfield Community Group, carried on.',
      PAGE.theStar,
      'https://ourbiggerstory.com/outcomes_search.php?Area_ID=14&format=Film&type=media',
      'http://en.wikipedia.org/wiki/Westfield,_Sheffield',
    ],
  },
  {
    id: 'whitley-bay',
    name: 'Whitley Bay',
    named: 'Whitley Bay',
    row: 'Whitley Bay',
    caseStudy: [true, PAGE.report2020, PAGE.obs2016],
    place: ['North Tyneside', 'https://www.whitleybaybiglocal.org/history', PAGE.report2020],
    // The 150-area list infers it; the area's own history page says it works with the council.
    localAuthority: ['North Tyneside', 'https://www.whitleybaybiglocal.org/history'],
    region: [
      'North East',
      'http://localtrust.org.uk/our-work/big-local/big-local-areas/whitley-bay',
    ],
    setting: ['coastal', 'http://localtrust.org.uk/our-work/big-local/big-local-areas/whitley-bay'],
    omit: {
      wave: 'the sources say only that it was selected "in 2012", a year with two waves',
      joined: 'the sources say only that it was selected "in 2012", a year with two waves',
    },
    funding: [{ amount: 1000000 }, 'https://www.whitleybaybiglocal.org/history'],
    website: ['https://www.whitleybaybiglocal.org/', 'https://www.whitleybaybiglocal.org/history'],
    summary: [
      'A coastal town-centre area on the North East coast, described as a pocket of disadvantage in a relatively affluent area. It was selected in 2012 and works with North Tyneside Council.',
      'https://www.whitleybaybiglocal.org/history',
      'http://localtrust.org.uk/our-work/big-local/big-local-areas/whitley-bay',
      'https://www.whitleybaybiglocal.org/environment',
    ],
  },
  {
    id: 'hawksworth-wood',
    name: 'Hawksworth Wood',
    named: 'Hawksworth Wood',
    row: 'Hawksworth Wood Estate, the Abbeydales and the Vespers (HAVA)',
    place: ['Leeds', PAGE.yorkshire2012],
    funding: [{ amount: 1000000 }, PAGE.yorkshire2012],
    summary: [
      'An area of Leeds allocated £1m in the second wave of Big Local on 29 February 2012.',
      PAGE.yorkshire2012,
    ],
  },
  {
    id: 'north-cleethorpes',
    name: 'North Cleethorpes',
    named: 'North Cleethorpes',
    row: 'North Cleethorpes',
    place: ['Lincolnshire', PAGE.yorkshire2012],
    // Only the release: the area's own site gives another year (see the summary).
    wave: [2, PAGE.yorkshire2012],
    joined: [WAVE_DATES[2], PAGE.yorkshire2012],
    funding: [{ amount: 1000000 }, PAGE.yorkshire2012],
    summary: [
      'An area described as being in Lincolnshire, allocated £1m in the second wave of Big Local on 29 February 2012. Its own website says it was selected in 2013.',
      PAGE.yorkshire2012,
      'https://www.biglocalnorthcleethorpes.org.uk/start-here/what-is-big-local/',
      'https://biglocalnorthcleethorpes.org.uk/reflections/what-is-big-local',
    ],
  },
  {
    id: 'rastrick',
    name: 'Rastrick',
    named: 'Rastrick',
    row: 'Rastrick',
    place: ['Calderdale', PAGE.yorkshire2012],
    funding: [{ amount: 1000000 }, PAGE.yorkshire2012],
    summary: [
      'An area of Calderdale allocated £1m in the second wave of Big Local on 29 February 2012.',
      PAGE.yorkshire2012,
    ],
  },
  {
    id: 'scholemoor-and-lidget-green',
    name: 'Scholemoor and Lidget Green',
    named: 'Scholemoor and Lidget Green',
    // The release's name; the unattributed list of names says "Greenmoor".
    row: 'Greenmoor',
    place: ['Bradford', PAGE.yorkshire2012],
    funding: [{ amount: 1000000 }, PAGE.yorkshire2012],
    summary: [
      'An area of Bradford allocated £1m in the second wave of Big Local on 29 February 2012.',
      PAGE.yorkshire2012,
    ],
  },
  {
    id: 'thurcroft',
    name: 'Thurcroft',
    named: 'Thurcroft',
    row: 'Thurcroft',
    place: ['Rotherham', PAGE.yorkshire2012],
    funding: [{ amount: 1000000 }, PAGE.yorkshire2012],
    summary: [
      'An area of Rotherham allocated £1m in the second wave of Big Local on 29 February 2012.',
      PAGE.yorkshire2012,
    ],
  },
  {
    id: 'goldthorpe',
    name: 'Goldthorpe',
    named: 'Goldthorpe',
    row: 'Goldthorpe with Bolton-on-Dearne',
    place: ['Barnsley', PAGE.theStar],
    // The 150-area list infers these; the news report states them.
    localAuthority: ['Barnsley', PAGE.theStar],
    wave: [3, PAGE.theStar],
    joined: [WAVE_DATES[3], PAGE.theStar, PAGE.final50],
    funding: [{ amount: 1000000 }, PAGE.theStar],
    summary: ['An area of Barnsley reported among the final 50 Big Local areas.', PAGE.theStar],
  },
  {
    id: 'worlds-end-estate',
    name: "World's End Estate",
    named: "World's End Estate",
    row: "World's End Estate and Lots Road area",
    place: ['London', PAGE.final50],
    funding: [{ amount: 1000000, qualifier: 'at-least' }, PAGE.final50],
    summary: [
      'A London estate named among the final 50 Big Local areas announced on 10 December 2012, each to receive at least £1 million.',
      PAGE.final50,
    ],
  },
  {
    id: 'selby',
    name: 'Selby',
    named: 'Selby',
    row: 'Selby Town',
    place: ['Selby', PAGE.final50],
    funding: [{ amount: 1000000, qualifier: 'at-least' }, PAGE.final50],
    summary: [
      'The former mining town of Selby in Yorkshire, named among the final 50 Big Local areas announced on 10 December 2012, each to receive at least £1 million.',
      PAGE.final50,
    ],
  },
  {
    id: 'cell',
    name: 'CELL (Cresswell, Ellington, Linton, Lynemouth)',
    named: 'CELL (Cresswell, Ellington, Linton, Lynemouth)',
    row: 'CELL - Lynemouth, Cresswell, Ellington and Linton',
    omit: {
      wave: 'big-local-areas.csv: uncertain that the December 2012 mention of Lynemouth is this area',
      joined:
        'big-local-areas.csv: uncertain that the December 2012 mention of Lynemouth is this area',
    },
    setting: ['coastal', PAGE.localGov],
    funding: [{ amount: 1150000 }, PAGE.localGov],
    summary: [
      'Four villages in a former coal-mining area on the coast, 20 miles north of Newcastle upon Tyne. It was reported in June 2022 as the first of the 150 areas to distribute all of its £1.15m grant. A December 2012 report named Lynemouth, South East Northumberland, among the final 50 areas; that it means this area is not certain.',
      PAGE.localGov,
      PAGE.civilSociety2012,
    ],
  },
  {
    id: 'shadsworth-with-whitebirk',
    name: 'Shadsworth with Whitebirk',
    named: 'Shadsworth with Whitebirk',
    row: 'Shadsworth with Whitebirk',
    place: ['Blackburn', PAGE.fiftyComplete],
    status: ['completed', PAGE.fiftyComplete],
    summary: [
      'An area of Blackburn that became the 50th Big Local area to complete the programme.',
      PAGE.fiftyComplete,
    ],
  },
  {
    id: 'north-meets-south',
    name: 'North Meets South',
    named: 'North Meets South',
    row: 'North Meets South',
    place: ['Barking and Dagenham', PAGE.fiftyComplete],
    status: ['completed', PAGE.fiftyComplete],
    summary: [
      'An area in Barking and Dagenham that brought together two communities separated by the A12, and was among the first 50 areas to complete the programme.',
      PAGE.fiftyComplete,
    ],
  },
  {
    id: 'dover-big-local',
    name: 'Dover Big Local',
    named: 'Dover Big Local',
    row: 'Dover Town',
    place: ['Dover', PAGE.fiftyComplete],
    status: ['completed', PAGE.fiftyComplete],
    summary: [
      'Among the first 50 areas to complete the programme, after which it continued as a community interest company.',
      PAGE.fiftyComplete,
    ],
  },
  {
    id: 'arches-local',
    name: 'Arches Local',
    named: 'Arches Local',
    row: 'Arches Local (Central Chatham, Luton Arches)',
    place: [
      'Medway',
      'https://archeslocal.org.uk/page_category/classic/',
      'https://archeslocal.org.uk/about/',
    ],
    funding: [
      { amount: 1000000 },
      'https://archeslocal.org.uk/page_category/classic/',
      'http://www.projectdirt.com/project/18450/',
      'https://archeslocal.org.uk/about/',
    ],
    website: ['https://archeslocal.org.uk/', 'https://archeslocal.org.uk/about/'],
    summary: [
      "Covers Chatham Central in Medway, across two local wards. It was awarded funding in spring 2012; its partnership was endorsed in June 2015 and its first-year plan on 16 July 2015, and a source describes its neighbourhood plan as Kent's first urban one.",
      'https://archeslocal.org.uk/page_category/classic/',
      'http://www.projectdirt.com/project/18450/',
      'https://archeslocal.org.uk/about/',
    ],
  },
  {
    id: 'wormholt-and-white-city',
    name: 'Wormholt and White City',
    named: 'Wormholt and White City',
    row: 'Wormholt and White City',
    funding: [{ amount: 1000000 }, 'http://www.ourbiglocal.org.uk/about-us/'],
    website: ['http://www.ourbiglocal.org.uk/', 'http://www.ourbiglocal.org.uk/about-us/'],
    summary: [
      'Its initial plan was endorsed in October 2013. Hammersmith United Charities match-funded its £1 million, making £2 million in all.',
      'http://www.ourbiglocal.org.uk/about-us/',
      'http://www.ourbiglocal.org.uk/about-us/our-plan/',
    ],
  },
];

// ---- Area records ----------------------------------------------------------------------------

/** Field order in every area record. */
const AREA_FIELDS = [
  'caseStudy',
  'confirmed',
  'place',
  'localAuthority',
  'region',
  'setting',
  'funding',
  'wave',
  'joined',
  'status',
  'website',
  'summary',
  'priorities',
];

/** The fields the 150-area list gives, and the tag its notes use when one is inferred. */
const ROW_FIELDS = {
  localAuthority: 'local_authority',
  region: 'region',
  wave: 'wave/date',
  joined: 'wave/date',
};

/** What a 150-area row states: `{ field: [value, ...addresses] }`, inferred values left out. */
function rowFacts(row) {
  const name = row.area_name;
  const notes = row.notes ?? '';
  if ((row.confirmed_by_source ?? '').toLowerCase() !== 'yes') return {};
  const all = readUrls(row.source_urls ?? '');
  const cited = all.filter((url) => !NAMES_ONLY.has(url));
  const urls = cited.length ? cited : all;
  const facts = {};
  const stated = (field) => !inferred(notes, ROW_FIELDS[field]);
  const authority = (row.local_authority ?? '').trim();
  if (authority && stated('localAuthority')) facts.localAuthority = [plain(authority), ...urls];
  const region = (row.region ?? '').trim();
  // A region the list infers (from the local authority) is shipped, marked as inferred: a map
  // of the regions counts it, labelled, rather than leaving most areas off.
  if (region) facts.region = [plain(region), ...urls];

  const wave = Number(row.wave);
  const date = (row.announced_date ?? '').trim();
  if (row.wave && date && stated('wave')) {
    if (WAVE_DATES[wave] !== date) throw new Error(`${name}: wave ${row.wave} is not ${date}`);
    facts.wave = [wave, ...urls];
    facts.joined = [date, ...urls];
  }
  for (const [field, [, ...list]] of Object.entries(facts)) {
    if (!list.length) throw new Error(`${name}: ${field} has no address to cite`);
  }
  if (region && !stated('region')) facts.inferred = ['region'];
  return facts;
}

const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** One area record: the 150-area row's facts, with a named area's entry over them. */
function areaRecord(row, entry, namedRow) {
  const id = entry?.id ?? kebab(row.area_name);
  const name = plain(entry?.name ?? row.area_name);
  if (!id) throw new Error(`No id for "${row.area_name}"`);
  const fromRow = rowFacts(row);
  if (fromRow.wave && !entry?.wave && /\[CONFLICT\]\s*(date|wave)/i.test(row.notes ?? '')) {
    throw new Error(
      `${row.area_name}: sources disagree on when it joined; give it a NAMED_AREAS entry`,
    );
  }
  const confirmed = (row.confirmed_by_source ?? '').toLowerCase() === 'yes';
  const allowed = new Set([
    ...readUrls(row.source_urls ?? ''),
    ...(namedRow ? readUrls(namedRow.sources ?? '', ';') : []),
    ...PROGRAMME_URLS,
  ]);
  if (entry) {
    for (const key of Object.keys(entry)) {
      if (!['id', 'name', 'named', 'row', 'omit', ...AREA_FIELDS].includes(key)) {
        throw new Error(`${id}: unknown field ${key}`);
      }
    }
    const caseStudy = (namedRow?.obs_case_study ?? '').toLowerCase() === 'yes';
    if (caseStudy !== (entry.caseStudy?.[0] === true)) {
      throw new Error(`${id}: caseStudy disagrees with big-local-areas.csv`);
    }
    if (!confirmed) throw new Error(`${id}: a named area the 150-area list does not confirm`);
  }

  const area = { id, name };
  const sources = {};
  for (const field of AREA_FIELDS) {
    if (field === 'confirmed') {
      if (!confirmed) area.confirmed = false;
      continue;
    }
    const given = entry?.[field];
    if (entry?.omit?.[field] && !fromRow[field])
      throw new Error(`${id}: nothing to omit in ${field}`);
    const stated = entry?.omit?.[field] ? undefined : fromRow[field];
    if (given && stated && !sameValue(given[0], stated[0])) {
      throw new Error(
        `${id}: ${field} "${given[0]}" differs from the 150-area list's "${stated[0]}"`,
      );
    }
    const chosen = given ?? stated;
    if (!chosen) continue;
    const [value, ...urls] = chosen;
    if (!urls.length) throw new Error(`${id}: ${field} has no source`);
    for (const url of urls) {
      if (!allowed.has(url)) throw new Error(`${id}: ${field} cites ${url}, which no row lists`);
    }
    area[field] =
      field === 'funding'
        ? {
            amount: value.amount,
            currency: 'GBP',
            ...(value.qualifier ? { qualifier: value.qualifier } : {}),
          }
        : typeof value === 'string'
          ? plain(value)
          : value;
    sources[field] = urls.map((url) => ({ title: titleFor(url), url }));
  }
  if (Object.keys(sources).length) area.sources = sources;
  if (fromRow.inferred && area.region && !entry?.region) area.inferred = fromRow.inferred;
  return area;
}

/** Every area once, in the 150-area list's order; the named ones in their list's order. */
function buildAreas(rows150, rowsNamed) {
  const byRow = new Map(NAMED_AREAS.map((entry) => [entry.row, entry]));
  const namedRows = new Map(rowsNamed.map((row) => [row.area_name, row]));
  const used = new Set();
  for (const entry of NAMED_AREAS) {
    if (!namedRows.has(entry.named))
      throw new Error(`${entry.id}: big-local-areas.csv has no "${entry.named}"`);
  }
  for (const row of rowsNamed) {
    if (!NAMED_AREAS.some((entry) => entry.named === row.area_name)) {
      throw new Error(`"${row.area_name}" (big-local-areas.csv) has no NAMED_AREAS entry`);
    }
  }
  const ids = new Set();
  const all = rows150.map((row, index) => {
    if (!row.area_name) throw new Error(`big-local-150.csv row ${index + 2} has no area_name`);
    const entry = byRow.get(row.area_name);
    if (entry) used.add(entry.id);
    const area = areaRecord(row, entry, entry && namedRows.get(entry.named));
    if (ids.has(area.id)) throw new Error(`Duplicate id ${area.id} ("${area.name}")`);
    ids.add(area.id);
    return area;
  });
  const missing = NAMED_AREAS.filter((entry) => !used.has(entry.id));
  if (missing.length) {
    throw new Error(`Not in big-local-150.csv: ${missing.map((entry) => entry.row).join(', ')}`);
  }
  const byId = new Map(all.map((area) => [area.id, area]));
  const named = rowsNamed.map((row) =>
    byId.get(NAMED_AREAS.find((entry) => entry.named === row.area_name).id),
  );
  return { all, named };
}

// ---- Documents -------------------------------------------------------------------------------

/** Checks each fact against `big-local-facts.md`: its page and its value must both appear. */
function checkFacts(factsText) {
  const text = factsText.toLowerCase();
  for (const fact of FACTS) {
    if (!factsText.includes(fact.source.url)) {
      throw new Error(`Fact ${fact.id}: big-local-facts.md does not cite ${fact.source.url}`);
    }
    if (!text.includes(fact.value.toLowerCase())) {
      throw new Error(`Fact ${fact.id}: big-local-facts.md does not state "${fact.value}"`);
    }
  }
}

// ---- The programme's story -------------------------------------------------------------------

/** A copy without the fields a source left empty (`null`): the contract has no nulls. */
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([key, field]) => [key, withoutNulls(field)]),
  );
}

/** One of the per-resident inputs as a fact of its own. */
const input = (id, label, figure) => ({ id, label, certainty: 'stated', ...figure });

/**
 * The story collections (scripts/story-data.mjs, each item with the page that states it) in the
 * contract's shapes: quotes by kebab-case id, studies' figures as `programme` and
 * `comparison`, the spend total and per-resident inputs as facts.
 */
function storyCollections() {
  const quotes = Object.entries(story.quotes).map(([key, quote]) => ({
    id: key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
    ...quote,
  }));
  const studies = story.impactStudies.map(({ measures = [], findings = [], ...study }) => ({
    ...study,
    findings,
    measures: measures.map(({ bigLocal, comparison, ...measure }) => ({
      ...measure,
      programme: bigLocal,
      comparison,
    })),
  }));
  const { total, headings, perResident } = story.spend;
  const spend = {
    total: { id: 'spend-total', ...total },
    headings: headings.map(({ figures = [], ...heading }) => ({ ...heading, figures })),
    perResident: {
      amount: input('per-resident-amount', 'Funding each area was given', {
        ...perResident.amount,
        unit: 'GBP',
      }),
      years: input('per-resident-years', 'Years each area had to spend it', perResident.years),
      people: input('per-resident-people', 'People living in an area', perResident.people),
    },
  };
  // Pages that give the same date, or dispute it, are listed with the milestone.
  const milestones = story.milestones.map(
    ({ conflictingSources = [], alsoStatedBy = [], ...milestone }) => {
      const otherSources = [...conflictingSources, ...alsoStatedBy];
      return otherSources.length ? { ...milestone, otherSources } : milestone;
    },
  );
  return withoutNulls({ quotes, themes: story.themes, studies, milestones, spend });
}

/** The evaluation's activities under each level of change, from scripts/story-data.mjs. */
const levelsOfChange = () =>
  LEVELS_OF_CHANGE.map((level) => ({
    ...level,
    activities: story.changeLevelActivities[level.id]?.activities,
  }));

/** How the case-study partnerships were described, in the source's words and proportions. */
const partnershipTypes = () =>
  PARTNERSHIP_TYPES.map((type) => {
    const mix = story.partnershipMix.find((entry) => entry.type === type.id);
    return mix ? { ...type, share: mix.share, fraction: mix.fraction } : type;
  });

/** What the evaluation found about each factor, with the page that says it. */
const factors = () =>
  FACTORS.map((factor) => {
    const found = story.successFactors[factor.id];
    return found ? { ...factor, finding: { text: found.finding, source: found.source } } : factor;
  });

/** How a source qualifies a figure, by its first words, as the contract's `qualifier`. */
const QUALIFIER_WORDS = [
  [/^at least\b/i, 'at-least'],
  [/^(over|more than)\b/i, 'over'],
  [/^(approx\.?|approximately|about|around|roughly|some)(?=\s|\d)/i, 'about'],
  [/^up to\b/i, 'up-to'],
  [/^(just under|almost|nearly)\b/i, 'under'],
];

/** A figure as its source words it ("3,000-5,000", "2.5million") as a number. */
const numberIn = (text) => {
  const [, digits, million] = /([\d,]+(?:\.\d+)?)\s*(million|m\b)?/i.exec(text) ?? [];
  if (digits === undefined) return undefined;
  const value = Number(digits.replaceAll(',', ''));
  return million ? value * 1e6 : value;
};

/**
 * A fact's figure, read once from the source's words into the contract's fields, so widgets
 * format every figure one way ("£217 million", "3,000–5,000", "over £196 million") while
 * `value` keeps the source's own words: the qualifier, a range's ends, "117 of 150" as a part
 * of a whole, "34%" as a share. Fields the fact gives are kept.
 */
export function structuredFigure(fact) {
  const words = fact.value.trim();
  const derived = {};
  const qualifier = QUALIFIER_WORDS.find(([pattern]) => pattern.test(words))?.[1];
  if (qualifier) derived.qualifier = qualifier;
  const range = /(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to)\s*(\d[\d,]*(?:\.\d+)?)/.exec(words);
  const part = /^(\d[\d,]*) of (\d[\d,]*)$/.exec(words);
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(words);
  if (range) {
    derived.number = numberIn(range[1]);
    derived.max = numberIn(range[2]);
  } else if (part) {
    derived.of = numberIn(part[2]);
  } else if (percent) {
    derived.number = Number(percent[1]) / 100;
    derived.unit = 'percent';
  }
  return { ...derived, ...fact, number: fact.number ?? derived.number };
}

/** Every fact in a story part (facts, and the figures of themes, spend, …) structured. */
function structuredFigures(value) {
  if (Array.isArray(value)) return value.map(structuredFigures);
  if (!value || typeof value !== 'object') return value;
  const walked = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, structuredFigures(child)]),
  );
  // A fact has a label, the source's words and a source; a spend heading (a share) is not one.
  const isFact =
    typeof value.value === 'string' && 'label' in value && 'source' in value && !('share' in value);
  return isFact ? structuredFigure(walked) : walked;
}

/**
 * The documents from the reference texts, each the exact text to commit:
 * `big-local.json` (the embedded default's programme part: framework and the named areas),
 * `big-local-story.json` (its story part: facts, quotes, themes, studies, milestones, spend,
 * loaded only by the widgets that tell the story) and `big-local-150.json` (all of it, with
 * every area).
 */
export function generate({ areas150, areasNamed, facts }) {
  checkFacts(facts);
  const { all, named } = buildAreas(readRecords(areas150), readRecords(areasNamed));
  const caseStudies = named.filter((area) => area.caseStudy).length;
  if (caseStudies !== 15) throw new Error(`Expected 15 case studies, found ${caseStudies}`);
  const unconfirmed = all.filter((area) => area.confirmed === false).length;
  const framework = {
    scales: SCALES,
    outcomes: OUTCOMES,
    groups: GROUPS,
    factors: factors(),
    settings: SETTINGS,
    partnershipTypes: partnershipTypes(),
    levelsOfChange: levelsOfChange(),
  };
  const storyPart = structuredFigures({
    factGroups: FACT_GROUPS,
    facts: FACTS,
    ...storyCollections(),
  });
  const programme = {
    id: 'big-local',
    name: 'Big Local',
    illustrative: false,
    source: SOURCE.lfblAbout,
    updated: UPDATED,
  };
  const document = (programmeFields, areas, parts = storyPart) => ({
    schema: 2,
    programme: { ...programme, ...programmeFields },
    ...framework,
    areas,
    assessments: [],
    ...parts,
  });
  const text = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'big-local.json': text(
      document(
        {
          description:
            'Big Local was a resident-led programme in England that trusted 150 neighbourhoods with at least £1 million each to spend over 10 to 15 years on priorities they chose themselves. ' +
            `This dataset holds the programme framework, programme-level facts and the ${named.length} areas public sources name, with only what those sources state and no scores.`,
        },
        named,
        {
          // The factors and levels of change are a part of their own (below): a card does
          // not need them, the matrix and the story do.
          factors: [],
          levelsOfChange: [],
          factGroups: [],
          facts: [],
          quotes: [],
          themes: [],
          studies: [],
          milestones: [],
        },
      ),
    ),
    'big-local-framework.json': text({
      factors: framework.factors,
      levelsOfChange: framework.levelsOfChange,
    }),
    'big-local-story.json': text(storyPart),
    'big-local-150.json': text(
      document(
        {
          id: 'big-local-150',
          // The programme's name, as every widget says it; the id tells the documents apart.
          name: 'Big Local',
          description:
            `All ${all.length} Big Local areas as public pages name them, with the local authority, region, wave and date joined only where a source states them (a region the list infers is marked as inferred; other inferred values are left out). ` +
            `${unconfirmed} names come only from an unattributed list and are marked unconfirmed. The ${named.length} areas of the embedded default have the same records here. No populations, no scores.`,
        },
        all,
      ),
    ),
  };
}

// ---- Command line ----------------------------------------------------------------------------

const here = fileURLToPath(new URL('.', import.meta.url));
const outputDir = join(here, '..', 'src', 'data', 'default');
const REFERENCE_FILES = {
  areas150: 'big-local-150.csv',
  areasNamed: 'big-local-areas.csv',
  facts: 'big-local-facts.md',
};

/**
 * The reference folder: the one given, else `$BIG_LOCAL_REFERENCE`, else the repository's
 * `reference/`; undefined when none holds the files.
 */
export function findReference(dir = process.env.BIG_LOCAL_REFERENCE) {
  const candidates = dir ? [resolve(dir)] : [join(here, '..', 'reference')];
  return candidates.find((candidate) =>
    Object.values(REFERENCE_FILES).every((file) => existsSync(join(candidate, file))),
  );
}

/** The reference texts `generate` takes, read from `dir`. */
export function readReference(dir) {
  return Object.fromEntries(
    Object.entries(REFERENCE_FILES).map(([key, file]) => [
      key,
      readFileSync(join(dir, file), 'utf8'),
    ]),
  );
}

function main(argv) {
  const usage =
    'usage: node scripts/reference-data.mjs [--reference DIR] [--check | --stdout FILE]\n';
  const options = { check: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--check') options.check = true;
    else if (arg === '--reference') options.reference = argv[++index];
    else if (arg === '--stdout') options.stdout = argv[++index];
    else {
      process.stderr.write(usage);
      process.exit(2);
    }
  }
  const reference = findReference(options.reference);
  if (!reference) {
    process.stderr.write(
      `No reference folder with ${Object.values(REFERENCE_FILES).join(', ')}: pass --reference DIR or set BIG_LOCAL_REFERENCE.\n${usage}`,
    );
    process.exit(2);
  }
  const documents = generate(readReference(reference));
  if (options.stdout) {
    if (!(options.stdout in documents)) {
      process.stderr.write(usage);
      process.exit(2);
    }
    process.stdout.write(documents[options.stdout]);
    return;
  }
  if (options.check) {
    const stale = Object.entries(documents)
      .filter(([file, text]) => {
        const path = join(outputDir, file);
        return !existsSync(path) || readFileSync(path, 'utf8') !== text;
      })
      .map(([file]) => file);
    if (stale.length) {
      process.stderr.write(
        `Out of date: ${stale.join(', ')}. Run node scripts/reference-data.mjs to rebuild.\n`,
      );
      process.exit(1);
    }
    process.stdout.write(`${Object.keys(documents).join(', ')} match the reference.\n`);
    return;
  }
  for (const [file, text] of Object.entries(documents)) {
    writeFileSync(join(outputDir, file), text);
    const dataset = JSON.parse(text);
    if (!dataset.areas) {
      const what = dataset.facts
        ? `${dataset.facts.length} facts`
        : `${dataset.factors.length} factors`;
      process.stdout.write(`wrote src/data/default/${file}: ${what}\n`);
      continue;
    }
    const count = (field) => dataset.areas.filter((area) => area[field] !== undefined).length;
    process.stdout.write(
      `wrote src/data/default/${file}: ${dataset.areas.length} areas, ${count('caseStudy')} case studies, ` +
        `${count('localAuthority')} with local authority, ${count('region')} with region, ${count('wave')} with wave, ` +
        `${dataset.areas.length - count('confirmed')} confirmed\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
