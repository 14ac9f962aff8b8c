import { expect, test } from '@playwright/test';
import { pageTypeUrls } from './site';

test.use({ javaScriptEnabled: false });

for (const { type, url } of pageTypeUrls) {
  test(`the ${type} page ${url} is complete without JavaScript`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
    await expect(page.locator('[data-testid="date-modified"]').first()).toContainText(/\d{4}-\d{2}-\d{2}/);
    if (/^\/(en|fr)\/(?!this-page)/.test(url)) {
      await expect(page.getByTestId('language-toggle')).toBeVisible();
      await expect(page.locator('footer')).toBeVisible();
    }
  });
}

test('a reader without JavaScript can go from the home page to a memo and switch language', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Memos' }).click();
  await expect(page).toHaveURL('/en/memos/');
  await page.getByTestId('memo-list').getByRole('link').first().click();
  await expect(page.getByTestId('memo-header')).toBeVisible();
  await page.getByTestId('language-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('memo-header')).toContainText('Objet');
});
