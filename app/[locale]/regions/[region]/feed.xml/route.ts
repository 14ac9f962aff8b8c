import { regionFromParams } from '@/lib/rollout/regions';
import { buildRegionFeed } from '@/lib/outputs/feeds';
import { generateStaticParams } from '../page';

/* /<locale>/regions/<slug>/feed.xml: a region's memos and timeline updates. */

export { generateStaticParams };
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; region: string }> }) {
  const found = await regionFromParams(params);
  if (!found) return new Response(null, { status: 404 });
  const { locale, region } = found;
  return new Response(buildRegionFeed(region, locale), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
