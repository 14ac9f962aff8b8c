import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatLongDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/timeline';

/** Names a statement's source and links to it: a memo on this site, or an external page. */
export async function SourceCitation({ source, locale }: { source: SourceRef; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Timeline' });
  const date = formatLongDate(source.date, locale).text;
  if (source.kind === 'memo') {
    return (
      <Link href={source.href[locale]} data-testid="source-link">
        {t('memo', { date })}
      </Link>
    );
  }
  return (
    <>
      <a href={source.href[locale]} data-testid="source-link">
        {t('reference', { publisher: source.publisher?.[locale] ?? '', title: source.title[locale] })}
      </a>{' '}
      <span className="text-muted">({source.dateKind === 'consulted' ? t('consulted', { date }) : date})</span>
    </>
  );
}
