import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { _createCache, _createIntlFormatters, type _Translator, createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core';
import { type Locale, locales } from './locales';

/**
 * The message catalogues, for the bilingual pages (language choice, 404) that show both
 * languages at once and so cannot use next-intl's single request locale.
 */
export const messages: Record<Locale, typeof en> = { en, fr };

/** One formatting cache per language for the whole build: each message is compiled once per process. */
const caches = Object.fromEntries(
  locales.map((locale) => {
    const cache = _createCache();
    return [locale, { _cache: cache, _formatters: _createIntlFormatters(cache) }];
  }),
) as Record<Locale, { _cache: ReturnType<typeof _createCache>; _formatters: ReturnType<typeof _createIntlFormatters> }>;

type Catalogue = typeof en;
type Namespace = NamespaceKeys<Catalogue, NestedKeyOf<Catalogue>>;
const translators = new Map<string, unknown>();

/**
 * The translator of one language (and namespace) for text made outside a page's request (feeds,
 * calendars, dates, statements, what's new), made once per process: making one took about 50 µs
 * and using it about 1 µs, and dates and statements asked for one per phrase.
 */
export function translator<N extends Namespace = never>(locale: Locale, namespace?: N): _Translator<Catalogue, N> {
  const key = `${locale}:${namespace ?? ''}`;
  let t = translators.get(key) as _Translator<Catalogue, N> | undefined;
  if (!t) translators.set(key, (t = createTranslator({ ...caches[locale], locale, messages: messages[locale], namespace })));
  return t;
}
