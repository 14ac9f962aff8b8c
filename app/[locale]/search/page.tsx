import { translator } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { MemoList } from '@/components/MemoList';
import { PageFrame } from '@/components/PageFrame';
import { SearchForm } from '@/components/SearchForm';
import { getMemos } from '@/lib/content/documents';
import { getRegions } from '@/lib/rollout/regions';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';

/* Site search: /en/search/; recherche/page.tsx serves it at /fr/recherche/. Not indexed itself. */

const page = { kind: 'search' } as const;

export const dynamicParams = false;

export const generateStaticParams = servedIn('en');

export const generateMetadata = fixedPageMetadata(page, 'SearchPage', { noindex: true });

export default async function SearchPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'SearchPage');
  const header = translator(locale, 'SiteHeader');
  return (
    <PageFrame locale={locale} page={page} searchable={false}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <SearchForm locale={locale} />
      <section aria-labelledby="browse" className="mt-12">
        <h2 id="browse" className="text-2xl">
          {t('browseHeading')}
        </h2>
        <h3 className="mt-4 text-xl">
          <a href={pathFor({ kind: 'memoIndex' }, locale)}>{t('browseMemos')}</a>
        </h3>
        <div className="mt-2">
          <MemoList memos={getMemos(locale)} locale={locale} headingLevel="h3" />
        </div>
        <h3 className="mt-6 text-xl">
          <a href={pathFor({ kind: 'regionIndex' }, locale)}>{t('browseRegions')}</a>
        </h3>
        <ul className="mt-2 columns-1 sm:columns-2 md:columns-3" data-testid="browse-regions">
          {getRegions().map((region) => (
            <li key={region.id}>
              <a href={pathFor(region.ref, locale)}>{region.names[locale]}</a>
            </li>
          ))}
        </ul>
      </section>
    </PageFrame>
  );
}
