import type { Metadata } from 'next';
import { type Locale, locales } from '../i18n/locales';
import { messages } from '../i18n/messages';
import { alternatesFor, feedPath, languageChoicePath, type PageRef, pathFor } from './routes';

/** Absolute origin of the deployed site; canonical and alternate URLs are built on it. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
/**
 * What Next.js resolves metadata paths against: the origin alone, since the paths it is given
 * (lib/web/routes.ts) already start with the base path, and it would add SITE_URL's path again.
 */
export const metadataBase = new URL(siteUrl.origin);

/** Title, description, canonical URL and hreflang alternates (en, fr, x-default) of a page. */
export function pageMetadata({
  locale,
  page,
  title,
  description,
  feeds = [],
}: {
  locale: Locale;
  page: PageRef;
  title: string;
  description: string;
  /** Atom feeds to announce besides the site feed (autodiscovery). */
  feeds?: { url: string; title: string }[];
}): Metadata {
  const alternates = alternatesFor(page);
  const siteFeed = { url: feedPath({ kind: 'site' }, locale), title: messages[locale].Metadata.siteFeed };
  return {
    metadataBase,
    title,
    description,
    alternates: {
      canonical: pathFor(page, locale),
      languages: {
        ...Object.fromEntries(locales.map((l) => [l, alternates[l]])),
        'x-default': languageChoicePath,
      },
      types: { 'application/atom+xml': [siteFeed, ...feeds] },
    },
    openGraph: {
      title,
      description,
      url: pathFor(page, locale),
      locale: `${locale}_CA`,
      alternateLocale: locales.filter((l) => l !== locale).map((l) => `${l}_CA`),
      type: page.kind === 'memo' ? 'article' : 'website',
    },
  };
}
