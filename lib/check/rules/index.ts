import type { ContentRule } from '../rule';
import { bodyDepth } from './body/body-depth';
import { bodyNotEmpty } from './body/body-not-empty';
import { changeAfterPublication } from './facts/change-after-publication';
import { folderLayout } from './files/folder-layout';
import { pastedList } from './body/pasted-list';
import { quotedPlainText } from './files/quoted-plain-text';
import { textCharacters } from './files/text-characters';
import { internalLinks } from './body/internal-links';
import { knownRegions } from './facts/known-regions';
import { knownSender } from './files/known-sender';
import { memoDateMatchesFolder } from './files/memo-date-matches-folder';
import { noFutureDates } from './facts/no-future-dates';
import { noImages } from './body/no-images';
import { noPlaceholderAddress } from './body/no-placeholder-address';
import { pageSlugNotSection } from './files/page-slug-not-section';
import { phaseSupported } from './facts/phase-supported';
import { publishedOnSiteAfterOwnDate } from './facts/published-on-site-after-own-date';
import { referenceCited } from './facts/reference-cited';
import { regionPlaces } from './facts/region-places';
import { safeHtml } from './body/safe-html';
import { statusFitsSourceDate } from './facts/status-fits-source-date';
import { translationNotOriginal } from './files/translation-not-original';
import { uniqueRegionNames } from './files/unique-region-names';
import { uniqueSlugs } from './files/unique-slugs';

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
  uniqueRegionNames,
  pageSlugNotSection,
  phaseSupported,
  regionPlaces,
  referenceCited,
  safeHtml,
  noImages,
  bodyDepth,
  bodyNotEmpty,
  internalLinks,
  pastedList,
  quotedPlainText,
  textCharacters,
];
