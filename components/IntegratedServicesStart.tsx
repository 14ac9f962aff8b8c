import type { Locale } from '@/lib/i18n/locales';
import { dateSources, launchEntry, type RegionStatus } from '@/lib/rollout/stages';
import { SourceMarks, type SourceNumbers } from './SourceMarks';
import { StatementDate } from './StatementDate';

/** When integrated employment services begin in a region, with the sources of that date; else the fallback ("not announced"). */
export function IntegratedServicesStart({ status, locale, fallback, numbers }: { status: RegionStatus; locale: Locale; fallback: string; numbers: SourceNumbers }) {
  const launch = launchEntry(status);
  if (!launch) return fallback;
  return (
    <>
      <StatementDate statement={launch.current} locale={locale} />
      <SourceMarks sources={dateSources(launch)} numbers={numbers} locale={locale} />
    </>
  );
}
