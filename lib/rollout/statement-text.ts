import type { Statement } from '../content/schemas/statement';
import { dateNotGiven, formatPartialDate, formatSpan } from '../i18n/date-format';
import type { IsoDay } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { SourceRef, SourceTitle } from './sources';
import type { EntryState } from './timeline';
import type { Milestone } from '../content/milestones';
import { inLocale } from './timeline';

/**
 * The words the site uses for a statement and its source, as plain text: pages, feeds and
 * calendars all say "when", a status and a citation the same way.
 */

/** When a statement says something happens: a date as precise as its source, a span, or "date not given". */
export function statementWhen(statement: Pick<Statement, 'date' | 'precision' | 'start' | 'end'>, locale: Locale): string {
  if (statement.start && statement.end) return formatSpan(statement.start, statement.end, locale).text;
  if (statement.date) return formatPartialDate(statement.date, statement.precision, locale).text;
  return dateNotGiven(locale);
}

/** What the source said of it: "expected at the time" (it announced it) or "confirmed" (it reported it). */
export function statusWord(status: Statement['status'], locale: Locale): string {
  return translator(locale)(status === 'planned' ? 'Timeline.statusPlanned' : 'Timeline.statusConfirmed');
}

/** The state of a timeline entry on the as-of date: "Done", "Date passed, not confirmed" … */
export function stateWord(state: EntryState, locale: Locale): string {
  return translator(locale)(`EntryStates.${state}`);
}

/** The source's own date in words, or "no date given" — the consulted day is told apart. */
export function sourceDateText(source: SourceRef, locale: Locale): { own: string; consulted?: string } {
  const t = translator(locale);
  const own = source.published ? formatPartialDate(source.published, undefined, locale).text : t('Citation.noDate');
  const consulted = source.consulted ? t('Citation.consulted', { date: formatPartialDate(source.consulted as IsoDay, undefined, locale).text }) : undefined;
  return { own, consulted };
}

/** A title as published in quotation marks of the reader's language, or a description in brackets. */
export function quotedTitle(title: SourceTitle, locale: Locale): string {
  const t = translator(locale);
  return title.isDescription ? `[${title.text}]` : t('Citation.quoted', { title: title.text });
}

/** The parts of a citation: publisher, what kind of document (memos), title, date. */
export function citationParts(source: SourceRef, locale: Locale) {
  const t = translator(locale);
  return {
    publisher: source.publisher[locale],
    kind: source.kind === 'memo' ? t('Citation.memo') : undefined,
    title: source.title[locale],
    date: sourceDateText(source, locale),
  };
}

/** A whole citation as text: publisher, (memo,) “title”, date (consulted …). */
export function citationText(source: SourceRef, locale: Locale): string {
  const parts = citationParts(source, locale);
  const consulted = parts.date.consulted ? ` (${parts.date.consulted})` : '';
  return `${parts.publisher}, ${parts.kind ? `${parts.kind} ` : ''}${quotedTitle(parts.title, locale)}, ${parts.date.own}${consulted}`;
}

/** The phase or the lead organization a statement names, if any. */
export function named(statement: Statement, locale: Locale): string | undefined {
  if (statement.phase) return translator(locale)(`Phases.${statement.phase}`);
  return statement.ssm ? inLocale(statement.ssm.lead, locale) : undefined;
}

export const when = (statement: Statement, locale: Locale) => `${statementWhen(statement, locale)} (${statusWord(statement.status, locale)})`;

/** What a statement says: the milestone it is about when the entry's is another (a covering span), what it names, and when. */
export function whatItSays(statement: Statement, locale: Locale, entry?: Milestone): string {
  const other = entry && statement.milestone !== entry ? translator(locale)(`Milestones.${statement.milestone}`) : undefined;
  return [other, named(statement, locale), when(statement, locale)].filter(Boolean).join(', ');
}

/** Whether an entry now says something else: another date or status, or another phase or organization where both name one. */
export function saysOtherwise(before: Statement, after: Statement, locale: Locale): boolean {
  const [a, b] = [named(before, locale), named(after, locale)];
  return when(before, locale) !== when(after, locale) || (a !== undefined && b !== undefined && a !== b);
}
