import type { MetadataRoute } from 'next';
import { withBasePath } from '@/lib/web/routes';
import { siteUrl } from '@/lib/web/seo';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: withBasePath('/') },
    sitemap: new URL(withBasePath('/sitemap.xml'), siteUrl).href,
  };
}
