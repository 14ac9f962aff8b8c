import type { AdministrativeArea, Article, BreadcrumbList, Organization, Thing, WebPage, WithContext } from 'schema-dts';
import type { MemoView } from '../content/documents';
import type { RegionView } from '../rollout/regions';
import type { IsoDay } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { messages } from '../i18n/messages';
import { httpUrl, plainTextDeep } from '../core/plain-text';
import { type PageRef, pathFor } from '../web/routes';
import { siteUrl } from '../web/seo';

/** schema.org data (JSON-LD) for search engines: memos as Articles, regions as WebPages. */

const absolute = (path: string) => new URL(path, siteUrl).href;

/**
 * The text of a JSON-LD script: every string through plainText (no control or
 * bidirectional-override character reaches the JSON), and "<" escaped so content can never
 * close the script.
 */
export function jsonLdText(data: WithContext<Thing>): string {
  return JSON.stringify(plainTextDeep(data)).replace(/</g, '\\u003c');
}

function publisher(locale: Locale): Organization {
  return { '@type': 'Organization', name: messages[locale].Site.name, url: absolute(pathFor({ kind: 'home' }, locale)) };
}

export function breadcrumbData(trail: { name: string; page: PageRef }[], locale: Locale): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absolute(pathFor(crumb.page, locale)),
    })),
  };
}

export function memoStructuredData(memo: MemoView, modified: IsoDay, breadcrumb: BreadcrumbList): WithContext<Article> {
  const url = absolute(pathFor(memo.ref, memo.locale));
  const originals = memo.originalDocuments.flatMap((d) => httpUrl(d.url) ?? []);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: memo.title,
    description: memo.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url, breadcrumb },
    inLanguage: memo.locale,
    datePublished: memo.date,
    dateModified: modified,
    author: { '@type': 'Person', name: memo.sender.name, jobTitle: memo.sender.role, worksFor: { '@type': 'Organization', name: memo.sender.division } },
    publisher: publisher(memo.locale),
    // Only the memo's own original: addresses printed inside it are not what it is based on.
    ...(originals.length > 0 ? { isBasedOn: originals } : {}),
    ...(memo.isSiteTranslation
      ? { translationOfWork: { '@type': 'CreativeWork', url: absolute(pathFor(memo.ref, memo.originalLanguage)), inLanguage: memo.originalLanguage } }
      : {}),
  };
}

export function regionStructuredData(region: RegionView, locale: Locale, description: string, modified: IsoDay | undefined, breadcrumb: BreadcrumbList): WithContext<WebPage> {
  const about: AdministrativeArea = { '@type': 'AdministrativeArea', name: region.names[locale], containedInPlace: { '@type': 'AdministrativeArea', name: 'Ontario' } };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: region.names[locale],
    description,
    url: absolute(pathFor(region.ref, locale)),
    inLanguage: locale,
    ...(modified ? { dateModified: modified } : {}),
    about,
    publisher: publisher(locale),
    breadcrumb,
  };
}
