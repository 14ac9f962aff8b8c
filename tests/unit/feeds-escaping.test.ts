import { parseFragment } from 'parse5';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getMemos, type MemoView } from '@/lib/content/documents';
import { getRegion, getRegions, type RegionView } from '@/lib/rollout/regions';
import { statementSchema } from '@/lib/content/schemas/statement';
import { buildRegionFeed, buildSiteFeed } from '@/lib/outputs/feeds';
import { locales } from '@/lib/i18n/locales';
import { markdownToSafeHtml } from '@/lib/content/markdown';
import type { SourceRef } from '@/lib/rollout/sources';
import type { SourcedStatement } from '@/lib/rollout/timeline';

/*
 * Whatever an author types in a title, summary, change note, region name or source is shown by
 * feed readers as typed: text in Atom, never markup; only the sanitized body is HTML. Word's
 * control characters and direction overrides never reach a feed.
 */

// Parsed with every value kept as written (no trimming, no number guessing), entities decoded.
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, parseAttributeValue: false });
const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

type TextNode = { '#text': string; '@type': string };
type Entry = { id: string; title: TextNode; summary: TextNode; content?: TextNode; link?: { '@href': string } };

/** Pasted from Word: vertical tab, NUL, form feed, BEL, escape, a right-to-left override, an isolate, a lone surrogate. */
const pasted = 'Kings\u000bton\u0000\u000c\u0007\u001b\u202e\u2066 \ud800Pembroke';
const pastedAsPublished = 'Kingston Pembroke';
const markup = '<img src=x onerror=alert(1)> Update & "quotes" \'apostrophes\' ]]> &amp;';

function parseFeed(feedXml: string) {
  // Well-formed XML, and not one character XML 1.0 forbids.
  expect(XMLValidator.validate(feedXml)).toBe(true);
  expect(feedXml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
  const { feed } = xml.parse(feedXml);
  for (const field of ['title', 'subtitle', 'rights']) expect(feed[field]['@type'], field).toBe('text');
  const entries = asList<Entry>(feed.entry);
  for (const entry of entries) {
    expect(entry.title['@type']).toBe('text');
    expect(entry.summary['@type']).toBe('text');
    if (entry.content) expect(entry.content['@type']).toBe('html');
  }
  return { feed, entries };
}

type HtmlNode = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: HtmlNode[] };
const textOfNode = (node: HtmlNode): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOfNode).join(''));

/** The text a reader sees of an entry's HTML content. */
const textOf = (html: string) => textOfNode(parseFragment(html) as unknown as HtmlNode);

/** The elements of an entry's HTML content, with their attributes. */
function elementsOf(html: string): { tag: string; attrs: { name: string; value: string }[] }[] {
  const found: { tag: string; attrs: { name: string; value: string }[] }[] = [];
  const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    if (node.attrs) found.push({ tag: node.nodeName, attrs: node.attrs });
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(parseFragment(html) as unknown as Parameters<typeof walk>[0]);
  return found;
}

describe('the site feed', () => {
  const published = getMemos('en')[0];

  async function hostileMemo(): Promise<MemoView> {
    return {
      ...published,
      title: `${markup} ${pasted}`,
      summary: `Summary ${markup}\n${pasted}`,
      changes: [{ date: '2026-11-25', note: { en: `Corrected ${markup} ${pasted}`, fr: `Corrigé ${markup}` } }],
      html: await markdownToSafeHtml(`Body ${pasted}\n\n<img src="https://tracker.example/pixel.png">\n\n<b onclick="alert(1)">bold</b>`),
    };
  }

  it('publishes a memo title, summary and change note that look like markup as text, exactly as typed', async () => {
    const { entries } = parseFeed(buildSiteFeed('en', [await hostileMemo()]));
    const [change, memo] = entries;
    expect(memo.title['#text']).toBe(`${markup} ${pastedAsPublished}`);
    expect(memo.summary['#text']).toBe(`Summary ${markup}\n${pastedAsPublished}`);
    expect(change.title['#text']).toBe(`Updated: ${markup} ${pastedAsPublished}`);
    expect(change.summary['#text']).toBe(`Corrected ${markup} ${pastedAsPublished}`);
  });

  it('carries only the sanitized body as HTML: no image, no handler, no control character', async () => {
    const { entries } = parseFeed(buildSiteFeed('en', [await hostileMemo()]));
    const content = entries[1].content!['#text'];
    expect(content).toContain(`Body ${pastedAsPublished}`);
    expect(elementsOf(content).map((e) => e.tag)).toEqual(['p', 'p', 'b']);
    expect(elementsOf(content).flatMap((e) => e.attrs)).toEqual([]);
  });

  it.each(locales)('is well-formed, text-titled Atom for the published %s memos, ids and dates as before', (locale) => {
    const { feed, entries } = parseFeed(buildSiteFeed(locale));
    expect(feed.id).toBe(`http://localhost:3000/${locale}/feed.xml`);
    expect(entries.map((e) => e.id)).toEqual(getMemos(locale).map((m) => `http://localhost:3000${m.locale === 'en' ? '/en/memos/' : '/fr/notes-de-service/'}${m.slugs[locale]}/`));
    expect(entries.every((e) => e.content && e.content['#text'].startsWith('<p>'))).toBe(true);
  });
});

