import { buildCalendar, calendarRegions } from '@/lib/outputs/calendar';
import { contentTypes, regionFile } from '@/lib/outputs/file-responses';
import { rolloutAsOf } from '@/lib/rollout/regions';
import { translator } from '@/lib/i18n/messages';
import { generateStaticParams } from '../page';

/* /<locale>/regions/<slug>/calendar.ics: a region's milestones as calendar events. */

export { generateStaticParams };
export const dynamic = 'force-static';
export const dynamicParams = false;

export const GET = regionFile(contentTypes.calendar, (region, locale) =>
  buildCalendar(calendarRegions([region], locale, rolloutAsOf()), locale, translator(locale, 'Calendar')('regionName', { region: region.names[locale] })),
);
