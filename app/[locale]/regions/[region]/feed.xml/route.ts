import { getRegionBySlug } from '@/lib/content';
import { buildRegionFeed } from '@/lib/feeds';
import { isLocale } from '@/lib/i18n/locales';
import { generateStaticParams } from '../page';

/* /<locale>/regions/<slug>/feed.xml: a region's memos and timeline updates. */

export { generateStaticParams };
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; region: string }> }) {
  const { locale, region: slug } = await params;
  const region = isLocale(locale) ? getRegionBySlug(locale, slug) : undefined;
  if (!isLocale(locale) || !region) return new Response(null, { status: 404 });
  return new Response(buildRegionFeed(region, locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
