import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarRegions } from '@/lib/outputs/calendar';
import { statementSchema } from '@/lib/content/schemas/statement';
import type { SourceRef } from '@/lib/rollout/sources';
import { deriveRegionTimeline } from '@/lib/rollout/timeline';
import { getMemos } from '@/lib/content/documents';
import { getRegion, getRegions, getStatements } from '@/lib/rollout/regions';
import { buildRegionFeed, buildSiteFeed } from '@/lib/outputs/feeds';
import { memoStructuredData, regionStructuredData, breadcrumbData } from '@/lib/outputs/structured-data';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('site feeds', () => {
  it.each([
    ['en', ['Employment Services Transformation Update', 'Update on Employment Services Transformation']],
    ['fr', ['Mise à jour sur le renouvellement des services d’emploi', 'Le point sur le renouvellement des services d’emploi']],
  ] as const)('the %s feed is Atom, in its language, with both memos newest first', (locale, titles) => {
    const { feed } = xml.parse(buildSiteFeed(locale));
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(locale);
    const entries = asList(feed.entry);
    expect(entries.map((e: { title: { '#text': string } | string }) => (typeof e.title === 'string' ? e.title : e.title['#text']))).toEqual(titles);
    for (const entry of entries) expect(entry.link['@href']).toMatch(new RegExp(`/${locale}/${locale === 'en' ? 'memos' : 'notes-de-service'}/`));
    // Updated on the day this site last published one (both were published on 2026-11-22), not on the memos' own dates.
    expect(feed.updated).toBe('2026-11-22T12:00:00.000Z');
  });
});

describe('region feeds', () => {
  it("holds the region's memos and one entry per source that spoke about it", () => {
    const { feed } = xml.parse(buildRegionFeed(getRegion('kingston-pembroke'), 'en'));
    const ids = asList(feed.entry).map((e: { id: string }) => e.id);
    expect(ids).toContain('http://localhost:3000/en/memos/employment-services-transformation-update-september-2022/');
    expect(ids).toContain('http://localhost:3000/en/regions/kingston-pembroke/#memo-2022-09-22-catchment-phasing-update');
    const references = new Set(getStatements().filter((s) => s.regions.includes('kingston-pembroke') && s.source.kind === 'reference').map((s) => s.source.id));
    expect(ids.filter((id: string) => id.includes('#reference-')).sort()).toEqual([...references].map((r) => `http://localhost:3000/en/regions/kingston-pembroke/#reference-${r}`).sort());
  });
  it('names Toronto’s updates in French in the French feed', () => {
    const { feed } = xml.parse(buildRegionFeed(getRegion('toronto'), 'fr'));
    expect(feed['@xml:lang']).toBe('fr');
    expect(String(feed.title['#text'] ?? feed.title)).toContain('Toronto');
  });
});

function events(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      status: v.getFirstPropertyValue('status'),
      description: event.description,
    };
  });
}

