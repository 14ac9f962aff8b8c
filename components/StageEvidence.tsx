import { formatMonthOf } from '@/lib/i18n/date-format';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import type { RegionStatus } from '@/lib/rollout/stages';

/**
 * Beside a region's stage, how old its evidence is, when the newest dated source about the region
 * is more than a year older than the "as of" day: "(latest dated source: November 2022)". A stage
 * that rests on old sources never reads as fresh.
 */
export function StageEvidence({ status, locale }: { status: RegionStatus; locale: Locale }) {
  if (!status.evidenceIsOld) return null;
  const t = translator(locale, 'RegionStage');
  const latest = status.latestDatedSource;
  return (
    <span className="text-sm text-muted" data-testid="stage-evidence" data-date={latest?.published}>
      {' '}
      ({latest?.published ? t('latestSource', { date: formatMonthOf(latest.published, locale) }) : t('noDatedSource')})
    </span>
  );
}
