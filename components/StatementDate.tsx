import { dateNotGiven, type FramedDate, formatSpan } from '@/lib/i18n/date-format';
import type { Locale } from '@/lib/i18n/locales';
import type { Statement } from '@/lib/content/schemas/statement';
import { FormattedDate } from './FormattedDate';

function SpanEnd({ end, value }: { end: FramedDate; value: string }) {
  return (
    <>
      {end.before}
      <FormattedDate value={value} text={end.date} />
      {end.after}
    </>
  );
}

/** When a statement says something happens: a date, a span (« du … au … » in French), or "date not given". */
export function StatementDate({ statement, locale }: { statement: Statement; locale: Locale }) {
  if (statement.start && statement.end) {
    const span = formatSpan(statement.start, statement.end, locale);
    return (
      <span className="whitespace-normal">
        <SpanEnd end={span.start} value={statement.start} />
        <SpanEnd end={span.end} value={statement.end} />
      </span>
    );
  }
  if (statement.date) return <FormattedDate value={statement.date} precision={statement.precision} locale={locale} />;
  return <span>{dateNotGiven(locale)}</span>;
}
