import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { existsInOut, localizedPages, readOut } from './site';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const pathOf = (url: string) => new URL(url).pathname;

type SitemapUrl = { loc: string; 'xhtml:link': { '@rel': string; '@hreflang': string; '@href': string }[] };

test('every URL of sitemap.xml exists, lists both languages, and its alternates point at each other', () => {
  const urls: SitemapUrl[] = xml.parse(readOut('sitemap.xml')).urlset.url;
  const byLoc = new Map(urls.map((u) => [u.loc, u]));
  expect(urls.length).toBeGreaterThanOrEqual(30);
  for (const url of urls) {
    expect(existsInOut(pathOf(url.loc)), url.loc).toBe(true);
    const links = url['xhtml:link'];
    expect(links.map((l) => l['@hreflang']).sort(), url.loc).toEqual(['en', 'fr']);
    for (const link of links) {
      const other = byLoc.get(link['@href']);
      expect(other, `${url.loc} → ${link['@href']}`).toBeDefined();
      expect(other!['xhtml:link'].map((l) => l['@href'])).toContain(url.loc);
    }
  }
  expect(urls.map((u) => pathOf(u.loc))).not.toContain('/');
  expect(urls.some((u) => pathOf(u.loc).includes('search') || pathOf(u.loc).includes('recherche'))).toBe(false);
});

test('robots.txt allows crawling and points to the sitemap', () => {
  const robots = readOut('robots.txt');
  expect(robots).toMatch(/Allow: \//);
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
});

for (const url of localizedPages) {
  test(`${url}: title, description, canonical and hreflang alternates resolve`, async ({ page }) => {
    await page.goto(url);
    await expect(page).toHaveTitle(/.+/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(pathOf(canonical!)).toBe(url);
    const alternates: Record<string, string> = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''])));
    expect(Object.keys(alternates).sort()).toEqual(['en', 'fr', 'x-default']);
    for (const href of Object.values(alternates)) expect(existsInOut(pathOf(href)), href).toBe(true);
    expect(pathOf(alternates[url.slice(1, 3)])).toBe(url);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', `${url.slice(1, 3)}_CA`);
    const feed = await page.locator('link[rel="alternate"][type="application/atom+xml"]').first().getAttribute('href');
    expect(existsInOut(pathOf(new URL(feed!, 'http://x').href))).toBe(true);
  });
}

test('the language-choice and 404 pages are not indexed and not in the sitemap', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.goto('/en/nope/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('a memo page carries JSON-LD an Article parser accepts', async ({ page }) => {
  await page.goto('/fr/notes-de-service/renouvellement-services-emploi-septembre-2022/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: 'Mise à jour sur le renouvellement des services d’emploi',
    // The memo's own date; modified is the day this site published it (it has no change note).
    datePublished: '2022-09-22',
    dateModified: '2026-11-22',
    inLanguage: 'fr',
    author: { '@type': 'Person', name: 'Jody Young' },
    publisher: { '@type': 'Organization' },
  });
  expect(data.mainEntityOfPage.breadcrumb.itemListElement).toHaveLength(3);
});

// York's page last changed on 2026-12-02: the correction of the September 2021 memo's "by April 2022".
test('a region page carries JSON-LD for a WebPage about the region', async ({ page }) => {
  await page.goto('/en/regions/york/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ '@type': 'WebPage', inLanguage: 'en', about: { '@type': 'AdministrativeArea', name: 'York' }, dateModified: '2026-12-02' });
});

test('a region page explains how to follow it and links its feed and calendar, which are served', async ({ page, request }) => {
  await page.goto('/fr/regions/kingston-pembroke/');
  const follow = page.getByTestId('follow-region');
  await expect(follow.getByRole('heading')).toHaveText('Suivre cette région');
  const feed = await follow.getByRole('link', { name: /Atom/ }).getAttribute('href');
  const calendar = await follow.getByRole('link', { name: /\.ics/ }).getAttribute('href');
  expect(feed).toBe('/fr/regions/kingston-pembroke/feed.xml');
  const feedResponse = await request.get(feed!);
  expect(feedResponse.status()).toBe(200);
  expect(xml.parse(await feedResponse.text()).feed['@xml:lang']).toBe('fr');
  const ics = await request.get(calendar!);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain('DTSTART;VALUE=DATE:20230101');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/fr/regions/kingston-pembroke/feed.xml"]')).toHaveCount(1);
});

test("every feed of the export is well-formed XML to the browser's strict parser, its titles and summaries text", async ({ page }) => {
  const out = path.join(__dirname, '../../out');
  const feeds = fs
    .readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('feed.xml'))
    .map((file) => `/${file.split(path.sep).join('/')}`);
  expect(feeds.length).toBe(2 + 2 + 2 * 15); // the site's, what's new's, and each region's, in both languages
  await page.goto('/en/');
  for (const feed of feeds) {
    const parsed = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'application/xml');
      return {
        errors: document.getElementsByTagName('parsererror').length,
        textTypes: [...document.querySelectorAll('feed > title, feed > subtitle, entry > title, entry > summary')].map((e) => e.getAttribute('type')),
        contentTypes: [...document.querySelectorAll('entry > content')].map((e) => e.getAttribute('type')),
      };
    }, readOut(feed));
    expect(parsed.errors, feed).toBe(0);
    expect(new Set(parsed.textTypes), feed).toEqual(new Set(['text']));
    expect(new Set(parsed.contentTypes), feed).toEqual(new Set(['html']));
  }
});

