import { dateNotGiven } from '@/lib/date-format';
import type { Locale } from '@/lib/i18n/locales';
import type { Statement } from '@/lib/content-schema';
import { FormattedDate } from './FormattedDate';

/** When a statement says something happens: a date, a span "start – end", or "date not given". */
export function StatementDate({ statement, locale }: { statement: Statement; locale: Locale }) {
  if (statement.start && statement.end) {
    return (
      <span className="whitespace-normal">
        <FormattedDate value={statement.start} locale={locale} /> – <FormattedDate value={statement.end} locale={locale} />
      </span>
    );
  }
  if (statement.date) return <FormattedDate value={statement.date} precision={statement.precision} locale={locale} />;
  return <span>{dateNotGiven(locale)}</span>;
}
