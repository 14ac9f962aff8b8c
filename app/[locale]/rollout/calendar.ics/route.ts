import { buildCalendar, calendarRegions } from '@/lib/outputs/calendar';
import { contentTypes, localeFile } from '@/lib/outputs/file-responses';
import { getRegions, rolloutAsOf } from '@/lib/rollout/regions';
import { servedIn } from '@/lib/i18n/params';
import { translator } from '@/lib/i18n/messages';

/* /en/rollout/calendar.ics; deploiement/calendar.ics serves it at /fr/deploiement/calendar.ics. */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = servedIn('en');

export const GET = localeFile(contentTypes.calendar, (locale) =>
  buildCalendar(calendarRegions(getRegions(), locale, rolloutAsOf()), locale, translator(locale, 'Calendar')('provinceName')),
);
