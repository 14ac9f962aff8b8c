import { buildCalendar, calendarRegions } from '@/lib/outputs/calendar';
import { getRegions, rolloutAsOf } from '@/lib/rollout/regions';
import { isLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';

/* /en/rollout/calendar.ics; deploiement/calendar.ics serves it at /fr/deploiement/calendar.ics. */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'en' }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = translator(locale, 'Calendar');
  return new Response(buildCalendar(calendarRegions(getRegions(), locale, rolloutAsOf()), locale, t('provinceName')), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
