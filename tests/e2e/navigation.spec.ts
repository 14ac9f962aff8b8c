import { expect, test } from '@playwright/test';
import { localizedPages } from './site';

test('every localized page was built (home, memos, about in both languages)', () => {
  expect(localizedPages.filter((p) => p.startsWith('/en/')).length).toBe(localizedPages.filter((p) => p.startsWith('/fr/')).length);
  expect(localizedPages.length).toBeGreaterThanOrEqual(10);
});

for (const url of localizedPages) {
  test(`${url}: the language toggle goes to the same page in the other language, which links back`, async ({ page }) => {
    const lang = url.slice(1, 3);
    const other = lang === 'en' ? 'fr' : 'en';
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const toggle = page.getByTestId('language-toggle');
    await expect(toggle).toHaveAttribute('lang', other);
    await expect(toggle).toHaveAttribute('hreflang', other);
    const href = await toggle.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${other}/`));
    await toggle.click();
    await expect(page).toHaveURL(href!);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.getByTestId('language-toggle')).toHaveAttribute('href', url);
    await expect(page.getByTestId('date-modified')).toContainText(/\d{4}-\d{2}-\d{2}/);
  });
}

test('the root page offers both languages and is not indexed', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL('/fr/');
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/');
});

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/fr/notes-de-service/cette-note-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[lang="en"] h1')).toHaveText("We couldn't find that page");
  await expect(page.locator('[lang="fr"] h2')).toHaveText('Nous ne trouvons pas cette page');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('link', { name: 'Aller à la page d’accueil en français' }).click();
  await expect(page).toHaveURL('/fr/');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/memos/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
