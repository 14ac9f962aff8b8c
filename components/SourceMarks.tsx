import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { type SourceRef, sourceKey } from '@/lib/rollout/sources';

/** Numbers of cited sources, in the order they are listed under a table. */
export type SourceNumbers = Map<string, number>;

/** Footnote-style marks "[1] [3]" after a table cell, each linking to its source in the list below. */
export async function SourceMarks({ sources, numbers, locale }: { sources: SourceRef[]; numbers: SourceNumbers; locale: Locale }) {
  if (sources.length === 0) return null;
  const t = translator(locale, 'Citation');
  return (
    <sup className="ml-0.5 whitespace-nowrap" data-testid="source-marks">
      {sources.map((source) => {
        const number = numbers.get(sourceKey(source))!;
        return (
          <a key={sourceKey(source)} href={`#source-${number}`} className="mr-0.5" data-source-id={source.id}>
            <span className="sr-only">{t('mark', { number })}</span>
            <span aria-hidden="true">[{number}]</span>
          </a>
        );
      })}
    </sup>
  );
}
