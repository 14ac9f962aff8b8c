import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { alternatesFor, calendarPath, feedPath, pathFor, sectionSlugs } from '@/lib/web/routes';

const memo = { kind: 'memo', slugs: { en: 'est-update-september-2022', fr: 'rse-septembre-2022' } } as const;

describe('pathFor', () => {
  it('puts the language first and ends with a slash, as the static export writes folders', () => {
    expect(pathFor({ kind: 'home' }, 'fr')).toBe('/fr/');
  });
  it('names the memo section in the language of the URL', () => {
    expect(pathFor({ kind: 'memoIndex' }, 'en')).toBe('/en/memos/');
    expect(pathFor({ kind: 'memoIndex' }, 'fr')).toBe('/fr/notes-de-service/');
  });
  it("uses each language's own slug for a memo", () => {
    expect(pathFor(memo, 'en')).toBe('/en/memos/est-update-september-2022/');
    expect(pathFor(memo, 'fr')).toBe('/fr/notes-de-service/rse-septembre-2022/');
  });
  it('serves standalone pages at the top of each language', () => {
    expect(pathFor({ kind: 'page', slugs: { en: 'about', fr: 'a-propos' } }, 'fr')).toBe('/fr/a-propos/');
  });
});

describe('alternatesFor', () => {
  it('gives the same page in both languages', () => {
    expect(alternatesFor(memo)).toEqual({
      en: '/en/memos/est-update-september-2022/',
      fr: '/fr/notes-de-service/rse-septembre-2022/',
    });
  });
});

describe('feed and calendar paths', () => {
  const york = { kind: 'region', slugs: { en: 'york', fr: 'york' } } as const;
  it('puts the site feed at the top of each language', () => {
    expect(feedPath({ kind: 'site' }, 'fr')).toBe('/fr/feed.xml');
  });
  it('puts a region feed and calendar beside its page', () => {
    expect(feedPath(york, 'en')).toBe('/en/regions/york/feed.xml');
    expect(calendarPath(york, 'fr')).toBe('/fr/regions/york/calendar.ics');
  });
  it('puts the province calendar beside the rollout page, under its French name in French', () => {
    expect(calendarPath({ kind: 'province' }, 'fr')).toBe('/fr/deploiement/calendar.ics');
  });
});

describe('the route folders (app/[locale]/)', () => {
  // A static export has no middleware to map /fr/notes-de-service/ onto /memos: each section's
  // path in each language is a folder of its own (lib/i18n/routing.ts).
  const localeFolder = path.join(__dirname, '../../app/[locale]');
  const folders = fs.readdirSync(localeFolder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('holds one folder per section and language, named as the routing names the section', () => {
    for (const [section, slugs] of Object.entries(sectionSlugs)) {
      for (const locale of locales) expect(folders, `${section} in ${locale}`).toContain(slugs[locale]);
    }
  });

  it('holds no other static folder than the sections and the site feed', () => {
    const sections = new Set(Object.values(sectionSlugs).flatMap((slugs) => locales.map((l) => slugs[l])));
    expect(folders.filter((f) => !f.startsWith('[') && !sections.has(f) && f !== 'feed.xml')).toEqual([]);
  });

  it('gives the twin folders of a section the same routes', () => {
    for (const slugs of Object.values(sectionSlugs)) {
      if (slugs.en === slugs.fr) continue;
      const pages = (slug: string) => fs.readdirSync(path.join(localeFolder, slug), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(tsx?|ts)$/.test(f)).sort();
      expect(pages(slugs.fr), slugs.fr).toEqual(pages(slugs.en));
    }
  });
});
