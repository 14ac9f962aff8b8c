import { translator } from '@/lib/i18n/messages';
import { formatLongDate } from '@/lib/i18n/date-format';
import type { Locale } from '@/lib/i18n/locales';
import { type ChartRole, milestoneInfo } from '@/lib/content/milestones';
import type { ChartAxis, RegionStatus } from '@/lib/rollout/stages';

type BarRole = Exclude<ChartRole, 'launch'>;

/** How each kind of bar looks, and its legend label (RolloutPage.*). */
const bars = {
  planning: { style: 'bg-accent-light border-2 border-link', legend: 'legendPlanning' },
  transition: { style: 'bg-link', legend: 'legendTransition' },
  combined: { style: 'bar-hatched border-2 border-link', legend: 'legendPlanningTransition' },
} as const satisfies Record<BarRole, { style: string; legend: string }>;

/** The "as of" line, drawn across the axis and every row. */
function AsOfLine({ left }: { left: number }) {
  return <span className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-alert" style={{ left: `${left}%` }} data-testid="chart-as-of-line" />;
}

/**
 * All regions on one time axis, drawn with HTML and CSS (no JavaScript), with a line at the
 * "as of" day. It is hidden from assistive technology: the table that follows it on the page
 * carries the same information, and the page says "as of" in words.
 */
export async function RolloutChart({ axis, overview, locale }: { axis: ChartAxis; overview: RegionStatus[]; locale: Locale }) {
  const t = translator(locale, 'RolloutPage');
  const chart = translator(locale, 'RolloutChart');
  const legend = Object.values(bars).map((bar) => ({ key: bar.legend, swatch: bar.style }));
  // The label ends at the line when the line is in the right half, so it never leaves the chart.
  const labelEndsAtLine = axis.asOf.left > 50;
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
        <div>
          <div className="relative h-5 text-xs">
            <span
              className={`absolute bottom-0 whitespace-nowrap px-1 font-semibold text-alert ${labelEndsAtLine ? '-translate-x-full' : ''}`}
              style={{ left: `${axis.asOf.left}%` }}
              data-testid="chart-as-of"
              data-day={axis.asOf.day}
            >
              {chart('asOf', { day: formatLongDate(axis.asOf.day, locale).text })}
            </span>
          </div>
          <div className="relative h-6 border-b border-ink text-xs" data-testid="chart-axis">
            {axis.years.map((y) => (
              <span key={y.year} className="absolute bottom-1 translate-x-1" style={{ left: `${y.left}%` }}>
                {y.year}
              </span>
            ))}
            <AsOfLine left={axis.asOf.left} />
          </div>
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
                <AsOfLine left={axis.asOf.left} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
