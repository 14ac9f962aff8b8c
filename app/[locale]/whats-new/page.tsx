import { translator } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageFrame } from '@/components/PageFrame';
import { WhatsNewList } from '@/components/WhatsNewList';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { feedPath, pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';
import { getWhatsNew } from '@/lib/outputs/whats-new';

/* What's new. English URL /en/whats-new/; quoi-de-neuf/page.tsx serves it in French. */

const page = { kind: 'whatsNew' } as const;

export const dynamicParams = false;

export const generateStaticParams = servedIn('en');

export const generateMetadata = fixedPageMetadata(page, 'WhatsNewPage', { feeds: (locale) => [{ url: feedPath(page, locale), title: translator(locale, 'WhatsNew')('feedTitle') }] });

export default async function WhatsNewPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'WhatsNewPage');
  const header = translator(locale, 'SiteHeader');
  const items = getWhatsNew(locale);
  return (
    <PageFrame locale={locale} page={page}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <p className="mt-2 text-sm text-muted">{t('count', { count: items.length })}</p>
      <section aria-labelledby="follow-changes" className="no-print mt-6 border-l-4 border-link bg-accent-light p-4" data-testid="follow-changes">
        <h2 id="follow-changes" className="text-lg">
          {t('followHeading')}
        </h2>
        <p className="mt-2">
          <a href={feedPath(page, locale)} type="application/atom+xml" className="font-semibold">
            {t('feed')}
          </a>
        </p>
        <p className="mt-1 max-w-prose text-sm">{t('feedHelp')}</p>
      </section>
      <div className="mt-6">
        <WhatsNewList items={items} locale={locale} />
      </div>
    </PageFrame>
  );
}
