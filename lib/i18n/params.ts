import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './locales';

/**
 * Reads and checks the [locale] segment. Pages take their words from lib/i18n/messages.ts, never
 * from next-intl's request, so only the layout tells next-intl the language: a page then renders
 * outside Next too, as the web editor's preview renders it (lib/editor/preview.ts).
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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
