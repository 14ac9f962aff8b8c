import type { Metadata } from 'next';
import { BilingualDateModified } from '@/components/BilingualDateModified';
import { pageModified } from '@/lib/outputs/modified';
import { locales } from '@/lib/i18n/locales';
import { messages } from '@/lib/i18n/messages';
import { pathFor } from '@/lib/web/routes';
import { openSans, raleway } from './fonts';

/* 404.html: bilingual, because the visitor's language is unknown here. */

export const metadata: Metadata = {
  // Next.js adds <meta name="robots" content="noindex"> to this page itself.
  title: `${messages.en.NotFoundPage.title} / ${messages.fr.NotFoundPage.title}`,
  description: `${messages.en.NotFoundPage.body} / ${messages.fr.NotFoundPage.body}`,
};

export default function NotFound() {
  return (
    <html lang="en" className={`${openSans.variable} ${raleway.variable}`}>
      <body className="bg-panel p-4">
        <main id="main" className="mx-auto mt-8 max-w-3xl border-t-4 border-ink bg-white p-6 sm:p-10">
          <div className="grid gap-8 sm:grid-cols-2">
            {locales.map((locale) => {
              const t = messages[locale].NotFoundPage;
              const Heading = locale === 'en' ? 'h1' : 'h2';
              return (
                <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`} className="flex flex-col gap-3">
                  <p className="text-sm font-semibold text-muted">{t.errorCode}</p>
                  <Heading id={`not-found-${locale}`} className="text-2xl">
                    {t.title}
                  </Heading>
                  <p>{t.body}</p>
                  <ul className="list-disc space-y-1 pl-5">
                    <li>
                      <a href={pathFor({ kind: 'home' }, locale)} hrefLang={locale}>
                        {t.home}
                      </a>
                    </li>
                    <li>
                      <a href={pathFor({ kind: 'memoIndex' }, locale)} hrefLang={locale}>
                        {t.memos}
                      </a>
                    </li>
                  </ul>
                </section>
              );
            })}
          </div>
          <BilingualDateModified day={pageModified({ kind: 'home' })} />
        </main>
      </body>
    </html>
  );
}
