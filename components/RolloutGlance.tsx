import { translator } from '@/lib/i18n/messages';
import type { IsoDay } from '@/lib/core/dates';
import type { Locale } from '@/lib/i18n/locales';
import { getRolloutOverview } from '@/lib/rollout/stages';
import { pathFor } from '@/lib/web/routes';
import { AsOf } from './AsOf';
import { StageEvidence } from './StageEvidence';

/** The home page's summary: how many regions have integrated services, and where the others stand. */
export async function RolloutGlance({ locale, asOf }: { locale: Locale; asOf: IsoDay }) {
  const t = translator(locale, 'RolloutGlance');
  const stageNames = translator(locale, 'Stages');
  const overview = getRolloutOverview(locale, asOf);
  const integrated = overview.filter((s) => s.stage === 'integrated');
  const others = overview.filter((s) => s.stage !== 'integrated');
  return (
    <section aria-labelledby="rollout-glance" className="mt-10 border-l-4 border-link bg-accent-light px-4 py-4" data-testid="rollout-glance">
      <h2 id="rollout-glance" className="text-2xl">
        {t('heading')}
      </h2>
      <AsOf day={asOf} locale={locale} />
      <p className="mt-2">{t('integrated', { count: integrated.length, total: overview.length })}</p>
      {others.length > 0 && (
        <>
          <p className="mt-2">{t('other', { count: others.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {others.map((s) => (
              <li key={s.region.id}>
                <a href={pathFor(s.region.ref, locale)}>{s.region.names[locale]}</a> — {stageNames(s.stage)}
                <StageEvidence status={s} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-2 text-sm">{t('sourcesNote')}</p>
      <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        <a href={pathFor({ kind: 'rollout' }, locale)}>{t('seeRollout')}</a>
        <a href={pathFor({ kind: 'placeFinder' }, locale)}>{t('seeRegions')}</a>
      </p>
    </section>
  );
}
