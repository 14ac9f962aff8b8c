import { expect, test } from '@playwright/test';
import { localizedPages } from './site';

/*
 * The pages a public site owes its readers — accessibility, privacy, contact — and "What's new"
 * with its feed are linked from the footer of every page, in the page's language, and each
 * exists in both languages with a toggle to its counterpart.
 */

const footerLinks = {
  en: [
    { name: 'Accessibility', href: '/en/accessibility/' },
    { name: 'Privacy', href: '/en/privacy/' },
    { name: 'Contact', href: '/en/contact/' },
    { name: 'What’s new', href: '/en/whats-new/' },
    { name: 'News feed of every change (Atom)', href: '/en/whats-new/feed.xml' },
  ],
  fr: [
    { name: 'Accessibilité', href: '/fr/accessibilite/' },
    { name: 'Confidentialité', href: '/fr/confidentialite/' },
    { name: 'Nous joindre', href: '/fr/nous-joindre/' },
    { name: 'Quoi de neuf', href: '/fr/quoi-de-neuf/' },
    { name: 'Fil de tous les changements (Atom)', href: '/fr/quoi-de-neuf/feed.xml' },
  ],
} as const;

const counterparts = [
  { en: '/en/accessibility/', fr: '/fr/accessibilite/', heading: { en: 'Accessibility', fr: 'Accessibilité' } },
  { en: '/en/privacy/', fr: '/fr/confidentialite/', heading: { en: 'Privacy', fr: 'Confidentialité' } },
  { en: '/en/contact/', fr: '/fr/nous-joindre/', heading: { en: 'Contact', fr: 'Nous joindre' } },
] as const;

test('every page’s footer links accessibility, privacy, contact, what’s new and its feed, in the page’s language', async ({ page }) => {
  test.setTimeout(120_000);
  expect(localizedPages.length).toBeGreaterThan(40);
  for (const url of localizedPages) {
    const locale = url.slice(1, 3) as 'en' | 'fr';
    await page.goto(url);
    const footer = page.getByRole('contentinfo').getByRole('navigation');
    for (const { name, href } of footerLinks[locale]) {
      await expect(footer.getByRole('link', { name, exact: true }), `${url}: ${name}`).toHaveAttribute('href', href);
    }
  }
});

for (const pair of counterparts) {
  test(`${pair.en} and ${pair.fr} exist, each with its heading, and their toggles lead to each other`, async ({ page, request }) => {
    for (const [locale, other] of [
      ['en', 'fr'],
      ['fr', 'en'],
    ] as const) {
      const response = await request.get(pair[locale]);
      expect(response.status()).toBe(200);
      await page.goto(pair[locale]);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(pair.heading[locale]);
      await expect(page.getByTestId('language-toggle')).toHaveAttribute('href', pair[other]);
    }
  });
}

test('the footer’s links lead to the accessibility statement, which names the standards and tells how to report a problem', async ({ page }) => {
  await page.goto('/fr/regions/nord-est/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité', exact: true }).click();
  await expect(page).toHaveURL('/fr/accessibilite/');
  const main = page.getByRole('main');
  await expect(main).toContainText('WCAG 2.2');
  await expect(main).toContainText('Règl. de l’Ont. 191/11');
  await expect(main.getByRole('heading', { name: 'Signaler un problème' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'déploiement à l’échelle de la province' })).toHaveAttribute('href', '/fr/deploiement/');
});
