import { describe, expect, it, vi } from 'vitest';
import { getRegions } from '@/lib/rollout/regions';
import { servedIn } from '@/lib/i18n/params';
import { contentTypes, localeFile, regionFile } from '@/lib/outputs/file-responses';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';

// Outside a Next.js render there is no request to set the locale of.
vi.mock('next-intl/server', () => ({ setRequestLocale: () => undefined }));

/*
 * What every fixed page and route handler shares (lib/i18n/params.ts, lib/web/fixed-pages.ts,
 * lib/outputs/file-responses.ts): the languages a folder serves, its metadata from its namespace,
 * and 404 for a segment the site does not have.
 */
const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

describe('servedIn', () => {
  it('gives the static params of the languages named, in order', () => {
    expect(servedIn('fr')()).toEqual([{ locale: 'fr' }]);
    expect(servedIn('en', 'fr')()).toEqual([{ locale: 'en' }, { locale: 'fr' }]);
  });
});

describe('fixedPageMetadata', () => {
  it('takes the title and description from the namespace, in the language of the URL', async () => {
    const metadata = await fixedPageMetadata({ kind: 'rollout' }, 'RolloutPage')(params({ locale: 'fr' }));
    expect(String(metadata.title)).toContain(fr.RolloutPage.title);
    expect(metadata.description).toBe(fr.RolloutPage.intro);
    expect(metadata.robots).toBeUndefined();
  });

  it('keeps a noindex page out of search engines and announces the feeds it is given', async () => {
    const search = await fixedPageMetadata({ kind: 'search' }, 'SearchPage', { noindex: true })(params({ locale: 'en' }));
    expect(search.robots).toEqual({ index: false, follow: true });
    const withFeed = await fixedPageMetadata({ kind: 'whatsNew' }, 'WhatsNewPage', { feeds: (locale) => [{ url: `/${locale}/x.xml`, title: 'X' }] })(params({ locale: 'en' }));
    expect(JSON.stringify(withFeed.alternates)).toContain('/en/x.xml');
    expect(String(withFeed.title)).toContain(en.WhatsNewPage.title);
  });
});

describe('localeFile and regionFile', () => {
  it('serve the body of the language with its content type, and 404 for another segment', async () => {
    const get = localeFile(contentTypes.atom, (locale) => `feed in ${locale}`);
    const ok = await get(new Request('http://localhost/fr/feed.xml'), params({ locale: 'fr' }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect(await ok.text()).toBe('feed in fr');
    expect((await get(new Request('http://localhost/de/feed.xml'), params({ locale: 'de' }))).status).toBe(404);
  });

  it('find the region by its slug in the language of the URL, and 404 for an unknown one', async () => {
    const region = getRegions()[0];
    const get = regionFile(contentTypes.calendar, (found, locale) => `${found.names[locale]} (${locale})`);
    const ok = await get(new Request('http://localhost/'), params({ locale: 'en', region: region.slugs.en }));
    expect(ok.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(await ok.text()).toBe(`${region.names.en} (en)`);
    expect((await get(new Request('http://localhost/'), params({ locale: 'en', region: 'atlantis' }))).status).toBe(404);
  });
});
