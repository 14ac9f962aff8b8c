import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type AtomEntry, atomXml } from './atom';
import type { Locale } from '../i18n/locales';
import { messages, translator } from '../i18n/messages';
import { httpUrl } from '../core/plain-text';
import { feedPath, pathFor } from '../web/routes';
import { siteUrl } from '../web/seo';
import { getWhatsNew, type RegionGroup, type WhatsNewItem } from './whats-new';

/**
 * The Atom feed of "What's new" (/en/whats-new/feed.xml, /fr/quoi-de-neuf/feed.xml): one entry
 * per item of the page, in the page's order, written by lib/outputs/atom.ts (every text field
 * type="text"; the content is HTML built from escaped text).
 */

const absolute = (path: string) => new URL(path, siteUrl).href;
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** The entry's text: the item's text, how it is dated, then each group of regions and what changed there. */
function entrySummary(item: WhatsNewItem, locale: Locale): string {
  const t = translator(locale);
  const regions = item.groups.map((g) => {
    const names = g.regions.map((r) => r.name).join(', ');
    return g.lines.length > 0 ? t('Typography.labelled', { label: names, text: g.lines.join(' ') }) : names;
  });
  return [item.text, item.ownDate, ...regions].filter(Boolean).join(' · ');
}

function entryHtml(item: WhatsNewItem, locale: Locale): string {
  const t = translator(locale, 'WhatsNewPage');
  const sourceUrl = item.kind === 'source' ? httpUrl(item.href, siteUrl) : undefined;
  const hasEffects = item.groups.some((g) => g.lines.length > 0);
  const links = (group: RegionGroup) => group.regions.flatMap((r, i) => [...(i > 0 ? [', '] : []), h('a', { href: absolute(r.href) }, r.name)]);
  return toHtml(
    [
      h('p', item.text),
      ...(item.ownDate ? [h('p', item.ownDate)] : []),
      ...(sourceUrl ? [h('p', [h('a', { href: sourceUrl }, sourceUrl)])] : []),
      ...(item.regions.length > 0
        ? [
            h('p', hasEffects ? t('changesByRegion') : t('regionsConcerned')),
            h(
              'ul',
              item.groups.map((g) => h('li', [...links(g), ...(g.lines.length > 0 ? [h('ul', g.lines.map((line) => h('li', line)))] : hasEffects ? [' — ', t('noTimelineChange')] : [])])),
            ),
          ]
        : []),
    ],
    { characterReferences: { useNamedReferences: true } },
  );
}

/** Where a feed entry leads: the memo, the page whose change history changed, or the item on the page. */
function entryLink(item: WhatsNewItem, pageUrl: string): string {
  return item.kind === 'source' ? `${pageUrl}#${item.id}` : absolute(item.href);
}

export function buildWhatsNewFeed(locale: Locale, items: WhatsNewItem[] = getWhatsNew(locale)): string {
  const t = translator(locale, 'WhatsNew');
  const feeds = translator(locale, 'Feeds');
  const pageUrl = absolute(pathFor({ kind: 'whatsNew' }, locale));
  const selfUrl = absolute(feedPath({ kind: 'whatsNew' }, locale));
  return atomXml({
    lang: locale,
    id: selfUrl,
    title: t('feedTitle'),
    subtitle: t('feedSubtitle'),
    alternate: pageUrl,
    self: selfUrl,
    // The feed changes when its newest item does, not at every build.
    updated: items[0] ? asDate(items[0].day) : new Date('2020-01-01T00:00:00Z'),
    generator: feeds('generator'),
    rights: feeds('rights'),
    author: messages[locale].Site.name,
    entries: items.map(
      (item): AtomEntry => ({
        id: `${pageUrl}#${item.id}`,
        title: t('feedEntryTitle', { label: item.label, title: item.title }),
        link: entryLink(item, pageUrl),
        updated: asDate(item.day),
        summary: entrySummary(item, locale),
        contentHtml: entryHtml(item, locale),
      }),
    ),
  });
}
