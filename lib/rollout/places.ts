import { type Locale, locales } from '../i18n/locales';
import { memoize } from '../core/once';
import { getPlaceSources, getRegions, type RegionView } from './regions';
import { type SourceRef, uniqueSources } from './sources';

/**
 * The place finder (/en/find-your-region/, /fr/trouver-votre-region/): every census division and
 * main urban centre of the regions' places, A to Z in the reader's language, each with its region.
 * A name that is both a census division and an urban centre of the same region is one entry.
 */

export type PlaceKind = { kind: 'censusDivision'; code: string } | { kind: 'urbanCentre' };

export type FinderEntry = {
  /** The place's name in the page's language. */
  name: string;
  kinds: PlaceKind[];
  region: RegionView;
  /** What the filter matches: the place's names in every language, folded (see foldForFilter). */
  terms: string;
};

/** The entries under one initial letter. */
export type FinderGroup = { letter: string; entries: FinderEntry[] };

/**
 * Text as the finder's filter compares it: no accents, lower case, and any run of punctuation or
 * spaces as one space ("Sault Ste. Marie" and "sault ste marie" match; so do "Chatham-Kent" and
 * "chatham kent"). public/find-region.js folds what the reader types with the same steps.
 */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The letter a name is listed under: its first letter without accent (Île → I). */
export function initialOf(name: string): string {
  return foldForFilter(name).charAt(0).toUpperCase();
}

export const finderGroups = memoize((locale: Locale): FinderGroup[] => {
  const byKey = new Map<string, FinderEntry>();
  const add = (region: RegionView, names: Record<Locale, string>, kind: PlaceKind) => {
    const key = `${region.id}\u0000${names[locale]}`;
    const entry = byKey.get(key);
    if (entry) {
      entry.kinds.push(kind);
      return;
    }
    const terms = [...new Set(locales.map((l) => foldForFilter(names[l])))].join(' | ');
    byKey.set(key, { name: names[locale], kinds: [kind], region, terms });
  };
  for (const region of getRegions()) {
    for (const division of region.places?.censusDivisions.list ?? []) add(region, division.names, { kind: 'censusDivision', code: division.code });
    for (const centre of region.places?.urbanCentres?.list ?? []) add(region, centre, { kind: 'urbanCentre' });
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const entries = [...byKey.values()].sort((a, b) => collator.compare(a.name, b.name) || a.region.order - b.region.order);
  const groups: FinderGroup[] = [];
  for (const entry of entries) {
    const letter = initialOf(entry.name);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
});

/** Every source the regions' places cite, in the one ordering: the finder's source list. */
export function allPlaceSources(): SourceRef[] {
  return uniqueSources(getRegions().flatMap(getPlaceSources));
}

