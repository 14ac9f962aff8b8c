import { type IsoDay, partialDateFormat, type Precision, utcDate } from './dates';
import { type Locale, intlLocale } from './i18n/locales';
import { translator } from './i18n/messages';
import { memoize } from './once';

/** Dates in words, per language, never more precise than their source. Calendar math is in lib/dates.ts. */

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
 * Formats a date of day, month or year precision, with the qualifier the source used
 * ("end of", "by the end of"). Words come from messages/*.json (DatePhrases).
 */
export function formatPartialDate(value: string, precision: Precision | undefined, locale: Locale): DateText {
  const t = translator(locale, 'DatePhrases');
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
  return translator(locale, 'DatePhrases')('notGiven');
}
