import { getMemos, getPages, getRegions, latestMemoDate, regionModified } from './content';
import type { IsoDay } from './dates';
import { placesModified } from './places';
import type { PageRef } from './routes';
import { getWhatsNew } from './whats-new';

/**
 * Every indexable page of the site, once, with the date its content last changed. The sitemap
 * reads it; the pages themselves are generated from the same content functions.
 */
export type SitePage = { ref: PageRef; modified?: IsoDay };

export function listSitePages(): SitePage[] {
  const memos = getMemos('en');
  const regions = getRegions();
  const newest = (days: (IsoDay | undefined)[]) => days.filter((d): d is IsoDay => Boolean(d)).sort().pop();
  const regionsModified = newest(regions.map((r) => regionModified(r.id)));
  return [
    { ref: { kind: 'home' }, modified: latestMemoDate() },
    { ref: { kind: 'memoIndex' }, modified: latestMemoDate() },
    ...memos.map((memo) => ({ ref: memo.ref, modified: memo.modified })),
    { ref: { kind: 'regionIndex' }, modified: regionsModified },
    ...regions.map((region) => ({ ref: region.ref, modified: regionModified(region.id) })),
    { ref: { kind: 'rollout' }, modified: regionsModified },
    { ref: { kind: 'placeFinder' }, modified: placesModified() },
    { ref: { kind: 'openData' }, modified: regionsModified },
    { ref: { kind: 'whatsNew' }, modified: getWhatsNew('en')[0]?.day },
    ...getPages('en').map((page) => ({ ref: page.ref, modified: page.updated })),
  ];
}
