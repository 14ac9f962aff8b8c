import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { expectedRegions, type ExpectedRegion } from '../fact-check/expected';

/**
 * The fact-check: for each of the 15 regions, in both languages, what a partner would check —
 * stage, service system manager, each milestone's date, state and sources — against facts
 * written by hand from the sources (tests/fact-check/expected.ts); then the rollout table, the
 * regions index, the feeds and the calendars agreeing with the pages; then how sources are
 * cited. Runs on the test build (as of 2026-12-07).
 */

const locales = ['en', 'fr'] as const;
type Locale = (typeof locales)[number];
const messages = { en, fr };
const pagePath = (region: ExpectedRegion, locale: Locale) => `/${locale}/regions/${region.slug[locale]}/`;
const entry = (page: Page, milestone: string) => page.locator(`[data-milestone="${milestone}"]`);
const doneStates = new Set(['done', 'in-progress']);
/** " (latest dated source: March 2023)", as the stage shows it. */
const evidence = (region: ExpectedRegion, locale: Locale) => ` (${messages[locale].RegionStage.latestSource.replace('{date}', region.latestDatedSource.month[locale])})`;
/** The sources a table cell or the open data cites for an entry's dates. */
const dateSourcesOf = (entry: ExpectedRegion['entries'][string]) => entry.dateSources ?? entry.sources;
const marksIn = (cell: ReturnType<Page['locator']>) => cell.getByTestId('source-marks').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-source-id')));

for (const region of expectedRegions) {
  for (const locale of locales) {
    test(`fact-check: ${region.id} (${locale}) states its stage, SSM and every milestone as its sources do`, async ({ page }) => {
      await page.goto(pagePath(region, locale));
      await expect(page.getByTestId('region-stage')).toHaveText(region.stage[locale]);
      // The newest dated source is more than a year old on the as-of day: the stage says so.
      await expect(page.getByTestId('region-facts').getByTestId('stage-evidence')).toHaveText(evidence(region, locale));

      const ssm = page.getByTestId('ssm');
      if (region.ssm) {
        await expect(ssm.locator('dd').first()).toHaveText(region.ssm.lead[locale]);
        if (locale === 'en') {
          const partners = await ssm.locator('dd li').allTextContents();
          expect(partners).toEqual(region.ssm.partners ?? []);
        }
        await expect(page.getByTestId('ssm-sources').getByRole('link')).not.toHaveCount(0);
      } else {
        await expect(ssm).toContainText(locale === 'en' ? 'Not announced' : 'Non annoncé');
      }

      const shown = await page.locator('[data-milestone]').evaluateAll((items) => items.map((i) => i.getAttribute('data-milestone')));
      expect(shown.sort(), 'the timeline has exactly the expected entries').toEqual(Object.keys(region.entries).sort());
      for (const milestone of region.absent) await expect(entry(page, milestone)).toHaveCount(0);

      for (const [milestone, expected] of Object.entries(region.entries)) {
        const item = entry(page, milestone);
        await expect(item.getByTestId('entry-when'), `${milestone} date`).toHaveText(expected.when[locale]);
        await expect(item, `${milestone} state`).toHaveAttribute('data-state', expected.state);
        await expect(item.getByTestId('entry-state')).toContainText(messages[locale].EntryStates[expected.state]);
        const sources = await item.getByTestId('entry-sources').getByTestId('statement').evaluateAll((lines) => lines.map((l) => l.getAttribute('data-source-id')));
        expect(new Set(sources), `${milestone} sources`).toEqual(new Set(expected.sources));
      }
    });
  }
}

