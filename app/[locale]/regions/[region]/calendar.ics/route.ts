import { buildCalendar, calendarRegions } from '@/lib/outputs/calendar';
import { regionFromParams, rolloutAsOf } from '@/lib/rollout/regions';
import { translator } from '@/lib/i18n/messages';
import { generateStaticParams } from '../page';

/* /<locale>/regions/<slug>/calendar.ics: a region's milestones as calendar events. */

export { generateStaticParams };
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; region: string }> }) {
  const found = await regionFromParams(params);
  if (!found) return new Response(null, { status: 404 });
  const { locale, region } = found;
  const t = translator(locale, 'Calendar');
  const body = buildCalendar(calendarRegions([region], locale, rolloutAsOf()), locale, t('regionName', { region: region.names[locale] }));
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
