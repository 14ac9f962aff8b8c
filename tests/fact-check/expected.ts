/**
 * What a partner should read on each region page on 2 December 2026 (the test build's as-of
 * date), written by hand from ../shared/facts/ROLLOUT.md (its four editions) and the two memos —
 * not from the code — so that the fact-check suite catches a page that says more, or less, than
 * its sources.
 *
 * `sources` lists the ids of the sources that must support an entry on the region page (memo
 * folder names or reference file names); `dateSources` those the rollout table and the open data
 * cite for its dates, when they are fewer (a statement that gives no date is not cited for one);
 * `state` is the entry's state on the as-of date.
 */

export type Localized = { en: string; fr: string };
export type ExpectedEntry = { when: Localized; state: 'done' | 'in-progress' | 'expected' | 'unconfirmed' | 'confirmed'; sources: string[]; dateSources?: string[] };
export type ExpectedRegion = {
  id: string;
  slug: Localized;
  stage: Localized;
  /** The newest source about the region with a date of its own, and its month: every region's is more than a year old on 2 December 2026. */
  latestDatedSource: { id: string; month: Localized };
  /** Partners are compared on the English page, where every name is written once. */
  ssm?: { lead: Localized; partners?: string[] };
  entries: Record<string, ExpectedEntry>;
  /** Milestones that must not appear as entries of their own (answered by another, or never stated). */
  absent: string[];
};

const march2022 = '2022-03-17-provincial-rollout-update';
const september2022 = '2022-09-22-catchment-phasing-update';
const gateway = 'eopg-province-wide-rollout';
const release = 'ontario-news-release-2023-03-09';
const june2021 = 'msdsb-provincial-rollout-2021-06-11';
const september2021 = 'msdsb-provincial-rollout-update-2021-09-13';
const january2021 = 'msdsb-prototype-integration-2021-01-28';
const oden = 'odenetwork-prototype-ssms';
const march2023: ExpectedRegion['latestDatedSource'] = { id: release, month: { en: 'March 2023', fr: 'mars 2023' } };

const same = (text: string): Localized => ({ en: text, fr: text });
const notGiven: Localized = { en: 'date not given', fr: 'date non précisée' };
const integrated: Localized = { en: 'Integrated services', fr: 'Services intégrés' };

function prototype(id: string, slug: Localized, lead: Localized, extra: { partners?: string[]; ssmSources?: string[] } = {}): ExpectedRegion {
  return {
    id,
    slug,
    stage: integrated,
    latestDatedSource: march2023,
    ssm: { lead, partners: extra.partners },
    entries: {
      'phase-assigned': { when: notGiven, state: 'confirmed', sources: [gateway] },
      'ssm-selected': { when: { en: 'February 14, 2020', fr: '14 février 2020' }, state: 'done', sources: [oden, gateway, ...(extra.ssmSources ?? [])] },
      'planning-and-transition': { when: { en: 'January 2020 – December 2020', fr: 'de janvier 2020 à décembre 2020' }, state: 'done', sources: [gateway] },
      // The release says the services are "already in place", with no date: not cited for January 1, 2021.
      'integrated-services-launch': { when: { en: 'January 1, 2021', fr: '1er janvier 2021' }, state: 'done', sources: [january2021, gateway, release], dateSources: [january2021, gateway] },
    },
    absent: ['planning-period', 'transition-period', 'ow-referrals-start', 'competition'],
  };
}

function phase1(id: string, slug: Localized, lead: Localized, extra: { partners?: string[]; ssmSources?: string[] } = {}): ExpectedRegion {
  return {
    id,
    slug,
    stage: integrated,
    latestDatedSource: march2023,
    ssm: { lead, partners: extra.partners },
    entries: {
      'phase-assigned': { when: { en: 'September 13, 2021', fr: '13 septembre 2021' }, state: 'done', sources: [september2021, march2022, gateway] },
      // The release of March 9, 2023 confirms the SSMs at work; no source dates their selection.
      'ssm-selected': { when: notGiven, state: 'confirmed', sources: [release, march2022, september2021, gateway, ...(extra.ssmSources ?? [])] },
      // The Gateway table's span answers the March 2022 memo's undated transition period; the
      // table and the open data cite only the Gateway for the dates, which the memo does not give.
      'planning-and-transition': { when: { en: 'April 2022 – March 2023', fr: 'd’avril 2022 à mars 2023' }, state: 'done', sources: [gateway, march2022], dateSources: [gateway] },
      'integrated-services-launch': { when: { en: 'April 2023', fr: 'avril 2023' }, state: 'done', sources: [gateway] },
    },
    absent: ['planning-period', 'transition-period', 'ow-referrals-start'],
  };
}

