import { describe, expect, it } from 'vitest';
import { getAdjacentMemos, getMemoBySlug, getMemos, getMemosForRegion, latestMemoDate } from '@/lib/content/documents';
import { getRegions } from '@/lib/rollout/regions';
import { latestDay } from '@/lib/core/dates';
import { locales } from '@/lib/i18n/locales';

/**
 * The lookups every page makes (a memo by its slug, its neighbours, a region's memos, the date
 * the lists were last modified) are kept in per-process indexes (lib/content/documents.ts). Each must give
 * what a scan of the memo list gives, for every memo and region of the published content.
 */

describe.each(locales)('memo lookups in %s', (locale) => {
  const memos = getMemos(locale);

  it('finds each memo by its slug in this language, and nothing for a slug it does not have', () => {
    expect(memos.length).toBeGreaterThan(1);
    for (const memo of memos) expect(getMemoBySlug(locale, memo.slugs[locale])).toBe(memo);
    const other = locale === 'en' ? 'fr' : 'en';
    const foreign = memos.map((m) => m.slugs[other]).filter((slug) => !memos.some((m) => m.slugs[locale] === slug));
    for (const slug of [...foreign, 'no-such-memo']) expect(getMemoBySlug(locale, slug)).toBeUndefined();
  });

  it('gives each memo the memos beside it in the newest-first list', () => {
    memos.forEach((memo, index) => {
      expect(getAdjacentMemos(memo)).toEqual({ newer: memos[index - 1], older: memos[index + 1] });
    });
    expect(getAdjacentMemos(memos[0]).newer).toBeUndefined();
    expect(getAdjacentMemos(memos.at(-1)!).older).toBeUndefined();
  });

  it("lists each region's memos as filtering every memo does, newest first", () => {
    for (const region of getRegions()) {
      expect(getMemosForRegion(locale, region.id)).toEqual(memos.filter((m) => m.regionIds.includes(region.id)));
    }
    expect(getMemosForRegion(locale, 'no-such-region')).toEqual([]);
  });
});

describe('latestMemoDate', () => {
  it('is the latest day this site published a memo or changed one', () => {
    const days = getMemos('en').flatMap((m) => [m.publishedOnSite, ...m.changes.map((c) => c.date)]);
    expect(latestMemoDate()).toBe(latestDay(days));
    expect(latestMemoDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
