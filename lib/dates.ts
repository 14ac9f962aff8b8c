import { type Locale, intlLocale } from './i18n/locales';

/** A calendar day written YYYY-MM-DD, with no time zone: the way memos date themselves. */
export type IsoDay = string;

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True only for a day that exists on the calendar (rejects 2022-02-30, 2023-13-01). */
export function isRealIsoDay(value: string): boolean {
  const match = isoDayPattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Keeps the day of an ISO timestamp or day string: "2022-09-22T00:00:00.000Z" → "2022-09-22". */
export function toIsoDay(value: string | Date): IsoDay {
  const text = value instanceof Date ? value.toISOString() : value;
  const day = text.slice(0, 10);
  if (!isRealIsoDay(day)) throw new Error(`Not a calendar day: ${String(value)}`);
  return day;
}

function utcDate(day: IsoDay): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A long date in the reader's language: "September 22, 2022", "22 septembre 2022".
 * French writes the first day of a month as an ordinal, "1er octobre 2023"; `ordinal` carries
 * the suffix so the page can set it in superscript.
 */
export function formatLongDate(day: IsoDay, locale: Locale): { text: string; ordinal?: { before: string; suffix: string; after: string } } {
  const formatter = new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const text = formatter.format(utcDate(day));
  if (locale === 'fr' && day.endsWith('-01')) {
    const after = text.replace(/^1\s/, ' ');
    return { text: `1er${after}`, ordinal: { before: '1', suffix: 'er', after } };
  }
  return { text };
}

/** Newest first, for lists of memos. */
export function compareDaysDescending(a: IsoDay, b: IsoDay): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
