import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { type ChartRole, milestoneInfo } from '@/lib/milestones';
import type { ChartAxis, RegionStatus } from '@/lib/rollout';

type BarRole = Exclude<ChartRole, 'launch'>;

/** How each kind of bar looks, and its legend label (RolloutPage.*). */
const bars = {
  planning: { style: 'bg-accent-light border-2 border-link', legend: 'legendPlanning' },
  transition: { style: 'bg-link', legend: 'legendTransition' },
  combined: { style: 'bar-hatched border-2 border-link', legend: 'legendPlanningTransition' },
} as const satisfies Record<BarRole, { style: string; legend: string }>;

/**
 * All regions on one time axis, drawn with HTML and CSS (no JavaScript). It is hidden from
 * assistive technology: the table that follows it on the page carries the same information.
 */
export async function RolloutChart({ axis, overview, locale }: { axis: ChartAxis; overview: RegionStatus[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'RolloutPage' });
  const legend = Object.values(bars).map((bar) => ({ key: bar.legend, swatch: bar.style }));
  return (
    <div aria-hidden="true" className="mt-6" data-testid="rollout-chart">
      <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {legend.map((item) => (
          <li key={item.key} className="flex items-center gap-2">
            <span className={`inline-block h-4 w-8 ${item.swatch}`} />
            {t(item.key)}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span className="inline-block h-3 w-3 rotate-45 border-2 border-white bg-ink outline outline-1 outline-ink" />
          {t('legendLaunch')}
        </li>
      </ul>
      <div className="grid grid-cols-1 gap-y-3 sm:grid-cols-[12rem_1fr] sm:gap-x-4">
        <div className="hidden sm:block" />
        <div className="relative h-6 border-b border-ink text-xs">
          {axis.years.map((y) => (
            <span key={y.year} className="absolute bottom-1 translate-x-1" style={{ left: `${y.left}%` }}>
              {y.year}
            </span>
          ))}
        </div>
        {axis.rows.map((row) => {
          const status = overview.find((s) => s.region.id === row.regionId)!;
          return (
            <div key={row.regionId} className="contents">
              <div className="text-sm font-semibold sm:text-right">{status.region.names[locale]}</div>
              <div className="relative h-6 bg-panel">
                {axis.years.map((y) => (
                  <span key={y.year} className="absolute inset-y-0 w-px bg-rule" style={{ left: `${y.left}%` }} />
                ))}
                {row.bars.map((bar) => (
                  <span
                    key={bar.milestone}
                    className={`absolute inset-y-1 ${bars[milestoneInfo[bar.milestone].chart as BarRole].style}`}
                    style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                  />
                ))}
                {row.launch !== undefined && (
                  <span
                    className="absolute top-1/2 h-3.5 w-3.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-white bg-ink"
                    style={{ left: `${row.launch}%` }}
                  />
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
