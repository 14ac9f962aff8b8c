import { translator } from '@/lib/i18n/messages';
import { getMemos } from '@/lib/content/documents';
import { getRegions } from '@/lib/rollout/regions';
import type { Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/web/routes';

/**
 * The search form, rendered on the server: public/search.js (a small script, no framework)
 * shows it and runs the searches with Pagefind, which it loads when a visitor starts to search.
 * The form takes its place from the first paint, invisible until the script shows it, so nothing
 * moves when the script runs; without JavaScript it takes no space, and the page's lists of memos
 * and regions remain.
 *
 * The filters' values are those the pages give Pagefind (data-pagefind-filter: a region page's
 * name, a memo's year), in the order Pagefind's own list would give them.
 */
export async function SearchForm({ locale }: { locale: Locale }) {
  const t = translator(locale, 'SearchBox');
  const templates = { zero: t.raw('resultsZero'), one: t.raw('resultsOne'), other: t.raw('resultsOther'), loading: t('loading') };
  const filters = {
    region: getRegions()
      .map((region) => region.names[locale])
      .sort(),
    year: [...new Set(getMemos(locale).map((memo) => memo.date.slice(0, 4)))].sort(),
  };
  return (
    <div className="invisible mt-6 data-ready:visible noscript:hidden" data-testid="search-box" data-search={JSON.stringify(templates)}>
      <form role="search" className="flex flex-col gap-4">
        <div className="flex flex-col">
          <label htmlFor="search-query" className="font-semibold">
            {t('label')}
          </label>
          <div className="mt-1 flex gap-2">
            <input id="search-query" name="q" type="search" autoComplete="off" className="w-full max-w-xl border-2 border-ink px-3 py-2" />
            <button type="submit" className="bg-link px-4 py-2 font-semibold text-white hover:bg-link-hover">
              {t('submit')}
            </button>
          </div>
        </div>
        <div className="flex flex-wrap gap-4">
          {(['region', 'year'] as const).map((name) => (
            <div key={name} className="flex flex-col">
              <label htmlFor={`search-${name}`} className="font-semibold">
                {t(name)}
              </label>
              <select id={`search-${name}`} name={name} data-filter={name} className="mt-1 border-2 border-ink bg-white px-2 py-2">
                <option value="">{t('any')}</option>
                {filters[name].map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </form>
      <p role="status" className="mt-4 min-h-lh font-semibold" data-testid="search-status" />
      <ol aria-label={t('resultsLabel')} className="mt-2 divide-y divide-rule border-y border-rule empty:hidden" data-testid="search-results" />
      <script type="module" src={withBasePath('/search.js')} async />
    </div>
  );
}
