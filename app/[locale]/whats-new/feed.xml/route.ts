import { isLocale } from '@/lib/i18n/locales';
import { buildWhatsNewFeed } from '@/lib/outputs/whats-new-feed';

/* /en/whats-new/feed.xml; quoi-de-neuf/feed.xml serves it at /fr/quoi-de-neuf/feed.xml. */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'en' }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(buildWhatsNewFeed(locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
