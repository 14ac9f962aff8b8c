import { translator } from '@/lib/i18n/messages';
import type { MemoView } from '@/lib/content/documents';
import { pathFor } from '@/lib/web/routes';

/** Links to the next newer and next older memo. */
export async function MemoPager({ newer, older, memo }: { memo: MemoView; newer?: MemoView; older?: MemoView }) {
  if (!newer && !older) return null;
  const t = translator(memo.locale, 'MemoPage');
  return (
    <nav aria-label={t('pager')} className="no-print mt-10 border-t border-rule pt-4">
      <ul className="flex flex-col gap-3 sm:flex-row sm:justify-between">
        {older && (
          <li>
            <span className="block text-sm text-muted">{t('older')}</span>
            <a href={pathFor(older.ref, memo.locale)} rel="prev">
              {older.title}
            </a>
          </li>
        )}
        {newer && (
          <li className="sm:text-right">
            <span className="block text-sm text-muted">{t('newer')}</span>
            <a href={pathFor(newer.ref, memo.locale)} rel="next">
              {newer.title}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
