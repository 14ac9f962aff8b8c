import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { alternatesFor, pathFor } from '@/lib/web/routes';
import { siteUrl } from '@/lib/web/seo';
import { listSitePages } from '@/lib/outputs/site-pages';

export const dynamic = 'force-static';

/** Every indexable page in each language, each listing its other-language alternate. */
export default function sitemap(): MetadataRoute.Sitemap {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return listSitePages().flatMap(({ ref, modified }) => {
    const languages = Object.fromEntries(Object.entries(alternatesFor(ref)).map(([l, p]) => [l, absolute(p)]));
    return locales.map((locale) => ({
      url: absolute(pathFor(ref, locale)),
      lastModified: modified,
      alternates: { languages },
    }));
  });
}
