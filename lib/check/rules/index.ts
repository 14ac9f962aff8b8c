import type { ContentRule } from '../rule';
import { bodyDepth } from './body-depth';
import { bodyNotEmpty } from './body-not-empty';
import { changeAfterPublication } from './change-after-publication';
import { folderLayout } from './folder-layout';
import { internalLinks } from './internal-links';
import { knownRegions } from './known-regions';
import { knownSender } from './known-sender';
import { memoDateMatchesFolder } from './memo-date-matches-folder';
import { noFutureDates } from './no-future-dates';
import { noImages } from './no-images';
import { noPlaceholderAddress } from './no-placeholder-address';
import { pageSlugNotSection } from './page-slug-not-section';
import { phaseSupported } from './phase-supported';
import { publishedOnSiteAfterOwnDate } from './published-on-site-after-own-date';
import { referenceCited } from './reference-cited';
import { regionPlaces } from './region-places';
import { safeHtml } from './safe-html';
import { statusFitsSourceDate } from './status-fits-source-date';
import { translationNotOriginal } from './translation-not-original';
import { uniqueSlugs } from './unique-slugs';

/** Every content rule, in the order their problems are listed. Add a rule: one file here, one line below. */
export const contentRules: ContentRule[] = [
  folderLayout,
  memoDateMatchesFolder,
  noFutureDates,
  publishedOnSiteAfterOwnDate,
  noPlaceholderAddress,
  knownSender,
  knownRegions,
  statusFitsSourceDate,
  changeAfterPublication,
  translationNotOriginal,
  uniqueSlugs,
  pageSlugNotSection,
  phaseSupported,
  regionPlaces,
  referenceCited,
  safeHtml,
  noImages,
  bodyDepth,
  bodyNotEmpty,
  internalLinks,
];
