/**
 * What a partner should read on each region page on 22 November 2026 (the test build's as-of
 * date), written by hand from ../shared/facts/ROLLOUT.md and the two memos — not from the code —
 * so that the fact-check suite catches a page that says more, or less, than its sources.
 *
 * `sources` lists the ids of the sources that must support an entry (memo folder names or
 * reference file names); `state` is the entry's state on the as-of date.
 */

export type Localized = { en: string; fr: string };
export type ExpectedEntry = { when: Localized; state: 'done' | 'in-progress' | 'expected' | 'unconfirmed' | 'confirmed'; sources: string[] };
export type ExpectedRegion = {
  id: string;
  slug: Localized;
  stage: Localized;
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

const same = (text: string): Localized => ({ en: text, fr: text });
const notGiven: Localized = { en: 'date not given', fr: 'date non précisée' };
const integrated: Localized = { en: 'Integrated services', fr: 'Services intégrés' };

function prototype(id: string, slug: Localized, lead: Localized, extra: { partners?: string[]; ssmSources?: string[] } = {}): ExpectedRegion {
  return {
    id,
    slug,
    stage: integrated,
    ssm: { lead, partners: extra.partners },
    entries: {
      'phase-assigned': { when: notGiven, state: 'confirmed', sources: [gateway] },
      'ssm-selected': { when: { en: 'February 14, 2020', fr: '14 février 2020' }, state: 'done', sources: [oden, gateway, ...(extra.ssmSources ?? [])] },
      'planning-and-transition': { when: { en: 'January 2020 – December 2020', fr: 'janvier 2020 – décembre 2020' }, state: 'done', sources: [gateway] },
      'integrated-services-launch': { when: { en: 'January 1, 2021', fr: '1er janvier 2021' }, state: 'done', sources: [january2021, gateway, release] },
    },
    absent: ['planning-period', 'transition-period', 'ow-referrals-start', 'competition'],
  };
}

function phase1(id: string, slug: Localized, lead: Localized, extra: { partners?: string[]; ssmSources?: string[] } = {}): ExpectedRegion {
  return {
    id,
    slug,
    stage: integrated,
    ssm: { lead, partners: extra.partners },
    entries: {
      'phase-assigned': { when: { en: 'September 13, 2021', fr: '13 septembre 2021' }, state: 'done', sources: [september2021, march2022, gateway] },
      // The release of March 9, 2023 confirms the SSMs at work; no source dates their selection.
      'ssm-selected': { when: notGiven, state: 'confirmed', sources: [release, march2022, september2021, gateway, ...(extra.ssmSources ?? [])] },
      // The Gateway table's span answers the March 2022 memo's undated transition period.
      'planning-and-transition': { when: { en: 'April 2022 – March 2023', fr: 'avril 2022 – mars 2023' }, state: 'done', sources: [gateway, march2022] },
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
    ssm: { lead, partners: extra.partners },
    entries: {
      'phase-assigned': { when: notGiven, state: 'confirmed', sources: [march2022, gateway] },
      // In progress when the September 2022 memo was sent; the call for proposals was expected at the end of April 2022.
      competition: { when: notGiven, state: 'confirmed', sources: [september2022, march2022] },
      'ssm-selected': { when: { en: 'March 9, 2023', fr: '9 mars 2023' }, state: 'done', sources: [release, september2021, gateway, ...(extra.ssmSources ?? [])] },
      'planning-and-transition': { when: { en: 'January 2023 – December 2023', fr: 'janvier 2023 – décembre 2023' }, state: 'done', sources: [gateway] },
      'integrated-services-launch': { when: { en: 'January 2024', fr: 'janvier 2024' }, state: 'done', sources: [gateway] },
    },
    absent: ['planning-period', 'transition-period', 'ow-referrals-start'],
  };
}

function phase3(id: string, slug: Localized, extra: { engagement?: string[]; competition?: string[]; expansion?: string[] } = {}): ExpectedRegion {
  return {
    id,
    slug,
    stage: { en: 'Engagement', fr: 'Mobilisation' },
    entries: {
      'phase-assigned': { when: notGiven, state: 'confirmed', sources: [gateway] },
      // Maytree (28 November 2022) reports the request for information under way; the memo said "in the coming weeks".
      engagement: { when: notGiven, state: 'confirmed', sources: ['maytree-toronto-north-rfi', september2022, ...(extra.engagement ?? [])] },
      competition: { when: same('2023'), state: 'unconfirmed', sources: [june2021, ...(extra.competition ?? [])] },
      'expansion-under-way': { when: { en: 'by the end of 2023', fr: 'd’ici la fin de 2023' }, state: 'unconfirmed', sources: [release, ...(extra.expansion ?? [])] },
      'ssm-selected': { when: { en: 'by the end of 2023', fr: 'd’ici la fin de 2023' }, state: 'unconfirmed', sources: [september2021] },
    },
    absent: ['planning-period', 'transition-period', 'planning-and-transition', 'integrated-services-launch', 'ow-referrals-start'],
  };
}

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
  ssm: { lead: same('Serco Canada Inc.'), partners: ['Deloitte Canada Inc.', 'Thrive Career Wellness Inc.'] },
  entries: {
    'phase-assigned': { when: { en: 'September 13, 2021', fr: '13 septembre 2021' }, state: 'done', sources: [september2021, march2022, gateway] },
    'ssm-selected': { when: { en: 'September 22, 2022', fr: '22 septembre 2022' }, state: 'done', sources: [september2022, release, september2021, gateway] },
    // Announced in September 2022 to the day; the Gateway table confirms them to the month.
    'planning-period': { when: { en: 'September 2022 – December 31, 2022', fr: 'septembre 2022 – 31 décembre 2022' }, state: 'done', sources: [september2022, gateway] },
    'transition-period': { when: { en: 'January 1, 2023 – September 30, 2023', fr: '1er janvier 2023 – 30 septembre 2023' }, state: 'done', sources: [september2022, march2022, gateway] },
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
  phase3('northeast', { en: 'northeast', fr: 'nord-est' }),
  phase3('northwest', { en: 'northwest', fr: 'nord-ouest' }),
  phase3('toronto', same('toronto'), {
    engagement: ['toronto-council-briefing-2022'],
    competition: ['toronto-council-briefing-2022', 'toronto-council-ec3-5-2023'],
    expansion: ['toronto-council-briefing-2022'],
  }),
];
