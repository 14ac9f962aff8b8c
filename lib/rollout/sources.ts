import { type IsoDay, periodBounds } from '../core/dates';
import type { Locale } from '../i18n/locales';

/**
 * Where a statement comes from: a memo published on this site, or an external public reference.
 * Sources rank by their own publication date only; a consulted date is shown, never ranked.
 */

export type Localized = Record<Locale, string>;

/** How a source is named to a reader of one language. */
export type SourceTitle = {
  text: string;
  /** The language of `text`: a title keeps the language it was published in. */
  lang: Locale;
  /** True when the title as published is not known and `text` describes the source instead. */
  isDescription: boolean;
};

export type SourceRef = {
  kind: 'memo' | 'reference';
  id: string;
  /** The source's own date, as precise as it shows it (YYYY, YYYY-MM or YYYY-MM-DD); absent when it shows none. */
  published?: string;
  /** The day this site read a source whose own date is missing or partial. */
  consulted?: IsoDay;
  /** The day this site published it: what's new, the feeds and "Date modified" are dated by it, never ranked by it. */
  publishedOnSite: IsoDay;
  title: Record<Locale, SourceTitle>;
  publisher: Localized;
  /** A page on this site (memo) or the external URL, per language. */
  href: Localized;
};

/** The first day the source can have existed: it can only report what happened by then. */
export function availableFrom(source: SourceRef): IsoDay {
  if (source.published) return periodBounds(source.published).first;
  return source.consulted!;
}

/** The day by which the source had certainly said what it says. */
export function reportedBy(source: SourceRef): IsoDay {
  if (source.published) return periodBounds(source.published).last;
  return source.consulted!;
}

/** True when the source shows a date of its own (perhaps only a month or a year). */
export function isDated(source: SourceRef): boolean {
  return Boolean(source.published);
}

/**
 * The one ordering of sources, used by timelines, source lists and feeds: dated sources newest
 * first (on the same day a ministry memo before a reference), then undated ones by the day they
 * were consulted.
 */
export function compareSources(a: SourceRef, b: SourceRef): number {
  if (isDated(a) !== isDated(b)) return isDated(a) ? -1 : 1;
  const dayA = isDated(a) ? availableFrom(a) : a.consulted!;
  const dayB = isDated(b) ? availableFrom(b) : b.consulted!;
  if (dayA !== dayB) return dayA < dayB ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === 'memo' ? -1 : 1;
  return a.id.localeCompare(b.id);
}

export const sourceKey = (source: SourceRef) => `${source.kind}:${source.id}`;

/** Sources without repeats, in the one ordering. */
export function uniqueSources(sources: SourceRef[]): SourceRef[] {
  const byKey = new Map(sources.map((s) => [sourceKey(s), s]));
  return [...byKey.values()].sort(compareSources);
}

/** Numbers the sources a page cites, 1 … n in the one ordering, for footnote marks and their list. */
export function numberSources(sources: SourceRef[]): { sources: SourceRef[]; numbers: Map<string, number> } {
  const ordered = uniqueSources(sources);
  return { sources: ordered, numbers: new Map(ordered.map((s, i) => [sourceKey(s), i + 1])) };
}
