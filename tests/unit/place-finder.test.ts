import { describe, expect, it } from 'vitest';
import { finderGroups, foldForFilter, initialOf } from '@/lib/rollout/places';
import { expectedPlaces } from '../fact-check/places';
// @ts-expect-error — the browser script is plain JavaScript, without type declarations
import { fold } from '../../public/find-region.js';

/** The finder page's list (lib/rollout/places.ts), built from the regions' places, and its filter's folding. */
describe('the finder’s list', () => {
  it.each(['en', 'fr'] as const)('in %s, is A to Z as the language collates it, under each name’s initial', (locale) => {
    const groups = finderGroups(locale);
    const names = groups.flatMap((g) => g.entries.map((e) => e.name));
    expect(names).toEqual([...names].sort(new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare));
    for (const group of groups) for (const entry of group.entries) expect(initialOf(entry.name)).toBe(group.letter);
    expect(new Set(groups.map((g) => g.letter)).size).toBe(groups.length);
  });

  it.each(['en', 'fr'] as const)('in %s, has every census division and urban centre once, with its region', (locale) => {
    const entries = finderGroups(locale).flatMap((g) => g.entries);
    for (const expected of expectedPlaces) {
      for (const division of expected.censusDivisions) {
        const found = entries.filter((e) => e.kinds.some((k) => k.kind === 'censusDivision' && k.code === division.code));
        expect(found.map((e) => [e.name, e.region.id]), division.code).toEqual([[division.name[locale], expected.region]]);
      }
      for (const centre of expected.urbanCentres) {
        const found = entries.filter((e) => e.name === centre[locale] && e.kinds.some((k) => k.kind === 'urbanCentre'));
        expect(found.map((e) => e.region.id), centre.en).toEqual([expected.region]);
      }
    }
  });

  it('makes one entry of a name that is both a census division and an urban centre of the same region', () => {
    const ottawa = finderGroups('en').flatMap((g) => g.entries).filter((e) => e.name === 'Ottawa');
    expect(ottawa).toHaveLength(1);
    expect(ottawa[0].kinds).toEqual([{ kind: 'censusDivision', code: '3506' }, { kind: 'urbanCentre' }]);
  });

  it('lets the filter match a place by its name in either language, without accents or punctuation', () => {
    const sudbury = finderGroups('fr').flatMap((g) => g.entries).find((e) => e.name === 'Grand Sudbury' && e.kinds[0].kind === 'censusDivision')!;
    expect(sudbury.terms).toContain(foldForFilter('Greater Sudbury'));
    expect(sudbury.terms).toContain(foldForFilter('grand sudbury'));
    expect(foldForFilter('Sault Ste. Marie')).toBe('sault ste marie');
    expect(foldForFilter('  Chatham-Kent ')).toBe('chatham kent');
    expect(foldForFilter('Île-d’Orléans')).toBe('ile d orleans');
  });

  it('folds text exactly as the browser script does (public/find-region.js)', () => {
    for (const text of ['Sault Ste. Marie', 'Stormont, Dundas et Glengarry', 'Île-d’Orléans', 'Kitchener–Cambridge–Waterloo', '  GRAND  sudbury ', 'Trois-Rivières', '']) {
      expect(fold(text), text).toBe(foldForFilter(text));
    }
  });
});
