import { formatLongDate, type IsoDay } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';

/** A day in the reader's language inside <time datetime>; French "1er" in superscript. */
export function FormattedDate({ day, locale }: { day: IsoDay; locale: Locale }) {
  const { text, ordinal } = formatLongDate(day, locale);
  return (
    <time dateTime={day}>
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
