import { scheduledMemos } from '@/lib/content/corpus';
import { dayOf } from '@/lib/core/toronto-time';
import { formatClockTime, formatLongDate } from '@/lib/i18n/date-format';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';

/**
 * In the preview only (`npm run dev`): a memo scheduled after now says when it will be published,
 * since the public site shows it nowhere before then. Never rendered in a build, where scheduled
 * memos have no page at all.
 */
export function ScheduledNotice({ locale, memoId }: { locale: Locale; memoId: string }) {
  if (process.env.NODE_ENV !== 'development') return null;
  const publishedOnSite = scheduledMemos().get(memoId);
  if (!publishedOnSite) return null;
  const t = translator(locale, 'ScheduledNotice');
  const date = formatLongDate(dayOf(publishedOnSite), locale).text;
  return (
    <p role="status" className="my-6 border-l-4 bg-panel px-4 py-3" style={{ borderColor: 'var(--color-alert)' }} data-testid="scheduled-notice">
      {publishedOnSite.length > 10 ? t('at', { date, time: formatClockTime(publishedOnSite, locale) }) : t('day', { date })}
    </p>
  );
}
