import { notFound } from 'next/navigation';
import { translator } from '@/lib/i18n/messages';
import { AsOf } from '@/components/AsOf';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ChangeHistory } from '@/components/ChangeHistory';
import { JsonLd } from '@/components/JsonLd';
import { FollowRegion } from '@/components/FollowRegion';
import { MemoList } from '@/components/MemoList';
import { PageFrame } from '@/components/PageFrame';
import { RegionPlaces } from '@/components/RegionPlaces';
import { SourceList } from '@/components/SourceList';
import { SourceMarks } from '@/components/SourceMarks';
import { StageEvidence } from '@/components/StageEvidence';
import { Timeline } from '@/components/Timeline';
import { getMemosForRegion } from '@/lib/content/documents';
import { getPlaceSources, getRegionBySlug, getRegions, getSourcesForRegion, type RegionView, rolloutAsOf } from '@/lib/rollout/regions';
import { type Locale, locales } from '@/lib/i18n/locales';
import { resolveLocale } from '@/lib/i18n/params';
import { entrySources, getRegionStatus, phaseEntry } from '@/lib/rollout/stages';
import { numberSources, uniqueSources } from '@/lib/rollout/sources';
import { feedPath, pathFor } from '@/lib/web/routes';
import { regionModified } from '@/lib/outputs/modified';
import { pageMetadata } from '@/lib/web/seo';
import { breadcrumbData, regionStructuredData } from '@/lib/outputs/structured-data';

/* One designated region: /en/regions/<slug>/ and /fr/regions/<slug-fr>/. */

type Props = { params: Promise<{ locale: string; region: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getRegions().map((region) => ({ locale, region: region.slugs[locale] })));
}

async function load(params: Props['params']) {
  const locale = await resolveLocale(params);
  const { region: slug } = await params;
  const region = getRegionBySlug(locale, slug);
  if (!region) notFound();
  return { locale, region };
}

async function describe(region: RegionView, locale: Locale) {
  const t = translator(locale, 'RegionIndexPage');
  return `${region.names[locale]} — ${t('intro')}`;
}

export async function generateMetadata({ params }: Props) {
  const { locale, region } = await load(params);
  const meta = translator(locale, 'Metadata');
  return pageMetadata({
    locale,
    page: region.ref,
    title: region.names[locale],
    description: await describe(region, locale),
    feeds: [{ url: feedPath({ kind: 'region', slugs: region.slugs }, locale), title: meta('regionFeed', { region: region.names[locale] }) }],
  });
}

export default async function RegionPage({ params }: Props) {
  const { locale, region } = await load(params);
  const t = translator(locale, 'RegionPage');
  const header = translator(locale, 'SiteHeader');
  const phaseNames = translator(locale, 'Phases');
  const stageNames = translator(locale, 'Stages');
  const asOf = rolloutAsOf();
  const status = getRegionStatus(region, locale, asOf);
  const memos = getMemosForRegion(locale, region.id);
  const cited = numberSources([...getSourcesForRegion(region.id), ...getPlaceSources(region)]);
  const marks = (sources: Parameters<typeof uniqueSources>[0]) => <SourceMarks sources={sources} numbers={cited.numbers} locale={locale} />;
  const breadcrumb = breadcrumbData(
    [
      { name: header('home'), page: { kind: 'home' } },
      { name: header('regions'), page: { kind: 'regionIndex' } },
      { name: region.names[locale], page: region.ref },
    ],
    locale,
  );
  const description = await describe(region, locale);
  return (
    <PageFrame locale={locale} page={region.ref}>
      <JsonLd data={regionStructuredData(region, locale, description, regionModified(region), breadcrumb)} />
      <Breadcrumbs
        locale={locale}
        trail={[
          { label: header('home'), href: pathFor({ kind: 'home' }, locale) },
          { label: header('regions'), href: pathFor({ kind: 'regionIndex' }, locale) },
        ]}
      />
      <h1 className="text-3xl" data-pagefind-filter="region">
        {region.names[locale]}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1" data-testid="region-facts">
        <dt className="font-semibold">{t('phase')}</dt>
        <dd data-testid="region-phase">
          {status.phase && phaseNames(status.phase)}
          {marks(entrySources(phaseEntry(status)))}
        </dd>
        <dt className="font-semibold">{t('stage')}</dt>
        <dd>
          <span data-testid="region-stage">{stageNames(status.stage)}</span>
          {marks(status.stageSources)}
          <StageEvidence status={status} locale={locale} />
        </dd>
      </dl>
      <AsOf day={asOf} locale={locale} />

      <section aria-labelledby="ssm" className="mt-10">
        <h2 id="ssm" className="text-2xl">
          {t('ssmHeading')}
        </h2>
        {status.ssm ? (
          <div data-testid="ssm">
            <dl className="mt-3 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t('lead')}</dt>
              <dd>{status.ssm.lead}</dd>
              {status.ssm.partners.length > 0 && (
                <>
                  <dt className="font-semibold">{t('partners')}</dt>
                  <dd>
                    <ul>
                      {status.ssm.partners.map((partner) => (
                        <li key={partner}>{partner}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
            <p className="mt-2 text-sm" data-testid="ssm-sources">
              {t('ssmSources')}
              {marks(uniqueSources(status.ssm.sources.map((s) => s.source)))}
            </p>
          </div>
        ) : (
          <p className="mt-3" data-testid="ssm">
            {t('notAnnounced')}
          </p>
        )}
      </section>

      <section aria-labelledby="timeline" className="mt-10">
        <h2 id="timeline" className="text-2xl">
          {t('timelineHeading')}
        </h2>
        <p className="mt-2 max-w-prose">{t('timelineIntro')}</p>
        <Timeline entries={status.timeline} locale={locale} />
      </section>

      <FollowRegion region={region} locale={locale} />

      <section aria-labelledby="memos" className="mt-10">
        <h2 id="memos" className="text-2xl">
          {t('memosHeading')}
        </h2>
        <div className="mt-3">{memos.length > 0 ? <MemoList memos={memos} locale={locale} headingLevel="h3" /> : <p>{t('noMemos')}</p>}</div>
      </section>

      <RegionPlaces region={region} locale={locale} numbers={cited.numbers} />

      <ChangeHistory changes={region.changes} locale={locale} />

      <SourceList sources={cited.sources} numbers={cited.numbers} locale={locale} />
      <p className="no-print mt-8">
        <a href={pathFor({ kind: 'regionIndex' }, locale)}>{t('allRegions')}</a>
      </p>
    </PageFrame>
  );
}
