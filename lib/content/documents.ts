import type { ChangeNote } from './schemas/fields';
import type { PrintedPosition } from './schemas/memo';
import { contentVersion, corpus, slugsOf, textsOf } from './corpus';
import { compareDaysDescending, type IsoDay, latestDay } from '../core/dates';
import { groupByEach } from '../core/group';
import type { Locale } from '../i18n/locales';
import { memoizePerProcess, oncePerProcess } from '../core/once';
import type { LocalizedSlugs, PageRef } from '../web/routes';

/** Memos and pages as the pages show them, joined across their files (lib/content/corpus.ts). */

/** Change notes, newest first. */
export function newestFirst(changes: ChangeNote[]): ChangeNote[] {
  return [...changes].sort((a, b) => compareDaysDescending(a.date, b.date));
}

export type MemoSender = { name: string; role: string; division: string };

/** A web address printed in the original memo, and where. */
export type PrintedAddress = { url: string; page: number; position: PrintedPosition };

export type MemoView = {
  id: string;
  locale: Locale;
  date: IsoDay;
  title: string;
  summary: string;
  recipients: string;
  /** The heading and header rows as printed in this language version ("Note de service" …). */
  heading: string;
  headerLabels: { to: string; from: string; date: string; subject: string };
  /** The "From" row as printed: name and title. */
  from: string;
  /** The "Date" row as printed ("le 22 septembre 2022"); `date` is the same day for machines. */
  printedDate: string;
  cc: string[];
  html: string;
  sender: MemoSender;
  originalLanguage: Locale;
  /** True when this language version was translated for the site rather than by the ministry. */
  isSiteTranslation: boolean;
  /** The memo's own published original, only when its address is known. */
  originalDocuments: { language: Locale; url: string }[];
  /** Addresses printed inside the original memo (not its own address). */
  printedAddresses: PrintedAddress[];
  slugs: LocalizedSlugs;
  ref: PageRef;
  /** Regions the memo concerns: those it lists and those its statements name. */
  regionIds: string[];
  /** What changed since publication, newest first. */
  changes: ChangeNote[];
  /** The day this site published the memo (its own date is `date`). */
  publishedOnSite: IsoDay;
  /** The day this site published it, or its latest change: the page's "Date modified". */
  modified: IsoDay;
};

export type PageView = {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  updated: IsoDay;
  html: string;
  slugs: LocalizedSlugs;
  ref: PageRef;
};


/** All memos in one language, newest first. */
export const getMemos = memoizePerProcess('memos', contentVersion, (locale: Locale): MemoView[] =>
  corpus()
    .memos.map((memo): MemoView => {
      const texts = textsOf().get(memo.id) ?? [];
      const text = texts.find((t) => t.locale === locale);
      const sender = corpus().senders.find((s) => s.id === memo.sender);
      if (!text || !sender) throw new Error(`Memo ${memo.id} is incomplete in ${locale}`);
      const slugs = slugsOf(texts);
      const changes = newestFirst(memo.changes);
      return {
        id: memo.id,
        locale,
        date: memo.date,
        publishedOnSite: memo.publishedOnSite,
        title: text.title,
        summary: text.summary,
        recipients: text.recipients,
        heading: text.heading,
        headerLabels: text.headerLabels,
        from: text.from,
        printedDate: text.printedDate,
        cc: text.cc,
        html: text.html,
        sender: { name: sender.name, role: sender.role[locale], division: sender.division[locale] },
        originalLanguage: memo.originalLanguage,
        isSiteTranslation: memo.translatedForSite.includes(locale),
        originalDocuments: memo.originalDocuments,
        printedAddresses: memo.printedAddresses,
        slugs,
        ref: { kind: 'memo', slugs },
        regionIds: [...new Set([...memo.regions, ...memo.statements.flatMap((s) => s.regions)])],
        changes,
        modified: latestDay([memo.publishedOnSite, ...changes.map((c) => c.date)])!,
      };
    })
    .sort((a, b) => compareDaysDescending(a.date, b.date) || a.id.localeCompare(b.id)),
);

/**
 * Where each memo of a language sits in its list, by slug and by id: memo pages, their
 * neighbours and every page's "Date modified" look a memo up in constant time, not by scanning
 * every memo for every page (the build renders two pages per memo).
 */
const memoPositions = memoizePerProcess('memo-positions', contentVersion, (locale: Locale) => {
  const memos = getMemos(locale);
  return {
    bySlug: new Map(memos.map((memo) => [memo.slugs[locale], memo])),
    indexById: new Map(memos.map((memo, index) => [memo.id, index])),
  };
});

export function getMemoBySlug(locale: Locale, slug: string): MemoView | undefined {
  return memoPositions(locale).bySlug.get(slug);
}

/** The memos just before and after one memo in time (older, newer). */
export function getAdjacentMemos(memo: MemoView): { older?: MemoView; newer?: MemoView } {
  const memos = getMemos(memo.locale);
  const index = memoPositions(memo.locale).indexById.get(memo.id);
  return index === undefined ? {} : { newer: memos[index - 1], older: memos[index + 1] };
}

/** Memos that concern each region, newest first. */
const memosByRegion = memoizePerProcess('memos-by-region', contentVersion, (locale: Locale) => groupByEach(getMemos(locale), (memo) => memo.regionIds));

/** Memos that concern a region, newest first. */
export function getMemosForRegion(locale: Locale, regionId: string): MemoView[] {
  return memosByRegion(locale).get(regionId) ?? [];
}

/** The latest date a memo was issued or changed: the "Date modified" of lists of memos (and of the 404 page, on every page). */
export const latestMemoDate = oncePerProcess('latest-memo-date', contentVersion, (): IsoDay | undefined => latestDay(getMemos('en').map((m) => m.modified)));

export const getPages = memoizePerProcess('pages', contentVersion, (locale: Locale): PageView[] =>
  corpus()
    .pages.filter((p) => p.locale === locale)
    .map((page): PageView => {
      const slugs = slugsOf(corpus().pages.filter((p) => p.id === page.id));
      return { id: page.id, locale, title: page.title, summary: page.summary, updated: page.updated, html: page.html, slugs, ref: { kind: 'page', slugs } };
    }),
);

export function getPage(locale: Locale, id: string): PageView {
  const page = getPages(locale).find((p) => p.id === id);
  if (!page) throw new Error(`No page "${id}" in ${locale}`);
  return page;
}
