import { translator } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageFrame } from '@/components/PageFrame';
import { PlaceFilter } from '@/components/PlaceFilter';
import { SourceList } from '@/components/SourceList';
import { SourceMarks } from '@/components/SourceMarks';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { allPlaceSources, finderGroups, type PlaceKind } from '@/lib/rollout/places';
import { pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';
import { numberSources } from '@/lib/rollout/sources';

/*
 * Find your region: /en/find-your-region/; trouver-votre-region/page.tsx serves it at
 * /fr/trouver-votre-region/. Every census division and main urban centre, A to Z, each linking
 * its region; complete without JavaScript, with a filter box when it runs (public/find-region.js).
 * Site search does not index it: it finds the region pages themselves by their places.
 */

const page = { kind: 'placeFinder' } as const;
const listId = 'places';

export const dynamicParams = false;

export const generateStaticParams = servedIn('en');

export const generateMetadata = fixedPageMetadata(page, 'PlaceFinder');

export default async function PlaceFinderPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'PlaceFinder');
  const header = translator(locale, 'SiteHeader');
  const cited = numberSources(allPlaceSources());
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const what = (kinds: PlaceKind[]) => list.format(kinds.map((k) => (k.kind === 'censusDivision' ? t('censusDivision', { code: k.code }) : t('urbanCentre'))));
  return (
    <PageFrame locale={locale} page={page} searchable={false}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <p className="mt-2 max-w-prose">{t('hint')}</p>
      <p className="mt-2 text-sm">
        {t('sources')}
        <SourceMarks sources={cited.sources} numbers={cited.numbers} locale={locale} />
      </p>
      <PlaceFilter locale={locale} listId={listId} />
      <div id={listId} className="mt-4" data-testid="place-list">
        {finderGroups(locale).map((group) => (
          <div key={group.letter} data-place-group="">
            <h2 className="mt-6 text-2xl">{group.letter}</h2>
            <ul className="mt-2 space-y-1">
              {group.entries.map((entry) => (
                <li key={`${entry.region.id}-${entry.name}`} data-place={entry.terms} data-region={entry.region.id} data-testid="place">
                  {t.rich('entry', {
                    name: entry.name,
                    what: what(entry.kinds),
                    region: entry.region.names[locale],
                    place: (chunks) => <span className="font-semibold">{chunks}</span>,
                    link: (chunks) => <a href={pathFor(entry.region.ref, locale)}>{chunks}</a>,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <SourceList sources={cited.sources} numbers={cited.numbers} locale={locale} />
    </PageFrame>
  );
}