for (const locale of locales) {
  const rolloutPath = locale === 'en' ? '/en/rollout/' : '/fr/deploiement/';

  test(`fact-check: the rollout table (${locale}) agrees with the region pages and cites a source in every filled cell`, async ({ page }) => {
    await page.goto(rolloutPath);
    const table = page.getByTestId('rollout-table');
    for (const region of expectedRegions) {
      const row = table.locator('tbody tr').filter({ has: page.locator(`a[href="${pagePath(region, locale)}"]`) });
      await expect(row).toHaveCount(1);
      const cells = row.locator('td');
      await expect(cells.nth(3)).toContainText(region.stage[locale]);
      await expect(cells.nth(3).getByTestId('stage-evidence')).toHaveText(evidence(region, locale));
      const launch = region.entries['integrated-services-launch'];
      if (launch) {
        await expect(cells.nth(2)).toContainText(launch.when[locale]);
        expect(new Set(await marksIn(cells.nth(2))), `${region.id} launch cites the sources of its date`).toEqual(new Set(dateSourcesOf(launch)));
      }
      // The planning and transition cell cites only the statements that give its dates.
      const entriesOf = (milestones: string[]) => milestones.flatMap((m) => (region.entries[m] ? [region.entries[m]] : []));
      const separate = entriesOf(['planning-period', 'transition-period']);
      const shownPeriods = separate.length > 0 ? separate : entriesOf(['planning-and-transition']);
      if (shownPeriods.length > 0) {
        expect(new Set(await marksIn(cells.nth(1))), `${region.id} periods cite the sources of their dates`).toEqual(new Set(shownPeriods.flatMap(dateSourcesOf)));
      }
      const notAnnounced = messages[locale].RolloutPage.notAnnounced;
      for (let i = 0; i < 4; i += 1) {
        const text = (await cells.nth(i).textContent()) ?? '';
        if (text.trim() !== notAnnounced && !text.includes(messages[locale].Stages['not-started'])) {
          await expect(cells.nth(i).getByTestId('source-marks').first(), `${region.id} cell ${i} cites a source`).toBeVisible();
        }
      }
    }
    await expect(page.getByTestId('cited-sources').locator('li')).not.toHaveCount(0);
  });

  test(`fact-check: the regions index (${locale}) names each SSM and stage as the region pages do, with sources`, async ({ page }) => {
    await page.goto(`/${locale}/regions/`);
    for (const region of expectedRegions) {
      const row = page.locator('tbody tr').filter({ has: page.locator(`a[href="${pagePath(region, locale)}"]`) });
      await expect(row.locator('td').nth(0)).toContainText(region.ssm ? region.ssm.lead[locale] : messages[locale].RegionIndexPage.notAnnounced);
      if (region.ssm) await expect(row.locator('td').nth(0).getByTestId('source-marks')).toBeVisible();
      await expect(row.locator('td').nth(1)).toContainText(region.stage[locale]);
      await expect(row.locator('td').nth(1).getByTestId('source-marks')).toBeVisible();
      await expect(row.locator('td').nth(1).getByTestId('stage-evidence')).toHaveText(evidence(region, locale));
    }
  });

  test(`fact-check: each region feed (${locale}) has an entry for every source the page cites`, async ({ request }) => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
    for (const region of expectedRegions) {
      const response = await request.get(`${pagePath(region, locale)}feed.xml`);
      expect(response.status()).toBe(200);
      const { feed } = xml.parse(await response.text());
      const entries: { id: string; updated: string }[] = [feed.entry].flat();
      const cited = new Set(Object.values(region.entries).flatMap((e) => e.sources));
      for (const id of cited) {
        const entry = entries.find((e) => e.id.endsWith(`-${id}`));
        expect(entry, `${region.id} feed cites ${id}`).toBeDefined();
        // Dated by the day this site published the source, so a reader sees a new item as new.
        expect(entry!.updated.slice(0, 10), `${region.id} feed entry of ${id}`).toBe(sitePublication(id));
      }
    }
  });

  test(`fact-check: each region calendar (${locale}) gives the page's dates, and only confirmed events are CONFIRMED`, async ({ request }) => {
    for (const region of expectedRegions) {
      const response = await request.get(`${pagePath(region, locale)}calendar.ics`);
      const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      for (const [milestone, expected] of Object.entries(region.entries)) {
        const label = messages[locale].Milestones[milestone as keyof typeof en.Milestones];
        const event = events.find((e) => e.summary.endsWith(label));
        if (expected.when.en === 'date not given') {
          expect(event, `${region.id} ${milestone} has no date, so no event`).toBeUndefined();
          continue;
        }
        // "By the end of 2023", "by 2025": a deadline is not a day, so it is no event.
        if (/^by /.test(expected.when.en)) {
          expect(event, `${region.id} ${milestone} is a deadline, so no event`).toBeUndefined();
          continue;
        }
        expect(event, `${region.id} ${milestone} event`).toBeDefined();
        const colon = locale === 'fr' ? '\u00a0: ' : ': ';
        expect(event!.description).toContain(`${expected.when[locale]}${colon}${messages[locale].EntryStates[expected.state]}`);
        expect(event!.component.getFirstPropertyValue('status')).toBe(doneStates.has(expected.state) ? 'CONFIRMED' : 'TENTATIVE');
      }
    }
  });
}

