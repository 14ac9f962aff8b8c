import type { Locale } from '@/lib/i18n/locales';
import { httpUrl } from '@/lib/core/plain-text';
import type { SourceRef } from '@/lib/rollout/sources';
import { citationParts, quotedTitle } from '@/lib/rollout/statement-text';

/**
 * Names a source as the citation text of lib/statement-text says it — publisher, title as
 * published (in its own language) or [description], its own date — and links to it.
 */
export function SourceCitation({ source, locale }: { source: SourceRef; locale: Locale }) {
  const parts = citationParts(source, locale);
  const title = (
    <span lang={parts.title.lang === locale ? undefined : parts.title.lang}>{quotedTitle(parts.title, locale)}</span>
  );
  const href = source.href[locale];
  const isSitePath = href.startsWith('/') && !href.startsWith('//');
  // An external source is linked only at an http(s) address; anything else is named, unlinked.
  const external = isSitePath ? undefined : httpUrl(href);
  return (
    <span data-testid="citation">
      {parts.publisher}, {parts.kind && <>{parts.kind} </>}
      {isSitePath ? (
        <a href={href} data-testid="source-link">
          {title}
        </a>
      ) : external ? (
        <a href={external} hrefLang={parts.title.lang} data-testid="source-link">
          {title}
        </a>
      ) : (
        title
      )}
      , <span data-testid="source-date">{parts.date.own}</span>
      {parts.date.consulted && <span className="text-muted"> ({parts.date.consulted})</span>}
    </span>
  );
}
