import { translator } from '@/lib/i18n/messages';
import { AsOf } from '@/components/AsOf';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageFrame } from '@/components/PageFrame';
import { RolloutChart } from '@/components/RolloutChart';
import { IntegratedServicesStart } from '@/components/IntegratedServicesStart';
import { OpenDataLink } from '@/components/OpenDataLink';
import { SourceList } from '@/components/SourceList';
import { SourceMarks } from '@/components/SourceMarks';
import { StageEvidence } from '@/components/StageEvidence';
import { StatementDate } from '@/components/StatementDate';
import { TableScroller } from '@/components/TableScroller';
import { rolloutAsOf } from '@/lib/rollout/regions';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { dateSources, entrySources, getRolloutOverview, launchEntry, layoutRolloutChart, phaseEntry, type RegionStatus, shownPeriods } from '@/lib/rollout/stages';
import { numberSources } from '@/lib/rollout/sources';
import { pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';

/* The province-wide rollout: /en/rollout/; deploiement/page.tsx serves it at /fr/deploiement/. */

const page = { kind: 'rollout' } as const;

export const dynamicParams = false;

export const generateStaticParams = servedIn('en');

export const generateMetadata = fixedPageMetadata(page, 'RolloutPage');

export default async function RolloutPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'RolloutPage');
  const header = translator(locale, 'SiteHeader');
  const phaseNames = translator(locale, 'Phases');
  const stageNames = translator(locale, 'Stages');
  const milestoneNames = translator(locale, 'Milestones');
  const asOf = rolloutAsOf();
  const overview = getRolloutOverview(locale, asOf);
  const phaseSources = (status: RegionStatus) => entrySources(phaseEntry(status));
  const cited = numberSources(
    overview.flatMap((s) => [
      ...phaseSources(s),
      ...shownPeriods(s).entries.flatMap(dateSources),
      ...dateSources(launchEntry(s)),
      ...s.stageSources,
    ]),
  );

  const spans = (status: RegionStatus) => {
    const { entries, separate } = shownPeriods(status);
    if (entries.length === 0) return t('notAnnounced');
    return (
      <ul>
        {entries.map((e) => (
          <li key={e.milestone}>
            {separate && <>{t('spanLabel', { milestone: milestoneNames(e.milestone) })} </>}
            <StatementDate statement={e.current} locale={locale} />
            <SourceMarks sources={dateSources(e)} numbers={cited.numbers} locale={locale} />
          </li>
        ))}
      </ul>
    );
  };

  return (
    <PageFrame locale={locale} page={page}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <AsOf day={asOf} locale={locale} />
      <figure className="mt-6" aria-labelledby="rollout-chart-title">
        <figcaption>
          <h2 id="rollout-chart-title" className="text-xl">
            {t('chartTitle')}
          </h2>
          <p className="mt-1 max-w-prose text-sm">{t('chartDescription')}</p>
        </figcaption>
        <RolloutChart axis={layoutRolloutChart(overview, asOf)} overview={overview} locale={locale} />
      </figure>
      <div className="mt-10">
        <TableScroller labelledBy="rollout-table-caption">
          <table className="w-full min-w-[40rem] border-collapse text-left" data-testid="rollout-table">
            <caption id="rollout-table-caption" className="mb-2 text-left text-xl font-bold">
              {t('tableCaption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{t('region')}</th>
                <th scope="col" className="py-2 pr-4">{t('phase')}</th>
                <th scope="col" className="py-2 pr-4">{t('planning')}</th>
                <th scope="col" className="py-2 pr-4">{t('launch')}</th>
                <th scope="col" className="py-2">{t('stage')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.map((status) => (
                <tr key={status.region.id} className="border-b border-rule align-top">
                  <th scope="row" className="py-2 pr-4">
                    <a href={pathFor(status.region.ref, locale)}>{status.region.names[locale]}</a>
                  </th>
                  <td className="py-2 pr-4">
                    {status.phase && phaseNames(status.phase)}
                    <SourceMarks sources={phaseSources(status)} numbers={cited.numbers} locale={locale} />
                  </td>
                  <td className="py-2 pr-4">{spans(status)}</td>
                  <td className="py-2 pr-4">
                    <IntegratedServicesStart status={status} locale={locale} fallback={t('notAnnounced')} numbers={cited.numbers} />
                  </td>
                  <td className="py-2">
                    {stageNames(status.stage)}
                    <SourceMarks sources={status.stageSources} numbers={cited.numbers} locale={locale} />
                    <StageEvidence status={status} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </div>
      <OpenDataLink locale={locale} />
      <SourceList sources={cited.sources} numbers={cited.numbers} locale={locale} />
    </PageFrame>
  );
}
