import type { Metadata } from 'next';
import { BilingualDateModified } from '@/components/BilingualDateModified';
import { pageModified } from '@/lib/outputs/modified';
import { locales } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pathFor } from '@/lib/web/routes';
import { metadataBase } from '@/lib/web/seo';
import { openSans, raleway } from './fonts';

/* "/": the bilingual language-choice page (the Canada.ca convention), the x-default alternate. */

export const metadata: Metadata = {
  metadataBase,
  title: `${messages.en.LanguageChoicePage.metaTitle} / ${messages.fr.LanguageChoicePage.metaTitle}`,
  description: `${messages.en.Site.tagline} / ${messages.fr.Site.tagline}`,
  robots: { index: false, follow: true },
  alternates: { languages: Object.fromEntries(locales.map((l) => [l, pathFor({ kind: 'home' }, l)])) },
};

export default function LanguageChoicePage() {
  return (
    <html lang="en" className={`${openSans.variable} ${raleway.variable}`}>
      <body className="flex min-h-screen items-center justify-center bg-panel p-4">
        <main id="main" className="w-full max-w-2xl border-t-4 border-ink bg-white p-6 sm:p-10">
          <div className="grid gap-8 sm:grid-cols-2">
            {locales.map((locale) => (
              <section key={locale} lang={locale} aria-labelledby={`choose-${locale}`} className="flex flex-col gap-4">
                {/* One h1 for the page, in English; the French heading is its equal partner. */}
                {locale === 'en' ? (
                  <h1 id={`choose-${locale}`} className="text-2xl">
                    {messages[locale].LanguageChoicePage.heading}
                  </h1>
                ) : (
                  <h2 id={`choose-${locale}`} className="text-2xl">
                    {messages[locale].LanguageChoicePage.heading}
                  </h2>
                )}
                <p>{messages[locale].Site.tagline}</p>
                <p>
                  <a
                    href={pathFor({ kind: 'home' }, locale)}
                    hrefLang={locale}
                    className="inline-block bg-link px-6 py-3 font-semibold text-white no-underline visited:text-white hover:bg-link-hover hover:text-white"
                  >
                    {messages[locale].LanguageChoicePage.enter}
                  </a>
                </p>
                <p className="text-sm text-muted">{messages[locale].Site.unofficial}</p>
              </section>
            ))}
          </div>
          <BilingualDateModified day={pageModified({ kind: 'home' })} />
        </main>
      </body>
    </html>
  );
}
