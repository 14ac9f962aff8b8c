import { translator } from '@/lib/i18n/messages';
import { type Locale, otherLocale } from '@/lib/i18n/locales';

/** A plain link to the same page in the other language: works without JavaScript. */
export async function LanguageToggle({ locale, href }: { locale: Locale; href: string }) {
  const other = otherLocale(locale);
  const t = translator(locale, 'LanguageToggle');
  return (
    <a href={href} lang={other} hrefLang={other} title={t('hint')} className="font-semibold" data-testid="language-toggle">
      {t('label')}
    </a>
  );
}
