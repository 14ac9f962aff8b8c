import type { Metadata } from 'next';
import type en from '../../messages/en.json';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { type LocaleParams, resolveLocale } from '../i18n/params';
import type { PageRef } from './routes';
import { pageMetadata } from './seo';

/** The message namespaces that give a page its title and intro. */
type TitledNamespace = { [K in keyof typeof en]: (typeof en)[K] extends { title: string; intro: string } ? K : never }[keyof typeof en];

type Extra = {
  /** Atom feeds the page announces besides the site feed. */
  feeds?: (locale: Locale) => { url: string; title: string }[];
  /** Kept out of search engines (the search page). */
  noindex?: boolean;
};

/**
 * generateMetadata of a page that exists whatever the content says (home, indexes, rollout,
 * search, finder, open data, what's new): its title and description are its namespace's title and
 * intro, in the language of the URL.
 */
export function fixedPageMetadata(page: PageRef, namespace: TitledNamespace, extra: Extra = {}): (props: LocaleParams) => Promise<Metadata> {
  return async ({ params }) => {
    const locale = await resolveLocale(params);
    const t = translator(locale, namespace) as unknown as (key: 'title' | 'intro') => string;
    const metadata = pageMetadata({ locale, page, title: t('title'), description: t('intro'), feeds: extra.feeds?.(locale) });
    return extra.noindex ? { ...metadata, robots: { index: false, follow: true } } : metadata;
  };
}
