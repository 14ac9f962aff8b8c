import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { _createCache, _createIntlFormatters } from 'use-intl/core';
import { type Locale, locales } from './locales';

/**
 * The message catalogues, for the bilingual pages (language choice, 404) that show both
 * languages at once and so cannot use next-intl's single request locale.
 */
export const messages: Record<Locale, typeof en> = { en, fr };

/**
 * One formatting cache per language for the whole build, for translators made outside a page's
 * request (feeds, calendars, dates, what's new): each message is compiled once per process
 * instead of once per call. Spread it into createTranslator({ ...formattingCache(locale), … }).
 */
const caches = Object.fromEntries(
  locales.map((locale) => {
    const cache = _createCache();
    return [locale, { _cache: cache, _formatters: _createIntlFormatters(cache) }];
  }),
) as Record<Locale, { _cache: ReturnType<typeof _createCache>; _formatters: ReturnType<typeof _createIntlFormatters> }>;

export function formattingCache(locale: Locale) {
  return caches[locale];
}
