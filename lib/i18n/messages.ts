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
 * The translator of one language (and namespace), made once per process, for every text the site
 * writes: pages and their components, feeds, calendars, dates, statements, what's new. Making one
 * took about 50 µs and using it about 1 µs; dates and statements asked for one per phrase, and
 * next-intl's getTranslations made one per component and compiled its messages again for every
 * page. Every page names its language, so none needs next-intl's request locale.
 */
export function translator<N extends Namespace = never>(locale: Locale, namespace?: N): _Translator<Catalogue, N> {
  const key = `${locale}:${namespace ?? ''}`;
  let t = translators.get(key) as _Translator<Catalogue, N> | undefined;
  if (!t) translators.set(key, (t = createTranslator({ ...caches[locale], locale, messages: messages[locale], namespace })));
  return t;
}
