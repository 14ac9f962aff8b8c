import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, memorySource } from '@/lib/check';
import { readCorpus } from '@/lib/check/read';
import { environmentProblems, scheduledItems } from '@/lib/check/scheduled';
import { buildRecord, dailyTimes, dueBetween, isPublishedAt, nowProblem, rolloutNow } from '@/lib/content/publication';
import { instantOfTorontoMinute, isPublicationTime, publicationMinute, torontoMinuteAt, zonedAsToronto } from '@/lib/core/toronto-time';
import { formatClockTime } from '@/lib/i18n/date-format';
import { memoFacts, patch, validFiles } from '../fixtures/content-builder';

/** Issue 36: publishedOnSite takes a day or a Toronto time; the build has one now; scheduled items wait. */

describe('publication times', () => {
  it('are a real day, or a real day and a 24-hour Toronto time, and nothing else', () => {
    for (const good of ['2026-12-08', '2026-12-08T09:00', '2026-12-08T23:59', '2028-02-29T00:00']) expect(isPublicationTime(good), good).toBe(true);
    for (const bad of ['2026-12-08T24:00', '2026-12-08T9:00', '2026-12-08 09:00', '2026-12-08T09:00Z', '2026-12-08T09:00-05:00', '2026-02-30', '2027-02-29T09:00', '08/12/2026']) {
      expect(isPublicationTime(bad), bad).toBe(false);
    }
  });

  it('start at midnight when only a day is given', () => {
    expect(publicationMinute('2026-12-08')).toBe('2026-12-08T00:00');
    expect(publicationMinute('2026-12-08T09:00')).toBe('2026-12-08T09:00');
  });

  it('are published from their minute on, not a minute before', () => {
    expect(isPublishedAt('2026-12-08T09:00', '2026-12-08T08:59')).toBe(false);
    expect(isPublishedAt('2026-12-08T09:00', '2026-12-08T09:00')).toBe(true);
    expect(isPublishedAt('2026-12-08', '2026-12-07T23:59')).toBe(false);
    expect(isPublishedAt('2026-12-08', '2026-12-08T00:00')).toBe(true);
  });
});

