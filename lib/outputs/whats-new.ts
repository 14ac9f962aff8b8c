import { getMemos, type MemoView } from '../content/documents';
import { getRegions, getStatements, type RegionView, rolloutAsOf } from '../rollout/regions';
import type { ChangeNote } from '../content/schemas/fields';
import type { IsoDay } from '../core/dates';
import { groupBy } from '../core/group';
import { contentVersion } from '../content/corpus';
import { intlLocale, type Locale, locales } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { Milestone } from '../content/milestones';
import { pathFor } from '../web/routes';
import { compareSources, isDated, sourceKey, type SourceRef } from '../rollout/sources';
import { formatLongDate } from '../i18n/date-format';
import { quotedTitle, saysOtherwise, sourceDateText, whatItSays } from '../rollout/statement-text';
import { memoize, oncePerProcess } from '../core/once';
import { deriveRegionTimeline, type SourcedStatement, type TimelineEntry } from '../rollout/timeline';

/**
 * "What's new": every change to what the site says, newest first — a new memo, a new source
 * and what it changed on the timelines of the regions it speaks of, and the change notes of
 * memos and regions. What a source changed comes from lib/rollout/timeline.ts alone: a region's
 * timeline derived from the sources listed below it, then with it, compared entry by entry.
 * The page and its Atom feed (lib/outputs/whats-new-feed.ts) show this one list.
 */

export type ItemKind = 'memo' | 'source' | 'memo-change' | 'region-change';

/** What a source did to one entry of a region's timeline, when it arrived. */
export type EffectKind = 'added' | 'changed' | 'supports' | 'earlier' | 'disagrees';

export type TimelineEffect = { kind: EffectKind; milestone: Milestone; text: string };

export type RegionEffects = {
  regionId: string;
  name: string;
  /** The region's page on this site. */
  href: string;
  /** Empty when the item concerns the region without changing its timeline. */
  effects: TimelineEffect[];
  /** What the page and the feed say of them: each change on a line, the entries it only supports on one. */
  lines: string[];
};

export type WhatsNewItem = {
  /** Permanent: the item's anchor on the page and, after the page's address, its feed entry id. */
  id: string;
  kind: ItemKind;
  /** The day the site published it (a memo, a source) or changed a page (a change note): what the list is dated and ordered by. */
  day: IsoDay;
  /** "New memo", "New source", "Memo updated", "Region page updated". */
  label: string;
  title: string;
  /** The language of the title, which a source keeps as published. */
  titleLang: Locale;
  /** Where the title leads: the memo or region page (at its change history), or the source itself. */
  href: string;
  /** A memo's summary or a change note; for a source, its publisher. */
  text: string;
  /** For a memo or a source, its own date (or "no date given" and the day it was consulted), beside the day the site published it. */
  ownDate?: string;
  /** The memo or source of a "new memo" or "new source" item (its own date orders the items of one day). */
  source?: SourceRef;
  regions: RegionEffects[];
  /** The same regions, those the item changed alike together (the Phase 2 regions of one memo …), in region order. */
  groups: RegionGroup[];
};

export type RegionGroup = { regions: Pick<RegionEffects, 'regionId' | 'name' | 'href'>[]; lines: string[] };

export type WhatsNewContent = { memos: MemoView[]; regions: RegionView[]; statements: SourcedStatement[] };

const kindRank: Record<ItemKind, number> = { 'memo-change': 0, 'region-change': 0, memo: 1, source: 1 };

type Ordered = Pick<WhatsNewItem, 'day' | 'kind' | 'id' | 'source'>;

/**
 * The one ordering of the list: newest day on this site first. On the same day, change notes
 * come first, then the memos and sources published that day as if one after the other in the
 * order of their own dates: a source without a date of its own, which only corroborates, above
 * the dated ones, and those in the one ordering of sources (lib/rollout/sources.ts: newest own date
 * first, a memo before a reference on the same day). So, read from the bottom up, each source's
 * effect is measured against the older ones. Then by id, so that the order never depends on the
 * order content was read in.
 */
