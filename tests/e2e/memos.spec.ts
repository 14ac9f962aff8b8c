import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { markdownToSafeHtml } from '../../lib/content/markdown';

/**
 * The French memo pages publish the ministry's text faithfully: every sentence of each
 * source memo (tests/fixtures/seeds, as received) must appear on its page.
 */

const seedsDir = path.join(__dirname, '../fixtures/seeds');
const memos = [
  {
    id: '2022-03-17-provincial-rollout-update',
    fr: '/fr/notes-de-service/renouvellement-services-emploi-mars-2022/',
    en: '/en/memos/employment-services-transformation-update-march-2022/',
    dateFr: '17 mars 2022',
    dateEn: 'March 17, 2022',
    isoDate: '2022-03-17',
    printedDateFr: '17 mars 2022',
  },
  {
    id: '2022-09-22-catchment-phasing-update',
    fr: '/fr/notes-de-service/renouvellement-services-emploi-septembre-2022/',
    en: '/en/memos/employment-services-transformation-update-september-2022/',
    dateFr: '22 septembre 2022',
    dateEn: 'September 22, 2022',
    isoDate: '2022-09-22',
    printedDateFr: 'le 22 septembre 2022',
  },
];

// The words are the ministry's; the typography (the space before « : ; ! ? », the apostrophe) is the site's French typography.
const normalize = (text: string) =>
  text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/ ([:;!?»])/g, '$1')
    .replace(/« /g, '«')
    .replace(/'/g, '’')
    .trim();

/** The seed's body sentences: header block, PDF addresses and link placeholders removed. */
function seedSentences(id: string): string[] {
  const raw = fs.readFileSync(path.join(seedsDir, `${id}.fr.txt`), 'utf8');
  const afterHeader = raw.slice(raw.search(/^\s*Objet\s*:.*$/m)).replace(/^\s*Objet\s*:.*$/m, '');
  const text = normalize(
    afterHeader
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/_{5,}/g, ' ')
      .replace(/\[([^\]]+)\]\(#\)/g, '$1')
      .replace(/\^\{(\w+)\}/g, '$1')
      .replace(/•/g, ' '),
  );
  return text
    .split(/(?<=[.!?:;,])\s+(?=[A-ZÀ-Ý])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12);
}

for (const memo of memos) {
  test(`the French page of ${memo.id} contains every sentence of the ministry's original`, async ({ page }) => {
    await page.goto(memo.fr);
    const pageText = normalize(await page.locator('main').innerText());
    const sentences = seedSentences(memo.id);
    expect(sentences.length).toBeGreaterThan(25);
    const missing = sentences.filter((s) => !pageText.includes(s));
    expect(missing).toEqual([]);
  });

  test(`${memo.id} shows its header block and date in each language`, async ({ page }) => {
    await page.goto(memo.fr);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const headerFr = page.getByTestId('memo-header');
    await expect(headerFr).toContainText(memo.dateFr);
    await expect(headerFr).toContainText('Partenaires de la prestation de services');
    await expect(page.getByTestId('translation-notice')).toHaveCount(0);

    await page.goto(memo.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('memo-header')).toContainText(memo.dateEn);
    await expect(page.getByTestId('memo-header')).toContainText('Assistant Deputy Minister');
  });

  test(`the French page of ${memo.id} carries the original's heading and header as printed`, async ({ page }) => {
    await page.goto(memo.fr);
    const header = page.getByTestId('memo-header');
    // "Note de service" is the memo's printed heading, not a second h1: the subject stays the page's h1.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(header.getByTestId('memo-heading')).toHaveText('Note de service');
    expect(await header.getByTestId('memo-heading').evaluate((e) => e.tagName)).toBe('P');
    // Labels as printed, with a non-breaking space before the colon.
    expect(await header.locator('dt').allTextContents()).toEqual(['Destinataires\u00a0:', 'Expéditrice\u00a0:', 'Date\u00a0:', 'Objet\u00a0:']);
    const values = header.locator('dd');
    await expect(values.nth(1)).toHaveText(/^(Jody Young|Cordelia Abankwa), sous-ministre adjointe$/);
    await expect(values.nth(2)).toHaveText(memo.printedDateFr);
    await expect(values.nth(2).locator('time')).toHaveAttribute('datetime', memo.isoDate);
    await expect(header).not.toContainText(/\bDe\s*:/);

    await page.goto(memo.en);
    const headerEn = page.getByTestId('memo-header');
    await expect(headerEn.getByTestId('memo-heading')).toHaveText('Memorandum');
    expect(await headerEn.locator('dt').allTextContents()).toEqual(['To:', 'From:', 'Date:', 'Subject:']);
    await expect(headerEn.locator('time')).toHaveAttribute('datetime', memo.isoDate);
  });

  test(`the English page of ${memo.id} says it is a translation and links to the French original`, async ({ page }) => {
    await page.goto(memo.en);
    const notice = page.getByTestId('translation-notice');
    await expect(notice).toContainText('translation made for this site');
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(memo.fr);
  });
}

test('the September memo prints "le 22 septembre 2022" and no address: it links no original document', async ({ page }) => {
  for (const url of [memos[1].fr, memos[1].en]) {
    await page.goto(url);
    await expect(page.getByTestId('memo-header')).toContainText(url === memos[1].fr ? 'le 22 septembre 2022' : 'September 22, 2022');
    await expect(page.getByTestId('original-document')).toHaveCount(0);
    await expect(page.getByTestId('printed-addresses')).toHaveCount(0);
    await expect(page.locator('main a[href*="tcu.gov.on.ca"]')).toHaveCount(0);
  }
});

test('the March memo lists the two addresses printed in it, labelled as printed there, and no original document', async ({ page }) => {
  const printed = [
    'http://www.tcu.gov.on.ca/fre/eopg/publications/est-adm-memo-eo-network-catchment-phasing-update-fr.pdf',
    'http://www.tcu.gov.on.ca/fre/eopg/publications/est-adm-memo-eo-network-provincial-rollout-fr.pdf',
  ];
  const versions = [
    { url: memos[0].fr, heading: 'Adresses imprimées dans la note originale', where: ['Imprimée au bas de la page 1', 'Imprimée au bas de la page 2'], note: 'peut ne plus répondre' },
    { url: memos[0].en, heading: 'Addresses printed in the original memo', where: ['Printed at the foot of page 1', 'Printed at the foot of page 2'], note: 'may no longer answer' },
  ];
  for (const version of versions) {
    await page.goto(version.url);
    await expect(page.getByTestId('original-document')).toHaveCount(0);
    const section = page.getByTestId('printed-addresses');
    await expect(section.getByRole('heading')).toHaveText(version.heading);
    await expect(section).toContainText(version.note);
    const items = section.getByTestId('printed-address');
    await expect(items).toHaveCount(2);
    for (const [index, address] of printed.entries()) {
      await expect(items.nth(index)).toContainText(version.where[index]);
      // The address is shown as printed, as its own link text: nothing is said about what it leads to.
      await expect(items.nth(index).getByRole('link')).toHaveAttribute('href', address);
      await expect(items.nth(index).getByRole('link')).toHaveText(address);
    }
  }
});

test('the memo index lists the memos newest first, each with date, title and summary', async ({ page }) => {
  await page.goto('/en/memos/');
  const items = page.getByTestId('memo-list').getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('September 22, 2022');
  await expect(items.nth(1)).toContainText('March 17, 2022');
  await expect(items.nth(0).locator('p').nth(1)).not.toBeEmpty();
});

test('the French memo index uses French dates', async ({ page }) => {
  await page.goto('/fr/notes-de-service/');
  const items = page.getByTestId('memo-list').getByRole('listitem');
  await expect(items.nth(0)).toContainText('22 septembre 2022');
  await expect(items.nth(1)).toContainText('17 mars 2022');
});

test('a memo links to the previous and next memo', async ({ page }) => {
  await page.goto(memos[1].en);
  await page.getByRole('link', { name: /Update on Employment Services Transformation/ }).click();
  await expect(page).toHaveURL(memos[0].en);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(memos[1].en);
});

test('the September memo shows the French ordinal "1er" in superscript', async ({ page }) => {
  await page.goto(memos[1].fr);
  await expect(page.locator('main sup', { hasText: 'er' }).first()).toBeVisible();
});

test('the home page links to the latest memos', async ({ page }) => {
  await page.goto('/fr/');
  await page.getByRole('link', { name: 'Mise à jour sur le renouvellement des services d’emploi' }).or(
    page.getByRole('link', { name: "Mise à jour sur le renouvellement des services d'emploi" }),
  ).first().click();
  await expect(page).toHaveURL(memos[1].fr);
});

test('a Markdown table in a memo body scrolls inside its own named region on a phone, never the page, and axe stays clean', async ({ page }) => {
  // The body as lib/content/markdown.ts renders it (the published memos have no table yet).
  const wide = 'https://www.example.org/a-very-long-address-that-cannot-wrap-anywhere-at-all';
  const body = await markdownToSafeHtml(`## Calendrier\n\n| Région | Date | Source | Remarque |\n|---|---|---|---|\n| Kingston–Pembroke | 2023-10-01 | ${wide} | ~~prévu~~ confirmé |\n`, { french: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(memos[1].fr);
  await page.locator('main .prose').first().evaluate((prose, html) => prose.insertAdjacentHTML('beforeend', html), body);
  const region = page.getByRole('region', { name: 'Calendrier' });
  await expect(region.locator('table th')).toHaveCount(4);
  await expect(region).toHaveAttribute('tabindex', '0');
  const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
