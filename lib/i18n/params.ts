import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './locales';

/** Reads and checks the [locale] segment, and tells next-intl which language renders. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The props of a page or route handler under app/[locale]/ with no other segment. */
export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * generateStaticParams of a page or file served in these languages: a section's English folder
 * serves en and its French twin fr (lib/i18n/routing.ts); a section with one name serves both.
 */
export function servedIn(...served: Locale[]): () => { locale: Locale }[] {
  return () => served.map((locale) => ({ locale }));
}
