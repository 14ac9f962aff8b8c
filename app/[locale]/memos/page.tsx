import { translator } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { MemoList } from '@/components/MemoList';
import { PageFrame } from '@/components/PageFrame';
import { getMemos } from '@/lib/content/documents';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';

/* The memo index. English URL /en/memos/; notes-de-service/page.tsx serves it in French. */

const page = { kind: 'memoIndex' } as const;

export const dynamicParams = false;

export const generateStaticParams = servedIn('en');

export const generateMetadata = fixedPageMetadata(page, 'MemoIndexPage');

export default async function MemoIndexPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'MemoIndexPage');
  const header = translator(locale, 'SiteHeader');
  const memos = getMemos(locale);
  return (
    <PageFrame locale={locale} page={page}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <p className="mt-2 text-sm text-muted">{t('count', { count: memos.length })}</p>
      <div className="mt-6">
        <MemoList memos={memos} locale={locale} />
      </div>
    </PageFrame>
  );
}
