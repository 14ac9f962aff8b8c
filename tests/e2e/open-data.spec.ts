import { expect, test } from '@playwright/test';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { regionPages } from './site';

/**
 * The open data (/data/) as a partner gets it: linked from the open data page and the rollout
 * page, served with its content types, and saying for every region what the region's page says
 * — stage, service system manager, periods and the start of integrated services, their states
 * and their sources. Runs on the test build (as of 2026-12-07).
 */

const locales = ['en', 'fr'] as const;
const messages = { en, fr };
const pages = { en: '/en/open-data/', fr: '/fr/donnees-ouvertes/' };
const tables = ['regions', 'statements', 'sources'] as const;

type RegionRow = Record<string, string | string[] | null> & { id: string; page_en: string; page_fr: string };

/** The region columns that restate one timeline entry of the region page. */
const entryColumns = {
  'planning-period': 'planning',
  'transition-period': 'transition',
  'planning-and-transition': 'planning_and_transition',
  'integrated-services-launch': 'integrated_services_start',
} as const;

for (const locale of locales) {
  test(`the open data page (${locale}) links the nine files, each served with its content type`, async ({ page, request }) => {
    await page.goto(pages[locale]);
    const links = page.getByTestId('open-data-file');
    await expect(links).toHaveCount(9);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const type = response.headers()['content-type'];
      if (href.endsWith('.csv')) {
        expect(type, href).toBe('text/csv; charset=utf-8');
        expect((await response.body()).subarray(0, 3).toString('hex'), `${href} starts with a UTF-8 byte order mark`).toBe('efbbbf');
      } else {
        expect(type, href).toBe('application/json; charset=utf-8');
        const json = await response.json();
        // A data file names its schema; a schema names itself (its $id) and its draft.
        if (href.endsWith('.schema.json')) {
          expect(new URL(json.$id).pathname).toBe(href);
          expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        } else {
          expect(new URL(json.$schema).pathname).toBe(href.replace(/\.json$/, '.schema.json'));
        }
      }
    }
  });

  test(`the open data page (${locale}) describes every column of each CSV file, its as-of day, and the terms of reuse`, async ({ page, request }) => {
    await page.goto(pages[locale]);
    for (const table of tables) {
      const header = (await (await request.get(`/data/${table}.csv`)).text()).replace(/^\ufeff/, '').split('\r\n')[0].split(',');
      const described = await page.getByTestId(`columns-${table}`).locator('dt').allTextContents();
      expect(described, table).toEqual(header);
    }
    const { as_of: asOf } = await (await request.get('/data/regions.json')).json();
    await expect(page.getByTestId('as-of').locator('time')).toHaveAttribute('datetime', asOf);
    await expect(page.locator('#reuse ~ p').first()).toHaveText(messages[locale].OpenDataPage.reuse);
  });

  test(`the rollout page (${locale}) links the open data page`, async ({ page }) => {
    await page.goto(locale === 'en' ? '/en/rollout/' : '/fr/deploiement/');
    await page.getByTestId('open-data-link').getByRole('link').click();
    await expect(page).toHaveURL(pages[locale]);
    await expect(page.locator('h1')).toHaveText(messages[locale].OpenDataPage.title);
  });
}

for (const locale of locales) {
  test(`every ${locale} region page says what regions.json says: stage, service system manager, dates, states and sources`, async ({ page, request }) => {
    const regions: RegionRow[] = (await (await request.get('/data/regions.json')).json()).regions;
    expect(regions).toHaveLength(15);
    const paths = regions.map((r) => new URL(r[`page_${locale}`] as string).pathname);
    expect(paths.sort()).toEqual(regionPages(locale));
    for (const row of regions) {
      const url = new URL(row[`page_${locale}`] as string).pathname;
      await page.goto(url);
      await expect(page.getByTestId('region-stage'), `${row.id} stage`).toHaveText(row[`stage_${locale}`] as string);

      const ssm = page.getByTestId('ssm');
      const lead = row[`ssm_lead_${locale}`];
      if (lead) {
        await expect(ssm.locator('dd').first(), `${row.id} SSM`).toHaveText(lead as string);
        expect(await ssm.locator('dd li').allTextContents(), `${row.id} partners`).toEqual(row[`ssm_partners_${locale}`]);
      } else {
        await expect(ssm, `${row.id} SSM`).toHaveText(messages[locale].RegionPage.notAnnounced);
      }

      for (const [milestone, prefix] of Object.entries(entryColumns)) {
        const entry = page.locator(`[data-milestone="${milestone}"]`);
        const state = row[`${prefix}_state`];
        if (state === null) {
          await expect(entry, `${row.id} ${milestone} is not on its page`).toHaveCount(0);
          continue;
        }
        await expect(entry, `${row.id} ${milestone}`).toHaveAttribute('data-state', state as string);
        const shown = await entry.getByTestId('entry-when').locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
        const dates = prefix === 'integrated_services_start' ? [row[prefix]] : [row[`${prefix}_start`], row[`${prefix}_end`]];
        expect(shown, `${row.id} ${milestone} dates`).toEqual(dates.filter((d) => d !== null));
        // The file cites the sources of the dates: the page's statements that give a date (all of them when none does).
        const lines = await entry.getByTestId('entry-sources').getByTestId('statement').evaluateAll((items) =>
          items.map((l) => ({ id: l.getAttribute('data-source-id'), dated: l.querySelector('p time') !== null })),
        );
        const dated = lines.filter((l) => l.dated);
        expect(new Set((dated.length > 0 ? dated : lines).map((l) => l.id)), `${row.id} ${milestone} sources`).toEqual(new Set(row[`${prefix}_sources`]));
      }
    }
  });
}
