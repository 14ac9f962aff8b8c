import { type IsoDay, partialDateFormat, type Precision, utcDate, yearPartOf } from '../core/dates';
import { type Locale, intlLocale } from './locales';
import { translator } from './messages';
import { memoize } from '../core/once';

/** Dates in words, per language, never more precise than their source. Calendar math is in lib/core/dates.ts. */

// Building an Intl formatter costs far more than using one: one of each per language.
const longDate = memoize((locale: Locale) => new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const monthAndYear = memoize((locale: Locale) => new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/**
 * A long date in the reader's language: "September 22, 2022", "22 septembre 2022".
 * French writes the first day of a month as an ordinal, "1er octobre 2023"; `ordinal` carries
 * the suffix so the page can set it in superscript.
 */
export function formatLongDate(day: IsoDay, locale: Locale): DateText {
  const text = longDate(locale).format(utcDate(day));
  if (locale === 'fr' && day.endsWith('-01')) {
    const after = text.replace(/^1\s/, ' ');
    return { text: `1er${after}`, ordinal: { before: '1', suffix: 'er', after } };
  }
  return { text };
}

export type DateText = { text: string; ordinal?: { before: string; suffix: string; after: string } };

function monthYear(value: string, locale: Locale): string {
  const [y, m] = value.split('-').map(Number);
  return monthAndYear(locale).format(new Date(Date.UTC(y, m - 1, 1)));
}

/**
 * Formats a date of day, month, part-of-year or year precision, with the qualifier the source
 * used ("end of", "by", "by the end of"). Words come from messages/*.json (DatePhrases).
 */
export function formatPartialDate(value: string, precision: Precision | undefined, locale: Locale): DateText {
  const t = translator(locale, 'DatePhrases');
  const format = partialDateFormat(value);
  if (format === null) throw new Error(`Not a date: ${value}`);
  if (format === 'day') return formatLongDate(value, locale);
  if (format === 'part-of-year') {
    const { year, part } = yearPartOf(value)!;
    return { text: t(`part.${part}`, { year }) };
  }
  if (format === 'year') {
    if (precision === 'by-end-of-year') return { text: t('byEndOfYear', { year: value }) };
    if (precision === 'by-year') return { text: t('byYear', { year: value }) };
    return { text: value };
  }
  const month = monthYear(value, locale);
  if (precision === 'end-of-month') return { text: t('endOfMonth', { month }) };
  if (precision === 'by-month') return { text: t('byMonth', { month }) };
  if (precision === 'by-end-of-month') return { text: t('byEndOfMonth', { month }) };
  return { text: month };
}

/** A date's words inside a phrase: what comes before and after it ("du 1er janvier 2023" → "du ", date). */
export type FramedDate = { before: string; date: DateText; after: string };

/** A span "start – end" in the reader's language: French says « du 1er janvier au 30 septembre 2023 », « d’avril 2022 à mars 2023 ». */
export type SpanText = { text: string; start: FramedDate; end: FramedDate };

type SpanKey = 'day' | 'month' | 'monthElided' | 'year' | 'early' | 'mid' | 'late' | 'spring' | 'summer' | 'fall';
const marker = '\u0000';

/** Which form of « de » / « à » a date takes in a span: by how it is written, and whether its words start with a vowel. */
function spanKey(value: string, text: string): SpanKey {
  const format = partialDateFormat(value);
  if (format === 'part-of-year') return yearPartOf(value)!.part;
  if (format === 'month' && /^[aeiouéèêâîôûh]/i.test(text)) return 'monthElided';
  return format === 'day' ? 'day' : format === 'month' ? 'month' : 'year';
}

function frame(template: string, date: DateText): FramedDate {
  const [before, after = ''] = template.split(marker);
  return { before, date, after };
}

const framedText = (f: FramedDate) => `${f.before}${f.date.text}${f.after}`;

export function formatSpan(start: string, end: string, locale: Locale): SpanText {
  const t = translator(locale, 'DatePhrases');
  const startDate = formatPartialDate(start, undefined, locale);
  const endDate = formatPartialDate(end, undefined, locale);
  const from = frame(t(`spanFrom.${spanKey(start, startDate.text)}`, { date: marker }), startDate);
  const to = frame(t(`spanTo.${spanKey(end, endDate.text)}`, { date: marker }), endDate);
  // The span's own words around the two ends ("{from} – {to}"), split the same way.
  const [beforeFrom, between = '', afterTo = ''] = t('span', { from: marker, to: marker }).split(marker);
  return {
    text: `${beforeFrom}${framedText(from)}${between}${framedText(to)}${afterTo}`,
    start: { ...from, before: `${beforeFrom}${from.before}` },
    end: { ...to, before: `${between}${to.before}`, after: `${to.after}${afterTo}` },
  };
}

/** "date not given" in the reader's language, for statements whose source gives none. */
export function dateNotGiven(locale: Locale): string {
  return translator(locale, 'DatePhrases')('notGiven');
}

/** How old a source is, to the month: "November 2022" for a day or a month, else as the date is written ("2022", "fall 2022"). */
export function formatMonthOf(value: string, locale: Locale): string {
  return partialDateFormat(value) === 'day' ? monthYear(value.slice(0, 7), locale) : formatPartialDate(value, undefined, locale).text;
}

/**
 * A time on Toronto's clock as each language writes it: "9:00", "14:30" in English (the
 * 24-hour clock keeps it unambiguous without a.m./p.m.), "9 h", "14 h 30" in French.
 */
export function formatClockTime(minute: string, locale: Locale): string {
  const [hours, minutes] = minute.slice(11, 16).split(':');
  const hour = String(Number(hours));
  if (locale === 'fr') return minutes === '00' ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${minutes}`;
  return `${hour}:${minutes}`;
}
