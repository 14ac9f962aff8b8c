import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { otherLocale } from '@/lib/i18n/locales';
import { pageModified } from '@/lib/outputs/modified';
import { type PageRef, pathFor } from '@/lib/web/routes';
import { DateModified } from './DateModified';
import { PreviewProblems } from './PreviewProblems';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * Header, main landmark and footer around one page. Pages render it (rather than the layout)
 * because the language toggle and "Date modified" depend on which page this is, and a static
 * export's layout cannot know. "Date modified" is the page's own (lib/outputs/modified.ts).
 */
export function PageFrame({
  locale,
  page,
  searchable = true,
  children,
}: {
  locale: Locale;
  page: PageRef;
  /** Whether site search indexes this page's main content (Pagefind indexes only data-pagefind-body). */
  searchable?: boolean;
  children: ReactNode;
}) {
  const modified = pageModified(page);
  return (
    <>
      <SiteHeader locale={locale} alternateHref={pathFor(page, otherLocale(locale))} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
        {...(searchable ? { 'data-pagefind-body': '' } : {})}
      >
        <PreviewProblems locale={locale} />
        {children}
        {modified && <DateModified locale={locale} day={modified} />}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
