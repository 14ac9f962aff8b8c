import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { type Locale } from './locales';

/**
 * The message catalogues, for the bilingual pages (language choice, 404) that show both
 * languages at once and so cannot use next-intl's single request locale.
 */
export const messages: Record<Locale, typeof en> = { en, fr };

type Catalogue = typeof en;
type Namespace = NamespaceKeys<Catalogue, NestedKeyOf<Catalogue>>;
export type Translator<N extends Namespace = never> = ReturnType<typeof createTranslator<Catalogue, N>>;

const translators = new Map<string, unknown>();

/**
 * The translator of one language (and namespace): next-intl's createTranslator, for every text
 * the site writes — pages and their components, feeds, calendars, dates, statements, what's new.
 * Every page names its language, so none needs next-intl's request locale, and feeds, calendars
 * and open data are written outside any request. Made once per process for each language and
 * namespace, so that each message is compiled once per build rather than once per page
 * (docs/decisions/0006-translators-from-create-translator.md, with its figure).
 */
export function translator<N extends Namespace = never>(locale: Locale, namespace?: N): Translator<N> {
  const key = `${locale}:${namespace ?? ''}`;
  let t = translators.get(key) as Translator<N> | undefined;
  if (!t) translators.set(key, (t = createTranslator({ locale, messages: messages[locale], namespace })));
  return t;
}
