import { type Locale, locales } from '../i18n/locales';
import { routing } from '../i18n/routing';

/**
 * The one place that knows every page's URL in each language. The language toggle,
 * hreflang alternates, canonical URLs and the sitemap all ask this module.
 */

/**
 * The path the site lives under, from SITE_URL: '' for https://example.org/, '/rollout' for a
 * project site such as https://ministry.github.io/rollout/. Every URL this module gives starts
 * with it; content and tests write paths without it (/en/memos/), and withBasePath adds it.
 */
export const basePath = basePathOf(process.env.SITE_URL);

export function basePathOf(siteUrl: string | undefined): string {
  if (!siteUrl) return '';
  try {
    return new URL(siteUrl).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** A site path as published: /en/ → /rollout/en/ under a base path. */
export const withBasePath = (path: string): string => (path.startsWith('/') && !path.startsWith('//') ? `${basePath}${path}` : path);

/** A published path as content and tests write it: /rollout/en/ → /en/. */
export const withoutBasePath = (path: string): string => (basePath && (path === basePath || path.startsWith(`${basePath}/`)) ? path.slice(basePath.length) || '/' : path);

/** Root-relative links in a body's HTML (href="/fr/…", as the sanitizer writes them) under the base path. */
export const bodyLinksWithBasePath = (html: string): string => (basePath ? html.replace(/(\shref=")\/(?!\/)/g, `$1${basePath}/`) : html);

const section = (pathname: keyof typeof routing.pathnames): Record<Locale, string> =>
  Object.fromEntries(locales.map((l) => [l, routing.pathnames[pathname][l].slice(1)])) as Record<Locale, string>;

/** Each section's folder name in each language, from the routing (lib/i18n/routing.ts). */
export const sectionSlugs = {
  memos: section('/memos'),
  regions: section('/regions'),
  rollout: section('/rollout'),
  search: section('/search'),
  placeFinder: section('/find-your-region'),
  openData: section('/open-data'),
  whatsNew: section('/whats-new'),
};

export type LocalizedSlugs = Record<Locale, string>;

export type PageRef =
  | { kind: 'home' }
  | { kind: 'memoIndex' }
  | { kind: 'memo'; slugs: LocalizedSlugs }
  | { kind: 'page'; slugs: LocalizedSlugs }
  | { kind: 'regionIndex' }
  | { kind: 'region'; slugs: LocalizedSlugs }
  | { kind: 'rollout' }
  | { kind: 'search' }
  /** Every census division and urban centre, A to Z, each with its region. */
  | { kind: 'placeFinder' }
  | { kind: 'openData' }
  | { kind: 'whatsNew' };

/** Pages that exist whatever the content says (the content check links to them too). */
export const fixedPages = [
  { kind: 'home' },
  { kind: 'memoIndex' },
  { kind: 'regionIndex' },
  { kind: 'rollout' },
  { kind: 'search' },
  { kind: 'placeFinder' },
  { kind: 'openData' },
  { kind: 'whatsNew' },
] as const satisfies readonly PageRef[];

/** The URL of a content page in one language, from its slug in that language alone. */
export function pathForSlug(kind: 'memo' | 'page' | 'region', slug: string, locale: Locale): string {
  return pathFor({ kind, slugs: Object.fromEntries(locales.map((l) => [l, slug])) as LocalizedSlugs }, locale);
}

/** Root-relative URL of a page in one language, with the trailing slash the export uses (and the base path). */
export function pathFor(page: PageRef, locale: Locale): string {
  return withBasePath(sitePathFor(page, locale));
}

function sitePathFor(page: PageRef, locale: Locale): string {
  switch (page.kind) {
    case 'home':
      return `/${locale}/`;
    case 'memoIndex':
      return `/${locale}/${sectionSlugs.memos[locale]}/`;
    case 'memo':
      return `/${locale}/${sectionSlugs.memos[locale]}/${page.slugs[locale]}/`;
    case 'page':
      return `/${locale}/${page.slugs[locale]}/`;
    case 'regionIndex':
      return `/${locale}/${sectionSlugs.regions[locale]}/`;
    case 'region':
      return `/${locale}/${sectionSlugs.regions[locale]}/${page.slugs[locale]}/`;
    case 'rollout':
      return `/${locale}/${sectionSlugs.rollout[locale]}/`;
    case 'search':
      return `/${locale}/${sectionSlugs.search[locale]}/`;
    case 'placeFinder':
      return `/${locale}/${sectionSlugs.placeFinder[locale]}/`;
    case 'openData':
      return `/${locale}/${sectionSlugs.openData[locale]}/`;
    case 'whatsNew':
      return `/${locale}/${sectionSlugs.whatsNew[locale]}/`;
  }
}

/* Open data: language-neutral files (both languages inside), described by the open data page. */

/** A file of the open data (regions.json, regions.csv, regions.schema.json …), in /data/. */
export function dataFilePath(name: string): string {
  return withBasePath(`/data/${name}`);
}

/* Feeds and calendars: files beside the page they follow. */

/** The Atom feed of the whole site (new memos, change notes), of every change (what's new) or of one region. */
export function feedPath(scope: { kind: 'site' } | { kind: 'whatsNew' } | { kind: 'region'; slugs: LocalizedSlugs }, locale: Locale): string {
  if (scope.kind === 'site') return withBasePath(`/${locale}/feed.xml`);
  return `${pathFor(scope.kind === 'whatsNew' ? scope : { kind: 'region', slugs: scope.slugs }, locale)}feed.xml`;
}

/** The iCalendar file of one region's milestones, or of the whole province. */
export function calendarPath(scope: { kind: 'province' } | { kind: 'region'; slugs: LocalizedSlugs }, locale: Locale): string {
  const page: PageRef = scope.kind === 'province' ? { kind: 'rollout' } : { kind: 'region', slugs: scope.slugs };
  return `${pathFor(page, locale)}calendar.ics`;
}

/** The same page in every language, keyed by locale. */
export function alternatesFor(page: PageRef): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, pathFor(page, l)])) as Record<Locale, string>;
}

/** The bilingual language-choice page, the x-default alternate of every page. */
export const languageChoicePath = withBasePath('/');
