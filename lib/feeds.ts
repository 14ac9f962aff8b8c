import { Feed } from 'feed';
import { createTranslator } from 'use-intl/core';
import { getMemos, getMemosForRegion, getStatements, type MemoView, type RegionView } from './content';
import type { IsoDay } from './dates';
import type { Locale } from './i18n/locales';
import { messages } from './i18n/messages';
import { regionNameForms } from './region-names';
import { feedPath, pathFor } from './routes';
import { siteUrl } from './seo';
import { compareSources, type SourceRef, sourceDay, sourceKey } from './sources';
import { citationText, statementWhen, statusWord } from './statement-text';
import type { SourcedStatement } from './timeline';

/** Atom feeds: one per language (new memos) and one per region (its memos and timeline updates). */

const absolute = (path: string) => new URL(path, siteUrl).href;
const asDate = (day: IsoDay) => new Date(`${day}T12:00:00Z`);

type FeedEntry = { id: string; title: string; link: string; date: IsoDay; summary: string; content?: string };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderAtom(locale: Locale, options: { title: string; subtitle: string; selfPath: string; pagePath: string }, entries: FeedEntry[]): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Feeds' });
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)));
  const feed = new Feed({
    title: options.title,
    description: options.subtitle,
    id: absolute(options.selfPath),
    link: absolute(options.pagePath),
    language: locale,
    copyright: t('rights'),
    // The feed changes when its newest entry does, not at every build.
    updated: sorted[0] ? asDate(sorted[0].date) : new Date('2020-01-01T00:00:00Z'),
    generator: t('generator'),
    feedLinks: { atom: absolute(options.selfPath) },
  });
  for (const entry of sorted) {
    feed.addItem({ id: entry.id, title: entry.title, link: entry.link, date: asDate(entry.date), description: entry.summary, content: entry.content });
  }
  // Atom carries its language in xml:lang, which the library leaves out.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}

/** A memo and each of its change notes, as feed entries. */
function memoEntries(memo: MemoView): FeedEntry[] {
  const t = createTranslator({ locale: memo.locale, messages: messages[memo.locale], namespace: 'Feeds' });
  const url = absolute(pathFor(memo.ref, memo.locale));
  return [
    { id: url, title: memo.title, link: url, date: memo.date, summary: memo.summary, content: memo.html },
    ...memo.changes.map((change) => ({
      id: `${url}#change-${change.date}`,
      title: t('memoChanged', { title: memo.title }),
      link: `${url}#change-history`,
      date: change.date,
      summary: change.note[memo.locale],
    })),
  ];
}

/** The site feed of one language: every memo, newest first. */
export function buildSiteFeed(locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Feeds' });
  return renderAtom(
    locale,
    { title: t('siteTitle'), subtitle: t('siteSubtitle'), selfPath: feedPath({ kind: 'site' }, locale), pagePath: pathFor({ kind: 'home' }, locale) },
    getMemos(locale).flatMap(memoEntries),
  );
}

function describeStatement(statement: SourcedStatement, locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale] });
  return `${t(`Milestones.${statement.milestone}`)}: ${statementWhen(statement, locale)} (${statusWord(statement.status, locale)})`;
}

/** A region's feed: the memos that concern it, and one entry per source that told something new about it. */
export function buildRegionFeed(region: RegionView, locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Feeds' });
  const regionName = region.names[locale];
  const regionUrl = absolute(pathFor(region.ref, locale));
  const bySource = new Map<string, { source: SourceRef; statements: SourcedStatement[] }>();
  for (const statement of getStatements().filter((s) => s.regions.includes(region.id))) {
    const key = sourceKey(statement.source).replace(':', '-');
    const group = bySource.get(key) ?? { source: statement.source, statements: [] };
    group.statements.push(statement);
    bySource.set(key, group);
  }
  const timelineEntries = [...bySource.entries()]
    .sort(([, a], [, b]) => compareSources(a.source, b.source))
    .map(([key, { source, statements }]): FeedEntry => {
      const lines = statements.map((s) => describeStatement(s, locale));
      const sourceUrl = escapeHtml(source.href[locale].startsWith('/') ? absolute(source.href[locale]) : source.href[locale]);
      return {
        id: `${regionUrl}#${key}`,
        title: t('timelineUpdate', { region: regionName, source: source.title[locale].text }),
        link: `${regionUrl}#timeline`,
        date: sourceDay(source),
        summary: lines.join(' · '),
        content: `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul><p>${escapeHtml(t('sourceLine', { source: citationText(source, locale) }))} <a href="${sourceUrl}">${sourceUrl}</a></p>`,
      };
    });
  return renderAtom(
    locale,
    {
      title: t('regionTitle', { region: regionName }),
      subtitle: t('regionSubtitle', regionNameForms(region, locale)),
      selfPath: feedPath({ kind: 'region', slugs: region.slugs }, locale),
      pagePath: pathFor(region.ref, locale),
    },
    [
      ...getMemosForRegion(locale, region.id).flatMap(memoEntries),
      ...timelineEntries,
      ...region.changes.map((change) => ({
        id: `${regionUrl}#change-${change.date}`,
        title: t('regionChanged', { region: regionName }),
        link: `${regionUrl}#change-history`,
        date: change.date,
        summary: change.note[locale],
      })),
    ],
  );
}
