import type { Metadata } from 'next';
import { type Locale, locales } from './i18n/locales';
import { alternatesFor, languageChoicePath, type PageRef, pathFor } from './routes';

/** Absolute origin of the deployed site; canonical and alternate URLs are built on it. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** Title, description, canonical URL and hreflang alternates (en, fr, x-default) of a page. */
export function pageMetadata({
  locale,
  page,
  title,
  description,
}: {
  locale: Locale;
  page: PageRef;
  title: string;
  description: string;
}): Metadata {
  const alternates = alternatesFor(page);
  return {
    metadataBase: siteUrl,
    title,
    description,
    alternates: {
      canonical: pathFor(page, locale),
      languages: {
        ...Object.fromEntries(locales.map((l) => [`${l}-CA`, alternates[l]])),
        'x-default': languageChoicePath,
      },
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
