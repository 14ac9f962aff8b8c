import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { type SourceRef, sourceKey } from '@/lib/rollout/sources';
import { SourceCitation } from './SourceCitation';
import type { SourceNumbers } from './SourceMarks';

/** The numbered list of every source a page's tables cite, in the one ordering of sources. */
export async function SourceList({ sources, numbers, locale }: { sources: SourceRef[]; numbers: SourceNumbers; locale: Locale }) {
  const t = translator(locale, 'Citation');
  return (
    <section aria-labelledby="cited-sources" className="mt-10">
      <h2 id="cited-sources" className="text-2xl">
        {t('listHeading')}
      </h2>
      <ol className="mt-3 space-y-2" data-testid="cited-sources">
        {sources.map((source) => (
          <li key={sourceKey(source)} id={`source-${numbers.get(sourceKey(source))}`} className="flex gap-2">
            <span className="font-semibold">[{numbers.get(sourceKey(source))}]</span>
            <SourceCitation source={source} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}
