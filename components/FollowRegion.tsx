import { translator } from '@/lib/i18n/messages';
import type { RegionView } from '@/lib/rollout/regions';
import type { Locale } from '@/lib/i18n/locales';
import { regionNameForms } from '@/lib/i18n/region-names';
import { calendarPath, feedPath } from '@/lib/web/routes';

/** Explains, in plain words, how to be told about changes in a region: its feed and its calendar. */
export async function FollowRegion({ region, locale }: { region: RegionView; locale: Locale }) {
  const t = translator(locale, 'FollowRegion');
  const names = regionNameForms(region, locale);
  return (
    <section aria-labelledby="follow" className="no-print mt-10 border-l-4 border-link bg-accent-light px-4 py-4" data-testid="follow-region">
      <h2 id="follow" className="text-2xl">
        {t('heading')}
      </h2>
      <p className="mt-2 max-w-prose">{t('intro', names)}</p>
      <ul className="mt-3 space-y-3">
        <li>
          <a href={feedPath({ kind: 'region', slugs: region.slugs }, locale)} type="application/atom+xml" className="font-semibold">
            {t('feed', names)}
          </a>
          <p className="max-w-prose text-sm">{t('feedHelp')}</p>
        </li>
        <li>
          <a href={calendarPath({ kind: 'region', slugs: region.slugs }, locale)} type="text/calendar" className="font-semibold">
            {t('calendar', names)}
          </a>
          <p className="max-w-prose text-sm">{t('calendarHelp')}</p>
        </li>
      </ul>
    </section>
  );
}
