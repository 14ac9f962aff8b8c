import { describe, expect, it } from 'vitest';
import { formatLongDate } from '@/lib/date-format';
import { compareDaysDescending, isRealIsoDay, toIsoDay } from '@/lib/dates';

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
