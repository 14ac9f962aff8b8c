import { translator } from '@/lib/i18n/messages';
import type { ReactNode } from 'react';
import type { MemoView } from '@/lib/content/documents';

/**
 * The memo's heading and header block as this language version prints them: "Note de service",
 * then To, From, Date and Subject with the memo's own labels and text (front matter of index.en.md,
 * index.fr.md). The site adds nothing but the machine-readable date (French typography is the corpus's,
 * lib/content/corpus.ts).
 */
export async function MemoHeader({ memo }: { memo: MemoView }) {
  const t = translator(memo.locale, 'MemoHeader');
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: 'to', label: memo.headerLabels.to, value: memo.recipients },
    { key: 'from', label: memo.headerLabels.from, value: memo.from },
    { key: 'date', label: memo.headerLabels.date, value: <time dateTime={memo.date}>{withOrdinals(memo.printedDate, memo.locale)}</time> },
    { key: 'subject', label: memo.headerLabels.subject, value: memo.title },
  ];
  return (
    <section aria-label={t('label')} className="my-6 border-l-4 border-ink bg-panel px-4 py-3" data-testid="memo-header">
      <p className="mb-2 text-lg font-bold" data-testid="memo-heading">
        {memo.heading}
      </p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="mb-2 sm:mb-0">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** French "1er" as printed, with its suffix in superscript ("le 1er octobre 2023"). */
function withOrdinals(text: string, locale: MemoView['locale']): ReactNode {
  if (locale !== 'fr') return text;
  return text.split(/\b(1)(er)\b/).map((part, index) => (index % 3 === 2 ? <sup key={index}>{part}</sup> : part));
}
