import { notFound } from 'next/navigation';
import { translator } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChangeHistory } from '@/components/ChangeHistory';
import { JsonLd } from '@/components/JsonLd';
import { MemoHeader } from '@/components/MemoHeader';
import { MemoPager } from '@/components/MemoPager';
import { PageFrame } from '@/components/PageFrame';
import { ScheduledNotice } from '@/components/ScheduledNotice';
import { Prose } from '@/components/Prose';
import { TranslationNotice } from '@/components/TranslationNotice';
import { getAdjacentMemos, getMemoBySlug, getMemos } from '@/lib/content/documents';
import { getRegions } from '@/lib/rollout/regions';
import type { Locale } from '@/lib/i18n/locales';
import { resolveLocale } from '@/lib/i18n/params';
import { pathFor } from '@/lib/web/routes';
import { pageMetadata } from '@/lib/web/seo';
import { breadcrumbData, memoStructuredData } from '@/lib/outputs/structured-data';

/* A memo. English URL /en/memos/<slug>/; notes-de-service/[slug]/page.tsx serves the French. */

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export function memoParams(locale: Locale) {
  return getMemos(locale).map((memo) => ({ locale, slug: memo.slugs[locale] }));
}

export function generateStaticParams() {
  return memoParams('en');
}

async function load(params: Props['params']) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const memo = getMemoBySlug(locale, slug);
  if (!memo) notFound();
  return memo;
}

export async function generateMetadata({ params }: Props) {
  const memo = await load(params);
  return pageMetadata({ locale: memo.locale, page: memo.ref, title: memo.title, description: memo.summary });
}

export default async function MemoPage({ params }: Props) {
  const memo = await load(params);
  const { locale } = memo;
  const t = translator(locale, 'MemoPage');
  const header = translator(locale, 'SiteHeader');
  const languages = translator(locale, 'Languages');
  const regionsWords = translator(locale, 'MemoRegions');
  const { newer, older } = getAdjacentMemos(memo);
  const breadcrumb = breadcrumbData(
    [
      { name: header('home'), page: { kind: 'home' } },
      { name: header('memos'), page: { kind: 'memoIndex' } },
      { name: memo.title, page: memo.ref },
    ],
    locale,
  );
  return (
    <PageFrame locale={locale} page={memo.ref}>
      <JsonLd data={memoStructuredData(memo, memo.modified, breadcrumb)} />
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: header('home'), href: pathFor({ kind: 'home' }, locale) },
          { label: header('memos'), href: pathFor({ kind: 'memoIndex' }, locale) },
        ]}
      />
      <article>
        <h1 className="text-2xl sm:text-3xl" data-pagefind-filter={`year:${memo.date.slice(0, 4)}`}>
          {memo.title}
        </h1>
        <ScheduledNotice locale={locale} memoId={memo.id} />
        <MemoHeader memo={memo} />
        <TranslationNotice memo={memo} originalHref={pathFor(memo.ref, memo.originalLanguage)} />
        {memo.regionIds.length > 0 && (
          <nav aria-labelledby="memo-regions" className="no-print my-6">
            <h2 id="memo-regions" className="text-base">
              {regionsWords('heading')}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" data-testid="memo-regions">
              {getRegions()
                .filter((region) => memo.regionIds.includes(region.id))
                .map((region) => (
                  <li key={region.id} data-pagefind-filter="region">
                    <a href={pathFor(region.ref, locale)}>{region.names[locale]}</a>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        <Prose html={memo.html} />
        {memo.cc.length > 0 && (
          <section aria-labelledby="memo-cc" className="mt-8 max-w-prose">
            <h2 id="memo-cc" className="text-base">
              {t('cc')}
            </h2>
            <ul className="mt-2 space-y-2 text-sm" data-testid="memo-cc">
              {memo.cc.map((entry) => (
                <li key={entry}>{entry}</li>
              ))}
            </ul>
          </section>
        )}
        {memo.originalDocuments.length > 0 && (
          <section aria-labelledby="memo-original" className="mt-8">
            <h2 id="memo-original" className="text-base">
              {t('originalDocument')}
            </h2>
            <ul className="mt-2">
              {memo.originalDocuments.map((doc) => (
                <li key={doc.url}>
                  <a href={doc.url} hrefLang={doc.language} data-testid="original-document">
                    {t('originalDocumentLink', { language: languages(doc.language), format: /\.pdf$/i.test(doc.url) ? 'pdf' : 'other' })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {memo.printedAddresses.length > 0 && (
          <section aria-labelledby="memo-printed-addresses" className="mt-8 max-w-prose" data-testid="printed-addresses">
            <h2 id="memo-printed-addresses" className="text-base">
              {t('printedAddresses')}
            </h2>
            <p className="mt-2 text-sm">{t('printedAddressesNote')}</p>
            <ul className="mt-2 space-y-2 text-sm">
              {memo.printedAddresses.map((address) => (
                <li key={`${address.page}-${address.position}-${address.url}`} data-testid="printed-address">
                  {t(`printedAt.${address.position}`, { page: address.page })}{' '}
                  <a href={address.url} className="break-all">
                    {address.url}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ChangeHistory changes={memo.changes} locale={locale} />
      </article>
      <MemoPager memo={memo} newer={newer} older={older} />
    </PageFrame>
  );
}