export function compareItems(a: Ordered, b: Ordered): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (kindRank[a.kind] !== kindRank[b.kind]) return kindRank[a.kind] - kindRank[b.kind];
  if (a.source && b.source) {
    if (isDated(a.source) !== isDated(b.source)) return isDated(a.source) ? 1 : -1;
    const bySource = compareSources(a.source, b.source);
    if (bySource !== 0) return bySource;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const anchorOf = (source: SourceRef) => sourceKey(source).replace(':', '-');

/**
 * The entries of one region's timeline that a source touched, with what it did to each: the
 * timeline is derived from `before` (the sources listed below it), then from `before` and the
 * source's own statements, on the same "as of" day as the region pages.
 */
export function timelineEffects(regionId: string, source: SourceRef, before: SourcedStatement[], own: SourcedStatement[], asOf: IsoDay, locale: Locale): TimelineEffect[] {
  return effectsBetween(source, deriveRegionTimeline(regionId, before, asOf), deriveRegionTimeline(regionId, [...before, ...own], asOf), locale);
}

/** What a source did to a region's timeline: `was` derived without its statements, `now` with them. */
function effectsBetween(source: SourceRef, was: TimelineEntry[], now: TimelineEntry[], locale: Locale): TimelineEffect[] {
  const t = translator(locale);
  const key = sourceKey(source);
  const mine = (statements: SourcedStatement[]) => statements.find((s) => sourceKey(s.source) === key);
  return now.flatMap((entry: TimelineEntry): TimelineEffect[] => {
    const prior = was.find((e) => e.milestone === entry.milestone);
    const milestone = t(`Milestones.${entry.milestone}`);
    const says = (statement: SourcedStatement) => whatItSays(statement, locale, entry.milestone);
    const current = says(entry.current);
    const disagreeing = mine(entry.disagreements);
    if (disagreeing) return [{ kind: 'disagrees', milestone: entry.milestone, text: t('WhatsNew.effectDisagrees', { milestone, says: says(disagreeing), current }) }];
    const earlier = mine(entry.history);
    if (earlier) return [{ kind: 'earlier', milestone: entry.milestone, text: t('WhatsNew.effectEarlier', { milestone, says: says(earlier), current }) }];
    const supporting = mine(entry.supports);
    if (!supporting) return [];
    if (!prior) return [{ kind: 'added', milestone: entry.milestone, text: t('WhatsNew.effectAdded', { milestone, current }) }];
    if (saysOtherwise(prior.current, entry.current, locale)) {
      return [{ kind: 'changed', milestone: entry.milestone, text: t('WhatsNew.effectChanged', { milestone, current, previous: says(prior.current) }) }];
    }
    return [{ kind: 'supports', milestone: entry.milestone, text: t('WhatsNew.effectSupports', { milestone, says: says(supporting) }) }];
  });
}

const conjunction = memoize((locale: Locale) => new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }));

/** Each change on its own line; the entries a source only supports, named together on one line. */
export function effectLines(effects: TimelineEffect[], locale: Locale): string[] {
  const t = translator(locale);
  const supported = effects.filter((e) => e.kind === 'supports').map((e) => t(`Milestones.${e.milestone}`));
  const list = conjunction(locale).format(supported);
  return [...effects.filter((e) => e.kind !== 'supports').map((e) => e.text), ...(supported.length > 0 ? [t('WhatsNew.supportsOnly', { milestones: list })] : [])];
}

/** Regions whose lines are the same, together, in the order of their first region. */
export function groupRegions(regions: RegionEffects[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const { regionId, name, href, lines } of regions) {
    const key = JSON.stringify(lines);
    const group = groups.get(key) ?? { regions: [], lines };
    group.regions.push({ regionId, name, href });
    groups.set(key, group);
  }
  return [...groups.values()];
}

type Draft = Omit<WhatsNewItem, 'regions' | 'groups'> & { regionIds: string[] };

/** Change notes as items; two notes of one page on one day keep the order they were written in. */
function changeDrafts(kind: 'memo-change' | 'region-change', docId: string, changes: ChangeNote[], base: Omit<Draft, 'id' | 'kind' | 'day' | 'text'>, locale: Locale): Draft[] {
  const seen = new Map<string, number>();
  return [...changes]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((change) => {
      const count = (seen.get(change.date) ?? 0) + 1;
      seen.set(change.date, count);
      const id = `change-${kind === 'memo-change' ? 'memo' : 'region'}-${docId}-${change.date}${count > 1 ? `-${count}` : ''}`;
      return { ...base, id, kind, day: change.date, text: change.note[locale] };
    });
}

