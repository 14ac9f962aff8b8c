import { translator } from '@/lib/i18n/messages';
import type { MemoView } from '@/lib/content/documents';

/** Says plainly that this language version is the site's translation, and where the original is. */
export async function TranslationNotice({ memo, originalHref }: { memo: MemoView; originalHref: string }) {
  if (!memo.isSiteTranslation) return null;
  const t = translator(memo.locale, 'TranslationNotice');
  const languages = translator(memo.locale, 'Languages');
  const original = languages(memo.originalLanguage);
  return (
    <aside aria-labelledby="translation-notice-title" className="my-6 border-l-4 border-link bg-accent-light px-4 py-3" data-testid="translation-notice">
      <h2 id="translation-notice-title" className="text-base">
        {t('title')}
      </h2>
      <p className="mt-1">{t('body', { original })}</p>
      <p className="mt-1">
        <a href={originalHref} lang={memo.originalLanguage} hrefLang={memo.originalLanguage}>
          {t('readOriginal', { original })}
        </a>
      </p>
    </aside>
  );
}
