import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export async function SkipLink({ locale }: { locale: Locale }) {
  const t = translator(locale, 'SkipLink');
  return (
    <a
      href="#main"
      className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3 focus:font-semibold"
    >
      {t('label')}
    </a>
  );
}