describe('calendars', () => {
  const kingston = events(buildCalendar(calendarRegions([getRegion('kingston-pembroke')], 'en', '2026-12-02'), 'en', 'Kingston–Pembroke'));

  it('holds the Kingston–Pembroke transition period, 2023-01-01 to 2023-09-30, as an all-day span', () => {
    const transition = kingston.find((e) => e.summary === 'Kingston–Pembroke: Transition period');
    expect(transition).toMatchObject({ start: '2023-01-01', end: '2023-10-01', allDay: true, status: 'CONFIRMED' });
    expect(transition?.description).toContain('January 1, 2023 – September 30, 2023: Done');
    expect(transition?.description).toContain('http://localhost:3000/en/memos/employment-services-transformation-update-september-2022/');
    expect(transition?.description).toContain('(expected at the time)');
  });

  it('keeps a planned date that passed unconfirmed tentative, and says so', () => {
    const referrals = kingston.find((e) => e.summary === 'Kingston–Pembroke: Ontario Works referrals begin');
    expect(referrals).toMatchObject({ start: '2023-10-01', status: 'TENTATIVE' });
    expect(referrals?.description).toContain('October 1, 2023: Date passed, not confirmed');
  });

  it('gives each event its source links and skips milestones without a date', () => {
    expect(kingston.every((e) => /Source: .+ https?:\/\//.test(e.description))).toBe(true);
    const halton = events(buildCalendar(calendarRegions([getRegion('halton')], 'en', '2026-12-02'), 'en', 'Halton'));
    expect(halton.map((e) => e.summary)).toContain('Halton: Planning and transition');
    expect(halton.map((e) => e.summary)).not.toContain('Halton: Service system manager selected');
  });

  it('marks planned milestones tentative, puts "end of" a month on its last day, and gives an open-ended "by" no event', () => {
    const source: SourceRef = {
      kind: 'memo',
      id: 'm',
      published: '2022-03-17',
      publishedOnSite: '2026-11-22',
      title: { en: { text: 'Memo', lang: 'en', isDescription: false }, fr: { text: 'Note', lang: 'fr', isDescription: false } },
      publisher: { en: 'Division', fr: 'Division' },
      href: { en: '/en/memos/m/', fr: '/fr/notes-de-service/m/' },
    };
    const planned = (fields: Record<string, unknown>) => ({ ...statementSchema.parse({ regions: ['york'], status: 'planned', ...fields }), source });
    const timeline = deriveRegionTimeline(
      'york',
      [planned({ milestone: 'ssm-selected', date: '2022', precision: 'by-end-of-year' }), planned({ milestone: 'competition', date: '2022-04', precision: 'end-of-month' }), planned({ milestone: 'engagement', date: '2022-fall' })],
      '2022-03-20',
    );
    const byEvent = Object.fromEntries(events(buildCalendar([{ region: getRegion('york'), timeline }], 'en', 'York')).map((e) => [e.summary, e]));
    // "By the end of 2022" is a deadline, not a day: pinning it to December 31 would say it happens then.
    expect(byEvent['York: Service system manager selected']).toBeUndefined();
    expect(byEvent['York: Competition for a service system manager']).toMatchObject({ status: 'TENTATIVE', start: '2022-04-30', end: '2022-05-01' });
    expect(byEvent['York: Competition for a service system manager'].description).toContain('end of April 2022: Expected');
    // A season is the span of its months.
    expect(byEvent['York: Engagement with partners']).toMatchObject({ start: '2022-09-01', end: '2022-12-01', allDay: true });
    expect(byEvent['York: Engagement with partners'].description).toContain('fall 2022: Expected');
  });

  it('covers every region with a dated milestone in the province calendar, in French', () => {
    const all = events(buildCalendar(calendarRegions(getRegions(), 'fr', '2026-12-02'), 'fr', 'Ontario'));
    const regionNames = new Set(all.map((e) => e.summary.split('\u00a0:')[0]));
    expect(regionNames.size).toBe(15);
    expect(regionNames).toContain('Nord-Est');
  });
});

describe('structured data', () => {
  it('describes a memo as an Article with dates, language, author and publisher', () => {
    const memo = getMemos('en')[0];
    const data = JSON.parse(JSON.stringify(memoStructuredData(memo, memo.date, breadcrumbData([], 'en'))));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: memo.title,
      datePublished: '2022-09-22',
      inLanguage: 'en',
      author: { '@type': 'Person', name: 'Jody Young' },
      publisher: { '@type': 'Organization' },
      translationOfWork: { inLanguage: 'fr' },
    });
    // Neither memo's own address is known; the addresses printed in a memo are not its source.
    expect(data).not.toHaveProperty('isBasedOn');
  });
  it('describes a region page as a WebPage about an administrative area', () => {
    const data = regionStructuredData(getRegion('northeast'), 'fr', 'x', '2026-12-02', breadcrumbData([], 'fr'));
    expect(data).toMatchObject({ '@type': 'WebPage', inLanguage: 'fr', about: { '@type': 'AdministrativeArea', name: 'Nord-Est' } });
  });
});
