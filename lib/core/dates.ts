/**
 * Calendar math on days written YYYY-MM-DD and on dates as precise as their source (YYYY-MM,
 * YYYY). No language here: lib/i18n/date-format.ts says dates in words.
 */

import { memoize } from './once';

/** A calendar day written YYYY-MM-DD, with no time zone: the way memos date themselves. */
export type IsoDay = string;

/**
 * How exactly a source dates something. The site never shows more precision than it has:
 * day "2023-10-01", month "2022-04", part of a year "2022-fall" (fall 2022), year "2022",
 * "end of April 2022", "by April 2022", "by the end of April 2022", "by 2025", "by the end of 2022".
 * The first four are how the date is written; the others are the words the source used around it.
 */
export const precisions = ['day', 'month', 'part-of-year', 'year', 'end-of-month', 'by-month', 'by-end-of-month', 'by-year', 'by-end-of-year'] as const;
export type Precision = (typeof precisions)[number];

/** How a date is written: YYYY-MM-DD, YYYY-MM, YYYY-<part> or YYYY. */
export type DateFormat = 'day' | 'month' | 'part-of-year' | 'year';

/** The way a date must be written for each precision. */
export const precisionFormat: Record<Precision, DateFormat> = {
  day: 'day',
  month: 'month',
  'part-of-year': 'part-of-year',
  year: 'year',
  'end-of-month': 'month',
  'by-month': 'month',
  'by-end-of-month': 'month',
  'by-year': 'year',
  'by-end-of-year': 'year',
};

/** "By …": the source gives a deadline, not a day it happens on (the span is open at its start). */
export function isOpenEnded(precision: Precision | undefined): boolean {
  return precision !== undefined && precision.startsWith('by-');
}

/**
 * The parts of a year a source may name instead of a month ("late 2022", "fall 2022"), with the
 * months each covers: thirds of the year for early, mid and late, and the meteorological seasons
 * (winter is left out: it straddles two years, and no source has needed it).
 */
export const yearParts = {
  early: { first: 1, last: 4 },
  mid: { first: 5, last: 8 },
  late: { first: 9, last: 12 },
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  fall: { first: 9, last: 11 },
} as const;
export type YearPart = keyof typeof yearParts;
const yearPartPattern = new RegExp(`^(\\d{4})-(${Object.keys(yearParts).join('|')})$`);

/** The year and part of a date written YYYY-<part> ("2022-fall"), or undefined. */
export function yearPartOf(value: string): { year: string; part: YearPart } | undefined {
  const match = yearPartPattern.exec(value);
  return match ? { year: match[1], part: match[2] as YearPart } : undefined;
}

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

/** Midnight UTC of a day, for Intl formatting and day arithmetic. */
export function utcDate(day: IsoDay): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Newest first, for lists of memos. */
export function compareDaysDescending(a: IsoDay, b: IsoDay): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** The latest of some days, or undefined when there are none. */
export function latestDay(days: (IsoDay | undefined)[]): IsoDay | undefined {
  return days.filter((d): d is IsoDay => Boolean(d)).sort().pop();
}

/** Which precision a written date has: YYYY-MM-DD, YYYY-MM, YYYY-<part> or YYYY; null when it is not a real date. */
export const partialDateFormat = memoize(partialDateFormatOf);

function partialDateFormatOf(value: string): DateFormat | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'month';
  if (yearPartOf(value)) return 'part-of-year';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealIsoDay(value)) return 'day';
  return null;
}

/** First and last calendar day a partial date can mean: "2022-04" → 2022-04-01 … 2022-04-30. */
// Timelines ask for the same few dates' bounds thousands of times: each is worked out once.
export const periodBounds = memoize(periodBoundsOf);

const monthBounds = (year: string, month: number) => {
  const mm = String(month).padStart(2, '0');
  const lastDay = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return { first: `${year}-${mm}-01`, last: `${year}-${mm}-${String(lastDay).padStart(2, '0')}` };
};

function periodBoundsOf(value: string): Readonly<{ first: IsoDay; last: IsoDay }> {
  const format = partialDateFormat(value);
  if (format === 'day') return { first: value, last: value };
  if (format === 'month') return monthBounds(value.slice(0, 4), Number(value.slice(5, 7)));
  const part = yearPartOf(value);
  if (part) {
    const { first, last } = yearParts[part.part];
    return { first: monthBounds(part.year, first).first, last: monthBounds(part.year, last).last };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

/** Today's date in Toronto, where the ministry publishes. */
export function todayInToronto(): IsoDay {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
