/**
 * The web editor's preview (issue 37, item 7): the site's own pages — the memo page and the pages
 * of the regions it touches, in French and English — rendered by the site's own components from
 * the content with the author's unsaved draft, compiled in memory
 * (lib/editor/compiled-documents.ts). npm run edit answers POST /api/preview with it; the pane
 * beside the form (editor/editor.js) shows it as the author types. Nothing is written to disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { renderFromDocuments } from '../lib/content/corpus';
import { getMemos } from '../lib/content/documents';
import { compiledDocuments } from '../lib/editor/compiled-documents';
import { type Locale, locales } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';
import { getRegions } from '../lib/rollout/regions';
import { SkipLink } from '../components/SkipLink';
import MemoPage from '../app/[locale]/memos/[slug]/page';
import RegionPage from '../app/[locale]/regions/[region]/page';

/** One page the preview can show: `memo:fr`, `region:kingston-pembroke:en`. */
export type PreviewPage = { key: string; label: string };

/** The draft as the preview needs it: which memo (its folder), region or reference it is, and the regions it names. */
export type PreviewSubject = { collection: 'memos' | 'regions' | 'references'; id: string; regionIds: string[] };

/** The pages a draft changes, in the editor's language: the memo in both languages, then each region it touches. */
export function previewPages(subject: PreviewSubject, editorLocale: Locale): PreviewPage[] {
  const t = translator(editorLocale, 'Editor');
  const language = (locale: Locale) => translator(editorLocale, 'Languages')(locale);
  // The editor's language first.
  const inEditorOrder = [editorLocale, ...locales.filter((locale) => locale !== editorLocale)];
  const regions = getRegions().filter((region) => (subject.collection === 'regions' ? region.id === subject.id : subject.regionIds.includes(region.id)));
  return [
    ...(subject.collection === 'memos' ? inEditorOrder.map((locale) => ({ key: `memo:${locale}`, label: t('preview.memoPage', { language: language(locale) }) })) : []),
    ...regions.flatMap((region) => inEditorOrder.map((locale) => ({ key: `region:${region.id}:${locale}`, label: t('preview.regionPage', { region: region.names[editorLocale], language: language(locale) }) }))),
  ];
}

/** The page around a page's content, as app/[locale]/layout.tsx renders it, with the site's stylesheet. */
function PreviewDocument({ locale, title, stylesheet, children }: { locale: Locale; title: string; stylesheet: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      {/* Rendered outside Next, as the layout's <html> is: next/head has no part in it. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink locale={locale} />
        {children}
      </body>
    </html>
  );
}

async function html(element: ReactNode): Promise<string> {
  const { prelude } = await prerender(element);
  return `<!DOCTYPE html>${await new Response(prelude).text()}`;
}

/**
 * The content's files with the draft saved (paths inside content/), made the content this process
 * renders from. Call it with content that passes the check.
 */
export async function showDraft(files: Record<string, string | Buffer>): Promise<void> {
  renderFromDocuments(await compiledDocuments(files));
}

/** One page of the draft (showDraft first) as a whole HTML document, or undefined when the draft has no such page. */
export async function renderPreviewPage(subject: PreviewSubject, key: string, stylesheet: string): Promise<string | undefined> {
  const [kind, ...rest] = key.split(':');
  const locale = rest.at(-1) as Locale;
  if (!locales.includes(locale)) return undefined;
  if (kind === 'memo' && subject.collection === 'memos') {
    const memo = getMemos(locale).find((m) => m.id === subject.id);
    if (!memo) return undefined;
    const page = await MemoPage({ params: Promise.resolve({ locale, slug: memo.slugs[locale] }) });
    return html(<PreviewDocument locale={locale} title={memo.title} stylesheet={stylesheet}>{page}</PreviewDocument>);
  }
  if (kind === 'region') {
    const region = getRegions().find((r) => r.id === rest[0]);
    if (!region) return undefined;
    const page = await RegionPage({ params: Promise.resolve({ locale, region: region.slugs[locale] }) });
    return html(<PreviewDocument locale={locale} title={region.names[locale]} stylesheet={stylesheet}>{page}</PreviewDocument>);
  }
  return undefined;
}

/**
 * The site's stylesheet, compiled from app/globals.css by Tailwind as the build compiles it, with
 * the site's fonts (which next/font declares in a build) served from app/fonts by npm run edit.
 */
export async function previewStylesheet(root: string, fontsUrl: string): Promise<string> {
  const { default: postcss } = await import('postcss');
  const { default: tailwind } = await import('@tailwindcss/postcss');
  const from = path.join(root, 'app/globals.css');
  const result = await postcss([tailwind({ base: root })]).process(fs.readFileSync(from, 'utf8'), { from });
  const face = (family: string, file: string, weight: string) =>
    `@font-face{font-family:'${family}';src:url(${fontsUrl}${file}) format('woff2');font-weight:${weight};font-style:normal;font-display:swap}`;
  const fonts = [face('Open Sans', 'open-sans-400.woff2', '400'), face('Open Sans', 'open-sans-600.woff2', '600 700'), face('Raleway', 'raleway-modified-700.woff2', '700')];
  return `${fonts.join('\n')}\n:root{--font-open-sans:'Open Sans';--font-raleway:'Raleway'}\n${result.css}`;
}