describe('Toronto time and instants', () => {
  it('reads winter and summer times with their own offsets', () => {
    expect(instantOfTorontoMinute('2026-12-08T09:00').toISOString()).toBe('2026-12-08T14:00:00.000Z');
    expect(instantOfTorontoMinute('2026-07-01T09:00').toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(torontoMinuteAt(new Date('2026-12-08T14:00:00Z'))).toBe('2026-12-08T09:00');
  });

  it('crosses the change to daylight time (14 March 2027) and back (1 November 2026)', () => {
    expect(instantOfTorontoMinute('2027-03-14T01:59').toISOString()).toBe('2027-03-14T06:59:00.000Z');
    expect(instantOfTorontoMinute('2027-03-14T03:00').toISOString()).toBe('2027-03-14T07:00:00.000Z');
    // 02:30 does not exist that night: read with the offset before the change, it is 03:30 daylight time.
    expect(torontoMinuteAt(instantOfTorontoMinute('2027-03-14T02:30'))).toBe('2027-03-14T03:30');
    // 01:30 happens twice on 1 November: the first time counts.
    expect(instantOfTorontoMinute('2026-11-01T01:30').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('says a time written with its own zone as Toronto’s clocks showed it', () => {
    expect(zonedAsToronto('2026-12-08T14:00Z')).toBe('2026-12-08T09:00');
    expect(zonedAsToronto('2026-07-01T09:00-04:00')).toBe('2026-07-01T09:00');
    expect(zonedAsToronto('2026-12-08T09:00')).toBeUndefined();
  });

  it('writes a clock time as each language does', () => {
    expect(formatClockTime('2026-12-08T09:00', 'en')).toBe('9:00');
    expect(formatClockTime('2026-12-08T09:00', 'fr')).toBe('9\u00a0h');
    expect(formatClockTime('2026-12-08T14:30', 'fr')).toBe('14\u00a0h\u00a030');
  });
});

describe('the build’s one now', () => {
  const clock = new Date('2026-12-08T14:05:30Z');

  it('is ROLLOUT_NOW, else the end of the ROLLOUT_AS_OF day, else Toronto’s clock', () => {
    expect(rolloutNow({ ROLLOUT_NOW: '2026-12-08T09:00', ROLLOUT_AS_OF: '2026-12-01' }, clock)).toBe('2026-12-08T09:00');
    expect(rolloutNow({ ROLLOUT_AS_OF: '2026-12-02' }, clock)).toBe('2026-12-02T23:59');
    expect(rolloutNow({}, clock)).toBe('2026-12-08T09:05');
  });

  it('refuses ROLLOUT_NOW with an offset or Z, naming the variable, in both languages', () => {
    expect(nowProblem({ ROLLOUT_NOW: '2026-12-08T09:00-05:00' })).toEqual({ variable: 'ROLLOUT_NOW', value: '2026-12-08T09:00-05:00', zoned: true });
    expect(() => rolloutNow({ ROLLOUT_NOW: '2026-12-08T14:00Z' })).toThrow(/ROLLOUT_NOW/);
    const [problem] = environmentProblems({ ROLLOUT_NOW: '2026-12-08T14:00Z' });
    expect(formatProblem(problem!, 'en')).toMatch(/^ROLLOUT_NOW: "2026-12-08T14:00Z" names its own time zone[\s\S]*ROLLOUT_NOW=2026-12-08T09:00\.$/);
    expect(formatProblem(problem!, 'fr')).toMatch(/^ROLLOUT_NOW\s: «\s2026-12-08T14:00Z\s» indique son propre fuseau horaire/);
    expect(environmentProblems({ ROLLOUT_NOW: 'tomorrow' })[0]!.message).toMatchObject({ key: 'now.unreadable' });
    expect(environmentProblems({ ROLLOUT_AS_OF: '2026-12-08T09:00' })[0]!.message).toMatchObject({ key: 'now.unreadable' });
    expect(environmentProblems({ ROLLOUT_NOW: '2026-12-08T09:00' })).toEqual([]);
  });

  it('is recorded by the build as its Toronto minute and as an instant', () => {
    expect(buildRecord('2026-12-08T09:00')).toEqual({ now: '2026-12-08T09:00', timeZone: 'America/Toronto', instant: '2026-12-08T14:00:00.000Z' });
  });
});

describe('what became due between two instants', () => {
  const items = [{ publishedOnSite: '2026-12-08T09:00' }, { publishedOnSite: '2026-12-09' }, { publishedOnSite: '2027-03-14T03:15' }];
  const due = (since: string, until: string) => dueBetween(items, new Date(since), new Date(until)).map((i) => i.publishedOnSite);

  it('is an item whose time lies after the first instant and by the second', () => {
    expect(due('2026-12-08T13:45Z', '2026-12-08T14:00Z')).toEqual(['2026-12-08T09:00']);
    expect(due('2026-12-08T13:45Z', '2026-12-08T13:59:59Z')).toEqual([]);
    expect(due('2026-12-08T14:00Z', '2026-12-08T14:15Z')).toEqual([]);
    // A day alone falls due at midnight, Toronto time (05:00 UTC in December).
    expect(due('2026-12-09T04:50Z', '2026-12-09T05:00Z')).toEqual(['2026-12-09']);
    expect(due('2026-12-09T05:00Z', '2026-12-09T05:15Z')).toEqual([]);
  });

  it('counts hours right across the change to daylight time', () => {
    // 03:15 daylight time on 14 March 2027 is 07:15 UTC; an hour earlier the clocks read 01:15 standard time.
    expect(due('2027-03-14T07:00Z', '2027-03-14T07:15Z')).toEqual(['2027-03-14T03:15']);
    expect(due('2027-03-14T06:15Z', '2027-03-14T07:14Z')).toEqual([]);
  });
});

describe('the daily rebuild at 05:00 Toronto time', () => {
  const passed = (since: string, until: string) => dueBetween(dailyTimes('05:00', new Date(since), new Date(until)), new Date(since), new Date(until)).map((d) => d.publishedOnSite);

  it('falls at 10:00 UTC in winter and 09:00 UTC in summer', () => {
    expect(passed('2026-12-08T09:50Z', '2026-12-08T10:05Z')).toEqual(['2026-12-08T05:00']);
    expect(passed('2026-12-08T08:50Z', '2026-12-08T09:05Z')).toEqual([]);
    expect(passed('2026-07-08T08:50Z', '2026-07-08T09:05Z')).toEqual(['2026-07-08T05:00']);
  });

  it('is found once per day however long since the last build, across the change of time', () => {
    expect(passed('2027-03-13T12:00Z', '2027-03-15T12:00Z')).toEqual(['2027-03-14T05:00', '2027-03-15T05:00']);
    // 14 March 2027: clocks jump from 02:00 to 03:00; 05:00 that morning is 09:00 UTC.
    expect(passed('2027-03-14T08:45Z', '2027-03-14T09:00Z')).toEqual(['2027-03-14T05:00']);
  });
});

describe('the check and scheduled items', () => {
  it('accepts a memo scheduled for a later day and time, and lists it with the time it goes live', () => {
    const files = validFiles();
    patch.replace(files, memoFacts, 'publishedOnSite: 2022-09-23', 'publishedOnSite: 2022-09-23T09:00');
    expect(checkContent(memorySource(files))).toEqual([]);
    const corpus = readCorpus(memorySource(files));
    expect(scheduledItems(corpus, '2022-09-23T08:59').map((i) => [i.kind, i.publishedOnSite])).toEqual([['memo', '2022-09-23T09:00']]);
    expect(scheduledItems(corpus, '2022-09-23T09:00')).toEqual([]);
  });

  it('lets a change note wait for its own publishedOnSite', () => {
    const files = validFiles();
    patch.appendFrontMatter(files, memoFacts, 'changes:\n  - date: 2022-10-01\n    publishedOnSite: 2022-10-01T12:30\n    note:\n      en: Corrected.\n      fr: Corrigé.\n');
    expect(checkContent(memorySource(files))).toEqual([]);
    expect(scheduledItems(readCorpus(memorySource(files)), '2022-10-01T12:00').map((i) => [i.kind, i.publishedOnSite])).toEqual([['change', '2022-10-01T12:30']]);
  });
});
