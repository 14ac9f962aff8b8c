import { XMLBuilder } from 'fast-xml-parser';
import { httpUrl, plainText } from '../core/plain-text';

/**
 * Writes Atom 1.0 (RFC 4287) with an XML builder that escapes every text and attribute value.
 * Titles, subtitles, summaries and rights are plain text (type="text"): whatever an author
 * types there is shown as typed, never interpreted as markup by a feed reader. Only an entry's
 * content is HTML (type="html", escaped as XML text), and only HTML the site produced itself:
 * a sanitized Markdown body or markup built from escaped text. Every string goes through
 * plainText, so no control character can make the feed malformed XML; links are only ever
 * this site's pages or http(s) addresses.
 */

export type AtomEntry = {
  /** A permanent IRI of the entry. */
  id: string;
  title: string;
  /** The page the entry is about; left out when it is not an http(s) address. */
  link: string;
  updated: Date;
  summary: string;
  /** HTML the site produced (sanitized Markdown or markup built from escaped text). */
  contentHtml?: string;
};

export type AtomFeed = {
  lang: string;
  id: string;
  title: string;
  subtitle: string;
  /** The address of the page the feed follows. */
  alternate: string;
  /** The address of the feed itself. */
  self: string;
  updated: Date;
  generator: string;
  rights: string;
  /** Who publishes the feed (RFC 4287 asks for an author of the feed when its entries name none). */
  author?: string;
  entries: AtomEntry[];
};

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '    ',
  suppressEmptyNode: true,
});

const text = (value: string) => ({ '@type': 'text', '#text': plainText(value) });
const link = (href: string, rel?: string) => {
  const url = httpUrl(href);
  return url ? { ...(rel ? { '@rel': rel } : {}), '@href': url } : undefined;
};
const links = (...items: (ReturnType<typeof link> | undefined)[]) => items.filter((item) => item !== undefined);

export function atomXml(feed: AtomFeed): string {
  const document = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': plainText(feed.lang),
      id: plainText(feed.id),
      title: text(feed.title),
      updated: feed.updated.toISOString(),
      ...(feed.author === undefined ? {} : { author: { name: plainText(feed.author) } }),
      generator: plainText(feed.generator),
      link: links(link(feed.alternate, 'alternate'), link(feed.self, 'self')),
      subtitle: text(feed.subtitle),
      rights: text(feed.rights),
      entry: feed.entries.map((entry) => ({
        title: text(entry.title),
        id: plainText(entry.id),
        link: links(link(entry.link)),
        updated: entry.updated.toISOString(),
        summary: text(entry.summary),
        ...(entry.contentHtml === undefined ? {} : { content: { '@type': 'html', '#text': plainText(entry.contentHtml) } }),
      })),
    },
  };
  return builder.build(document);
}
