/**
 * When things are published: the build's one "now", a minute on Toronto's clock, and whether an
 * item's `publishedOnSite` has come. An item scheduled after now appears nowhere (lib/content/corpus.ts
 * leaves it out before any page, feed or timeline sees it); `npm run dev` shows it, marked.
 */
import { dayOf, instantOfTorontoMinute, isPublicationTime, publicationMinute, type TorontoMinute, torontoMinuteAt, torontoTimeZone, zonedTimePattern } from '../core/toronto-time';
import type { IsoDay } from '../core/dates';

/** The variables that say the build's now (process.env, or a test's own). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What is wrong with the environment's "now", for the build and the check to say in words. */
export type NowProblem = { variable: 'ROLLOUT_NOW' | 'ROLLOUT_AS_OF'; value: string; zoned: boolean };

export function nowProblem(env: Environment = process.env): NowProblem | undefined {
  const now = env.ROLLOUT_NOW?.trim();
  if (now && !(now.length > 10 && isPublicationTime(now))) return { variable: 'ROLLOUT_NOW', value: now, zoned: zonedTimePattern.test(now) };
  const asOf = env.ROLLOUT_AS_OF?.trim();
  if (!now && asOf && !(asOf.length === 10 && isPublicationTime(asOf))) return { variable: 'ROLLOUT_AS_OF', value: asOf, zoned: false };
  return undefined;
}

/**
 * The build's now: ROLLOUT_NOW (2026-12-08T09:00, Toronto time) when set; else the end of the
 * day ROLLOUT_AS_OF names (2026-12-02: everything of that day is published), so that tests are
 * reproducible; else Toronto's clock.
 */
export function rolloutNow(env: Environment = process.env, clock: Date = new Date()): TorontoMinute {
  const problem = nowProblem(env);
  if (problem) throw new Error(`${problem.variable}=${problem.value} is not a Toronto date and time such as 2026-12-08T09:00 (npm run build says so in words before it gets here)`);
  const now = env.ROLLOUT_NOW?.trim();
  if (now) return now;
  const asOf = env.ROLLOUT_AS_OF?.trim();
  if (asOf) return `${asOf}T23:59`;
  return torontoMinuteAt(clock);
}

/** The day statuses are computed for: the day of now. */
export const rolloutDay = (env: Environment = process.env): IsoDay => dayOf(rolloutNow(env));

/** True when an item published at this time is public at `now`. */
export const isPublishedAt = (publishedOnSite: string, now: TorontoMinute): boolean => publicationMinute(publishedOnSite) <= now;

/** True in `npm run dev`, where scheduled items are shown, marked, so that authors can preview them. */
export const previewsScheduled = (env: Environment = process.env): boolean => env.ROLLOUT_PREVIEW_SCHEDULED === '1';

/**
 * What a build publishes about itself (out/build.json): the now it was built for, on Toronto's
 * clock and as an instant, so that the 15-minute check (npm run due) knows what the live site
 * already holds, and a webmaster can see which build is live.
 */
export type BuildRecord = { now: TorontoMinute; timeZone: string; instant: string };

export function buildRecord(now: TorontoMinute): BuildRecord {
  return { now, timeZone: torontoTimeZone, instant: instantOfTorontoMinute(now).toISOString() };
}

/**
 * The publication times that fall due after `since` and by `until` (two instants): a scheduled
 * item goes live at the first build after its time, so a check between two builds deploys
 * exactly when one of these exists.
 */
export function dueBetween<T extends { publishedOnSite: string }>(items: T[], since: Date, until: Date): T[] {
  return items.filter((item) => {
    const at = instantOfTorontoMinute(publicationMinute(item.publishedOnSite)).getTime();
    return at > since.getTime() && at <= until.getTime();
  });
}

/**
 * A daily time on Toronto's clock (05:00, the morning rebuild) on each Toronto day from `since` to
 * `until`, as publication times: dueBetween then says whether one passed between two builds,
 * whatever daylight saving time did to UTC.
 */
export function dailyTimes(time: string, since: Date, until: Date): { publishedOnSite: string }[] {
  const days: { publishedOnSite: string }[] = [];
  const last = dayOf(torontoMinuteAt(until));
  for (let day = dayOf(torontoMinuteAt(since)); day <= last; day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
    days.push({ publishedOnSite: `${day}T${time}` });
  }
  return days;
}
