import type { IsoDay } from '@/lib/core/dates';
import { locales } from '@/lib/i18n/locales';
import { DateModified } from './DateModified';

/** "Date modified" in both languages, side by side, for the bilingual pages (language choice, 404). */
export function BilingualDateModified({ day }: { day: IsoDay | undefined }) {
  if (!day) return null;
  return (
    <div className="grid gap-x-8 sm:grid-cols-2">
      {locales.map((locale) => (
        <div key={locale} lang={locale}>
          <DateModified locale={locale} day={day} />
        </div>
      ))}
    </div>
  );
}
