import { translator } from '@/lib/i18n/messages';
import { AsOf } from '@/components/AsOf';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageFrame } from '@/components/PageFrame';
import { IntegratedServicesStart } from '@/components/IntegratedServicesStart';
import { SourceList } from '@/components/SourceList';
import { SourceMarks } from '@/components/SourceMarks';
import { StageEvidence } from '@/components/StageEvidence';
import { TableScroller } from '@/components/TableScroller';
import { rolloutAsOf } from '@/lib/rollout/regions';
import { phases } from '@/lib/content/schemas/statement';
import { locales } from '@/lib/i18n/locales';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { dateSources, getRolloutOverview, launchEntry } from '@/lib/rollout/stages';
import { numberSources } from '@/lib/rollout/sources';
import { pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';

/* The regions index, grouped by phase: /en/regions/ and /fr/regions/. */

const page = { kind: 'regionIndex' } as const;

export const dynamicParams = false;

export const generateStaticParams = servedIn(...locales);

export const generateMetadata = fixedPageMetadata(page, 'RegionIndexPage');

export default async function RegionIndexPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'RegionIndexPage');
  const header = translator(locale, 'SiteHeader');
  const finder = translator(locale, 'PlaceFinder');
  const phaseNames = translator(locale, 'Phases');
  const stageNames = translator(locale, 'Stages');
  const asOf = rolloutAsOf();
  const overview = getRolloutOverview(locale, asOf);
  const ssmSources = (status: (typeof overview)[number]) => status.ssm?.sources.map((s) => s.source) ?? [];
  const cited = numberSources(
    overview.flatMap((s) => [...ssmSources(s), ...s.stageSources, ...dateSources(launchEntry(s))]),
  );
  return (
    <PageFrame locale={locale} page={page}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <p className="mt-2">
        <a href={pathFor({ kind: 'placeFinder' }, locale)}>{finder('link')}</a>
      </p>
      <AsOf day={asOf} locale={locale} />
      {phases.map((phase) => {
        const rows = overview.filter((s) => s.phase === phase);
        if (rows.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`} className="mt-10">
            <h2 id={`phase-${phase}`} className="text-2xl">
              {phaseNames(phase)}
            </h2>
            <div className="mt-3">
              <TableScroller labelledBy={`caption-${phase}`}>
                <table className="w-full min-w-[34rem] border-collapse text-left" data-testid={`regions-${phase}`}>
                  <caption id={`caption-${phase}`} className="sr-only">
                    {t('caption', { phase: phaseNames(phase), count: rows.length })}
                  </caption>
                  <thead>
                    <tr className="border-b-2 border-ink">
                      <th scope="col" className="py-2 pr-4">{t('region')}</th>
                      <th scope="col" className="py-2 pr-4">{t('ssm')}</th>
                      <th scope="col" className="py-2 pr-4">{t('stage')}</th>
                      <th scope="col" className="py-2">{t('integratedStart')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((status) => (
                      <tr key={status.region.id} className="border-b border-rule align-top">
                        <th scope="row" className="py-2 pr-4 font-semibold">
                          <a href={pathFor(status.region.ref, locale)}>{status.region.names[locale]}</a>
                        </th>
                        <td className="py-2 pr-4">
                          {status.ssm?.lead ?? t('notAnnounced')}
                          <SourceMarks sources={ssmSources(status)} numbers={cited.numbers} locale={locale} />
                        </td>
                        <td className="py-2 pr-4">
                          {stageNames(status.stage)}
                          <SourceMarks sources={status.stageSources} numbers={cited.numbers} locale={locale} />
                          <StageEvidence status={status} locale={locale} />
                        </td>
                        <td className="py-2">
                          <IntegratedServicesStart status={status} locale={locale} fallback={t('notAnnounced')} numbers={cited.numbers} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroller>
            </div>
          </section>
        );
      })}
      <SourceList sources={cited.sources} numbers={cited.numbers} locale={locale} />
    </PageFrame>
  );
}
