import { translator } from '@/lib/i18n/messages';
import { getPage } from '@/lib/content/documents';
import type { Locale } from '@/lib/i18n/locales';
import { type PageRef, pathFor } from '@/lib/web/routes';
import { LanguageToggle } from './LanguageToggle';

export async function SiteHeader({ locale, alternateHref }: { locale: Locale; alternateHref: string }) {
  const t = translator(locale, 'SiteHeader');
  const site = translator(locale, 'Site');
  const items: { key: 'home' | 'memos' | 'regions' | 'rollout' | 'search' | 'about'; page: PageRef }[] = [
    { key: 'home', page: { kind: 'home' } },
    { key: 'memos', page: { kind: 'memoIndex' } },
    { key: 'regions', page: { kind: 'regionIndex' } },
    { key: 'rollout', page: { kind: 'rollout' } },
    { key: 'search', page: { kind: 'search' } },
    { key: 'about', page: getPage(locale, 'about').ref },
  ];
  return (
    <header className="border-b-4 border-ink bg-white">
      <div className="mx-auto flex max-w-5xl items-start justify-between gap-x-4 px-4 pt-4">
        <a href={pathFor({ kind: 'home' }, locale)} className="font-heading text-xl font-bold text-ink no-underline visited:text-ink sm:text-2xl">
          {site('name')}
        </a>
        <div className="shrink-0 pt-1">
          <LanguageToggle locale={locale} href={alternateHref} />
        </div>
      </div>
      <nav aria-label={t('navLabel')} className="mx-auto max-w-5xl px-4 pb-3 pt-2">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {items.map((item) => (
            <li key={item.key}>
              <a href={pathFor(item.page, locale)}>{t(item.key)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
