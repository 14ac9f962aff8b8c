import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getPage } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { pathFor } from '@/lib/routes';
import { LanguageToggle } from './LanguageToggle';

export async function SiteHeader({ locale, alternateHref }: { locale: Locale; alternateHref: string }) {
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const about = getPage(locale, 'about');
  return (
    <header role="banner" className="border-b-4 border-ink bg-white">
      <div className="mx-auto flex max-w-5xl items-start justify-between gap-x-4 px-4 pt-4">
        <Link href={pathFor({ kind: 'home' }, locale)} className="font-heading text-xl font-bold text-ink no-underline visited:text-ink sm:text-2xl">
          {site('name')}
        </Link>
        <div className="shrink-0 pt-1">
          <LanguageToggle locale={locale} href={alternateHref} />
        </div>
      </div>
      <nav aria-label={t('navLabel')} className="mx-auto max-w-5xl px-4 pb-3 pt-2">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href={pathFor({ kind: 'home' }, locale)}>{t('home')}</Link>
          </li>
          <li>
            <Link href={pathFor({ kind: 'memoIndex' }, locale)}>{t('memos')}</Link>
          </li>
          <li>
            <Link href={pathFor({ kind: 'regionIndex' }, locale)}>{t('regions')}</Link>
          </li>
          <li>
            <Link href={pathFor({ kind: 'rollout' }, locale)}>{t('rollout')}</Link>
          </li>
          <li>
            <Link href={pathFor({ kind: 'search' }, locale)}>{t('search')}</Link>
          </li>
          <li>
            <Link href={pathFor(about.ref, locale)}>{t('about')}</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
