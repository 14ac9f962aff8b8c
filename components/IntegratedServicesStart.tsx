import type { Locale } from '@/lib/i18n/locales';
import type { RegionStatus } from '@/lib/rollout';
import { StatementDate } from './StatementDate';

/** When integrated employment services begin in a region, as its most recent source says; else the fallback ("not announced"). */
export function IntegratedServicesStart({ status, locale, fallback }: { status: RegionStatus; locale: Locale; fallback: string }) {
  const launch = status.entry('integrated-services-launch');
  return launch ? <StatementDate statement={launch.current} locale={locale} /> : fallback;
}
