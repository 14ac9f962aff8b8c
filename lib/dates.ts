import { createTranslator } from 'use-intl/core';
import type { Precision } from './content-schema';
import { type Locale, intlLocale } from './i18n/locales';
import { messages } from './i18n/messages';

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

/** Which precision a written date has: YYYY-MM-DD, YYYY-MM or YYYY; null when it is not a real date. */
export function partialDateFormat(value: string): 'day' | 'month' | 'year' | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealIsoDay(value)) return 'day';
  return null;
}

/** First and last calendar day a partial date can mean: "2022-04" → 2022-04-01 … 2022-04-30. */
export function periodBounds(value: string): { first: string; last: string } {
  const format = partialDateFormat(value);
  if (format === 'day') return { first: value, last: value };
  if (format === 'month') {
    const [y, m] = value.split('-').map(Number);
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

/* ---------------------------------------------------------------------------------------------
 * Dates as precise as their source ("2022-04", "end of April 2022", "by the end of 2022").
 * ------------------------------------------------------------------------------------------- */

export type DateText = { text: string; ordinal?: { before: string; suffix: string; after: string } };

function monthYear(value: string, locale: Locale): string {
  const [y, m] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * Formats a date of day, month or year precision, with the qualifier the source used
 * ("end of", "by the end of"). Words come from messages/*.json (DatePhrases).
 */
export function formatPartialDate(
  value: string,
  precision: Precision | undefined,
  locale: Locale,
): DateText {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'DatePhrases' });
  const format = partialDateFormat(value);
  if (format === null) throw new Error(`Not a date: ${value}`);
  if (format === 'day') return formatLongDate(value, locale);
  if (format === 'year') return { text: precision === 'by-end-of-year' ? t('byEndOfYear', { year: value }) : value };
  const month = monthYear(value, locale);
  if (precision === 'end-of-month') return { text: t('endOfMonth', { month }) };
  if (precision === 'by-end-of-month') return { text: t('byEndOfMonth', { month }) };
  return { text: month };
}

/** "date not given" in the reader's language, for statements whose source gives none. */
export function dateNotGiven(locale: Locale): string {
  return createTranslator({ locale, messages: messages[locale], namespace: 'DatePhrases' })('notGiven');
}
