import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { existsInOut, readOut } from './site';

/*
 * "What's new" (/en/whats-new/, /fr/quoi-de-neuf/): every change to what the site says, newest
 * first, each dated and linking the regions it concerns; its Atom feed holds the same items.
 */

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const languages = [
  {
    locale: 'en',
    url: '/en/whats-new/',
    feed: '/en/whats-new/feed.xml',
    heading: 'What’s new',
    memo: { date: 'November 22, 2026', ownDate: 'Date of the memo: September 22, 2022.', title: 'Employment Services Transformation Update', href: '/en/memos/employment-services-transformation-update-september-2022/' },
    change: 'Service system manager selected: now Serco Canada Inc., September 22, 2022 (confirmed); before, end of April 2022 (expected at the time).',
    region: { name: 'Northeast', href: '/en/regions/northeast/' },
    consulted: 'Date of the source: no date given (consulted December 2, 2026).',
    march2024: { date: 'December 6, 2026', title: '“Allocations for Fiscal Year 2024-25”', ownDate: 'Date of the source: March 13, 2024 (consulted December 6, 2026).', regions: ['Northeast', 'Northwest', 'Toronto'] },
  },
  {
    locale: 'fr',
    url: '/fr/quoi-de-neuf/',
    feed: '/fr/quoi-de-neuf/feed.xml',
    heading: 'Quoi de neuf',
    memo: { date: '22 novembre 2026', ownDate: 'Date de la note de service\u00a0: 22 septembre 2022.', title: 'Mise à jour sur le renouvellement des services d’emploi', href: '/fr/notes-de-service/renouvellement-services-emploi-septembre-2022/' },
    change: 'Gestionnaire de système de services choisi\u00a0: désormais Serco Canada Inc., 22 septembre 2022 (confirmé)\u202f; auparavant, fin avril 2022 (prévu à l’époque).',
    region: { name: 'Nord-Est', href: '/fr/regions/nord-est/' },
    consulted: 'Date de la source\u00a0: aucune date indiquée (consulté le 2 décembre 2026).',
    march2024: { date: '6 décembre 2026', title: '«\u00a0Allocations for Fiscal Year 2024-25\u00a0»', ownDate: 'Date de la source\u00a0: 13 mars 2024 (consulté le 6 décembre 2026).', regions: ['Nord-Est', 'Nord-Ouest', 'Toronto'] },
  },
] as const;

for (const lang of languages) {
  test.describe(`${lang.url}`, () => {
    test('lists the site’s changes newest first, each dated with <time>, and links the regions each concerns to their pages', async ({ page }) => {
      await page.goto(lang.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.heading);
      const items = page.getByTestId('whats-new-item');
      expect(await items.count()).toBeGreaterThan(10);
      const days = await items.evaluateAll((lis) => lis.map((li) => li.querySelector(':scope > p time')?.getAttribute('datetime') ?? ''));
      for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(days).toEqual([...days].sort().reverse());
      const regionLinks = await page.getByTestId('item-region').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(regionLinks.length).toBeGreaterThan(15);
      for (const href of new Set(regionLinks)) {
        expect(href).toMatch(new RegExp(`^/${lang.locale}/regions/[a-z-]+/$`));
        expect(existsInOut(href), href).toBe(true);
      }
    });

    test('says what the 22 September 2022 memo changed, region by region, and the region links lead to the region', async ({ page }) => {
      await page.goto(lang.url);
      const memo = page.locator('#memo-2022-09-22-catchment-phasing-update');
      // Dated by the day this site published it, its own date beside it.
      await expect(memo.locator('time').first()).toHaveText(lang.memo.date);
      await expect(memo.locator('time').first()).toHaveAttribute('datetime', '2026-11-22');
      await expect(memo.getByTestId('item-own-date')).toHaveText(lang.memo.ownDate);
      await expect(memo.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', lang.memo.href);
      await expect(memo.getByRole('heading', { level: 2 })).toHaveText(lang.memo.title);
      await expect(memo.getByText(lang.change, { exact: true })).toBeVisible();
      await memo.getByRole('link', { name: lang.region.name, exact: true }).click();
      await expect(page).toHaveURL(lang.region.href);
    });

    test('dates a source by the day this site published it, and gives its own date (or none, and the day it was consulted) beside it', async ({ page }) => {
      await page.goto(lang.url);
      const gateway = page.locator('#reference-eopg-province-wide-rollout');
      await expect(gateway.locator('time').first()).toHaveAttribute('datetime', '2026-11-22');
      await expect(gateway.getByTestId('item-own-date')).toHaveText(lang.consulted);
      await expect(gateway.getByTestId('item-region')).toHaveCount(15);
    });

    test('puts the ministry’s memo of 13 March 2024, added on 6 December 2026, at the top, for the three Phase 3 regions', async ({ page }) => {
      await page.goto(lang.url);
      // New to readers, though its own date is older than the sources below it.
      const memo = page.locator('[data-kind="source"]').first();
      await expect(memo).toHaveAttribute('id', 'reference-msdsb-allocations-2024-25-2024-03-13');
      await expect(memo.locator('time').first()).toHaveAttribute('datetime', '2026-12-06');
      await expect(memo.locator('time').first()).toHaveText(lang.march2024.date);
      await expect(memo.getByRole('heading', { level: 2 })).toHaveText(lang.march2024.title);
      await expect(memo.getByTestId('item-own-date')).toHaveText(lang.march2024.ownDate);
      await expect(memo.getByTestId('item-region')).toHaveText(lang.march2024.regions);
    });

    test('links its Atom feed, which holds the same items in the same order', async ({ page, request }) => {
      await page.goto(lang.url);
      const link = page.getByTestId('follow-changes').getByRole('link');
      await expect(link).toHaveAttribute('href', lang.feed);
      await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href$="${lang.feed}"]`)).toHaveCount(1);
      const response = await request.get(lang.feed);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      const { feed } = xml.parse(await response.text());
      const entries = asList<{ id: string; updated: string }>(feed.entry);
      const items = await page.getByTestId('whats-new-item').evaluateAll((lis) =>
        lis.map((li) => ({ id: li.id, day: li.querySelector(':scope > p time')?.getAttribute('datetime') ?? '' })),
      );
      expect(entries.map((e) => new URL(e.id).hash.slice(1))).toEqual(items.map((i) => i.id));
      expect(entries.map((e) => e.updated.slice(0, 10))).toEqual(items.map((i) => i.day));
    });
  });
}

test('the home page links to what’s new and its feed, in each language', async ({ page }) => {
  for (const lang of languages) {
    await page.goto(`/${lang.locale}/`);
    const block = page.getByTestId('home-whats-new');
    await expect(block.getByRole('link').first()).toHaveAttribute('href', lang.url);
    await expect(block.getByRole('link').nth(1)).toHaveAttribute('href', lang.feed);
    await block.getByRole('link').first().click();
    await expect(page).toHaveURL(lang.url);
  }
});

test('the sitemap lists what’s new in both languages, each the alternate of the other', () => {
  const sitemap = readOut('sitemap.xml');
  for (const lang of languages) expect(sitemap).toContain(`${lang.url}</loc>`);
  expect(sitemap).toMatch(/<loc>[^<]*\/en\/whats-new\/<\/loc>[\s\S]*?hreflang="fr" href="[^"]*\/fr\/quoi-de-neuf\/"/);
});
