import { expect, test } from '@playwright/test';
import { expectedPlaces } from '../fact-check/places';

// Partners find their region by place (issue 12): the finder page lists every census division and
// main urban centre, each linking its region, and each region page lists its own. The expected
// places are written by hand from ROLLOUT.md (tests/fact-check/places.ts).

const finder = { en: '/en/find-your-region/', fr: '/fr/trouver-votre-region/' } as const;
const regionPath = (locale: 'en' | 'fr', slug: { en: string; fr: string }) => `/${locale}/regions/${slug[locale]}/`;
const divisionCount = expectedPlaces.reduce((n, p) => n + p.censusDivisions.length, 0);

type Entry = { name: string; text: string; href: string; hidden: boolean };
const entriesOf = (page: import('@playwright/test').Page) =>
  page.getByTestId('place').evaluateAll((items) =>
    items.map((li) => ({
      name: li.querySelector('.font-semibold')?.textContent ?? '',
      text: (li.textContent ?? '').replace(/\s+/g, ' '),
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      hidden: (li as HTMLElement).offsetParent === null,
    })),
  );

for (const locale of ['en', 'fr'] as const) {
  test(`the ${locale} finder lists all ${divisionCount} census divisions and every urban centre, each linked to its region`, async ({ page }) => {
    expect(divisionCount).toBe(49);
    await page.goto(finder[locale]);
    const entries: Entry[] = await entriesOf(page);
    const kind = locale === 'en' ? 'census division' : 'division de recensement';
    for (const region of expectedPlaces) {
      for (const division of region.censusDivisions) {
        const found = entries.filter((e) => e.name === division.name[locale] && e.text.includes(`${kind} ${division.code}`));
        expect(found.map((e) => e.href), `${division.code} ${division.name[locale]}`).toEqual([regionPath(locale, region.slug)]);
      }
      for (const centre of region.urbanCentres) {
        const found = entries.filter((e) => e.name === centre[locale] && e.text.includes(locale === 'en' ? 'main urban centre' : 'centre urbain principal'));
        expect(found.map((e) => e.href), centre[locale]).toEqual([regionPath(locale, region.slug)]);
      }
    }
    // A to Z: the names in the order the page's language collates them.
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort(new Intl.Collator(locale, { sensitivity: 'base', numeric: true }).compare));
  });
}

test('a place on the finder leads to its region page, which lists it', async ({ page }) => {
  await page.goto(finder.en);
  await page.getByTestId('place').filter({ hasText: /^Belleville/ }).getByRole('link', { name: 'Kingston–Pembroke' }).click();
  await expect(page).toHaveURL('/en/regions/kingston-pembroke/');
  await expect(page.getByTestId('urban-centres')).toContainText('Belleville');
});

test('the home page’s "Find your region" leads to the finder, in both languages', async ({ page }) => {
  await page.goto('/fr/');
  await page.getByTestId('rollout-glance').getByRole('link', { name: 'Trouver votre région' }).click();
  await expect(page).toHaveURL(finder.fr);
  await page.getByTestId('language-toggle').click();
  await expect(page).toHaveURL(finder.en);
  await expect(page.locator('h1')).toHaveText('Find your region');
});

test('the filter narrows the list as you type, hides empty letters, and says how many match', async ({ page }) => {
  await page.goto(finder.fr);
  const all = await page.getByTestId('place').count();
  const input = page.getByLabel('Filtrer par nom de lieu');
  await expect(input).toBeVisible();
  await input.focus();
  await expect(input).toBeFocused();
  await page.keyboard.type('sudbury');
  const status = page.getByTestId('place-filter-status');
  await expect(status).toHaveText('2 lieux correspondent à «\u00a0sudbury\u00a0».');
  await expect(status).toHaveAttribute('role', 'status');
  const visible = page.getByTestId('place').filter({ visible: true });
  await expect(visible).toHaveCount(2);
  await expect(visible.locator('.font-semibold')).toHaveText(['Grand Sudbury', 'Sudbury']);
  for (const link of await visible.getByRole('link').all()) await expect(link).toHaveAttribute('href', '/fr/regions/nord-est/');
  await expect(page.locator('[data-place-group]').filter({ visible: true }).locator('h2')).toHaveText(['G', 'S']);

  // The English name finds the French entry; accents and punctuation do not matter.
  await input.fill('Greater Sudbury');
  await expect(visible).toHaveCount(1);
  await input.fill('sault ste marie');
  await expect(visible.locator('.font-semibold')).toHaveText(['Sault Ste. Marie']);
  await expect(status).toHaveText('1 lieu correspond à «\u00a0sault ste marie\u00a0».');

  await input.fill('Atlantis');
  await expect(visible).toHaveCount(0);
  await expect(status).toContainText('Aucun lieu ne correspond à «\u00a0Atlantis\u00a0»');

  await input.fill('');
  await expect(visible).toHaveCount(all);
  await expect(status).toBeEmpty();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ['en', 'fr'] as const) {
    test(`the ${locale} finder shows the whole list and no filter box`, async ({ page }) => {
      await page.goto(finder[locale]);
      await expect(page.getByTestId('place-filter')).toBeHidden();
      const entries: Entry[] = await entriesOf(page);
      expect(entries.filter((e) => !e.hidden).length).toBe(entries.length);
      // 49 divisions and 62 urban centres, less the names that are both in one region (one entry each).
      expect(entries.length).toBeGreaterThanOrEqual(divisionCount);
    });
  }
});

test('the Northeast’s French page lists its places with their sources', async ({ page }) => {
  await page.goto('/fr/regions/nord-est/');
  const places = page.getByTestId('region-places');
  await expect(places.getByRole('heading', { level: 2 })).toHaveText('Lieux de cette région');
  await expect(page.getByTestId('census-divisions').locator('li')).toHaveCount(8);
  await expect(page.getByTestId('census-divisions')).toContainText('Grand Sudbury (code 3553)');
  await expect(page.getByTestId('urban-centres').locator('li')).toHaveText(['Grand Sudbury', 'Sault Ste. Marie', 'North Bay', 'Timmins', 'Temiskaming Shores', 'Elliot Lake']);
  const mark = places.getByTestId('source-marks').first().locator('a[data-source-id="statcan-sgc-2021"]');
  await mark.click();
  await expect(page.locator(':target')).toContainText('Statistique Canada');
  await expect(page.locator(':target')).toContainText('Classification géographique type (CGT) 2021');
  await expect(page.locator(':target').getByTestId('source-link')).toHaveAttribute('href', 'https://www.statcan.gc.ca/en/subjects/standard/sgc/2021/index');
});

test('York lists its census division and no urban centre of its own', async ({ page }) => {
  await page.goto('/en/regions/york/');
  await expect(page.getByTestId('census-divisions').locator('li')).toHaveText(['York (code 3519)']);
  await expect(page.getByTestId('urban-centres')).toHaveCount(0);
});
