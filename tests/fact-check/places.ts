/**
 * The places of each catchment area, written by hand from ../shared/facts/ROLLOUT.md ("Places in
 * each catchment area": Statistics Canada's SGC 2021 and its table of economic regions, CMAs and
 * CAs) — not from the content files — so that the unit and browser tests catch a place that is
 * missing, misspelt or in the wrong region. French names are the English ones except where
 * ROLLOUT.md gives a French name.
 */

export type PlaceName = { en: string; fr: string };
export type ExpectedPlaces = {
  region: string;
  /** The region page's slug in each language. */
  slug: PlaceName;
  censusDivisions: { code: string; name: PlaceName }[];
  urbanCentres: PlaceName[];
};

const same = (name: string): PlaceName => ({ en: name, fr: name });
const division = (code: string, en: string, fr = en) => ({ code, name: { en, fr } });

export const expectedPlaces: ExpectedPlaces[] = [
  {
    region: 'ottawa',
    slug: same('ottawa'),
    censusDivisions: [
      division('3501', 'Stormont, Dundas and Glengarry', 'Stormont, Dundas et Glengarry'),
      division('3502', 'Prescott and Russell', 'Prescott et Russell'),
      division('3506', 'Ottawa'),
      division('3507', 'Leeds and Grenville', 'Leeds et Grenville'),
      division('3509', 'Lanark'),
    ],
    urbanCentres: ['Ottawa', 'Cornwall', 'Brockville', 'Hawkesbury'].map(same),
  },
  {
    region: 'kingston-pembroke',
    slug: same('kingston-pembroke'),
    censusDivisions: [division('3510', 'Frontenac'), division('3511', 'Lennox and Addington', 'Lennox et Addington'), division('3512', 'Hastings'), division('3513', 'Prince Edward'), division('3547', 'Renfrew')],
    urbanCentres: ['Kingston', 'Belleville', 'Pembroke', 'Petawawa'].map(same),
  },
  {
    region: 'muskoka-kawarthas',
    slug: same('muskoka-kawarthas'),
    censusDivisions: [division('3514', 'Northumberland'), division('3515', 'Peterborough'), division('3516', 'Kawartha Lakes'), division('3544', 'Muskoka'), division('3546', 'Haliburton')],
    urbanCentres: ['Peterborough', 'Kawartha Lakes', 'Cobourg', 'Port Hope'].map(same),
  },
  { region: 'durham', slug: same('durham'), censusDivisions: [division('3518', 'Durham')], urbanCentres: [same('Oshawa')] },
  { region: 'york', slug: same('york'), censusDivisions: [division('3519', 'York')], urbanCentres: [] },
  { region: 'toronto', slug: same('toronto'), censusDivisions: [division('3520', 'Toronto')], urbanCentres: [same('Toronto')] },
  { region: 'peel', slug: same('peel'), censusDivisions: [division('3521', 'Peel')], urbanCentres: [] },
  { region: 'halton', slug: same('halton'), censusDivisions: [division('3524', 'Halton')], urbanCentres: [] },
  {
    region: 'kitchener-waterloo-barrie',
    slug: same('kitchener-waterloo-barrie'),
    censusDivisions: [division('3522', 'Dufferin'), division('3523', 'Wellington'), division('3530', 'Waterloo'), division('3543', 'Simcoe')],
    urbanCentres: ['Kitchener–Cambridge–Waterloo', 'Guelph', 'Barrie', 'Orillia', 'Midland', 'Collingwood', 'Centre Wellington'].map(same),
  },
  {
    region: 'hamilton-niagara-peninsula',
    slug: { en: 'hamilton-niagara-peninsula', fr: 'peninsule-hamilton-niagara' },
    censusDivisions: [division('3525', 'Hamilton'), division('3526', 'Niagara'), division('3528', 'Haldimand-Norfolk'), division('3529', 'Brant')],
    urbanCentres: ['Hamilton', 'St. Catharines–Niagara', 'Brantford', 'Norfolk'].map(same),
  },
  {
    region: 'london',
    slug: same('london'),
    censusDivisions: [division('3532', 'Oxford'), division('3534', 'Elgin'), division('3539', 'Middlesex')],
    urbanCentres: ['London', 'Woodstock', 'Ingersoll', 'Tillsonburg'].map(same),
  },
  {
    region: 'windsor-sarnia',
    slug: same('windsor-sarnia'),
    censusDivisions: [division('3536', 'Chatham-Kent'), division('3537', 'Essex'), division('3538', 'Lambton')],
    urbanCentres: ['Windsor', 'Sarnia', 'Chatham-Kent', 'Leamington'].map(same),
  },
  {
    region: 'stratford-bruce-peninsula',
    slug: { en: 'stratford-bruce-peninsula', fr: 'peninsule-stratford-bruce' },
    censusDivisions: [division('3531', 'Perth'), division('3540', 'Huron'), division('3541', 'Bruce'), division('3542', 'Grey')],
    urbanCentres: ['Stratford', 'Owen Sound'].map(same),
  },
  {
    region: 'northeast',
    slug: { en: 'northeast', fr: 'nord-est' },
    censusDivisions: [
      division('3548', 'Nipissing'),
      division('3549', 'Parry Sound'),
      division('3551', 'Manitoulin'),
      division('3552', 'Sudbury'),
      division('3553', 'Greater Sudbury', 'Grand Sudbury'),
      division('3554', 'Timiskaming'),
      division('3556', 'Cochrane'),
      division('3557', 'Algoma'),
    ],
    urbanCentres: [{ en: 'Greater Sudbury', fr: 'Grand Sudbury' }, ...['Sault Ste. Marie', 'North Bay', 'Timmins', 'Temiskaming Shores', 'Elliot Lake'].map(same)],
  },
  {
    region: 'northwest',
    slug: { en: 'northwest', fr: 'nord-ouest' },
    censusDivisions: [division('3558', 'Thunder Bay'), division('3559', 'Rainy River'), division('3560', 'Kenora')],
    // Thunder Bay (CMA) and Kenora (CA): the fact sheet's third edition corrects its second's "—".
    urbanCentres: [same('Thunder Bay'), same('Kenora')],
  },
];

/** Ontario's 49 census divisions (SGC 2021), by code: written out, not derived from the table above. */
export const ontarioCensusDivisionCodes = [
  '3501', '3502', '3506', '3507', '3509', '3510', '3511', '3512', '3513', '3514',
  '3515', '3516', '3518', '3519', '3520', '3521', '3522', '3523', '3524', '3525',
  '3526', '3528', '3529', '3530', '3531', '3532', '3534', '3536', '3537', '3538',
  '3539', '3540', '3541', '3542', '3543', '3544', '3546', '3547', '3548', '3549',
  '3551', '3552', '3553', '3554', '3556', '3557', '3558', '3559', '3560',
];
