import type { ChangeNote } from '../content/schemas/fields';
import type { RegionPlaces } from '../content/schemas/region';
import { contentVersion, corpus, slugsOf, textsOf } from '../content/corpus';
import { newestFirst } from '../content/documents';
import type { IsoDay } from '../core/dates';
import { rolloutDay } from '../content/publication';
import { isLocale, type Locale, locales } from '../i18n/locales';
import { oncePerProcess } from '../core/once';
import { type LocalizedSlugs, type PageRef, pathFor } from '../web/routes';
import { type Localized, type SourceRef, type SourceTitle, uniqueSources } from './sources';
import type { SourcedStatement } from './timeline';

/** The designated regions, and every statement about them with its source. */

export type RegionView = {
  id: string;
  names: Localized;
  /** The name as a sentence uses it: "the Northeast", « le Nord-Est ». */
  inSentence: Localized;
  slugs: LocalizedSlugs;
  order: number;
  ref: PageRef;
  /** Its census divisions and main urban centres, each list with its sources; absent until the content gives them. */
  places?: RegionPlacesView;
  changes: ChangeNote[];
};

/** A list of places with the sources that give it. */
export type PlaceList<T> = { sources: SourceRef[]; list: T[] };
export type CensusDivision = { code: string; names: Localized };
export type RegionPlacesView = { censusDivisions: PlaceList<CensusDivision>; urbanCentres?: PlaceList<Localized> };

/** A name written once for both languages, or one per language. */
const bothLanguages = (name: string | Localized): Localized => (typeof name === 'string' ? { en: name, fr: name } : name);

function placesView(places: RegionPlaces): RegionPlacesView {
  const sources = (ids: string[]) => uniqueSources(ids.map((id) => referenceSourceById(id)));
  const { censusDivisions, urbanCentres } = places;
  return {
    censusDivisions: { sources: sources(censusDivisions.sources), list: censusDivisions.list.map((d) => ({ code: d.code, names: bothLanguages(d.name) })) },
    urbanCentres: urbanCentres && { sources: sources(urbanCentres.sources), list: urbanCentres.list.map(bothLanguages) },
  };
}

const regionsOnce = oncePerProcess('regions', contentVersion, (): RegionView[] =>
  corpus()
    .regions.map((r): RegionView => ({
      id: r.id,
      names: r.names,
      inSentence: r.inSentence ?? r.names,
      slugs: r.slugs,
      order: r.order,
      ref: { kind: 'region', slugs: r.slugs },
      places: r.places && placesView(r.places),
      changes: newestFirst(r.changes),
    }))
    .sort((a, b) => a.order - b.order),
);

/** The 15 designated regions, in their display order. */
export function getRegions(): RegionView[] {
  return regionsOnce();
}

export function getRegion(id: string): RegionView {
  const region = getRegions().find((r) => r.id === id);
  if (!region) throw new Error(`No region "${id}"`);
  return region;
}

export function getRegionBySlug(locale: Locale, slug: string): RegionView | undefined {
  return getRegions().find((r) => r.slugs[locale] === slug);
}

/** A memo as a source: its title in each language, its sender's division, its page on this site. */
function memoSource(memo: ReturnType<typeof corpus>['memos'][number]): SourceRef {
  const texts = textsOf().get(memo.id) ?? [];
  const ref: PageRef = { kind: 'memo', slugs: slugsOf(texts) };
  const sender = corpus().senders.find((s) => s.id === memo.sender);
  return {
    kind: 'memo',
    id: memo.id,
    published: memo.date,
    publishedOnSite: memo.publishedOnSite,
    title: Object.fromEntries(locales.map((l) => [l, { text: texts.find((t) => t.locale === l)?.title ?? '', lang: l, isDescription: false }])) as Record<Locale, SourceTitle>,
    publisher: sender?.division ?? { en: '', fr: '' },
    href: Object.fromEntries(locales.map((l) => [l, pathFor(ref, l)])) as Localized,
  };
}

/** A reference as a source: its title as published (or its description), its own date. */
function referenceSource(reference: ReturnType<typeof corpus>['references'][number]): SourceRef {
  const titleIn = (locale: Locale): SourceTitle => {
    const { title, language, description } = reference;
    if (typeof title === 'string') return { text: title, lang: language!, isDescription: false };
    if (title) return { text: title[locale], lang: locale, isDescription: false };
    return { text: description![locale], lang: locale, isDescription: true };
  };
  const { url } = reference;
  return {
    kind: 'reference',
    id: reference.id,
    published: reference.published,
    consulted: reference.consulted,
    publishedOnSite: reference.publishedOnSite,
    title: { en: titleIn('en'), fr: titleIn('fr') },
    publisher: reference.publisher,
    href: typeof url === 'string' ? { en: url, fr: url } : url,
  };
}

const referenceSources = oncePerProcess('reference-sources', contentVersion, () => new Map(corpus().references.map((reference) => [reference.id, referenceSource(reference)])));

/** A reference, by its id, as a source (the content check has made sure it exists). */
function referenceSourceById(id: string): SourceRef {
  const source = referenceSources().get(id);
  if (!source) throw new Error(`No reference "${id}" (validated content should never get here)`);
  return source;
}

const statementsOnce = oncePerProcess('statements', contentVersion, (): SourcedStatement[] => [
  ...corpus().memos.flatMap((memo) => {
    const source = memoSource(memo);
    return memo.statements.map((s) => ({ ...s, source }));
  }),
  ...corpus().references.flatMap((reference) => {
    const source = referenceSource(reference);
    return reference.statements.map((s) => ({ ...s, source }));
  }),
]);

/** Every statement of every memo and reference, each carrying its source. */
export function getStatements(): SourcedStatement[] {
  return statementsOnce();
}

/** Sources cited about a region, in the one ordering, without repeats. */
export function getSourcesForRegion(regionId: string): SourceRef[] {
  return uniqueSources(getStatements().filter((s) => s.regions.includes(regionId)).map((s) => s.source));
}

/** The sources of a region's places (census divisions, urban centres), in the one ordering. */
export function getPlaceSources(region: RegionView): SourceRef[] {
  return uniqueSources([...(region.places?.censusDivisions.sources ?? []), ...(region.places?.urbanCentres?.sources ?? [])]);
}

/** The date statuses are computed for: the day of the build's now (lib/content/publication.ts). */
export function rolloutAsOf(): IsoDay {
  return rolloutDay();
}

/** The region a localized URL names ({ locale, region: slug }), for routes that are not pages. */
export async function regionFromParams(params: Promise<{ locale: string; region: string }>): Promise<{ locale: Locale; region: RegionView } | undefined> {
  const { locale, region: slug } = await params;
  if (!isLocale(locale)) return undefined;
  const region = getRegionBySlug(locale, slug);
  return region ? { locale, region } : undefined;
}
