import { describe, expect, it } from 'vitest';
import { getRegions } from '@/lib/rollout/regions';
import { frenchOf, regionNameForms } from '@/lib/i18n/region-names';

describe('French names after « de »', () => {
  it.each([
    ['le Nord-Est', 'du Nord-Est'],
    ['la Péninsule Stratford–Bruce', 'de la Péninsule Stratford–Bruce'],
    ['Ottawa', 'd’Ottawa'],
    ['Toronto', 'de Toronto'],
    ['York', 'de York'],
    ['Halton', 'de Halton'],
    ['les comtés unis', 'des comtés unis'],
  ])('« de » + %s reads « %s »', (name, expected) => {
    expect(frenchOf(name)).toBe(expected);
  });
});

describe('every region has the forms its sentences need', () => {
  it('gives the Northeast and the peninsulas their article in both languages', () => {
    const byId = new Map(getRegions().map((r) => [r.id, r]));
    expect(regionNameForms(byId.get('northeast')!, 'fr')).toEqual({ region: 'Nord-Est', regionThe: 'le Nord-Est', regionOf: 'du Nord-Est' });
    expect(regionNameForms(byId.get('northeast')!, 'en')).toMatchObject({ region: 'Northeast', regionThe: 'the Northeast' });
    expect(regionNameForms(byId.get('stratford-bruce-peninsula')!, 'fr').regionOf).toBe('de la Péninsule Stratford–Bruce');
    expect(regionNameForms(byId.get('ottawa')!, 'fr').regionOf).toBe('d’Ottawa');
  });
});
