import { allMemos, allMemoTexts, allPages, allSenders } from 'contentlayer/generated';
import { compareDaysDescending, type IsoDay, toIsoDay } from './dates';
import { type Locale, locales } from './i18n/locales';
import type { LocalizedSlugs, PageRef } from './routes';

/**
 * The site's read access to compiled content: the only module that imports
 * contentlayer/generated. Pages ask it for memos and pages joined across their files.
 */

export type MemoSender = { name: string; role: string; division: string };

export type MemoView = {
  id: string;
  locale: Locale;
  date: IsoDay;
  title: string;
  summary: string;
  recipients: string;
  cc: string[];
  html: string;
  sender: MemoSender;
  originalLanguage: Locale;
  /** True when this language version was translated for the site rather than by the ministry. */
  isSiteTranslation: boolean;
  originalDocuments: { language: Locale; url: string }[];
  slugs: LocalizedSlugs;
  ref: PageRef;
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

function slugsOf<T extends { locale: string; slug: string }>(texts: T[]): LocalizedSlugs {
  const slugs = Object.fromEntries(texts.map((t) => [t.locale, t.slug]));
  for (const locale of locales) {
    if (!slugs[locale]) throw new Error(`Missing ${locale} version (validated content should never get here)`);
  }
  return slugs as LocalizedSlugs;
}

/** All memos in one language, newest first. */
export function getMemos(locale: Locale): MemoView[] {
  return allMemos
    .map((memo): MemoView => {
      const texts = allMemoTexts.filter((t) => t.memoId === memo.memoId);
      const text = texts.find((t) => t.locale === locale);
      const sender = allSenders.find((s) => s.senderId === memo.sender);
      if (!text || !sender) throw new Error(`Memo ${memo.memoId} is incomplete in ${locale}`);
      const slugs = slugsOf(texts);
      return {
        id: memo.memoId,
        locale,
        date: toIsoDay(memo.date),
        title: text.title,
        summary: text.summary,
        recipients: text.recipients,
        cc: text.cc,
        html: text.body.html,
        sender: { name: sender.name, role: sender.role[locale], division: sender.division[locale] },
        originalLanguage: memo.originalLanguage as Locale,
        isSiteTranslation: (memo.translatedForSite as Locale[]).includes(locale),
        originalDocuments: memo.originalDocuments.map((d) => ({ language: d.language as Locale, url: d.url })),
        slugs,
        ref: { kind: 'memo', slugs },
      };
    })
    .sort((a, b) => compareDaysDescending(a.date, b.date) || a.id.localeCompare(b.id));
}

export function getMemoBySlug(locale: Locale, slug: string): MemoView | undefined {
  return getMemos(locale).find((m) => m.slugs[locale] === slug);
}

/** The memos just before and after one memo in time (older, newer). */
export function getAdjacentMemos(memo: MemoView): { older?: MemoView; newer?: MemoView } {
  const memos = getMemos(memo.locale);
  const index = memos.findIndex((m) => m.id === memo.id);
  return { newer: memos[index - 1], older: memos[index + 1] };
}

export function getPages(locale: Locale): PageView[] {
  return allPages
    .filter((p) => p.locale === locale)
    .map((page): PageView => {
      const slugs = slugsOf(allPages.filter((p) => p.pageId === page.pageId));
      return {
        id: page.pageId,
        locale,
        title: page.title,
        summary: page.summary,
        updated: toIsoDay(page.updated),
        html: page.body.html,
        slugs,
        ref: { kind: 'page', slugs },
      };
    });
}

export function getPage(locale: Locale, id: string): PageView {
  const page = getPages(locale).find((p) => p.id === id);
  if (!page) throw new Error(`No page "${id}" in ${locale}`);
  return page;
}

/** The date the newest memo was issued: the "Date modified" of lists of memos. */
export function latestMemoDate(): IsoDay | undefined {
  return getMemos('en')[0]?.date;
}
