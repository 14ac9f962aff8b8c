import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { type AtomEntry, atomXml } from './atom';
import { getMemos, getMemosForRegion, type MemoView } from '../content/documents';
import { getStatements, type RegionView } from '../rollout/regions';
import type { IsoDay } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { httpUrl } from '../core/plain-text';
import { regionNameForms } from '../i18n/region-names';
import { feedPath, pathFor } from '../web/routes';
import { siteUrl } from '../web/seo';
import { compareSources, type SourceRef, sourceKey } from '../rollout/sources';
import { citationText, statementWhen, statusWord } from '../rollout/statement-text';
import type { SourcedStatement } from '../rollout/timeline';

/**
 * Atom feeds: one per language (new memos) and one per region (its memos and timeline updates).
 * Written by lib/outputs/atom.ts: every title and summary is plain text; only content is HTML.
 */

const absolute = (path: string) => new URL(path, siteUrl).href;
const asDate = (day: IsoDay) => new Date(`${day}T12:00:00Z`);

type FeedEntry = { id: string; title: string; link: string; date: IsoDay; summary: string; contentHtml?: string };

function renderAtom(locale: Locale, options: { title: string; subtitle: string; selfPath: string; pagePath: string }, entries: FeedEntry[]): string {
  const t = translator(locale, 'Feeds');
  // Newest first; entries of one day keep the order they are given in (memos newest first, sources in the one ordering).
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return atomXml({
    lang: locale,
    id: absolute(options.selfPath),
    title: options.title,
    subtitle: options.subtitle,
    alternate: absolute(options.pagePath),
    self: absolute(options.selfPath),
    // The feed changes when its newest entry does, not at every build.
    updated: sorted[0] ? asDate(sorted[0].date) : new Date('2020-01-01T00:00:00Z'),
    generator: t('generator'),
    rights: t('rights'),
    entries: sorted.map(({ date, ...entry }): AtomEntry => ({ ...entry, updated: asDate(date) })),
  });
}

/** A memo and each of its change notes, as feed entries. */
function memoEntries(memo: MemoView): FeedEntry[] {
  const t = translator(memo.locale, 'Feeds');
  const url = absolute(pathFor(memo.ref, memo.locale));
  return [
    { id: url, title: memo.title, link: url, date: memo.publishedOnSite, summary: memo.summary, contentHtml: memo.html },
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
export function buildSiteFeed(locale: Locale, memos: MemoView[] = getMemos(locale)): string {
  const t = translator(locale, 'Feeds');
  return renderAtom(
    locale,
    { title: t('siteTitle'), subtitle: t('siteSubtitle'), selfPath: feedPath({ kind: 'site' }, locale), pagePath: pathFor({ kind: 'home' }, locale) },
    memos.flatMap(memoEntries),
  );
}

function describeStatement(statement: SourcedStatement, locale: Locale): string {
  const t = translator(locale);
  return t('Typography.labelled', { label: t(`Milestones.${statement.milestone}`), text: `${statementWhen(statement, locale)} (${statusWord(statement.status, locale)})` });
}

/**
 * A region's feed: the memos that concern it, and one entry per source that told something new
 * about it. The memos and statements default to the published content (tests pass their own).
 */
export function buildRegionFeed(
  region: RegionView,
  locale: Locale,
  content: { memos: MemoView[]; statements: SourcedStatement[] } = { memos: getMemosForRegion(locale, region.id), statements: getStatements() },
): string {
  const t = translator(locale, 'Feeds');
  const regionName = region.names[locale];
  const regionUrl = absolute(pathFor(region.ref, locale));
  const bySource = new Map<string, { source: SourceRef; statements: SourcedStatement[] }>();
  for (const statement of content.statements.filter((s) => s.regions.includes(region.id))) {
    const key = sourceKey(statement.source).replace(':', '-');
    const group = bySource.get(key) ?? { source: statement.source, statements: [] };
    group.statements.push(statement);
    bySource.set(key, group);
  }
  const timelineEntries = [...bySource.entries()]
    .sort(([, a], [, b]) => compareSources(a.source, b.source))
    .map(([key, { source, statements }]): FeedEntry => {
      const lines = statements.map((s) => describeStatement(s, locale));
      // Built as a syntax tree and serialized, so every text and attribute is escaped.
      const sourceUrl = httpUrl(source.href[locale], siteUrl);
      const html = toHtml([
        h('ul', lines.map((line) => h('li', line))),
        h('p', [t('sourceLine', { source: citationText(source, locale) }), ...(sourceUrl ? [' ', h('a', { href: sourceUrl }, sourceUrl)] : [])]),
      ], { characterReferences: { useNamedReferences: true } });
      return {
        id: `${regionUrl}#${key}`,
        title: t('timelineUpdate', { region: regionName, source: source.title[locale].text }),
        link: `${regionUrl}#timeline`,
        date: source.publishedOnSite,
        summary: lines.join(' · '),
        contentHtml: html,
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
      ...content.memos.flatMap(memoEntries),
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
