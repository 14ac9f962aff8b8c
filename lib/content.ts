import { allMemos, allMemoTexts, allPages, allReferences, allRegions, allSenders } from 'contentlayer/generated';
import { type ChangeNote, changeNoteSchema, type Phase, type PrintedPosition, type Statement, statementSchema } from './content-schema';
import { compareDaysDescending, type IsoDay, toIsoDay } from './dates';
import { isLocale, type Locale, locales } from './i18n/locales';
import { type LocalizedSlugs, type PageRef, pathFor } from './routes';
import { type Localized, type SourceRef, sourceDay, type SourceTitle, uniqueSources } from './sources';
import type { SourcedStatement } from './timeline';

/**
 * The site's read access to compiled content: the only module that imports
 * contentlayer/generated. Pages ask it for memos and pages joined across their files.
 */

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
  /** The memo's date, or its latest change: the page's "Date modified". */
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

function slugsOf<T extends { locale: string; slug: string }>(texts: T[]): LocalizedSlugs {
  const slugs = Object.fromEntries(texts.map((t) => [t.locale, t.slug]));
  for (const locale of locales) {
    if (!slugs[locale]) throw new Error(`Missing ${locale} version (validated content should never get here)`);
  }
  return slugs as LocalizedSlugs;
}

/** Change notes as Contentlayer carries them (JSON), newest first. */
function changesOf(raw: unknown): ChangeNote[] {
  return changeNoteSchema
    .array()
    .parse(raw ?? [])
    .sort((a, b) => compareDaysDescending(a.date, b.date));
}

function latestDay(days: (IsoDay | undefined)[]): IsoDay | undefined {
  return days.filter((d): d is IsoDay => Boolean(d)).sort().pop();
}

/**
 * Compiled content does not change while a build runs, so each view is computed once: pages
 * ask for the memo list hundreds of times, and recomputing it would make builds grow with the
 * square of the number of memos. (In `npm run dev` a content change reloads this module.)
 */
function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

function once<V>(compute: () => V): () => V {
  let value: { v: V } | undefined;
  return () => (value ??= { v: compute() }).v;
}

const textsByMemo = once(() => {
  const index = new Map<string, (typeof allMemoTexts)[number][]>();
  for (const text of allMemoTexts) index.set(text.memoId, [...(index.get(text.memoId) ?? []), text]);
  return index;
});

/** All memos in one language, newest first. */
export const getMemos = memoize((locale: Locale): MemoView[] => {
  return allMemos
    .map((memo): MemoView => {
      const texts = textsByMemo().get(memo.memoId) ?? [];
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
        heading: text.heading,
        headerLabels: { to: text.headerLabels.to, from: text.headerLabels.from, date: text.headerLabels.date, subject: text.headerLabels.subject },
        from: text.from,
        printedDate: text.printedDate,
        cc: text.cc,
        html: text.body.html,
        sender: { name: sender.name, role: sender.role[locale], division: sender.division[locale] },
        originalLanguage: memo.originalLanguage as Locale,
        isSiteTranslation: (memo.translatedForSite as Locale[]).includes(locale),
        originalDocuments: memo.originalDocuments.map((d) => ({ language: d.language as Locale, url: d.url })),
        printedAddresses: memo.printedAddresses.map((a) => ({ url: a.url, page: a.page, position: a.position as PrintedPosition })),
        slugs,
        ref: { kind: 'memo', slugs },
        regionIds: [...new Set([...memo.regions, ...statementsOf(memo.statements).flatMap((s) => s.regions)])],
        changes: changesOf(memo.changes),
        modified: latestDay([toIsoDay(memo.date), ...changesOf(memo.changes).map((c) => c.date)])!,
      };
    })
    .sort((a, b) => compareDaysDescending(a.date, b.date) || a.id.localeCompare(b.id));
});

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

/** The latest date a memo was issued or changed: the "Date modified" of lists of memos. */
export function latestMemoDate(): IsoDay | undefined {
  return latestDay(getMemos('en').map((m) => m.modified));
}

/* ---------------------------------------------------------------------------------------------
 * Regions, sources and statements.
 * ------------------------------------------------------------------------------------------- */

export type RegionView = {
  id: string;
  names: Localized;
  /** The name as a sentence uses it: "the Northeast", « le Nord-Est ». */
  inSentence: Localized;
  slugs: LocalizedSlugs;
  phase: Phase;
  order: number;
  ref: PageRef;
  changes: ChangeNote[];
};

/** Statements as Contentlayer carries them (JSON), typed and defaulted by the validator's schema. */
function statementsOf(raw: unknown): Statement[] {
  return statementSchema.array().parse(raw ?? []);
}

