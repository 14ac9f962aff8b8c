import { translator } from '@/lib/i18n/messages';
import type { RegionView } from '@/lib/rollout/regions';
import type { Locale } from '@/lib/i18n/locales';
import { pathFor } from '@/lib/web/routes';
import { SourceMarks, type SourceNumbers } from './SourceMarks';

/**
 * A region's places: its census divisions and main urban centres, each list with its sources
 * marked. Inside the page's main content, so site search finds the region by any of them.
 */
export async function RegionPlaces({ region, locale, numbers }: { region: RegionView; locale: Locale; numbers: SourceNumbers }) {
  const { places } = region;
  if (!places) return null;
  const t = translator(locale, 'RegionPlaces');
  const finder = translator(locale, 'PlaceFinder');
  const { censusDivisions, urbanCentres } = places;
  return (
    <section aria-labelledby="places" className="mt-10" data-testid="region-places">
      <h2 id="places" className="text-2xl">
        {t('heading')}
      </h2>
      <h3 id="census-divisions" className="mt-4 text-xl">
        {t('censusDivisions')}
      </h3>
      <ul aria-labelledby="census-divisions" className="mt-2 columns-1 sm:columns-2 lg:columns-3" data-testid="census-divisions">
        {censusDivisions.list.map((division) => (
          <li key={division.code}>
            {division.names[locale]} <span className="text-sm text-muted">{t('code', { code: division.code })}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm">
        {t('sources')}
        <SourceMarks sources={censusDivisions.sources} numbers={numbers} locale={locale} />
      </p>
      {urbanCentres && (
        <>
          <h3 id="urban-centres" className="mt-4 text-xl">
            {t('urbanCentres')}
          </h3>
          <ul aria-labelledby="urban-centres" className="mt-2 columns-1 sm:columns-2 lg:columns-3" data-testid="urban-centres">
            {urbanCentres.list.map((centre) => (
              <li key={centre.en}>{centre[locale]}</li>
            ))}
          </ul>
          <p className="mt-1 text-sm">
            {t('sources')}
            <SourceMarks sources={urbanCentres.sources} numbers={numbers} locale={locale} />
          </p>
        </>
      )}
      <p className="no-print mt-3">
        <a href={pathFor({ kind: 'placeFinder' }, locale)}>{finder('link')}</a>
      </p>
    </section>
  );
}
