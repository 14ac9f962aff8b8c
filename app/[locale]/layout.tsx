import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/SkipLink';
import { isLocale, locales } from '@/lib/i18n/locales';
import { openSans, raleway } from '../fonts';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} className={`${openSans.variable} ${raleway.variable}`}>
      <body className="flex min-h-screen flex-col">
        <SkipLink locale={locale} />
        {children}
      </body>
    </html>
  );
}
