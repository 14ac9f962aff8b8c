'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';

/**
 * Site search with Pagefind, in the page's language (Pagefind picks the index from <html lang>).
 * It needs the browser; without JavaScript it renders nothing and the search page's lists of
 * memos and regions remain.
 */

type PagefindResultData = { url: string; excerpt: string; meta: { title?: string } };
type Pagefind = {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] } | null>;
};

const bundle = '/pagefind/pagefind.js';

export function SearchBox() {
  const t = useTranslations('SearchBox');
  const id = useId();
  const [pagefind, setPagefind] = useState<Pagefind | null>(null);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState('');
  const [year, setYear] = useState('');
  const [results, setResults] = useState<PagefindResultData[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const loaded = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundle)) as Pagefind;
      await loaded.init();
      const available = await loaded.filters();
      if (cancelled) return;
      setFilters(Object.fromEntries(Object.entries(available).map(([name, values]) => [name, Object.keys(values).sort()])));
      setPagefind(loaded);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!pagefind) return;
    const text = query.trim();
    if (!text) {
      setResults(null);
      return;
    }
    setBusy(true);
    const timer = setTimeout(async () => {
      const selected = Object.fromEntries(Object.entries({ region, year }).filter(([, v]) => v));
      const found = await pagefind.search(text, { filters: selected });
      setResults(found ? await Promise.all(found.results.slice(0, 20).map((r) => r.data())) : []);
      setBusy(false);
    }, 200);
    return () => clearTimeout(timer);
  }, [pagefind, query, region, year]);

  if (!pagefind) return null;

  const select = (name: 'region' | 'year', value: string, set: (v: string) => void) => (
    <div className="flex flex-col">
      <label htmlFor={`${id}-${name}`} className="font-semibold">
        {t(name)}
      </label>
      <select id={`${id}-${name}`} value={value} onChange={(e) => set(e.target.value)} className="mt-1 border-2 border-ink bg-white px-2 py-2">
        <option value="">{t('any')}</option>
        {(filters[name] ?? []).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="mt-6" data-testid="search-box">
      <form role="search" onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-4">
        <div className="flex flex-col">
          <label htmlFor={`${id}-query`} className="font-semibold">
            {t('label')}
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id={`${id}-query`}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              className="w-full max-w-xl border-2 border-ink px-3 py-2"
              autoComplete="off"
            />
            <button type="submit" className="bg-link px-4 py-2 font-semibold text-white hover:bg-link-hover">
              {t('submit')}
            </button>
          </div>
        </div>
        <div className="flex flex-wrap gap-4">
          {select('region', region, setRegion)}
          {select('year', year, setYear)}
        </div>
      </form>
      <p role="status" className="mt-4 font-semibold" data-testid="search-status">
        {busy ? t('loading') : results ? t('results', { count: results.length, query: query.trim() }) : ''}
      </p>
      {results && results.length > 0 && (
        <ol aria-label={t('resultsLabel')} className="mt-2 divide-y divide-rule border-y border-rule" data-testid="search-results">
          {results.map((result) => (
            <li key={result.url} className="py-3">
              <a href={result.url} className="font-semibold">
                {result.meta.title ?? result.url}
              </a>
              {/* Pagefind's excerpt is built from this site's own pages, with <mark> around the matches. */}
              <p className="mt-1 text-sm" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
