import { translator } from '@/lib/i18n/messages';
import type { ChangeNote } from '@/lib/content/schemas/fields';
import type { Locale } from '@/lib/i18n/locales';
import { FormattedDate } from './FormattedDate';

/** "What changed and when" on a published page, newest first (the GOV.UK convention). */
export async function ChangeHistory({ changes, locale }: { changes: ChangeNote[]; locale: Locale }) {
  if (changes.length === 0) return null;
  const t = translator(locale, 'ChangeHistory');
  return (
    <section aria-labelledby="change-history" className="mt-10" data-testid="change-history">
      <h2 id="change-history" className="text-xl">
        {t('heading')}
      </h2>
      <ol className="mt-2 space-y-2">
        {changes.map((change) => (
          <li key={`${change.date}-${change.note.en}`}>
            <span className="font-semibold">
              <FormattedDate value={change.date} locale={locale} />
            </span>{' '}
            — {change.note[locale]}
          </li>
        ))}
      </ol>
    </section>
  );
}
