import { describe, expect, it } from 'vitest';
import { alternatesFor, pathFor } from '@/lib/routes';

const memo = { kind: 'memo', slugs: { en: 'est-update-september-2022', fr: 'rse-septembre-2022' } } as const;

describe('pathFor', () => {
  it('puts the language first and ends with a slash, as the static export writes folders', () => {
    expect(pathFor({ kind: 'home' }, 'fr')).toBe('/fr/');
  });
  it('names the memo section in the language of the URL', () => {
    expect(pathFor({ kind: 'memoIndex' }, 'en')).toBe('/en/memos/');
    expect(pathFor({ kind: 'memoIndex' }, 'fr')).toBe('/fr/notes-de-service/');
  });
  it("uses each language's own slug for a memo", () => {
    expect(pathFor(memo, 'en')).toBe('/en/memos/est-update-september-2022/');
    expect(pathFor(memo, 'fr')).toBe('/fr/notes-de-service/rse-septembre-2022/');
  });
  it('serves standalone pages at the top of each language', () => {
    expect(pathFor({ kind: 'page', slugs: { en: 'about', fr: 'a-propos' } }, 'fr')).toBe('/fr/a-propos/');
  });
});

describe('alternatesFor', () => {
  it('gives the same page in both languages', () => {
    expect(alternatesFor(memo)).toEqual({
      en: '/en/memos/est-update-september-2022/',
      fr: '/fr/notes-de-service/rse-septembre-2022/',
    });
  });
});
