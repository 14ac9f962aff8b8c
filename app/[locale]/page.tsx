import { translator } from '@/lib/i18n/messages';
import { MemoList } from '@/components/MemoList';
import { PageFrame } from '@/components/PageFrame';
import { RolloutGlance } from '@/components/RolloutGlance';
import { getMemos } from '@/lib/content/documents';
import { rolloutAsOf } from '@/lib/rollout/regions';
import { type LocaleParams, resolveLocale } from '@/lib/i18n/params';
import { feedPath, pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';

const page = { kind: 'home' } as const;

export const generateMetadata = fixedPageMetadata(page, 'HomePage');

export default async function HomePage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'HomePage');
  const whatsNew = translator(locale, 'WhatsNewPage');
  const memos = getMemos(locale);
  return (
    <PageFrame locale={locale} page={page}>
      <h1 className="text-3xl sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose text-lg">{t('intro')}</p>
      <RolloutGlance locale={locale} asOf={rolloutAsOf()} />
      <section aria-labelledby="latest-memos" className="mt-10">
        <h2 id="latest-memos" className="text-2xl">
          {t('latestMemos')}
        </h2>
        <div className="mt-4">
          <MemoList memos={memos.slice(0, 5)} locale={locale} headingLevel="h3" />
        </div>
        <p className="mt-4">
          <a href={pathFor({ kind: 'memoIndex' }, locale)}>{t('allMemos')}</a>
        </p>
      </section>
      <section aria-labelledby="whats-new" className="mt-10" data-testid="home-whats-new">
        <h2 id="whats-new" className="text-2xl">
          {whatsNew('homeHeading')}
        </h2>
        <p className="mt-2 max-w-prose">{whatsNew('homeIntro')}</p>
        <ul className="mt-3 space-y-1">
          <li>
            <a href={pathFor({ kind: 'whatsNew' }, locale)}>{whatsNew('homeLink')}</a>
          </li>
          <li>
            <a href={feedPath({ kind: 'whatsNew' }, locale)} type="application/atom+xml">
              {whatsNew('feed')}
            </a>
          </li>
        </ul>
      </section>
    </PageFrame>
  );
}
