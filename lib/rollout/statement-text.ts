import type { Statement } from '../content/schemas/statement';
import { dateNotGiven, formatPartialDate, formatSpan } from '../i18n/date-format';
import type { IsoDay } from '../core/dates';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import type { SourceRef, SourceTitle } from './sources';
import type { EntryState } from './timeline';

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
