/**
 * Time as the ministry publishes it: wall-clock minutes in Toronto, written YYYY-MM-DDTHH:MM with
 * no offset. Scheduled publication compares these as text (they sort as they happen); only the
 * "became due" question, which compares two instants of the git host's clock, needs the offset,
 * and takes it from the time-zone data (Intl), so daylight saving time is never hand-coded.
 */
import { isRealIsoDay, type IsoDay } from './dates';

/** A minute on Toronto's wall clock: 2026-12-08T09:00. */
export type TorontoMinute = string;

export const torontoTimeZone = 'America/Toronto';

/** A day (published from midnight) or a day and a time, both Toronto time. */
export const publicationPattern = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;

/** Written with an offset or "Z": a time that names its own zone, which the site refuses for one. */
export const zonedTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** True for 2026-12-08 and 2026-12-08T09:00 on real days; false for anything else. */
export function isPublicationTime(value: string): boolean {
  const match = publicationPattern.exec(value);
  return Boolean(match && isRealIsoDay(match[1]!));
}

/** The minute a publication time starts: a day alone is published from midnight. */
export function publicationMinute(value: string): TorontoMinute {
  return value.length === 10 ? `${value}T00:00` : value;
}

/** The day of a minute or of a publication time. */
export const dayOf = (value: string): IsoDay => value.slice(0, 10);

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: torontoTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The minute Toronto's clocks show at an instant. */
export function torontoMinuteAt(instant: Date): TorontoMinute {
  const part = Object.fromEntries(wallClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

const asUtc = (minute: TorontoMinute) => Date.parse(`${minute}:00Z`);

/**
 * The instant Toronto's clocks first show a minute. A minute shown twice when clocks go back is
 * its first showing; a minute skipped when they go forward (02:30 on the second Sunday of March)
 * is read with the offset before the change, so 02:30 is 03:30 daylight time (as Temporal's
 * "compatible" reading does).
 */
export function instantOfTorontoMinute(minute: TorontoMinute): Date {
  const wanted = asUtc(minute);
  // Toronto is 4 or 5 hours behind UTC: the instant lies in that window; try both offsets.
  const candidates = [4, 5].map((hours) => wanted + hours * 3_600_000).filter((t) => asUtc(torontoMinuteAt(new Date(t))) === wanted);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wanted + 5 * 3_600_000);
}

/** A time written with its own zone (2026-12-08T14:00Z), as Toronto's clocks showed it then (2026-12-08T09:00). */
export function zonedAsToronto(value: unknown): string | undefined {
  if (typeof value !== 'string' || !zonedTimePattern.test(value.trim())) return undefined;
  const instant = new Date(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(instant.getTime()) ? undefined : torontoMinuteAt(instant);
}
