import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The search form, rendered on the server and hidden: public/search.js (a small script, no
 * framework) reveals it and runs the searches with Pagefind once it has loaded. Without
 * JavaScript the form stays hidden and the page's lists of memos and regions remain.
 */
export async function SearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SearchBox' });
  const templates = { zero: t.raw('resultsZero'), one: t.raw('resultsOne'), other: t.raw('resultsOther'), loading: t('loading') };
  return (
    <div className="mt-6" data-testid="search-box" data-search={JSON.stringify(templates)} hidden>
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
              </select>
            </div>
          ))}
        </div>
      </form>
      <p role="status" className="mt-4 font-semibold" data-testid="search-status" />
      <ol aria-label={t('resultsLabel')} className="mt-2 divide-y divide-rule border-y border-rule empty:hidden" data-testid="search-results" />
      <script type="module" src="/search.js" async />
    </div>
  );
}
