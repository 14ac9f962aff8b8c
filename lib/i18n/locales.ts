/** The site's two languages, equal in standing (French Language Services Act). */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'fr' : 'en';
}

/** BCP 47 tags used with Intl: Canadian English and Canadian French. */
export const intlLocale: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };
