import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/web/routes';

/**
 * The finder page's filter box, rendered on the server and run by public/find-region.js (a small
 * script of our own, no framework): a labelled input that hides the places whose name does not
 * contain what is typed, and a status line, announced politely, that says how many match. It
 * holds its place from the first paint, invisible until the script shows it, so nothing moves;
 * without JavaScript it takes no space and the whole list stays as it is.
 */
export async function PlaceFilter({ locale, listId }: { locale: Locale; listId: string }) {
  const t = translator(locale, 'PlaceFilter');
  const templates = { zero: t.raw('resultsZero'), one: t.raw('resultsOne'), other: t.raw('resultsOther') };
  return (
    <div className="invisible mt-6 data-ready:visible noscript:hidden" data-testid="place-filter" data-place-filter={JSON.stringify(templates)}>
      <label htmlFor="place-filter-input" className="block font-semibold">
        {t('label')}
      </label>
      <p id="place-filter-hint" className="text-sm">
        {t('hint')}
      </p>
      <input
        id="place-filter-input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="place-filter-hint"
        aria-controls={listId}
        className="mt-1 w-full max-w-xl border-2 border-ink px-3 py-2"
      />
      <p role="status" className="mt-2 min-h-lh font-semibold" data-testid="place-filter-status" />
      <script type="module" src={withBasePath('/find-region.js')} async />
    </div>
  );
}
