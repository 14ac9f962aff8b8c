import type { Precision } from '@/lib/dates';
import { formatPartialDate } from '@/lib/date-format';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A date in the reader's language inside <time datetime>, never more precise than its source
 * ("2022-04" reads "April 2022"); French "1er" in superscript.
 */
export function FormattedDate({ value, precision, locale }: { value: string; precision?: Precision; locale: Locale }) {
  const { text, ordinal } = formatPartialDate(value, precision, locale);
  return (
    <time dateTime={value}>
      {ordinal ? (
        <>
          {ordinal.before}
          <sup>{ordinal.suffix}</sup>
          {ordinal.after}
        </>
      ) : (
        text
      )}
    </time>
  );
}
