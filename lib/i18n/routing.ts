import { defineRouting } from 'next-intl/routing';

/**
 * The site's languages and its sections' paths in each, declared once, as next-intl's App Router
 * documentation declares routing. Every URL has its language first (/en/…, /fr/…); the language
 * choice at / is a page of its own. A static export has no middleware to map a localized path onto
 * one route, so each French path is also a twin folder under app/[locale]/ (next-intl: "localized
 * pathnames" need a server); tests/unit/routes.test.ts ties the folders to these paths.
 */
export const routing = defineRouting({
  locales: ['en', 'fr'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // Readable in their language; never change them once published.
  pathnames: {
    '/memos': { en: '/memos', fr: '/notes-de-service' },
    '/regions': { en: '/regions', fr: '/regions' },
    '/rollout': { en: '/rollout', fr: '/deploiement' },
    '/search': { en: '/search', fr: '/recherche' },
    '/find-your-region': { en: '/find-your-region', fr: '/trouver-votre-region' },
    '/open-data': { en: '/open-data', fr: '/donnees-ouvertes' },
    '/whats-new': { en: '/whats-new', fr: '/quoi-de-neuf' },
  },
});
