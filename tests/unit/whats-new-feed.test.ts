import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getMemos } from '@/lib/content/documents';
import { getRegions } from '@/lib/rollout/regions';
import { locales } from '@/lib/i18n/locales';
import { pathFor } from '@/lib/web/routes';
import { buildWhatsNew } from '@/lib/outputs/whats-new';
import { buildWhatsNewFeed } from '@/lib/outputs/whats-new-feed';

/*
 * The "What's new" feed is valid Atom (RFC 4287) and holds the page's items, in the page's
 * order; every text field is text, whatever an author typed.
 */

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, parseAttributeValue: false });
const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

type TextNode = { '#text': string; '@type': string };
type Link = { '@href': string; '@rel'?: string };
type Entry = { id: string; title: TextNode; updated: string; summary: TextNode; content: TextNode; link: Link | Link[] };

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const asOf = '2026-11-22';

function parseAtom(feedXml: string) {
  expect(XMLValidator.validate(feedXml)).toBe(true);
  const { feed } = xml.parse(feedXml);
  return { feed, entries: asList<Entry>(feed.entry) };
}

describe.each(locales)("the what's-new feed in %s", (locale) => {
  const items = buildWhatsNew(locale, undefined, asOf);
  const { feed, entries } = parseAtom(buildWhatsNewFeed(locale, items));
  const page = locale === 'en' ? 'http://localhost:3000/en/whats-new/' : 'http://localhost:3000/fr/quoi-de-neuf/';

  it('is an Atom feed with an id, a title, an author and the date of its newest item', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(locale);
    expect(feed.id).toBe(`${page}feed.xml`);
    expect(feed.title['#text'].length).toBeGreaterThan(10);
    expect(feed.author.name.length).toBeGreaterThan(10);
    expect(feed.updated).toMatch(isoDateTime);
    expect(feed.updated).toBe(`${items[0].day}T12:00:00.000Z`);
    const links = asList<Link>(feed.link);
    expect(links).toContainEqual({ '@rel': 'self', '@href': `${page}feed.xml` });
    expect(links).toContainEqual({ '@rel': 'alternate', '@href': page });
  });

  it('gives every entry an id, a title, an updated date and a link, all text fields type="text"', () => {
    for (const field of ['title', 'subtitle', 'rights']) expect(feed[field]['@type'], field).toBe('text');
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^http:\/\/localhost:3000\/(en|fr)\/.+#[a-z0-9-]+$/);
      expect(entry.title['@type']).toBe('text');
      expect(entry.title['#text'].trim()).not.toBe('');
      expect(entry.summary['@type']).toBe('text');
      expect(entry.content['@type']).toBe('html');
      expect(entry.updated).toMatch(isoDateTime);
      expect(asList(entry.link)[0]['@href']).toMatch(/^https?:\/\//);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("holds the page's items, in the page's order, each dated by its day", () => {
    expect(entries.map((e) => e.id)).toEqual(items.map((i) => `${page}#${i.id}`));
    expect(entries.map((e) => e.updated)).toEqual(items.map((i) => `${i.day}T12:00:00.000Z`));
    expect(entries.map((e) => e.title['#text'])).toEqual(items.map((i) => `${i.label}${locale === 'fr' ? '\u00a0' : ''}: ${i.title}`));
  });

  it('links a memo to its page, and a source to its place on the page, with the regions it concerns in the content', () => {
    const memo = getMemos(locale)[0];
    const memoEntry = entries.find((e) => e.id === `${page}#memo-${memo.id}`)!;
    expect(asList(memoEntry.link)[0]['@href']).toBe(`http://localhost:3000${pathFor(memo.ref, locale)}`);
    const gateway = entries.find((e) => e.id === `${page}#reference-eopg-province-wide-rollout`)!;
    expect(asList(gateway.link)[0]['@href']).toBe(`${page}#reference-eopg-province-wide-rollout`);
    for (const region of getRegions()) expect(gateway.content['#text']).toContain(`href="http://localhost:3000/${locale}/regions/${region.slugs[locale]}/"`);
  });
});

describe("the what's-new feed and hostile text", () => {
  it('publishes a change note that looks like markup as the text it is', () => {
    const [memo] = getMemos('en');
    const note = '<img src=x onerror=alert(1)> Fixed & "quoted" ]]>';
    const items = buildWhatsNew('en', { memos: [{ ...memo, changes: [{ date: '2023-01-02', note: { en: note, fr: note } }] }], regions: getRegions(), statements: [] }, asOf);
    const { entries } = parseAtom(buildWhatsNewFeed('en', items));
    const change = entries.find((e) => e.id.endsWith(`#change-memo-${memo.id}-2023-01-02`))!;
    expect(change.summary['#text']).toContain(note);
    expect(change.content['#text']).not.toContain('<img');
    expect(change.content['#text']).toContain('&lt;img');
  });
});