function phase2(id: string, slug: Localized, lead: Localized, extra: { partners?: string[]; ssmSources?: string[] } = {}): ExpectedRegion {
  return {
    id,
    slug,
    stage: integrated,
    latestDatedSource: march2023,
    ssm: { lead, partners: extra.partners },
    entries: {
      'phase-assigned': { when: notGiven, state: 'confirmed', sources: [march2022, gateway] },
      // In progress when the September 2022 memo was sent; the call for proposals was expected at the end of April 2022.
      competition: { when: notGiven, state: 'confirmed', sources: [september2022, march2022] },
      'ssm-selected': { when: { en: 'March 9, 2023', fr: '9 mars 2023' }, state: 'done', sources: [release, september2021, gateway, ...(extra.ssmSources ?? [])] },
      'planning-and-transition': { when: { en: 'January 2023 – December 2023', fr: 'de janvier 2023 à décembre 2023' }, state: 'done', sources: [gateway] },
      'integrated-services-launch': { when: { en: 'January 2024', fr: 'janvier 2024' }, state: 'done', sources: [gateway] },
    },
    absent: ['planning-period', 'transition-period', 'ow-referrals-start'],
  };
}

const engagement = 'engagement';
const rfi = 'maytree-toronto-north-rfi';
const briefing = 'toronto-council-briefing-2022';
const byEnd2023: Localized = { en: 'by the end of 2023', fr: 'd’ici la fin de 2023' };
/** The ministry's memo of 13 March 2024 (fact sheet, fourth edition): Phase 3 being planned, no SSM, no date. */
const allocations2024 = 'msdsb-allocations-2024-25-2024-03-13';
const march2024: ExpectedRegion['latestDatedSource'] = { id: allocations2024, month: { en: 'March 2024', fr: 'mars 2024' } };

/** What the three Phase 3 catchment areas share: no SSM date, no planning or transition period. */
const phase3Shared = {
  'phase-assigned': { when: notGiven, state: 'confirmed', sources: [gateway] },
  // Maytree (28 November 2022) reports the request for information under way; the memo said "in the
  // coming weeks"; the Gateway's Phase 3 paragraph confirms engagement, with no date.
  [engagement]: { when: notGiven, state: 'confirmed', sources: [rfi, september2022, gateway] },
  // The release's "by the end of 2023"; the March 2024 memo, undated, says Phase 3 is still being
  // planned: it joins the entry's sources, confirms nothing, and is not cited for the date.
  'expansion-under-way': { when: byEnd2023, state: 'unconfirmed', sources: [release, allocations2024], dateSources: [release] },
  competition: { when: same('2023'), state: 'unconfirmed', sources: [june2021] },
  'ssm-selected': { when: byEnd2023, state: 'unconfirmed', sources: [september2021] },
} satisfies Record<string, ExpectedEntry>;

const northwest: ExpectedRegion = {
  id: 'northwest',
  slug: { en: 'northwest', fr: 'nord-ouest' },
  stage: { en: 'Engagement', fr: 'Mobilisation' },
  // The March 2024 memo: Phase 3 being planned here. No source names its SSM.
  latestDatedSource: march2024,
  entries: phase3Shared,
  absent: ['planning-period', 'transition-period', 'planning-and-transition', 'integrated-services-launch', 'ow-referrals-start', 'ow-employment-services-to-eo'],
};

const northeast: ExpectedRegion = {
  id: 'northeast',
  slug: { en: 'northeast', fr: 'nord-est' },
  // Northern Ontario Business (no year shown) reports Collège Boréal named SSM: confirmed, date not given.
  stage: { en: 'Service system manager selected', fr: 'Gestionnaire de système de services choisi' },
  latestDatedSource: march2024,
  ssm: {
    lead: same('Collège Boréal'),
    partners: [
      ...['Sault Ste. Marie', 'Algoma', 'Manitoulin-Sudbury', 'Parry Sound', 'Nipissing', 'Timiskaming', 'Cochrane'].map((district) => `District Social Services Administration Board (district of ${district})`),
      'City of Greater Sudbury',
      'Sault College',
      'Northern College',
      'Cambrian College',
      'Canadore College',
      'Miikana',
    ],
  },
  entries: {
    ...phase3Shared,
    // The September 2021 memo's "by the end of 2023" stays beside the undated confirmation.
    'ssm-selected': { when: notGiven, state: 'confirmed', sources: [september2021, 'msdsb-college-boreal-northeast-ssm'] },
    'integrated-services-launch': { when: { en: 'by 2025', fr: 'd’ici 2025' }, state: 'unconfirmed', sources: ['msdsb-college-boreal-northeast-ssm'] },
    // Nipissing only, in the future tense on an undated page: a plan whose day has passed.
    'ow-employment-services-to-eo': { when: { en: 'March 1, 2025', fr: '1er mars 2025' }, state: 'unconfirmed', sources: ['dnssab-ow-employment-services-changes'] },
  },
  absent: ['planning-period', 'transition-period', 'planning-and-transition', 'ow-referrals-start'],
};