describe('a region feed', () => {
  const york = getRegion('york');
  const region: RegionView = {
    ...york,
    names: { en: `${markup} ${pasted}`, fr: `Nom ${pasted}` },
    inSentence: { en: `the ${pasted}`, fr: `le ${pasted}` },
    changes: [{ date: '2024-02-01', note: { en: `Region note ${markup} ${pasted}`, fr: `Note ${pasted}` } }],
  };
  const source: SourceRef = {
    kind: 'reference',
    id: 'hostile',
    published: '2022-03-17',
    publishedOnSite: '2026-11-22',
    title: { en: { text: `Title ${markup} ${pasted}`, lang: 'en', isDescription: false }, fr: { text: `Titre ${pasted}`, lang: 'fr', isDescription: false } },
    publisher: { en: `Publisher ${markup} ${pasted}`, fr: `Éditeur ${pasted}` },
    href: { en: 'https://example.org/a" onmouseover="alert(1)', fr: 'javascript:alert(1)' },
  };
  const statement: SourcedStatement = {
    ...statementSchema.parse({ milestone: 'ssm-selected', regions: ['york'], date: '2022', precision: 'by-end-of-year', status: 'planned' }),
    source,
  };
  const build = (locale: 'en' | 'fr') => parseFeed(buildRegionFeed(region, locale, { memos: [], statements: [statement] }));

  it("publishes the region's name and change note as text, exactly as typed", () => {
    const { feed, entries } = build('en');
    expect(feed.title['#text']).toBe(`${markup} ${pastedAsPublished}: Employment Services Transformation updates`);
    expect(feed.subtitle['#text']).toBe(`Memos about the ${pastedAsPublished} and new information on its rollout timeline.`);
    const change = entries.find((e) => e.id.endsWith('#change-2024-02-01'))!;
    expect(change.title['#text']).toBe(`${markup} ${pastedAsPublished}: page updated`);
    expect(change.summary['#text']).toBe(`Region note ${markup} ${pastedAsPublished}`);
  });

  it("publishes a source's title and publisher as text, and its address cannot add an attribute", () => {
    const { entries } = build('en');
    const update = entries.find((e) => e.id.endsWith('#reference-hostile'))!;
    expect(update.title['#text']).toBe(`${markup} ${pastedAsPublished}: new information from “Title ${markup} ${pastedAsPublished}”`);
    const content = update.content!['#text'];
    const link = elementsOf(content).find((e) => e.tag === 'a')!;
    expect(link.attrs).toEqual([{ name: 'href', value: 'https://example.org/a%22%20onmouseover=%22alert(1)' }]);
    expect(elementsOf(content).map((e) => e.tag)).toEqual(['ul', 'li', 'p', 'a']);
    expect(textOf(content)).toBe(
      'Service system manager selected: by the end of 2022 (expected at the time)' +
        `Source: Publisher ${markup} ${pastedAsPublished}, “Title ${markup} ${pastedAsPublished}”, March 17, 2022 https://example.org/a%22%20onmouseover=%22alert(1)`,
    );
  });

  it('links a source only at an http(s) address', () => {
    const { entries } = build('fr');
    const update = entries.find((e) => e.id.endsWith('#reference-hostile'))!;
    expect(update.content!['#text']).not.toContain('javascript:');
    expect(elementsOf(update.content!['#text']).map((e) => e.tag)).toEqual(['ul', 'li', 'p']);
    expect(update.title['#text']).toBe(`Nom ${pastedAsPublished}\u00a0: nouveaux renseignements tirés de «\u00a0Titre ${pastedAsPublished}\u00a0»`);
  });

  it.each(locales)('is well-formed, text-titled Atom for every published region in %s', (locale) => {
    for (const published of getRegions()) {
      const { entries } = parseFeed(buildRegionFeed(published, locale));
      for (const entry of entries) expect(entry.link?.['@href']).toMatch(/^http:\/\/localhost:3000\//);
    }
  });
});
