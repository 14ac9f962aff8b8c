import { routing } from './routing';

/** The site's two languages, equal in standing (French Language Services Act): lib/i18n/routing.ts. */
export const locales = routing.locales;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = routing.defaultLocale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'fr' : 'en';
}

/** BCP 47 tags used with Intl: Canadian English and Canadian French. */
export const intlLocale: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };
