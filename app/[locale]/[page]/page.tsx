import { notFound } from 'next/navigation';
import { PageFrame } from '@/components/PageFrame';
import { Prose } from '@/components/Prose';
import { getPages } from '@/lib/content/documents';
import { locales } from '@/lib/i18n/locales';
import { resolveLocale } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/web/seo';

/* Standalone pages from content/pages/<id>/ (about …), at /<locale>/<slug-in-that-language>/. */

type Props = { params: Promise<{ locale: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getPages(locale).map((page) => ({ locale, page: page.slugs[locale] })));
}

async function load(params: Props['params']) {
  const locale = await resolveLocale(params);
  const { page: slug } = await params;
  const page = getPages(locale).find((p) => p.slugs[locale] === slug);
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props) {
  const page = await load(params);
  return pageMetadata({ locale: page.locale, page: page.ref, title: page.title, description: page.summary });
}

export default async function ContentPage({ params }: Props) {
  const page = await load(params);
  return (
    <PageFrame locale={page.locale} page={page.ref}>
      <h1 className="text-3xl">{page.title}</h1>
      <Prose html={page.html} className="mt-6" />
    </PageFrame>
  );
}