const toronto: ExpectedRegion = {
  id: 'toronto',
  slug: same('toronto'),
  stage: { en: 'Engagement', fr: 'Mobilisation' },
  latestDatedSource: march2024,
  entries: {
    ...phase3Shared,
    [engagement]: { when: notGiven, state: 'confirmed', sources: [rfi, september2022, briefing, gateway] },
    'expansion-under-way': { when: byEnd2023, state: 'unconfirmed', sources: [release, briefing, allocations2024], dateSources: [release] },
    // The briefing: a qualifying phase in late 2022 / early 2023, a call for proposals in mid-2023.
    'qualifying-phase': { when: { en: 'late 2022 – early 2023', fr: 'de fin 2022 à début 2023' }, state: 'unconfirmed', sources: [briefing] },
    competition: { when: { en: 'mid-2023', fr: 'mi-2023' }, state: 'unconfirmed', sources: [briefing, june2021] },
    // The City's own role: the committee (April 25, 2023, Maytree) is history; Council (May 2023) decided.
    'municipal-position': { when: { en: 'May 2023', fr: 'mai 2023' }, state: 'done', sources: ['toronto-council-ec3-5-2023'] },
    // The City's page, undated and in the future tense: a plan for March 1, 2025 that no source confirms.
    'ow-employment-services-to-eo': { when: { en: 'March 1, 2025', fr: '1er mars 2025' }, state: 'unconfirmed', sources: ['toronto-ow-employment-services-changes'] },
  },
  absent: ['planning-period', 'transition-period', 'planning-and-transition', 'integrated-services-launch', 'ow-referrals-start'],
};

const stratford = phase1(
  'stratford-bruce-peninsula',
  { en: 'stratford-bruce-peninsula', fr: 'peninsule-stratford-bruce' },
  { en: 'The Corporation of the County of Bruce', fr: 'Corporation du comté de Bruce' },
  { partners: ['County of Grey', 'County of Huron', 'City of Stratford'], ssmSources: ['grey-county-stratford-bruce-consortium'] },
);

const kingston: ExpectedRegion = {
  id: 'kingston-pembroke',
  slug: same('kingston-pembroke'),
  stage: integrated,
  latestDatedSource: march2023,
  ssm: { lead: same('Serco Canada Inc.'), partners: ['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.'] },
  entries: {
    'phase-assigned': { when: { en: 'September 13, 2021', fr: '13 septembre 2021' }, state: 'done', sources: [september2021, march2022, gateway] },
    'ssm-selected': { when: { en: 'September 22, 2022', fr: '22 septembre 2022' }, state: 'done', sources: [september2022, release, september2021, gateway] },
    // Announced in September 2022 to the day; the Gateway table confirms them to the month.
    'planning-period': { when: { en: 'September 2022 – December 31, 2022', fr: 'de septembre 2022 au 31 décembre 2022' }, state: 'done', sources: [september2022, gateway] },
    // The March 2022 memo's undated "nine months" agrees, but is not cited for these dates.
    'transition-period': { when: { en: 'January 1, 2023 – September 30, 2023', fr: 'du 1er janvier 2023 au 30 septembre 2023' }, state: 'done', sources: [september2022, march2022, gateway], dateSources: [september2022, gateway] },
    'integrated-services-launch': { when: { en: 'October 2023', fr: 'octobre 2023' }, state: 'done', sources: [gateway] },
    // Only the September 2022 announcement speaks of it.
    'ow-referrals-start': { when: { en: 'October 1, 2023', fr: '1er octobre 2023' }, state: 'unconfirmed', sources: [september2022] },
  },
  absent: ['planning-and-transition'],
};

export const expectedRegions: ExpectedRegion[] = [
  prototype('hamilton-niagara-peninsula', { en: 'hamilton-niagara-peninsula', fr: 'peninsule-hamilton-niagara' }, same('Fedcap Canada'), {
    partners: ['Canadian Council on Rehabilitation and Work', 'Operation Springboard', 'Corbrook', 'Community Living Toronto'],
    ssmSources: ['inthehammer-hamilton-niagara-consortium'],
  }),
  prototype('muskoka-kawarthas', same('muskoka-kawarthas'), { en: 'Fleming College', fr: 'Collège Fleming' }),
  prototype('peel', same('peel'), same('WCG International Consultants Ltd.')),
  phase1('halton', same('halton'), same('Fedcap Canada')),
  kingston,
  stratford,
  phase1('york', same('york'), same('WCG International Consultants Ltd.')),
  phase2('durham', same('durham'), { en: 'Region of Durham', fr: 'Région de Durham' }),
  phase2('kitchener-waterloo-barrie', same('kitchener-waterloo-barrie'), same('Serco Canada Inc.')),
  phase2('london', same('london'), { en: 'City of London', fr: 'Ville de London' }),
  phase2('ottawa', same('ottawa'), same('WCG International Consultants Ltd.')),
  phase2('windsor-sarnia', same('windsor-sarnia'), { en: 'City of Windsor', fr: 'Ville de Windsor' }, {
    partners: ['Workforce WindsorEssex'],
    ssmSources: ['windsor-star-2023-03-09'],
  }),
  northeast,
  northwest,
  toronto,
];
