import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';
import { previewProblems } from '@/lib/content/corpus';

/**
 * In the preview only (`npm run dev`): while the content has problems, every page says so at
 * its top and lists them in the page's language, each with its file, field and fix, since the
 * page itself still shows the last good version. Never rendered in a build. Its colours are
 * inline styles so that the published stylesheet does not grow for it.
 */
export function PreviewProblems({ locale }: { locale: Locale }) {
  if (process.env.NODE_ENV !== 'development') return null;
  const problems = previewProblems();
  if (problems.length === 0) return null;
  const t = translator(locale, 'PreviewProblems');
  return (
    <section role="alert" aria-labelledby="preview-problems-title" className="my-6 border-l-4 bg-panel px-4 py-3" style={{ borderColor: 'var(--color-alert)' }} data-testid="preview-problems">
      <h2 id="preview-problems-title" className="text-lg font-semibold">
        {t('title', { count: problems.length })}
      </h2>
      <p className="mt-2">{t('intro')}</p>
      <ul className="mt-2 list-disc pl-6">
        {problems.map((problem, i) => {
          const [what, ...fix] = problem[locale].split('\n');
          return (
            <li key={i} className="mt-2">
              <span className="font-semibold">{what}</span>
              <br />
              {fix.join(' ').trim()}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