test.describe('site search', () => {
  test('searching "Serco" on the English search page finds the 22 September 2022 memo', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByLabel('Search the site').fill('Serco');
    const results = page.getByTestId('search-results');
    await expect(results.getByRole('link', { name: 'Employment Services Transformation Update' })).toHaveAttribute(
      'href',
      '/en/memos/employment-services-transformation-update-september-2022/',
    );
  });

  test('searching "gestionnaire" on the French search page returns French pages only', async ({ page }) => {
    await page.goto('/fr/recherche/');
    await page.getByLabel('Chercher dans le site').fill('gestionnaire');
    const links = page.getByTestId('search-results').getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^\/fr\//);
  });

  test('filters narrow results by region and by year', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByLabel('Search the site').fill('service system manager');
    await page.getByLabel('Year').selectOption('2022');
    const links = page.getByTestId('search-results').getByRole('link');
    await expect(links).toHaveCount(2);
    await page.getByLabel('Region').selectOption('Toronto');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveText('Employment Services Transformation Update');
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('/fr/recherche/');
    const box = page.getByLabel('Chercher dans le site');
    await expect(box).toBeVisible(); // the form appears once the search index has loaded
    await box.focus();
    await page.keyboard.type('Kingston');
    await expect(page.getByTestId('search-status')).toContainText('résultat');
    await page.keyboard.press('Tab'); // submit button
    await page.keyboard.press('Tab'); // region filter
    await page.keyboard.press('Tab'); // year filter
    await page.keyboard.press('Tab'); // first result
    await expect(page.getByTestId('search-results').getByRole('link').first()).toBeFocused();
  });

  // Partners know their town, not their catchment's name (issue 12): region pages carry their places.
  for (const { locale, searchPage, label, query, region, href } of [
    { locale: 'en', searchPage: '/en/search/', label: 'Search the site', query: 'Belleville', region: 'Kingston–Pembroke', href: '/en/regions/kingston-pembroke/' },
    { locale: 'fr', searchPage: '/fr/recherche/', label: 'Chercher dans le site', query: 'Grand Sudbury', region: 'Nord-Est', href: '/fr/regions/nord-est/' },
    { locale: 'en', searchPage: '/en/search/', label: 'Search the site', query: 'Owen Sound', region: 'Stratford–Bruce Peninsula', href: '/en/regions/stratford-bruce-peninsula/' },
  ]) {
    test(`searching "${query}" (${locale}) finds ${region} and lands on its page`, async ({ page }) => {
      await page.goto(searchPage);
      await page.getByLabel(label).fill(query);
      const result = page.getByTestId('search-results').getByRole('link', { name: region, exact: true });
      await expect(result).toHaveAttribute('href', href);
      await result.click();
      await expect(page).toHaveURL(href);
      await expect(page.getByTestId('region-places')).toContainText(query);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the search page still offers the memo index and the region list', async ({ page }) => {
      await page.goto('/en/search/');
      await expect(page.getByTestId('search-box')).toBeHidden();
      await expect(page.getByTestId('memo-list').getByRole('link')).toHaveCount(2);
      await expect(page.getByTestId('browse-regions').getByRole('link')).toHaveCount(15);
    });
  });
});