/** Every change to what the site says, newest first, in one language. */
export function buildWhatsNew(
  locale: Locale,
  content: WhatsNewContent = { memos: getMemos(locale), regions: getRegions(), statements: getStatements() },
  asOf: IsoDay = rolloutAsOf(),
): WhatsNewItem[] {
  const t = translator(locale, 'WhatsNew');
  const sources = new Map<string, SourceRef>();
  // Each statement's source key, computed once: the list compares sources for every item.
  const keyOf = new Map(content.statements.map((s) => [s, sourceKey(s.source)]));
  for (const s of content.statements) sources.set(keyOf.get(s)!, s.source);
  const bySource = groupBy(content.statements, (s) => keyOf.get(s)!);

  const drafts: Draft[] = [];
  for (const memo of content.memos) {
    const href = pathFor(memo.ref, locale);
    const source = sources.get(`memo:${memo.id}`);
    const ownDate = t('memoDate', { date: formatLongDate(memo.date, locale).text });
    drafts.push({ id: `memo-${memo.id}`, kind: 'memo', day: memo.publishedOnSite, label: t('memo'), title: memo.title, titleLang: locale, href, text: memo.summary, ownDate, regionIds: memo.regionIds, source });
    const base = { label: t('memoChanged'), title: memo.title, titleLang: locale, href: `${href}#change-history`, regionIds: memo.regionIds };
    drafts.push(...changeDrafts('memo-change', memo.id, memo.changes, base, locale));
  }
  for (const source of sources.values()) {
    if (source.kind !== 'reference') continue;
    const title = source.title[locale];
    const date = sourceDateText(source, locale);
    drafts.push({
      id: anchorOf(source),
      kind: 'source',
      day: source.publishedOnSite,
      label: t('source'),
      title: quotedTitle(title, locale),
      titleLang: title.lang,
      href: source.href[locale],
      text: source.publisher[locale],
      ownDate: t('sourceDate', { date: date.consulted ? `${date.own} (${date.consulted})` : date.own }),
      regionIds: [...new Set((bySource.get(sourceKey(source)) ?? []).flatMap((s) => s.regions))],
      source,
    });
  }
  for (const region of content.regions) {
    const base = { label: t('regionChanged'), title: region.names[locale], titleLang: locale, href: `${pathFor(region.ref, locale)}#change-history`, regionIds: [region.id] };
    drafts.push(...changeDrafts('region-change', region.id, region.changes, base, locale));
  }
  drafts.sort(compareItems);

  // Each source's effects are measured against the sources listed below it: the list read from
  // the bottom up. A statement is "below" an item when its source's item comes later in the list;
  // only the statements about the region at hand matter (a timeline is one region's), so each
  // item costs the size of its regions' statements, not of the whole list.
  const position = new Map<string, number>();
  drafts.forEach((d, index) => d.source && position.set(sourceKey(d.source), index));
  const positionOf = (s: SourcedStatement) => position.get(keyOf.get(s)!) ?? -1;
  const aboutRegion = new Map(content.regions.map((r) => [r.id, content.statements.filter((s) => s.regions.includes(r.id))]));
  // A region's timeline before an item is derived from its statements below the item, and after
  // it from those at or below it: both are "the statements at or below a place in the list", in
  // content order, so these sets nest and a set is named by its size. Each is derived once: the
  // timeline an item is measured against is the one the source below it produced.
  const derived = new Map<string, TimelineEntry[]>();
  const timelineFrom = (regionId: string, lowest: number) => {
    const statements = (aboutRegion.get(regionId) ?? []).filter((s) => positionOf(s) >= lowest);
    const key = `${regionId}:${statements.length}`;
    if (!derived.has(key)) derived.set(key, deriveRegionTimeline(regionId, statements, asOf));
    return derived.get(key)!;
  };
  return drafts.map(({ regionIds, source, ...item }, index): WhatsNewItem => {
    const own = source ? (bySource.get(sourceKey(source)) ?? []) : [];
    const regions = content.regions
      .filter((r) => regionIds.includes(r.id))
      .map((region) => {
        const touched = source && own.some((s) => s.regions.includes(region.id));
        const effects = touched ? effectsBetween(source, timelineFrom(region.id, index + 1), timelineFrom(region.id, index), locale) : [];
        return { regionId: region.id, name: region.names[locale], href: pathFor(region.ref, locale), effects, lines: effectLines(effects, locale) };
      });
    return { ...item, source, regions, groups: groupRegions(regions) };
  });
}

/** The list of the site's content in one language, computed once per build (page, feed and sitemap read it). */
const whatsNewByLocale = Object.fromEntries(locales.map((locale) => [locale, oncePerProcess(`whats-new-${locale}`, contentVersion, () => buildWhatsNew(locale))]));
export const getWhatsNew = (locale: Locale): WhatsNewItem[] => whatsNewByLocale[locale]();
