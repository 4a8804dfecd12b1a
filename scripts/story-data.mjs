/**
 * Sourced data for the "programme story" widgets: the Learning from Big Local themes, the
 * independent impact studies, the programme's milestones, programme-level spend, named quotes,
 * the kinds of change at each level, the mix of case-study partnerships and what the evaluation
 * says about each success factor.
 *
 * Every value here comes from the named sources only: `reference/big-local-facts.md`,
 * `reference/big-local-areas.csv` and the seed documents in `reference/seeds/` (seed 000: the
 * Learning from Big Local "Community change" theme page; seed 001: the Our Bigger Story 2020
 * report summary; seed 002: Learning from Big Local, "What does success mean in Big Local?";
 * seed 003: the Local Trust blog launching Learning from Big Local; seed 004: Our Bigger Story,
 * "Beyond the early years", the chapter "Big Local as a lasting change agent"). Each figure and
 * each quote carries the `source` ({ title, url }) that states it. Figures keep the source's
 * wording in `value`; `number` is given only where the wording gives one. Quotes (`text`) are
 * verbatim (typography included); descriptions, summaries and `sentence`s are in our own words
 * and say no more than the source. Where sources disagree or are loose, `certainty` and a
 * `note`/`description` say so. Nothing here is a score or rating of an area.
 *
 * Titles: `big-local-facts.md` gives addresses, not page titles. Titles are the ones
 * `scripts/reference-data.mjs` already uses where it cites the same address, else a short label
 * built from the publisher and the address (as `titleFor()` there does).
 *
 * Plain ES module: no imports, no dependencies. Ids in `changeLevelActivities`,
 * `partnershipMix` and `successFactors` are the ids of `LEVELS_OF_CHANGE`, `PARTNERSHIP_TYPES`
 * and `FACTORS` in `scripts/reference-data.mjs`.
 */

// ---- Sources ---------------------------------------------------------------------------------