/** The 15 designated regions, in their display order. */
export function getRegions(): RegionView[] {
  return regionsOnce();
}

const regionsOnce = once((): RegionView[] =>
  allRegions
    .map((r): RegionView => {
      const slugs = { en: r.slugs.en, fr: r.slugs.fr };
      return {
        id: r.regionId,
        names: { en: r.names.en, fr: r.names.fr },
        inSentence: { en: r.inSentence?.en ?? r.names.en, fr: r.inSentence?.fr ?? r.names.fr },
        slugs,
        phase: r.phase as Phase,
        order: r.order,
        ref: { kind: 'region', slugs },
        changes: changesOf(r.changes),
      };
    })
    .sort((a, b) => a.order - b.order),
);

export function getRegion(id: string): RegionView {
  const region = getRegions().find((r) => r.id === id);
  if (!region) throw new Error(`No region "${id}"`);
  return region;
}

export function getRegionBySlug(locale: Locale, slug: string): RegionView | undefined {
  return getRegions().find((r) => r.slugs[locale] === slug);
}

/** Every statement of every memo and reference, each carrying its source. */
export function getStatements(): SourcedStatement[] {
  return statementsOnce();
}

const statementsOnce = once((): SourcedStatement[] => {
  const fromMemos = allMemos.flatMap((memo) => {
    const texts = textsByMemo().get(memo.memoId) ?? [];
    const ref: PageRef = { kind: 'memo', slugs: slugsOf(texts) };
    const sender = allSenders.find((s) => s.senderId === memo.sender);
    const source: SourceRef = {
      kind: 'memo',
      id: memo.memoId,
      published: toIsoDay(memo.date),
      title: Object.fromEntries(locales.map((l) => [l, { text: texts.find((t) => t.locale === l)?.title ?? '', lang: l, isDescription: false }])) as Record<Locale, SourceTitle>,
      publisher: { en: sender?.division.en ?? '', fr: sender?.division.fr ?? '' },
      href: Object.fromEntries(locales.map((l) => [l, pathFor(ref, l)])) as Localized,
    };
    return statementsOf(memo.statements).map((s) => ({ ...s, source }));
  });
  const fromReferences = allReferences.flatMap((reference) => {
    const url = reference.url as string | Localized;
    const title = reference.title as string | Localized | undefined;
    const description = reference.description;
    const titleIn = (locale: Locale): SourceTitle => {
      if (typeof title === 'string') return { text: title, lang: reference.language as Locale, isDescription: false };
      if (title) return { text: title[locale], lang: locale, isDescription: false };
      return { text: description![locale], lang: locale, isDescription: true };
    };
    const source: SourceRef = {
      kind: 'reference',
      id: reference.referenceId,
      published: reference.published === undefined ? undefined : String(reference.published),
      consulted: reference.consulted ? toIsoDay(reference.consulted) : undefined,
      title: { en: titleIn('en'), fr: titleIn('fr') },
      publisher: { en: reference.publisher.en, fr: reference.publisher.fr },
      href: typeof url === 'string' ? { en: url, fr: url } : url,
    };
    return statementsOf(reference.statements).map((s) => ({ ...s, source }));
  });
  return [...fromMemos, ...fromReferences];
});

/** Memos that concern a region, newest first. */
export function getMemosForRegion(locale: Locale, regionId: string): MemoView[] {
  return getMemos(locale).filter((m) => m.regionIds.includes(regionId));
}

/** Sources cited about a region, newest first, without repeats. */
export function getSourcesForRegion(regionId: string): SourceRef[] {
  return uniqueSources(getStatements().filter((s) => s.regions.includes(regionId)).map((s) => s.source));
}

/**
 * The date statuses are computed for: ROLLOUT_AS_OF (YYYY-MM-DD) when set, so that tests are
 * reproducible; otherwise the build date in Toronto.
 */
export function rolloutAsOf(): IsoDay {
  const fromEnv = process.env.ROLLOUT_AS_OF;
  if (fromEnv) return toIsoDay(fromEnv);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The most recent source or change note about a region: its page's "Date modified". */
export function regionModified(regionId: string): IsoDay | undefined {
  return latestDay([...getSourcesForRegion(regionId).map(sourceDay), getRegion(regionId).changes[0]?.date]);
}

/** The region a localized URL names ({ locale, region: slug }), for routes that are not pages. */
export async function regionFromParams(params: Promise<{ locale: string; region: string }>): Promise<{ locale: Locale; region: RegionView } | undefined> {
  const { locale, region: slug } = await params;
  if (!isLocale(locale)) return undefined;
  const region = getRegionBySlug(locale, slug);
  return region ? { locale, region } : undefined;
}
