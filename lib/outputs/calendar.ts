import ical, { ICalEventStatus } from 'ical-generator';
import type { RegionView } from '../rollout/regions';
import { type IsoDay, isOpenEnded, periodBounds } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { httpUrl, plainText } from '../core/plain-text';
import { getRegionStatus } from '../rollout/stages';
import { pathFor } from '../web/routes';
import { siteUrl } from '../web/seo';
import { citationText, stateWord, statementWhen, statusWord } from '../rollout/statement-text';
import type { SourcedStatement, TimelineEntry } from '../rollout/timeline';

/**
 * iCalendar files of the rollout milestones: all-day events, periods as spans, planned ones
 * tentative, each with its source. Only each milestone's current statement is an event.
 *
 * Every text goes through plainText (no control character reaches the file); ical-generator
 * escapes the event texts (\\, ;, , and line breaks) but writes the calendar's name as given,
 * so the name is escaped here (calendarText). Source links are only ever http(s) addresses.
 */

/** A TEXT value as RFC 5545 (3.3.11) writes it: backslash, semicolon and comma escaped, line breaks as \n. */
export function calendarText(text: string): string {
  return plainText(text)
    .replace(/\\/g, '\\\\')
    .replace(/[;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

const toUtcDate = (day: IsoDay) => new Date(`${day}T00:00:00Z`);
const nextDay = (day: IsoDay) => new Date(toUtcDate(day).getTime() + 86_400_000);

/**
 * The days an event covers: a period's span, a month, part of a year or year as a whole, "end of"
 * a month as its last day. An open-ended "by …" is a deadline, not a day it happens on: no event.
 */
export function eventDays(statement: SourcedStatement): { first: IsoDay; last: IsoDay } | undefined {
  if (statement.start && statement.end) return { first: periodBounds(statement.start).first, last: periodBounds(statement.end).last };
  if (!statement.date || isOpenEnded(statement.precision)) return undefined;
  const bounds = periodBounds(statement.date);
  return statement.precision === 'end-of-month' ? { first: bounds.last, last: bounds.last } : bounds;
}

/** One region's timeline, as the calendar needs it. */
export type CalendarRegion = { region: RegionView; timeline: TimelineEntry[] };

/** The calendar regions of the published content, on a date. */
export function calendarRegions(regions: RegionView[], locale: Locale, asOf: IsoDay): CalendarRegion[] {
  return regions.map((region) => ({ region, timeline: getRegionStatus(region, locale, asOf).timeline }));
}

export function buildCalendar(items: CalendarRegion[], locale: Locale, name: string): string {
  const t = translator(locale);
  const calendar = ical({ name: calendarText(name), prodId: { company: 'est-rollout', product: 'milestones', language: locale.toUpperCase() } });
  for (const { region, timeline } of items) {
    for (const entry of timeline) {
      const statement = entry.current;
      const days = eventDays(statement);
      if (!days) continue;
      const sourceLines = entry.supports.map((s) => {
        const url = httpUrl(s.source.href[locale], siteUrl);
        const values = { source: citationText(s.source, locale), when: statementWhen(s, locale), status: statusWord(s.status, locale) };
        return url ? t('Calendar.source', { ...values, url }) : t('Calendar.sourceWithoutLink', values);
      });
      // What the sources note about it (the part of the region a source speaks of, say), once each.
      const notes = [...new Set(entry.supports.flatMap((s) => (s.note ? [s.note[locale]] : [])))];
      const stamp = entry.supports.map((s) => s.source.publishedOnSite).sort().pop()!;
      calendar.createEvent({
        id: plainText(`${region.id}-${entry.milestone}-${locale}@est-rollout`),
        start: toUtcDate(days.first),
        end: nextDay(days.last),
        allDay: true,
        // Stamped with the day this site last published a source of it, so an unchanged calendar is byte-for-byte the same.
        stamp: toUtcDate(stamp),
        summary: plainText(t('Calendar.summary', { region: region.names[locale], milestone: t(`Milestones.${entry.milestone}`) })),
        description: plainText([t('Typography.labelled', { label: statementWhen(statement, locale), text: stateWord(entry.state, locale) }), ...notes, ...sourceLines].join('\n')),
        url: httpUrl(pathFor(region.ref, locale), siteUrl),
        // Only what a source confirmed is a confirmed event; the rest is tentative.
        status: entry.state === 'done' || entry.state === 'in-progress' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      });
    }
  }
  return calendar.toString();
}
