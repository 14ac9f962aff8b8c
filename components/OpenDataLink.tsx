import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { pathFor } from '@/lib/web/routes';

/** Where to get what a page shows as files to reuse: the open data page. */
export async function OpenDataLink({ locale }: { locale: Locale }) {
  const t = translator(locale, 'OpenDataLink');
  return (
    <p className="no-print mt-8" data-testid="open-data-link">
      <a href={pathFor({ kind: 'openData' }, locale)}>{t('text')}</a>
    </p>
  );
}
