import { getMemoBySlug, getPages, latestMemoDate } from '../content/documents';
import { getRegionBySlug, getRegions, getSourcesForRegion, getPlaceSources, type RegionView } from '../rollout/regions';
import { contentVersion } from '../content/corpus';
import { type IsoDay, latestDay } from '../core/dates';
import { oncePerProcess } from '../core/once';
import { allPlaceSources } from '../rollout/places';
import type { PageRef } from '../web/routes';
import { getWhatsNew } from './whats-new';

/**
 * Every page's "Date modified": the latest change to what it shows, from the content's own dates
 * (the day this site published a memo or source, a change note, a page's update), never the
 * build date. Pages, the sitemap and structured data all ask here.
 */

/** A region page: the latest day this site published a source it cites (statements or places), or changed the page. */
export function regionModified(region: RegionView): IsoDay | undefined {
  const sources = [...getSourcesForRegion(region.id), ...getPlaceSources(region)];
  return latestDay([...sources.map((s) => s.publishedOnSite), region.changes[0]?.date]);
}

/** The pages that show every region (index, rollout, open data): the latest change to any of them. */
const allRegionsModified = oncePerProcess('all-regions-modified', contentVersion, () => latestDay(getRegions().map(regionModified)));

export function pageModified(page: PageRef): IsoDay | undefined {
  switch (page.kind) {
    case 'memo':
      return getMemoBySlug('en', page.slugs.en)?.modified;
    case 'region': {
      const region = getRegionBySlug('en', page.slugs.en);
      return region && regionModified(region);
    }
    case 'page':
      return getPages('en').find((p) => p.slugs.en === page.slugs.en)?.updated;
    case 'memoIndex':
      return latestMemoDate();
    case 'regionIndex':
    case 'rollout':
    case 'openData':
      return allRegionsModified();
    // The home and search pages list the memos and every region's stage; the bilingual pages use the home page's.
    case 'home':
    case 'search':
      return latestDay([latestMemoDate(), allRegionsModified()]);
    case 'placeFinder':
      return latestDay(allPlaceSources().map((s) => s.publishedOnSite));
    case 'whatsNew':
      return getWhatsNew('en')[0]?.day;
  }
}
