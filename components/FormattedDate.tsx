import type { Precision } from '@/lib/core/dates';
import { type DateText, formatPartialDate } from '@/lib/i18n/date-format';
import type { Locale } from '@/lib/i18n/locales';

type Props = { value: string } & ({ precision?: Precision; locale: Locale; text?: never } | { text: DateText; precision?: never; locale?: never });

/**
 * A date in the reader's language inside <time datetime>, never more precise than its source
 * ("2022-04" reads "April 2022"); French "1er" in superscript. `text` is the date already in
 * words (one end of a span).
 */
export function FormattedDate(props: Props) {
  const { text, ordinal } = props.text ?? formatPartialDate(props.value, props.precision, props.locale!);
  // A part of a year ("2022-fall") is no valid datetime: the year is.
  const dateTime = /^\d{4}-[a-z]+$/.test(props.value) ? props.value.slice(0, 4) : props.value;
  return (
    <time dateTime={dateTime}>
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
