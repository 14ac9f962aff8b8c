import { buildSiteFeed } from '@/lib/outputs/feeds';
import { isLocale, locales } from '@/lib/i18n/locales';

/* /en/feed.xml, /fr/feed.xml: the Atom feed of each language. */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(buildSiteFeed(locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