/* How sources are cited: publisher, title as published, its own date (or "no date given" and the consulted day apart). */

type ReferenceFile = { title?: string | { en: string; fr: string }; description?: { en: string; fr: string }; publisher: { en: string; fr: string }; url: string | { en: string; fr: string }; published?: string | number; consulted?: string; publishedOnSite: string };
const referencesDir = path.join(__dirname, '../../content/references');
const references = fs.readdirSync(referencesDir).map((file) => ({ id: file.replace(/\.yaml$/, ''), ...(parseYaml(fs.readFileSync(path.join(referencesDir, file), 'utf8')) as ReferenceFile) }));
const memosDir = path.join(__dirname, '../../content/memos');
/** The day this site published a source (a memo folder or a reference file), as its file says. */
function sitePublication(id: string): string {
  const reference = references.find((r) => r.id === id);
  if (reference) return String(reference.publishedOnSite);
  // A memo's facts are at the end of the front matter of its French text.
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(memosDir, id, 'index.fr.md'), 'utf8'))![1]!;
  return String((parseYaml(frontMatter) as { publishedOnSite: string }).publishedOnSite);
}
/** Page text and file text compared without the French spacing the site adds before « : ; ! ? ». */
const loose = (text: string) => text.replace(/\s+/g, ' ').replace(/ ([:;!?»])/g, '$1').replace(/« /g, '«');

for (const locale of locales) {
  test(`every source cited on the ${locale} region pages shows its publisher, its title as published and its own date`, async ({ page }) => {
    const quote = (t: string) => (locale === 'en' ? `“${t}”` : `«\u00a0${t}\u00a0»`);
    for (const region of expectedRegions) {
      await page.goto(pagePath(region, locale));
      for (const item of await page.getByTestId('cited-sources').locator('li').all()) {
        const href = (await item.getByTestId('source-link').getAttribute('href')) ?? '';
        const text = loose((await item.textContent()) ?? '');
        if (href.startsWith('/')) continue; // memos of this site: their header is checked in memos.spec.ts
        const reference = references.find((r) => (typeof r.url === 'string' ? r.url === href : r.url[locale] === href));
        expect(reference, `${href} is a reference file's URL`).toBeDefined();
        const title = typeof reference!.title === 'string' ? reference!.title : reference!.title?.[locale];
        expect(text).toContain(loose(title ? quote(title) : `[${reference!.description![locale]}]`));
        expect(text).toContain(loose(reference!.publisher[locale]));
        const noDate = locale === 'en' ? 'no date given' : 'aucune date indiquée';
        if (reference!.published === undefined) expect(text).toContain(noDate);
        else {
          expect(text).not.toContain(noDate);
          expect(text).toContain(String(reference!.published).slice(0, 4));
        }
        if (reference!.consulted) expect(text).toMatch(locale === 'en' ? /\(consulted [^)]+\)/ : /\(consulté le [^)]+\)/);
      }
    }
  });
}