/** Every page cited below, named once. */
const S = {
  // Programme pages
  lfblAbout: {
    title: 'Learning from Big Local: About Big Local',
    url: 'https://www.learningfrombiglocal.org.uk/about',
  },
  whatIsBigLocal: {
    title: 'Local Trust: What is Big Local?',
    url: 'http://localtrust.org.uk/library/programme-guidance/what-is-big-local/',
  },
  localTrustAbout: { title: 'Local Trust: About us', url: 'https://localtrust.org.uk/about/' },
  aboutBigLocal: {
    title: 'Local Trust: About Big Local',
    url: 'https://localtrust.org.uk/big-local/about-big-local/',
  },
  powerInOurHands: {
    title:
      'Learning from Big Local: Power in our hands: an inquiry into positive and lasting change in the Big Local programme (plain text)',
    url: 'https://www.learningfrombiglocal.org.uk/plain-text-power-in-our-hands-an-inquiry-into-positive-and-lasting-change-in-the-big-local-programme',
  },
  bigLocalTrust: {
    title: 'Local Trust: Big Local Trust, an expendable endowment',
    url: 'https://localtrust.org.uk/?p=763',
  },
  programmeEnds: {
    title: 'Local Trust: Big Local ends March 2026',
    url: 'https://localtrust.org.uk/?p=38090',
  },
  bigLocalPlan: {
    title: 'Local Trust: The Big Local plan (programme guidance)',
    url: 'https://localtrust.org.uk/big-local/programme-guidance/the-big-local-plan/',
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
  furtherFunds: {
    title: 'Local Trust: Local Trust releases further funds to Big Local areas',
    url: 'https://localtrust.org.uk/news-and-stories/news/local-trust-releases-further-funds-to-big-local-areas/',
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
  growingTogether: {
    title: 'Growing Together: Big Local £1m',
    url: 'https://growingtogether.org.uk/big-local-1m/',
  },
  saveTheDate: {
    title: 'Local Trust: Save the date: sharing our experience on 25 April',
    url: 'https://localtrust.org.uk/news-and-stories/blog/save-the-date-sharing-our-experience-on-25-april',
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

  // Learning from Big Local themes and articles
  /** Seed 000 is this page. */
  communityChange: {
    title: 'Learning from Big Local: Community change',
    url: 'https://www.learningfrombiglocal.org.uk/themes/community-change',
  },
  communityEngagement: {
    title: 'Learning from Big Local: Community engagement',
    url: 'https://www.learningfrombiglocal.org.uk/themes/community-engagement',
  },
  residentLeadership: {
    title: 'Learning from Big Local: Resident leadership',
    url: 'https://www.learningfrombiglocal.org.uk/themes/resident-leadership',
  },
  workingCollaboratively: {
    title: 'Learning from Big Local: Working collaboratively',
    url: 'https://www.learningfrombiglocal.org.uk/themes/working-collaboratively',
  },
  youngPeople: {
    title: 'Learning from Big Local: Investing in young people',
    url: 'https://www.learningfrombiglocal.org.uk/themes/young-people',
  },
  childrenAndYoungPeople: {
    title:
      'Learning from Big Local: How did Big Local areas support children and young people in their communities?',
    url: 'https://www.learningfrombiglocal.org.uk/resources/how-did-big-local-areas-support-children-and-young-people-in-their-communities',
  },
  health: {
    title: 'Learning from Big Local: Health and wellbeing',
    url: 'https://www.learningfrombiglocal.org.uk/themes/health-and-wellbeing',
  },
  localEconomy: {
    title: 'Learning from Big Local: Local economy',
    url: 'https://www.learningfrombiglocal.org.uk/themes/local-economy',
  },
  assetsAndSpaces: {
    title: 'Learning from Big Local: Assets and spaces: important investments',
    url: 'https://www.learningfrombiglocal.org.uk/resources/assets-and-spaces-important-investments',
  },
  spaces: {
    title: 'Local Trust: Why community spaces and places matter more than we realise',
    url: 'https://localtrust.org.uk/news-and-stories/blog/why-community-spaces-and-places-matter-more-than-we-realise',
  },
  smallGrants: {
    title: 'Institute for Community Studies: The role of small grants in Big Local (scoping paper)',
    url: 'https://icstudies.org.uk/repository/role-small-grants-big-local-scoping-paper',
  },
  programmeSpend: {
    title: 'Learning from Big Local: Programme-level spend',
    url: 'https://www.learningfrombiglocal.org.uk/resources/programme-level-spend',
  },
  /** Seed 003 is this blog (it opens "Yesterday saw the launch of our new website"). */
  lfblLaunch: {
    title: 'Local Trust: Learning from Big Local: evidence from 15 years of community-led change',
    url: 'https://localtrust.org.uk/news-and-stories/blog/learning-from-big-local-evidence-from-15-years-of-community-led-change',
  },

  // Our Bigger Story evaluation
  obsInsights: {
    title: 'Local Trust: Our Bigger Story',
    url: 'https://localtrust.org.uk/insights/our-bigger-story/',
  },
  obs2016: {
    title: 'Our Bigger Story: The First Chapter (2016), document copy',
    url: 'https://paperzz.com/doc/8390559/our-bigger-story--the-first-chapter-big-local-first-inter...',
  },
  beyondResearch: {
    title: 'Our Bigger Story: Beyond the early years (2017), research',
    url: 'http://beyondtheearlyyears.ourbiggerstory.com/research.html',
  },
  /**
   * Seed 004 has no address. It is the "Big Local as a lasting change agent" chapter of the 2017
   * report "Beyond the early years"; the facts name this page of that chapter (which also holds
   * the "no neat typology" sentence).
   */
  beyondChange: {
    title: 'Our Bigger Story: Beyond the early years (2017), Big Local as a lasting change agent',
    url: 'http://beyondtheearlyyears.ourbiggerstory.com/full-change.html',
  },
  film50: {
    title: 'Local Trust: 50th Our Bigger Story film',
    url: 'https://localtrust.org.uk/news-and-stories/news/50th-obs-film',
  },
  /** Seed 001: the Our Bigger Story report on research from 2017 to 2019. */
  report2020: {
    title: 'Our Bigger Story: Big Local as change agent (2020)',
    url: 'https://ourbiggerstory.com/report/2020-evaluation-report/',
  },
  /** Seed 002 is this article; it draws on Wilson et al. (2024), `success2024`. */
  successArticle: {
    title: 'Learning from Big Local: What does success mean in Big Local?',
    url: 'https://www.learningfrombiglocal.org.uk/resources/what-does-success-mean-in-big-local',
  },
  success2024: {
    title: 'Our Bigger Story: Understanding success in Big Local (Wilson et al., 2024)',
    url: 'https://ourbiggerstory.com/wp-content/uploads/2025/03/Our-Bigger-Study-What-is-Success.pdf',
  },

  // Independent impact studies
  nihrAbstract: {
    title: 'Popay et al. (2023), Public Health Research 11(9): abstract',
    url: 'https://doaj.org/article/e9e786c820e44a93955e01bf66544485',
  },
  lancasterRelease: {
    title: 'Newswise: Lancaster University leads NIHR study into improving community initiatives',
    url: 'https://www.newswise.com/articles/lancaster-university-leads-nihr-study-into-improving-community-initiatives-to-empower-residents/?sc=c109',
  },
  engn1: {
    title: 'Local Trust: Everybody needs good neighbourhoods (2023)',
    url: 'https://localtrust.org.uk/insights/research/everybody-needs-good-neighbourhoods',
  },
  engn2: {
    title:
      "Local Trust: New research shows local resident-led regeneration has doubled business growth in the UK's most disadvantaged communities",
    url: 'https://localtrust.org.uk/news-and-stories/news/new-research-shows-local-resident-led-regeneration-has-doubled-business-growth-in-the-uks-most-disadvantaged-communities',
  },
  icon: {
    title:
      "Independent Commission on Neighbourhoods: Progress and pressure: understanding economic and social change in England's neighbourhoods",
    url: 'https://www.neighbourhoodscommission.org.uk/report/progress-and-pressure-understanding-economic-and-social-change-in-englands-neighbourhoods/',
  },
};

// ---- 1. Themes -------------------------------------------------------------------------------

/**
 * The eight Learning from Big Local themes the facts confirm (of ten; the other two were not
 * found and are left out). `url` is the theme's own page, or null where none was found.
 * Summaries are in our words; a theme whose page our sources do not describe has summary null.
 */
export const themes = [
  {
    id: 'community-change',
    title: 'Community change',
    summary:
      'Brings together outputs and key learning from across the programme, and stories that give an overall picture of change in an area. Progress towards the four outcomes was seen in every area, though some areas made more of their opportunities than others. The site gives no quantitative impact data, because areas were not required to collect it; a programme-level theory of change is due in mid-2026.',
    url: S.communityChange.url,
    figures: [],
    source: S.communityChange,
  },
  {
    id: 'community-engagement',
    title: 'Community engagement',
    summary: null,
    url: S.communityEngagement.url,
    figures: [],
    source: S.communityEngagement,
  },
  {
    id: 'resident-leadership',
    title: 'Resident leadership',
    summary: null,
    url: S.residentLeadership.url,
    figures: [],
    source: S.residentLeadership,
  },
  {
    id: 'working-collaboratively',
    title: 'Working collaboratively',
    summary: null,
    url: S.workingCollaboratively.url,
    figures: [],
    source: S.workingCollaboratively,
  },
  {
    id: 'young-people',
    title: 'Investing in young people',
    summary:
      'Investing in young people was a priority for 117 of the 150 Big Local areas. About ten years into the programme, areas had spent over £10.8m on projects relating to young people, and youth projects had an estimated 26,900 beneficiaries.',
    url: S.youngPeople.url,
    figures: [
      {
        id: 'young-people-priority',
        label: 'Areas for which investing in young people was a priority',
        value: '117 of 150',
        number: 117,
        unit: 'areas',
        certainty: 'stated',
        source: S.youngPeople,
      },
      {
        id: 'young-people-spend',
        label: 'Spent on projects relating to young people, about 10 years in',
        value: 'over £10.8m',
        number: 10800000,
        unit: 'GBP',
        certainty: 'stated',
        note: 'A lower bound: the source says "over".',
        source: S.youngPeople,
      },
      {
        id: 'young-people-beneficiaries',
        label: 'Estimated beneficiaries of youth projects, about 10 years in',
        value: '26,900',
        number: 26900,
        unit: 'people',
        certainty: 'approximate',
        note: 'An estimate, as the source gives it.',
        source: S.youngPeople,
      },
      {
        id: 'young-people-share',
        label: 'Share of Big Local area populations aged 19 and under, on average',
        value: 'over a quarter',
        certainty: 'approximate',
        source: S.childrenAndYoungPeople,
      },
      {
        id: 'young-people-low-income',
        label: 'Under-19s in relative low-income households, Big Local average',
        value: '34%',
        certainty: 'stated',
        note: 'Against 22% for England.',
        source: S.childrenAndYoungPeople,
      },
      {
        id: 'young-people-lone-parent',
        label: 'Under-19s in lone-parent households, Big Local average',
        value: '34%',
        certainty: 'stated',
        note: 'Against 24% for England.',
        source: S.childrenAndYoungPeople,
      },
    ],
    source: S.youngPeople,
  },
  {
    id: 'health-and-wellbeing',
    title: 'Health and wellbeing',
    summary:
      'Just over ten years into the programme, £6.3m had been spent on health and wellbeing, and 104 of the 150 areas had named it as an area of spending.',
    url: S.health.url,
    figures: [
      {
        id: 'health-spend',
        label: 'Spent on health and wellbeing, just over 10 years in',
        value: '£6.3m',
        number: 6300000,
        unit: 'GBP',
        certainty: 'stated',
        source: S.health,
      },
      {
        id: 'health-areas',
        label: 'Areas that named health and wellbeing as an area of spending',
        value: '104 of 150',
        number: 104,
        unit: 'areas',
        certainty: 'stated',
        source: S.health,
      },
    ],
    source: S.health,
  },
  {
    id: 'local-economy',
    title: 'Local economy',
    summary: null,
    url: S.localEconomy.url,
    figures: [],
    source: S.localEconomy,
  },
  {
    id: 'community-assets-and-spaces',
    title: 'Community assets and spaces',
    summary:
      'About ten years into the programme, Big Local areas had invested £23.4m in community assets and spaces, supporting around 200 assets.',
    // The facts found this theme only as an article's theme tag: no theme page address.
    url: null,
    figures: [
      {
        id: 'assets-spend',
        label: 'Invested in community assets and spaces, about 10 years in',
        value: '£23.4m',
        number: 23400000,
        unit: 'GBP',
        certainty: 'stated',
        source: S.spaces,
      },
      {
        id: 'assets-supported',
        label: 'Community assets supported, about 10 years in',
        value: 'around 200',
        number: 200,
        unit: 'assets',
        certainty: 'approximate',
        source: S.spaces,
      },
    ],
    source: S.assetsAndSpaces,
  },
];

// ---- 2. Impact studies -----------------------------------------------------------------------

/**
 * The three Big Local-specific quantitative studies in the facts (section 5). Measures with a
 * Big Local figure and a comparison figure are in `measures`, signed as changes (a fall is
 * negative); findings without such a pair are in `findings`, each with its source.
 */
export const impactStudies = [
  {
    id: 'good-neighbourhoods-2',
    title: 'Everybody Needs Good Neighbourhoods 2',
    publisher: 'Local Trust, 3ni, Shared Intelligence, OCSI',
    published: '2025-07-01',
    period: 'over 15 years',
    comparison: '29 similarly deprived areas without NBIs',
    summary:
      'Compares Big Local areas with 29 similarly deprived areas without NBIs over 15 years, on business units, children in low-income households and crime.',
    caveats: [
      'The years compared are given only for children in low-income households (2014–2021); our sources do not give the years for the business and crime figures.',
      'Our sources do not expand "NBIs".',
      'The headline says resident-led regeneration "has doubled business growth"; the figures stated are growth of 41% against 22%.',
    ],
    source: S.engn2,
    measures: [
      {
        id: 'business-units',
        label: 'Change in business units',
        unit: 'percent',
        better: 'higher',
        bigLocal: 41,
        comparison: 22,
        sentence:
          'Business units grew by 41% in Big Local areas, against 22% in similarly deprived areas.',
        note: 'A change (percentage growth in the number of business units), not a level.',
        source: S.engn2,
      },
      {
        id: 'children-low-income',
        label: 'Change in children in low-income households, 2014–2021',
        unit: 'percentage-points',
        better: 'lower',
        bigLocal: 5.5,
        comparison: 8,
        period: '2014–2021',
        sentence:
          'Between 2014 and 2021, children in low-income households rose by 5.5 percentage points in Big Local areas, against 8 percentage points in similarly deprived areas.',
        note: 'A change in percentage points, not a level: the figure rose in both, by less in Big Local areas.',
        source: S.engn2,
      },
      {
        id: 'crime-rate',
        label: 'Change in crime, offences per 1,000',
        unit: 'per-1000',
        better: 'lower',
        bigLocal: -19.1,
        comparison: -10.5,
        sentence:
          'Crime fell by 19.1 offences per 1,000 in Big Local areas, against 10.5 per 1,000 in similarly deprived areas.',
        note: 'A change in the rate, not a level: negative numbers are falls (the source says crime "fell" by 19.1 against 10.5 offences per 1,000). What the rate is per 1,000 of is not stated in our sources.',
        source: S.engn2,
      },
    ],
  },
  {
    id: 'good-neighbourhoods',
    title: 'Everybody needs good neighbourhoods',
    publisher: 'Local Trust with OCSI and Shared Intelligence',
    published: '2023-12-19',
    period: null,
    comparison: '"benchmark" areas',
    summary:
      'Qualitative and quantitative research comparing Big Local areas and other NBIs with "benchmark" areas on crime, anti-social behaviour, criminal damage, the neighbourhood environment, empty homes and social relationships.',
    caveats: [
      'Our sources give the direction of each finding but no figures.',
      'Our sources do not state the years compared.',
    ],
    source: S.engn1,
    findings: [
      { text: 'Lower overall crime.', source: S.engn1 },
      {
        text: 'A greater reduction in anti-social behaviour and criminal damage.',
        source: S.engn1,
      },
      { text: 'A better neighbourhood environment.', source: S.engn1 },
      { text: 'Fewer empty homes.', source: S.engn1 },
      { text: 'Stronger local social relationships.', source: S.engn1 },
    ],
    measures: [],
  },
  {
    id: 'progress-and-pressure',
    title: 'Progress and Pressure',
    publisher: 'Independent Commission on Neighbourhoods (funded by Local Trust)',
    published: '2025-06-19',
    period: '2001–2021',
    comparison: 'comparable areas',
    summary:
      'Uses Census and government data from 2001 to 2021 to compare Big Local areas with comparable areas on the labour market, crime and anti-social behaviour.',
    caveats: [
      'The crime finding is relative ("around 49% more"); our sources give no separate figures for Big Local and comparison areas.',
      'The sentence about £102mn invested in social infrastructure is cut off in our copy after "may have contributed", so what it may have contributed to is not stated.',
    ],
    source: S.icon,
    findings: [
      { text: 'Labour markets were more resilient in Big Local areas.', source: S.icon },
      {
        text: 'Crime and anti-social behaviour fell more steeply in Big Local areas, with total crime falling around 49% more.',
        source: S.icon,
      },
      {
        text: '£102mn was invested in social infrastructure through the Big Local programme between 2014 and 2020.',
        source: S.icon,
      },
    ],
    measures: [],
  },
  {
    id: 'communities-in-control',
    title:
      'Investigating health and social outcomes of the Big Local community empowerment initiative in England: a mixed method evaluation',
    publisher: 'Popay et al., Public Health Research 11(9), NIHR (doi 10.3310/GRMA6711)',
    published: '2023',
    period: '2014–2021',
    comparison: 'matched comparators',
    summary:
      'A mixed-method evaluation (Communities in Control, phase 3) comparing all 150 Big Local areas with matched comparator areas using secondary data (primary outcome anxiety; secondary a population mental-health measure and crime), with a survey of partnership members (mental well-being, self-rated health), qualitative work in 14 Big Local areas and a cost-benefit analysis using the life satisfaction approach.',
    caveats: [
      'The press release calls the evidence that population mental health improved and burglaries fell "tentative evidence".',
      'There were some negative impacts, and benefits were unequally distributed (to men and to people with higher qualifications).',
    ],
    source: S.nihrAbstract,
    findings: [
      {
        text: 'Tentative evidence that population mental health improved and burglaries were reduced.',
        source: S.lancasterRelease,
      },
      {
        text: 'Significant mental-health improvements for actively involved residents.',
        source: S.lancasterRelease,
      },
      { text: 'Some negative impacts.', source: S.lancasterRelease },
      {
        text: 'Benefits were unequally distributed (men, higher qualifications).',
        source: S.lancasterRelease,
      },
      { text: 'Return on investment of 30%.', source: S.lancasterRelease },
      { text: 'A £3M+ study, running from 2014 to 2021.', source: S.lancasterRelease },
    ],
    measures: [],
  },
];

// ---- 3. Milestones ---------------------------------------------------------------------------

/**
 * The programme's journey, oldest first. `date` is ISO 8601 at the precision the source gives.
 * `kind` (not in the brief, for filtering): 'programme' for the programme's own steps,
 * 'evaluation' for Our Bigger Story, 'research' for other studies, 'data' for dated counts.
 */
export const milestones = [
  {
    id: 'launched',
    date: '2010',
    label: 'Big Local launched',
    description: 'Announced by the then Big Lottery Fund.',
    certainty: 'stated',
    kind: 'programme',
    source: S.whatIsBigLocal,
  },
  {
    id: 'wave-1',
    date: '2010-07-27',
    label: 'First 50 Big Local areas announced (wave 1)',
    description:
      'The press item is dated 28 July 2010 and says the announcement was made "Yesterday".',
    certainty: 'stated',
    kind: 'programme',
    source: S.wave1,
  },
  {
    id: 'local-trust',
    date: '2012',
    label: 'Local Trust set up with an endowment from the National Lottery Community Fund',
    description:
      'Local Trust oversaw and ran the programme. The year is uncertain as a founding date: the wave 1 press item of July 2010 is headed "BIG invests in Local Trust", so 2012 may date the endowment rather than the organisation.',
    certainty: 'uncertain',
    kind: 'programme',
    source: S.lfblAbout,
  },
  {
    id: 'wave-2',
    date: '2012-02-29',
    label: '50 more areas announced (wave 2)',
    description: 'Bringing the total to 100 areas.',
    certainty: 'stated',
    kind: 'programme',
    source: S.wave2,
  },
  {
    id: 'wave-3',
    date: '2012-12-10',
    label: 'Final 50 areas announced (wave 3)',
    description:
      'Bringing the total to 150 areas. The Big Lottery Fund said over one million people were set to benefit.',
    certainty: 'stated',
    kind: 'programme',
    source: S.wave3,
  },
  {
    id: 'theory-of-change-2013',
    date: '2013',
    label: 'Theory of change developed for Big Local',
    description: 'The 2017 Our Bigger Story report works with this theory of change.',
    certainty: 'stated',
    kind: 'programme',
    source: S.beyondResearch,
  },
  {
    id: 'evaluation-starts',
    date: '2015',
    label: 'Our Bigger Story evaluation begins following 15 Big Local areas',
    description: 'The longitudinal evaluation followed its 15 areas between 2015 and 2025.',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.successArticle,
  },
  {
    id: 'first-chapter',
    date: '2016-04',
    label: 'First Our Bigger Story report, "The First Chapter"',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.obs2016,
  },
  {
    id: 'partnership-count-2016',
    date: '2016',
    label: 'Almost 2,000 partnership members across all 150 areas',
    description:
      'An average of 13 per partnership; 88% of partnerships met the minimum of eight members. The facts give the year of the review data loosely ("c.2016").',
    certainty: 'approximate',
    kind: 'data',
    source: S.partnershipCount,
  },
  {
    id: 'top-up-2017',
    date: '2017',
    label: 'Further funds released: an additional £105k per area',
    description:
      'From the returns generated by the original investment of £150m, as this source puts it.',
    certainty: 'stated',
    kind: 'programme',
    source: S.furtherFunds,
  },
  {
    id: 'beyond-the-early-years',
    date: '2017',
    label: 'Our Bigger Story report "Beyond the early years"',
    description: 'Drawing on research with the 15 areas in 2015/16.',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.beyondResearch,
  },
  {
    id: 'film-50',
    date: '2018-05',
    label: '50th Our Bigger Story film (Grassland Hasmoor)',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.film50,
  },
  {
    id: 'workers-survey-2018',
    date: '2018',
    label: 'Workers survey: at least 250 paid workers, in 136 areas',
    description:
      '136 areas had at least one paid worker; 27% of workers lived in the area they worked in.',
    certainty: 'stated',
    kind: 'data',
    source: S.workers,
  },
  {
    id: 'hypothesis-2019',
    date: '2019',
    label: "Research and Evaluation Action Plan sets out the programme's hypothesis",
    description:
      'With three lines of inquiry: place-based funding; resident-led decision making and action; positive and lasting change.',
    certainty: 'stated',
    kind: 'programme',
    source: S.powerInOurHands,
  },
  {
    id: 'legacy-statements',
    date: '2019-09',
    label: 'Big Local plans gain a legacy statement',
    description:
      'From September 2019 a plan has three parts: a costed vision of how the full £1m is spent by March 2026, an action plan with a detailed budget, and a legacy statement of what remains when the money is spent.',
    certainty: 'stated',
    kind: 'programme',
    source: S.bigLocalPlan,
  },
  {
    id: 'report-2020',
    date: '2020',
    label: 'Our Bigger Story report "Big Local as change agent"',
    description: 'Based on evaluation research between 2017 and 2019.',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.report2020,
  },
  {
    id: 'top-up-2020',
    date: '2020',
    label: 'Final allocation: an extra £50,000 per area',
    description:
      'On top of the £1.1 million already committed to each area, as this source puts it.',
    certainty: 'stated',
    kind: 'programme',
    source: S.furtherFunds,
  },
  {
    id: 'small-grants-2020',
    date: '2020-06',
    label: '140 of 150 areas running or having run a small grants programme',
    certainty: 'stated',
    kind: 'data',
    source: S.smallGrants,
  },
  {
    id: 'partnership-review-2021',
    date: '2021',
    label: 'Partnership review: over 4,300 volunteers across the programme to date',
    description: '1,506 partnership members in 2021, of whom 374 joined that year.',
    certainty: 'stated',
    kind: 'data',
    source: S.bouncingBack,
  },
  {
    id: 'first-area-spent',
    date: '2022-06-28',
    label: 'CELL Big Local reported as the first area to distribute all of its grant',
    description:
      'CELL (Cresswell, Ellington, Linton, Lynemouth) distributed all of its £1.15m grant, reported on 28 June 2022; the date is that of the report. Sources disagree on which area was first: the Growing Together (Northampton) sources in big-local-areas.csv say it was one of the first two areas to complete its spend (on a 31 March, year not given) and that its work was completed by June 2020.',
    certainty: 'uncertain',
    kind: 'programme',
    source: S.firstComplete,
    conflictingSources: [S.growingTogether, S.saveTheDate],
  },
  {
    id: 'popay-2023',
    date: '2023',
    label: 'NIHR-funded evaluation of health and social outcomes published (Popay et al.)',
    certainty: 'stated',
    kind: 'research',
    source: S.nihrAbstract,
  },
  {
    id: 'good-neighbourhoods',
    date: '2023-12-19',
    label: 'Report "Everybody needs good neighbourhoods" published',
    certainty: 'stated',
    kind: 'research',
    source: S.engn1,
  },
  {
    id: 'fifty-complete',
    date: '2024',
    label: '50 areas complete their Big Local journey',
    description:
      'One third of the programme; Shadsworth with Whitebirk (Blackburn) was the 50th. The part of the page read gives no date: its mention of the remaining 100 areas suggests 2024.',
    certainty: 'uncertain',
    kind: 'programme',
    source: S.fiftyComplete,
  },
  {
    id: 'understanding-success',
    date: '2024',
    label: 'Our Bigger Story report "Understanding success in Big Local"',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.success2024,
  },
  {
    id: 'hundred-complete',
    date: '2025-06',
    label: '100th area completes its Big Local journey',
    description: 'The remaining 50 areas were due to complete by spring 2026.',
    certainty: 'stated',
    kind: 'programme',
    source: S.landmark2025,
  },
  {
    id: 'progress-and-pressure',
    date: '2025-06-19',
    label: 'Independent Commission on Neighbourhoods report "Progress and Pressure" published',
    certainty: 'stated',
    kind: 'research',
    source: S.icon,
  },
  {
    id: 'good-neighbourhoods-2',
    date: '2025-07-01',
    label: 'Report "Everybody Needs Good Neighbourhoods 2" published',
    certainty: 'stated',
    kind: 'research',
    source: S.engn2,
  },
  {
    id: 'evaluation-ends',
    date: '2025',
    label: 'Our Bigger Story evaluation ends',
    description: 'The evaluation followed its 15 areas between 2015 and 2025.',
    certainty: 'stated',
    kind: 'evaluation',
    source: S.successArticle,
  },
  {
    id: 'all-complete',
    date: '2026',
    label: 'Remaining 50 areas due to complete',
    description: 'The source says "by spring 2026".',
    certainty: 'approximate',
    kind: 'programme',
    source: S.landmark2025,
  },
  {
    id: 'programme-end',
    date: '2026-03',
    label: 'Big Local ends',
    description:
      'Another Local Trust page says the Big Local Trust endowment must be spent by March 2026.',
    certainty: 'stated',
    kind: 'programme',
    source: S.programmeEnds,
    alsoStatedBy: [S.bigLocalTrust],
  },
  {
    id: 'theory-of-change-2026',
    date: '2026',
    label: 'Programme-level theory of change due',
    description:
      'Developed from 15 years of research and experience; the source says it "will be available in mid-2026".',
    certainty: 'approximate',
    kind: 'programme',
    source: S.communityChange,
  },
  {
    id: 'big-local-trust-closes',
    date: '2027-02',
    label: 'Big Local Trust intended to close',
    certainty: 'stated',
    kind: 'programme',
    source: S.bigLocalTrust,
  },
  {
    id: 'local-trust-closes',
    date: '2027',
    label: 'Local Trust plans to close as an organisation',
    description: 'The source says "early 2027".',
    certainty: 'approximate',
    kind: 'programme',
    source: S.programmeEnds,
  },
];

// ---- 4. Spend --------------------------------------------------------------------------------

/**
 * Programme-level spend (facts section 3c). Only one heading's share is stated; the full list of
 * the 19 spending themes was not readable in the source.
 */
export const spend = {
  total: {
    label: 'Funding distributed when programme-level spend was counted',
    value: 'just under £160 million',
    number: 160000000,
    unit: 'GBP',
    certainty: 'approximate',
    note: 'An upper bound: the source says "just under". The article was to be updated when distribution was complete.',
    source: S.programmeSpend,
  },
  /** Budget headings were coded retrospectively; spending fell across 19 themes. */
  themeCount: { value: '19', number: 19, source: S.programmeSpend },
  headings: [
    {
      id: 'delivery-costs',
      label: 'Big Local delivery costs',
      share: 0.32,
      value: '32%',
      note: 'Paid staff, equipment and support costs: the biggest expense for more than half of the 150 areas.',
      source: S.programmeSpend,
    },
    {
      id: 'community-engagement',
      label: 'Community engagement',
      value: null,
      note: 'Such as events, festivals and volunteer networks. One of the other main ways areas spent money; no share is stated.',
      source: S.programmeSpend,
    },
    {
      id: 'community-spaces',
      label: 'Community spaces',
      value: null,
      note: 'One of the other main ways areas spent money; no share is stated.',
      source: S.programmeSpend,
    },
    {
      id: 'small-grants',
      label: 'Small grants schemes',
      value: null,
      note: 'One of the other main ways areas spent money; no share is stated.',
      source: S.programmeSpend,
      figures: [
        {
          id: 'small-grants-areas',
          label: 'Areas running or having run a small grants programme (June 2020)',
          value: '140 of 150',
          number: 140,
          unit: 'areas',
          certainty: 'stated',
          source: S.smallGrants,
        },
      ],
    },
  ],
  /**
   * Inputs only; the widget divides. Each input is stated, but sources differ on two of them
   * (see the notes), so a result should be shown as a rough illustration with these labels.
   */
  perResident: {
    amount: {
      value: '£1 million',
      number: 1000000,
      note: 'The same page says at least £1 million and that further funds were given; other Local Trust wording gives £1.1m or £1.15m per area, after top-ups of £105k (2017) and £50,000 (2020).',
      source: S.lfblAbout,
    },
    years: {
      value: '10–15 years',
      number: 10,
      max: 15,
      source: S.lfblAbout,
    },
    people: {
      value: 'roughly 8,000 people',
      number: 8000,
      unit: 'people',
      note: 'Sources disagree on the size of an area: "around 5,000 to 8,000 people" (The Guardian, 2012), "approximately 3,000-5,000 residents" (Local Trust blog), "an average of 8,000" (Local Trust blog launching Learning from Big Local). No source gives a population for each area\'s own boundary.',
      source: S.programmeEnds,
    },
  },
};

// ---- 5. Quotes -------------------------------------------------------------------------------

/** Named quotes, verbatim from their sources (typography included). */
export const quotes = {
  hypothesis: {
    text: 'Long term funding and support to build capacity gives residents in hyper-local areas agency to take decisions and to act to create positive and lasting change.',
    note: 'From the Research and Evaluation Action Plan (2019). The 2020 Our Bigger Story report quotes it as "long term funding and support to build capacity gives residents in hyper local areas agency to take decisions and to act to create positive and lasting change".',
    source: S.powerInOurHands,
  },
  noSingleFactor: {
    text: 'No one condition or way of working alone can explain why certain areas were more successful than others in terms of progress against the four Big Local outcomes. It is the combination of factors interacting in complex ways that is influential.',
    source: S.successArticle,
  },
  skilledIndividuals: {
    text: 'While no one factor alone could account for variations in success, arguably the most critical success factor was the engagement of skilled, capable individuals.',
    source: S.successArticle,
  },
  agency: {
    text: 'those areas making the clearest progress against the outcomes were also those with increased agency, suggesting that these outcomes are important steps along the way to greater power and agency for communities, which can be seen as the ultimate outcome of Big Local',
    note: 'An excerpt: in the source the sentence begins "Second," as the second of three things the analysis demonstrated.',
    source: S.successArticle,
  },
  agencyEndOfProgramme: {
    text: 'Those that made the greatest progress against the outcomes were also, as they reached the end of the programme, more able to demonstrate agency.',
    source: S.successArticle,
  },
  noNeatTypology: {
    text: 'All 15 case study areas are different ... there is no neat typology of the areas.',
    note: 'As the facts give it: the ellipsis marks words left out there. The caveat is about the 15 case-study areas (2017 report), not about partnerships.',
    source: S.beyondChange,
  },
  allAreasProgressed: {
    text: 'All 15 areas made progress towards programme outcomes, but ‘success’ in these terms varied over time and between areas.',
    source: S.successArticle,
  },
  noOneCondition: {
    text: 'No one condition alone could account for the success or otherwise of a Big Local area, and the presence or absence of one may be offset by another.',
    source: S.successArticle,
  },
  conditionsNotEnough: {
    text: 'Even when taken together, these seven conditions do not account for all the variation in the success of Big Local areas in meeting outcomes.',
    source: S.successArticle,
  },
  changeMultiFaceted: {
    text: 'Change associated with Big Local is multi-faceted. It can be seen in lots of different ways for individuals, local groups and across communities as a whole.',
    source: S.report2020,
  },
  startingPoint: {
    text: 'The report concludes that the support and resources available to Big Local areas are just a starting point, for bringing about resident-led change.',
    source: S.report2020,
  },
  changeTakesTime: {
    text: 'significant change in any place takes time and has to be founded on and around the people who live there',
    note: 'Local Trust, as quoted in the 2020 Our Bigger Story report.',
    source: S.report2020,
  },
  sturdyPartnerships: {
    text: 'Around a third of the OBS case study partnerships can be described as ‘sturdy’ – they have some dynamism in that new people have joined the partnership / taken on new roles, people work together to make change happen and they wouldn’t crumble if one or two people left.',
    source: S.report2020,
  },
  communitiesWellPlaced: {
    text: 'The achievements of Big Local areas demonstrates that communities are well placed to know what they need and, with the right resources and support in place, can address those needs.',
    source: S.communityChange,
  },
  noQuantitativeData: {
    text: 'This website does not provide quantitative impact data, as this was not a requirement for Big Local areas.',
    note: 'Learning from Big Local on itself; it points to independent statistical reports instead.',
    source: S.communityChange,
  },
  leadershipThroughDoing: {
    text: 'Crucially, the programme showed that resident leadership develops through doing.',
    source: S.lfblLaunch,
  },
  noOneSizeFitsAll: {
    text: 'The programme succeeded precisely because it did not impose a one-size-fits-all model.',
    source: S.lfblLaunch,
  },
  hyperlocalScale: {
    text: 'Big Local shows that when you invest at the right scale – hyperlocal neighbourhoods at an average of 8,000 – communities can build the relationships and trust needed for collective action.',
    source: S.lfblLaunch,
  },
  eachAreaGiven: {
    text: 'Each area ... was given £1 million ... Further funds were given to areas to help them with community engagement and when interest on the original endowment accrued.',
    note: 'As the facts give it: the ellipses mark words left out there.',
    source: S.lfblAbout,
  },
  largestEndowment: {
    text: '£217m originally provided by The National Lottery Community Fund ... the largest single-purpose Lottery-funded endowment ever made, and the biggest ever investment by a non-state funder in place-based, resident-led change.',
    note: 'As the facts give it: the ellipsis marks words left out there. Sources disagree on the total (see the programme facts).',
    source: S.localTrustAbout,
  },
  designFeatures: {
    text: 'long term; resident-led; non-prescriptive; patient and non-judgemental; accompanied by flexible and responsive support',
    note: "Big Local's core design features.",
    source: S.aboutBigLocal,
  },
  aLotOfMoney: {
    text: '£1 million is a lot of money in a community like this',
    note: 'A partnership member, quoted in the 2017 Our Bigger Story report.',
    source: S.beyondChange,
  },
  perResidentComment: {
    text: '£10 for each resident a year – or £100 over the 10 years',
    note: "What some partnership members said Big Local money amounted to, cautioning against unrealistic expectations (2017 Our Bigger Story report). A resident's view, not a programme figure.",
    source: S.beyondChange,
  },
  crimeFalling: {
    text: 'total crime falling around 49% more in Big Local areas',
    note: 'A phrase from the Independent Commission on Neighbourhoods report "Progress and Pressure" (2025).',
    source: S.icon,
  },
};

// ---- 6. Activities at each level of change ---------------------------------------------------

/**
 * What the 2020 Our Bigger Story report (seed 001) lists under each of its three levels, keyed
 * by the ids of `LEVELS_OF_CHANGE`. Worded closely on the source, with its evident typing slips
 * ("though" for "through", a stray full stop) put right.
 */
export const changeLevelActivities = {
  individuals: {
    intro: 'Running, supporting or funding activities that:',
    activities: [
      "Reduce social isolation and promote wellbeing, through regular arts, crafts, 'knit and natter' and luncheon clubs",
      'Give targeted support, such as support groups and recreational opportunities for young people, families and older residents',
      'Promote volunteering and broader community engagement',
      'Give more developmental support for individuals to access employment opportunities or establish social enterprises',
      'Meet basic needs, such as foodbanks',
    ],
    source: S.report2020,
  },
  groups: {
    intro:
      'Supporting the creation, growth and development of community and voluntary organisations through:',
    activities: [
      'Grants and capacity building support',
      'Building social infrastructure',
      'Identifying and addressing gaps in local services',
    ],
    source: S.report2020,
  },
  community: {
    intro: 'Impacts for the wider community:',
    activities: [
      'Physical and environmental improvements, such as green energy initiatives, landscaping and the creation of play spaces',
      'Developing community hubs',
      "Increasing people's feelings and aspirations for their area",
      "Building a community's confidence to articulate needs and represent themselves in local political and consultative forums",
      'Working towards strategic change, such as renewable energy initiatives',
    ],
    note: 'Most evident in physical and environmental improvements and community hubs; the last three are less tangible. The report (research 2017–2019) adds that the impact on higher-level strategic developments was less developed at that stage in the programme.',
    source: S.report2020,
  },
};

// ---- 7. Partnership mix ----------------------------------------------------------------------

/**
 * How the 2020 report (seed 001, research 2017–2019) describes the Our Bigger Story case-study
 * partnerships, keyed by `PARTNERSHIP_TYPES` ids. Only "a third" is a fraction; "a couple" and
 * "the rest" are not numbers, so no counts can be derived.
 */
export const partnershipMix = [
  {
    type: 'sturdy',
    share: 'around a third',
    fraction: 1 / 3,
    note: 'Approximate: the source says "around".',
    source: S.report2020,
  },
  { type: 'key-people', share: 'a couple', source: S.report2020 },
  { type: 'conflict', share: 'another couple', source: S.report2020 },
  {
    type: 'fragile-maturity',
    share: 'the rest',
    note: 'Either because they have lacked leadership and drive or because they have been over-reliant on paid workers who dominate.',
    source: S.report2020,
  },
];

/**
 * The case studies the mix describes: the report charts change in 15 areas and thanks the 15
 * case-study areas by name; it does not say in so many words how many partnerships it sorted.
 */
export const partnershipMixContext = {
  caseStudyCount: { value: '15', number: 15, source: S.report2020 },
  period: '2017 and 2019',
  source: S.report2020,
};

// ---- 8. Success factors ----------------------------------------------------------------------

/**
 * What seed 002 says about each of the seven conditions and four ways of working beyond the
 * descriptions in `FACTORS`, keyed by their ids. In our words unless quoted.
 */
export const successFactors = {
  demographics: {
    finding:
      'Deprivation was not a significant factor distinguishing the areas that made more progress from those that made less: none of the most deprived communities were among those that made least progress, but none were among those that progressed furthest either.',
    source: S.successArticle,
  },
  'community-activity': {
    finding:
      'The areas that were least able to make progress tended to have much lower levels of community activity.',
    source: S.successArticle,
  },
  'community-leadership': {
    finding:
      'The most successful areas did not always have leadership distributed across a wide group of residents.',
    source: S.successArticle,
  },
  relationships: {
    finding:
      'The most successful areas tended to have strong relationships with external organisations such as local authorities and larger voluntary sector organisations, and whether an area built them over time affected its ability to make progress.',
    source: S.successArticle,
  },
  'collective-identity': {
    finding:
      'Areas that struggled tended to have a noticeably weaker sense of collective identity: either the Big Local area was hard to delineate and meant little to residents, or it was a collection of separate communities, each with its own strong identity, with little desire for a new area-wide one.',
    source: S.successArticle,
  },
  'community-spaces': {
    finding:
      'Areas that struggled were less likely to have access to, or control over, community buildings or other usable spaces.',
    source: S.successArticle,
  },
  'skills-capabilities': {
    finding:
      "Arguably the most critical success factor: the engagement of skilled, capable individuals, residents (usually partnership members) and paid workers, who drove Big Local and took a wider group of residents with them. Some areas counted individuals' personal and professional development among their own measures of success.",
    source: S.successArticle,
  },
  governance: {
    finding:
      "A key enabler of success. Even where everything seemed in an area's favour, not establishing robust governance structures could disrupt progress towards the outcomes.",
    source: S.successArticle,
  },
  strategic: {
    finding:
      'Not acting strategically could disrupt progress even in favourable conditions; and areas lacking some resources could build them by acting strategically after engaging with effective support.',
    source: S.successArticle,
  },
  support: {
    finding:
      'Engaging with effective support mattered for progress on the outcomes; areas lacking some resources could build them by acting strategically after engaging with it.',
    source: S.successArticle,
  },
  conflict: {
    finding:
      "Some areas worked with or around tensions so that they disrupted progress less; ongoing conflicts could disrupt progress even where everything else seemed in an area's favour.",
    source: S.successArticle,
  },
};
