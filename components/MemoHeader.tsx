import { getTranslations } from 'next-intl/server';
import type { MemoView } from '@/lib/content';
import { FormattedDate } from './FormattedDate';

/** The memo's header block (date, from, to, subject), as on the printed memo. */
export async function MemoHeader({ memo }: { memo: MemoView }) {
  const t = await getTranslations({ locale: memo.locale, namespace: 'MemoHeader' });
  const rows = [
    { label: t('date'), value: <FormattedDate value={memo.date} locale={memo.locale} /> },
    { label: t('from'), value: `${memo.sender.name}, ${memo.sender.role}, ${memo.sender.division}` },
    { label: t('to'), value: memo.recipients },
    { label: t('subject'), value: memo.title },
  ];
  return (
    <section aria-label={t('label')} className="my-6 border-l-4 border-ink bg-panel px-4 py-3">
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="memo-header">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="mb-2 sm:mb-0">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
