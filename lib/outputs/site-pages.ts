import { getMemos, getPages } from '../content/documents';
import { getRegions } from '../rollout/regions';
import type { IsoDay } from '../core/dates';
import { pageModified } from './modified';
import type { PageRef } from '../web/routes';

/**
 * Every indexable page of the site, once, with the date its content last changed
 * (lib/outputs/modified.ts). The sitemap reads it; the pages themselves are generated from the same
 * content functions.
 */
export type SitePage = { ref: PageRef; modified?: IsoDay };

export function listSitePages(): SitePage[] {
  const refs: PageRef[] = [
    { kind: 'home' },
    { kind: 'memoIndex' },
    ...getMemos('en').map((memo) => memo.ref),
    { kind: 'regionIndex' },
    ...getRegions().map((region) => region.ref),
    { kind: 'rollout' },
    { kind: 'placeFinder' },
    { kind: 'openData' },
    { kind: 'whatsNew' },
    ...getPages('en').map((page) => page.ref),
  ];
  return refs.map((ref) => ({ ref, modified: pageModified(ref) }));
}
