import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarRegions } from '@/lib/outputs/calendar';
import { getRegion, getRegions, type RegionView } from '@/lib/rollout/regions';
import { statementSchema } from '@/lib/content/schemas/statement';
import { locales } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/rollout/sources';
import { deriveRegionTimeline } from '@/lib/rollout/timeline';

/*
 * A calendar carries what authors typed as iCalendar text: semicolons, commas, backslashes and
 * line breaks escaped, Word's control characters and direction overrides removed, and every
 * calendar parses with ical.js.
 */

const controls = '\u000b\u0000\u000c\u0007\u001b\u202e\u2066\ud800';
const typed = (text: string) => `${text}; with, separators\\ and a\nline break${controls} end`;
const asPublished = (text: string) => `${text}; with, separators\\ and a\nline break end`;

/** NAME (RFC 7986) and X-WR-CALNAME are TEXT, which ical.js does not know: decoded as TEXT here. */
const calendarName = (calendar: ICAL.Component, property: string) => ICAL.design.icalendar.value.text.fromICAL!(String(calendar.getFirstPropertyValue(property)));

function parse(ics: string) {
  expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events };
}

describe('a calendar with what authors typed', () => {
  const region: RegionView = { ...getRegion('york'), names: { en: typed('York'), fr: typed('York') } };
  const source: SourceRef = {
    kind: 'reference',
    id: 'typed',
    published: '2022-03-17',
    publishedOnSite: '2026-12-02',
    title: { en: { text: typed('Title'), lang: 'en', isDescription: false }, fr: { text: typed('Titre'), lang: 'fr', isDescription: false } },
    publisher: { en: typed('Publisher'), fr: typed('Éditeur') },
    href: { en: 'https://example.org/a b;c,d', fr: 'javascript:alert(1)' },
  };
  const planned = statementSchema.parse({ milestone: 'ssm-selected', regions: ['york'], date: '2022-12', precision: 'end-of-month', status: 'planned' });
  const timeline = deriveRegionTimeline('york', [{ ...planned, source }], '2022-06-01');

  it('parses back to the text as typed, without its control characters, in the name, summary and description', () => {
    const { calendar, events } = parse(buildCalendar([{ region, timeline }], 'en', typed('Calendar')));
    expect(calendarName(calendar, 'name')).toBe(asPublished('Calendar'));
    expect(calendarName(calendar, 'x-wr-calname')).toBe(asPublished('Calendar'));
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe(`${asPublished('York')}: Service system manager selected`);
    expect(events[0].description).toBe(
      'end of December 2022: Expected\n' +
        `Source: ${asPublished('Publisher')}, “${asPublished('Title')}”, March 17, 2022 — end of December 2022 (expected at the time) — https://example.org/a%20b;c,d`,
    );
  });

  it('names a source without a link when its address is not http(s)', () => {
    const { events } = parse(buildCalendar([{ region, timeline }], 'fr', 'Calendrier'));
    expect(events[0].description).not.toContain('javascript:');
    expect(events[0].description).toMatch(/\(prévu à l’époque\)$/);
  });
});

describe('the published calendars', () => {
  it.each(locales)('all parse with ical.js, in %s, each event with a summary and a source', (locale) => {
    const calendars = [...getRegions().map((r) => [r]), getRegions()];
    for (const regions of calendars) {
      const { events } = parse(buildCalendar(calendarRegions(regions, locale, '2026-12-02'), locale, 'Name'));
      for (const event of events) {
        expect(event.summary).toBeTruthy();
        expect(event.description).toMatch(/Source\u00a0?: .+https?:\/\//);
      }
    }
  });
});
