import { translator } from '@/lib/i18n/messages';
import { formatLongDate } from '@/lib/i18n/date-format';
import type { IsoDay } from '@/lib/core/dates';
import type { Locale } from '@/lib/i18n/locales';

/** Every status on the site is true on a date; this says which. */
export async function AsOf({ day, locale }: { day: IsoDay; locale: Locale }) {
  const t = translator(locale, 'AsOf');
  return (
    <p className="mt-2 text-sm font-semibold" data-testid="as-of" data-pagefind-ignore="">
      {t.rich('label', {
        day: formatLongDate(day, locale).text,
        date: (chunks) => <time dateTime={day}>{chunks}</time>,
      })}
    </p>
  );
}
