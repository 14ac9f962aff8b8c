import type { MemoView } from '@/lib/content/documents';
import type { Locale } from '@/lib/i18n/locales';
import { pathFor } from '@/lib/web/routes';
import { FormattedDate } from './FormattedDate';

/** Memos as a list: date, linked title, summary. */
export function MemoList({ memos, locale, headingLevel = 'h2' }: { memos: MemoView[]; locale: Locale; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <ol className="divide-y divide-rule border-y border-rule" data-testid="memo-list" data-pagefind-ignore="">
      {memos.map((memo) => (
        <li key={memo.id} className="py-4">
          <p className="text-sm text-muted">
            <FormattedDate value={memo.date} locale={locale} />
          </p>
          <Heading className="mt-1 text-lg">
            <a href={pathFor(memo.ref, locale)}>{memo.title}</a>
          </Heading>
          <p className="mt-1 max-w-prose">{memo.summary}</p>
        </li>
      ))}
    </ol>
  );
}
