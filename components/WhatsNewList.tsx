import { Fragment } from 'react';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { httpUrl } from '@/lib/core/plain-text';
import type { WhatsNewItem } from '@/lib/outputs/whats-new';
import { FormattedDate } from './FormattedDate';

/** Where an item's title leads: a page of this site, or a source at its http(s) address (else no link). */
function ItemTitle({ item, locale }: { item: WhatsNewItem; locale: Locale }) {
  const lang = item.titleLang === locale ? undefined : item.titleLang;
  if (item.kind !== 'source') return <a href={item.href}>{item.title}</a>;
  const url = httpUrl(item.href);
  return url ? (
    <a href={url} lang={lang} hrefLang={item.titleLang}>
      {item.title}
    </a>
  ) : (
    <span lang={lang}>{item.title}</span>
  );
}

/** A line of text; French "1er" (a first of the month) set with its suffix in superscript, as dates are elsewhere. */
function Line({ text, locale }: { text: string; locale: Locale }) {
  if (locale !== 'fr') return text;
  return text.split(/(?<=\b1)er(?=[\s\u00a0])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <sup>er</sup>}
      {part}
    </Fragment>
  ));
}

/** Region links, separated by commas. */
function RegionLinks({ regions }: { regions: WhatsNewItem['groups'][number]['regions'] }) {
  return regions.map((r, i) => (
    <span key={r.regionId}>
      {i > 0 && ', '}
      <a href={r.href} data-testid="item-region">
        {r.name}
      </a>
    </span>
  ));
}

/** The regions an item concerns, each linked, with what it changed on their timelines (regions changed alike together). */
async function ItemRegions({ item, locale }: { item: WhatsNewItem; locale: Locale }) {
  const t = translator(locale, 'WhatsNewPage');
  if (item.regions.length === 0) return null;
  if (item.groups.every((g) => g.lines.length === 0)) {
    return (
      <p className="mt-2">
        {t('regionsConcerned')} <RegionLinks regions={item.regions} />
      </p>
    );
  }
  return (
    <>
      <p className="mt-2">{t('changesByRegion')}</p>
      <ul className="mt-1 space-y-2">
        {item.groups.map((group) => (
          <li key={group.regions[0].regionId}>
            <span className="font-semibold">
              <RegionLinks regions={group.regions} />
            </span>
            {group.lines.length > 0 ? (
              <ul className="ml-5 list-disc text-sm">
                {group.lines.map((line) => (
                  <li key={line}>
                    <Line text={line} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-sm"> — {t('noTimelineChange')}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every change to what the site says, newest first: each dated, with its regions. */
export async function WhatsNewList({ items, locale }: { items: WhatsNewItem[]; locale: Locale }) {
  const t = translator(locale, 'WhatsNewPage');
  return (
    <ol className="divide-y divide-rule border-y border-rule" aria-label={t('listLabel')} data-testid="whats-new-list">
      {items.map((item) => (
        <li key={item.id} id={item.id} className="py-5" data-testid="whats-new-item" data-kind={item.kind} data-day={item.day}>
          <p className="text-sm text-muted">
            <span className="font-semibold">
              <FormattedDate value={item.day} locale={locale} />
            </span>{' '}
            — {item.label}
          </p>
          <h2 className="mt-1 text-lg break-words">
            <ItemTitle item={item} locale={locale} />
          </h2>
          <p className="mt-1 max-w-prose">{item.text}</p>
          {item.ownDate && (
            <p className="mt-1 max-w-prose text-sm" data-testid="item-own-date">
              <Line text={item.ownDate} locale={locale} />
            </p>
          )}
          <ItemRegions item={item} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
