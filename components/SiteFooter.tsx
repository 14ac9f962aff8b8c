import { translator } from '@/lib/i18n/messages';
import { getPage } from '@/lib/content/documents';
import type { Locale } from '@/lib/i18n/locales';
import { calendarPath, feedPath, languageChoicePath, pathFor } from '@/lib/web/routes';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = translator(locale, 'SiteFooter');
  const site = translator(locale, 'Site');
  const pages = translator(locale, 'SiteFooterPages');
  const pageLink = (id: 'accessibility' | 'privacy' | 'contact') => (
    <li>
      <a href={pathFor(getPage(locale, id).ref, locale)}>{pages(id)}</a>
    </li>
  );
  return (
    <footer className="mt-12 border-t-4 border-ink bg-panel">
      <div className="mx-auto max-w-5xl px-4 py-6">
        <nav aria-label={t('navLabel')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href={pathFor(getPage(locale, 'about').ref, locale)}>{t('about')}</a>
            </li>
            {pageLink('accessibility')}
            {pageLink('privacy')}
            {pageLink('contact')}
            <li>
              <a href={pathFor({ kind: 'whatsNew' }, locale)}>{pages('whatsNew')}</a>
            </li>
            <li>
              <a href={feedPath({ kind: 'whatsNew' }, locale)} type="application/atom+xml">
                {pages('whatsNewFeed')}
              </a>
            </li>
            <li>
              <a href={feedPath({ kind: 'site' }, locale)} type="application/atom+xml">
                {t('feed')}
              </a>
            </li>
            <li>
              <a href={calendarPath({ kind: 'province' }, locale)} type="text/calendar">
                {t('calendar')}
              </a>
            </li>
            <li>
              <a href={languageChoicePath}>{t('languageChoice')}</a>
            </li>
          </ul>
        </nav>
        <p className="mt-4 text-sm text-muted">{site('unofficial')}</p>
      </div>
    </footer>
  );
}
