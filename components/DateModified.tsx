import { translator } from '@/lib/i18n/messages';
import type { IsoDay } from '@/lib/core/dates';
import type { Locale } from '@/lib/i18n/locales';

/** "Date modified: YYYY-MM-DD", the Canada.ca convention, from content dates (never the build date). */
export async function DateModified({ locale, day }: { locale: Locale; day: IsoDay }) {
  const t = translator(locale, 'DateModified');
  return (
    <dl className="mt-10 flex gap-2 text-sm text-muted" data-testid="date-modified">
      <dt>{t('label')}</dt>
      <dd>
        <time dateTime={day}>{day}</time>
      </dd>
    </dl>
  );
}