/* Language: French sentences give names their article; English pages use one date style. */

const outDir = path.join(__dirname, '../../out');
const pagesIn = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? pagesIn(path.join(dir, d.name)) : d.name === 'index.html' ? [path.join(dir, d.name)] : []));
const visibleText = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;|\u00a0|\u202f/g, ' ')
    .replace(/&#x27;|&#39;/g, '’')
    .replace(/\s+/g, ' ');

test('no French page names a region or county without the article French needs after de, pour, à, avec, sur or dans', () => {
  const names = ['Nord-Est', 'Nord-Ouest', 'Péninsule', 'Comté', 'comté'];
  const bare = new RegExp(`\\b(?:de|pour|à|avec|sur|dans|Calendrier des étapes|Fil d’actualité \\(Atom\\)) (?:${names.join('|')})\\b|\\bde (?=Ottawa)`, 'g');
  const pages = pagesIn(path.join(outDir, 'fr'));
  expect(pages.length).toBeGreaterThan(20);
  const found = pages.flatMap((file) => [...visibleText(file).matchAll(bare)].map((m) => `${path.relative(outDir, file)}: …${m[0]}…`));
  expect(found).toEqual([]);
});

test('the English pages write every full date one way ("September 22, 2022")', () => {
  const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
  const dayFirst = new RegExp(`\\b\\d{1,2} (?:${months}) \\d{4}\\b`, 'g');
  const pages = pagesIn(path.join(outDir, 'en'));
  const found = pages.flatMap((file) => [...visibleText(file).matchAll(dayFirst)].map((m) => `${path.relative(outDir, file)}: ${m[0]}`));
  expect(found).toEqual([]);
});

test('the pages the site composes (regions, rollout) never write "time line", nor "announced as planned" beside a date', () => {
  // Memo bodies are the ministry's words (the March 2022 memo itself says "as planned"); the site's own words are checked.
  const pages = [...pagesIn(path.join(outDir, 'en/regions')), ...pagesIn(path.join(outDir, 'en/rollout'))];
  expect(pages.length).toBe(17);
  expect(pages.filter((file) => /time line|announced as planned/i.test(visibleText(file)))).toEqual([]);
});

/* "Date modified" is the latest change to what a page shows; the about page says only what is true. */

test('fact-check: each region page’s "Date modified" is the day its latest source was published on this site or the page was corrected', async ({ page }) => {
  const expected: Record<string, string> = {
    // Given the ministry's memo of 13 March 2024 as a new source on 6 December 2026.
    '/en/regions/toronto/': '2026-12-06',
    '/fr/regions/nord-est/': '2026-12-06',
    '/en/regions/northwest/': '2026-12-06',
    '/fr/regions/nord-ouest/': '2026-12-06',
    // Corrected on 2 December 2026, or given a new source that day.
    '/fr/regions/york/': '2026-12-02',
    // Untouched since the release and the places were published, on 24 November 2026.
    '/en/regions/peel/': '2026-11-24',
    '/fr/regions/durham/': '2026-11-24',
  };
  for (const [url, day] of Object.entries(expected)) {
    await page.goto(url);
    await expect(page.getByTestId('date-modified').locator('time'), url).toHaveAttribute('datetime', day);
  }
  await page.goto('/en/regions/northwest/');
  await expect(page.getByTestId('change-history')).toContainText('Thunder Bay and Kenora');
});

for (const locale of locales) {
  test(`fact-check: the ${locale} about page names bracketed descriptions as such, and sources without a date`, async ({ page }) => {
    await page.goto(locale === 'en' ? '/en/about/' : '/fr/a-propos/');
    const main = page.locator('main');
    await expect(main).toContainText(locale === 'en' ? 'square brackets' : 'crochets');
    await expect(main).toContainText(locale === 'en' ? 'no date given' : 'aucune date indiquée');
  });
}
