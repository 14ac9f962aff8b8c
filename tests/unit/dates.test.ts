import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonthOf, formatPartialDate, formatSpan } from '@/lib/i18n/date-format';
import { compareDaysDescending, isOpenEnded, isRealIsoDay, partialDateFormat, periodBounds, toIsoDay } from '@/lib/core/dates';

describe('isRealIsoDay', () => {
  it.each(['2022-09-22', '2024-02-29', '2023-12-31'])('accepts %s', (day) => expect(isRealIsoDay(day)).toBe(true));
  it.each(['2022-02-30', '2023-02-29', '2023-13-01', '2023-00-10', '22-09-2022', '2022-9-22', ''])('rejects %s', (day) =>
    expect(isRealIsoDay(day)).toBe(false),
  );
});

describe('formatLongDate', () => {
  it('writes English dates month first', () => {
    expect(formatLongDate('2022-09-22', 'en').text).toBe('September 22, 2022');
  });
  it('writes French dates day first, month in lowercase', () => {
    expect(formatLongDate('2022-09-22', 'fr').text).toBe('22 septembre 2022');
  });
  it('writes the first of the month as "1er" in French, with the suffix set apart for superscript', () => {
    expect(formatLongDate('2023-10-01', 'fr')).toEqual({
      text: '1er octobre 2023',
      ordinal: { before: '1', suffix: 'er', after: ' octobre 2023' },
    });
  });
  it('does not use an ordinal in English or on other days', () => {
    expect(formatLongDate('2023-10-01', 'en')).toEqual({ text: 'October 1, 2023' });
    expect(formatLongDate('2023-10-11', 'fr').ordinal).toBeUndefined();
  });
});

describe('toIsoDay', () => {
  it('keeps the calendar day of a UTC timestamp', () => {
    expect(toIsoDay('2022-03-17T00:00:00.000Z')).toBe('2022-03-17');
  });
  it('refuses text that is not a date', () => {
    expect(() => toIsoDay('soon')).toThrow(/Not a calendar day/);
  });
});

describe('compareDaysDescending', () => {
  it('sorts newest first', () => {
    expect(['2022-03-17', '2022-09-22', '2021-06-11'].sort(compareDaysDescending)).toEqual(['2022-09-22', '2022-03-17', '2021-06-11']);
  });
});

describe('dates as precise as their source (third edition of the fact sheet)', () => {
  it('reads parts of a year as their months: fall 2022 is September to November, late 2022 September to December', () => {
    expect(partialDateFormat('2022-fall')).toBe('part-of-year');
    expect(periodBounds('2022-fall')).toEqual({ first: '2022-09-01', last: '2022-11-30' });
    expect(periodBounds('2022-late')).toEqual({ first: '2022-09-01', last: '2022-12-31' });
    expect(periodBounds('2023-early')).toEqual({ first: '2023-01-01', last: '2023-04-30' });
    expect(periodBounds('2023-mid')).toEqual({ first: '2023-05-01', last: '2023-08-31' });
    expect(partialDateFormat('2022-winter')).toBeNull();
  });
  it.each([
    ['2022-fall', undefined, 'fall 2022', 'automne 2022'],
    ['2023-mid', undefined, 'mid-2023', 'mi-2023'],
    ['2022-late', undefined, 'late 2022', 'fin 2022'],
    ['2022-04', 'by-month', 'by April 2022', 'd’ici avril 2022'],
    ['2022-04', 'by-end-of-month', 'by the end of April 2022', 'd’ici fin avril 2022'],
    ['2025', 'by-year', 'by 2025', 'd’ici 2025'],
    ['2023', 'by-end-of-year', 'by the end of 2023', 'd’ici la fin de 2023'],
  ] as const)('writes %s (%s) as "%s" / « %s »', (value, precision, en, fr) => {
    expect(formatPartialDate(value, precision, 'en').text).toBe(en);
    expect(formatPartialDate(value, precision, 'fr').text).toBe(fr);
  });
  it('treats every "by …" as open at its start: a deadline, not the day it happens', () => {
    expect(isOpenEnded('by-month')).toBe(true);
    expect(isOpenEnded('by-year')).toBe(true);
    expect(isOpenEnded('end-of-month')).toBe(false);
    expect(isOpenEnded(undefined)).toBe(false);
  });
});

describe('formatSpan', () => {
  it.each([
    ['2023-01-01', '2023-09-30', 'January 1, 2023 – September 30, 2023', 'du 1er janvier 2023 au 30 septembre 2023'],
    ['2022-09', '2022-12-31', 'September 2022 – December 31, 2022', 'de septembre 2022 au 31 décembre 2022'],
    ['2022-04', '2023-03', 'April 2022 – March 2023', 'd’avril 2022 à mars 2023'],
    ['2022-late', '2023-early', 'late 2022 – early 2023', 'de fin 2022 à début 2023'],
    ['2022-fall', '2023-summer', 'fall 2022 – summer 2023', 'de l’automne 2022 à l’été 2023'],
    ['2021', '2023', '2021 – 2023', 'de 2021 à 2023'],
  ])('writes %s to %s as "%s" / « %s »', (start, end, en, fr) => {
    expect(formatSpan(start, end, 'en').text).toBe(en);
    expect(formatSpan(start, end, 'fr').text).toBe(fr);
  });
  it('keeps each end apart, with its words around it, so the page can set "1er" in superscript', () => {
    const span = formatSpan('2023-01-01', '2023-09-30', 'fr');
    expect(span.start).toMatchObject({ before: 'du ', after: '' });
    expect(span.start.date.ordinal?.suffix).toBe('er');
    expect(span.end).toMatchObject({ before: ' au ', after: '' });
  });
});

describe('formatMonthOf', () => {
  it('tells how old a source is to the month', () => {
    expect(formatMonthOf('2022-11-28', 'en')).toBe('November 2022');
    expect(formatMonthOf('2023-05', 'fr')).toBe('mai 2023');
    expect(formatMonthOf('2022', 'en')).toBe('2022');
  });
});
