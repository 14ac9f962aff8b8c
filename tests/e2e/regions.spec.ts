import { expect, type Page, test } from '@playwright/test';
import { referenceUrls, regionPages } from './site';

// The test build fixes the "as of" date (ROLLOUT_AS_OF=2026-12-07 in package.json) so that
// stages and states are reproducible.

const entry = (page: Page, milestone: string) => page.locator(`[data-milestone="${milestone}"]`);

test('all 15 designated regions have a page in each language', () => {
  expect(regionPages('en')).toHaveLength(15);
  expect(regionPages('fr')).toHaveLength(15);
});

for (const locale of ['en', 'fr'] as const) {
  test(`every ${locale} region page has a timeline whose source links resolve`, async ({ page, request }) => {
    const external = referenceUrls();
    for (const url of regionPages(locale)) {
      await page.goto(url);
      await expect(page.getByTestId('timeline').locator(':scope > li').first(), url).toBeVisible();
      await expect(page.getByTestId('as-of')).toBeVisible();
      const hrefs = await page.getByTestId('source-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length, url).toBeGreaterThan(0);
      for (const href of new Set(hrefs)) {
        if (href.startsWith('/')) {
          expect((await request.get(href)).status(), `${url} → ${href}`).toBe(200);
          expect(href.startsWith(`/${locale}/`), `${url} → ${href} stays in its language`).toBe(true);
        } else {
          expect(external.has(href), `${url} → ${href} is a URL of content/references`).toBe(true);
        }
      }
    }
  });
}

test('Kingston–Pembroke shows Serco with both consortium partners and the transition dates', async ({ page }) => {
  await page.goto('/en/regions/kingston-pembroke/');
  const ssm = page.getByTestId('ssm');
  await expect(ssm).toContainText('Serco Canada Inc.');
  await expect(ssm).toContainText('Deloitte Canada Inc.');
  await expect(ssm).toContainText('Thrive Career Wellness Inc.');
  const transition = entry(page, 'transition-period').getByTestId('entry-when');
  await expect(transition.locator('time[datetime="2023-01-01"]')).toHaveText('January 1, 2023');
  await expect(transition.locator('time[datetime="2023-09-30"]')).toHaveText('September 30, 2023');
  await expect(entry(page, 'planning-period').getByTestId('entry-when')).toHaveText('September 2022 – December 31, 2022');
  await expect(page.getByTestId('region-stage')).toHaveText('Integrated services');
});

test('Kingston–Pembroke’s Ontario Works referrals, announced but never confirmed, read "date passed, not confirmed"', async ({ page }) => {
  await page.goto('/en/regions/kingston-pembroke/');
  const referrals = entry(page, 'ow-referrals-start');
  await expect(referrals.getByTestId('entry-when')).toHaveText('October 1, 2023');
  await expect(referrals.getByTestId('entry-state')).toHaveText('Status: Date passed, not confirmed');
  await expect(referrals.getByTestId('statement')).toHaveCount(1);
  await expect(referrals.getByTestId('statement')).toContainText('(expected at the time)');
});

test('the French Kingston–Pembroke page gives the same dates in French', async ({ page }) => {
  await page.goto('/fr/regions/kingston-pembroke/');
  await expect(entry(page, 'transition-period').getByTestId('entry-when')).toHaveText('du 1er janvier 2023 au 30 septembre 2023');
  await expect(entry(page, 'ow-referrals-start').getByTestId('entry-when').locator('sup')).toHaveText('er');
  await expect(entry(page, 'ow-referrals-start').getByTestId('entry-state')).toContainText('Date passée, non confirmée');
  await expect(page.getByTestId('ssm')).toContainText('Thrive Career Wellness Inc.');
});

test('York’s service system manager is confirmed without a date, with the April 2022 expectation beside it and its sources numbered', async ({ page }) => {
  await page.goto('/en/regions/york/');
  await expect(page.getByTestId('ssm')).toContainText('WCG International Consultants Ltd.');
  const mark = page.getByTestId('ssm-sources').getByRole('link').first();
  await mark.click();
  await expect(page.locator(':target')).toContainText('Province-wide rollout');

  const launch = entry(page, 'integrated-services-launch');
  await expect(launch.getByTestId('entry-when')).toHaveText('April 2023');
  await expect(launch.getByTestId('source-link')).toContainText('Province-wide rollout');

  const ssm = entry(page, 'ssm-selected');
  await expect(ssm.getByTestId('entry-when')).toHaveText('date not given');
  await expect(ssm.getByTestId('entry-state')).toContainText('Confirmed');
  const plan = ssm.locator('[data-testid="statement"][data-source-id="2022-03-17-provincial-rollout-update"]');
  await expect(plan).toContainText('end of April 2022 (expected at the time)');
  await plan.getByTestId('source-link').click();
  await expect(page).toHaveURL('/en/memos/employment-services-transformation-update-march-2022/');
});

test('Toronto shows its service system manager as not announced, in both languages', async ({ page }) => {
  await page.goto('/en/regions/toronto/');
  await expect(page.getByTestId('ssm')).toContainText('Not announced');
  await page.getByTestId('language-toggle').click();
  await expect(page).toHaveURL('/fr/regions/toronto/');
  await expect(page.getByTestId('ssm')).toContainText('Non annoncé');
});

test('Toronto’s passed plans are shown as such, and no date appears that no source gives', async ({ page }) => {
  await page.goto('/en/regions/toronto/');
  // Maytree (28 November 2022) reports the request for information under way; the memo said "in the coming weeks".
  const engagement = entry(page, 'engagement');
  await expect(engagement.getByTestId('entry-state')).toContainText('Confirmed');
  await expect(page.getByTestId('timeline')).not.toContainText('by the end of 2022');
  // The June 2021 memo set the competition for 2023; nothing later confirms it.
  await expect(entry(page, 'competition').getByTestId('entry-state')).toContainText('Date passed, not confirmed');
  await expect(entry(page, 'expansion-under-way').getByTestId('entry-state')).toContainText('Date passed, not confirmed');
  // The City's page (undated, future tense) plans the move of Ontario Works employment services for March 1, 2025.
  const move = entry(page, 'ow-employment-services-to-eo');
  await expect(move.getByTestId('entry-when')).toHaveText('March 1, 2025');
  await expect(move.getByTestId('entry-state')).toContainText('Date passed, not confirmed');
  await expect(move.getByTestId('entry-sources')).toContainText('no date given (consulted December 2, 2026)');
});

test('the regions index groups the 15 regions by phase with SSM, stage and integrated-services start', async ({ page }) => {
  await page.goto('/fr/regions/');
  await expect(page.getByTestId('as-of')).toContainText('7 décembre 2026');
  await expect(page.getByTestId('regions-prototype').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('regions-phase-1').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('regions-phase-2').locator('tbody tr')).toHaveCount(5);
  const phase3 = page.getByTestId('regions-phase-3');
  await expect(phase3.locator('tbody tr')).toHaveCount(3);
  // Collège Boréal is named for the Northeast (no year shown); the Northwest's SSM is still not announced.
  await expect(phase3.getByRole('row', { name: /Nord-Est/ })).toContainText('Collège Boréal');
  await expect(phase3.getByRole('row', { name: /Nord-Ouest/ })).toContainText('Non annoncé');
  await expect(page.getByTestId('regions-phase-2').getByRole('row', { name: /London/ })).toContainText('Ville de London');
});

test('the rollout chart has a text equivalent: a table with every region', async ({ page }) => {
  await page.goto('/en/rollout/');
  await expect(page.getByTestId('rollout-chart')).toHaveAttribute('aria-hidden', 'true');
  const rows = page.getByTestId('rollout-table').locator('tbody tr');
  await expect(rows).toHaveCount(15);
  await expect(rows.filter({ hasText: 'Kingston–Pembroke' })).toContainText('Transition period: January 1, 2023 – September 30, 2023');
  await expect(rows.filter({ hasText: 'Durham' })).toContainText('January 2024');
});

test('a memo page lists and links the regions it concerns', async ({ page }) => {
  await page.goto('/fr/notes-de-service/renouvellement-services-emploi-septembre-2022/');
  const regions = page.getByTestId('memo-regions');
  await expect(regions.getByRole('link')).toHaveCount(9);
  await regions.getByRole('link', { name: 'Nord-Ouest' }).click();
  await expect(page).toHaveURL('/fr/regions/nord-ouest/');
});

test('the home page shows the rollout at a glance', async ({ page }) => {
  await page.goto('/en/');
  const glance = page.getByTestId('rollout-glance');
  await expect(glance).toContainText('12 of 15 catchment areas have integrated employment services.');
  await expect(glance.getByRole('link', { name: 'Toronto' })).toBeVisible();
});
