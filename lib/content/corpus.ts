import fs from 'node:fs';
import path from 'node:path';
import type { Memo, MemoText as GeneratedMemoText, Page, Reference, Region, Sender } from 'contentlayer/generated';
import compiled from '@/.contentlayer/compiled.json';
import type { z } from 'zod';
import { memoTextSchema, memoYamlSchema } from './schemas/memo';
import { pageTextSchema } from './schemas/page';
import { referenceYamlSchema } from './schemas/reference';
import { regionYamlSchema } from './schemas/region';
import { senderYamlSchema } from './schemas/sender';
import { type ChangeNote, changePublication, withoutEmptyOptionalFields } from './schemas/fields';
import { isPublishedAt, previewsScheduled, rolloutNow } from './publication';
import { dayOf } from '../core/toronto-time';
import { frenchTypography } from '../i18n/french-typography';
import { groupBy } from '../core/group';
import { isLocale, type Locale, locales } from '../i18n/locales';
import { forgetComputedViews, oncePerProcess } from '../core/once';
import { bodyLinksWithBasePath, type LocalizedSlugs } from '../web/routes';

/**
 * The compiled content, typed by the one content model: the only module that reads
 * Contentlayer's output (its types from contentlayer/generated, its data from the JSON files). Contentlayer carries every field as the author wrote it; each document
 * is parsed here with the same zod schema the content check used, so pages get exactly what
 * the schema says (defaults applied, dates as written).
 */

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

function parse<S extends ObjectSchema>(schema: S, doc: Record<string, unknown>): z.output<S> {
  const fields = Object.fromEntries(Object.keys(schema.shape).filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]]));
  return schema.parse(withoutEmptyOptionalFields(schema, fields)) as z.output<S>;
}

function localeOf(doc: { locale: string; docId: string }): Locale {
  if (!isLocale(doc.locale)) throw new Error(`${doc.docId}: ${doc.locale} is not a language of the site (validated content should never get here)`);
  return doc.locale;
}

type Text<S extends ObjectSchema> = z.output<S> & { id: string; locale: Locale; html: string };

/**
 * One document type as Contentlayer compiled it, read from its output at run time rather than
 * imported: bundled, the whole content was copied into every server chunk that reaches this
 * module and parsed again in each (six copies per prerender worker; docs/decisions/0033-read-compiled-content-at-run-time.md).
 * `compiled` is the stamp `npm run content` writes after each compilation: importing it is
 * what makes `npm run dev` reload pages when content changes.
 */
function readGenerated<T>(type: string): T[] {
  const preview = (globalThis as PreviewStore).__rolloutPreviewDocuments;
  if (preview) return sortedById((preview[type] ?? []) as (T & { _id: string })[]);
  const file = path.join(process.cwd(), '.contentlayer', 'generated', type, '_index.json');
  try {
    // Ordered by source path: Contentlayer lists documents in the order their files finished
    // compiling, which varies from run to run.
    return sortedById(JSON.parse(fs.readFileSync(file, 'utf8')) as (T & { _id: string })[]);
  } catch (error) {
    throw new Error(`Cannot read the content compiled at ${compiled.compiledAt} from ${file}: run npm run content. (${String(error)})`);
  }
}

const sortedById = <T extends { _id: string }>(documents: T[]): T[] => [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));

type PreviewStore = { __rolloutPreviewDocuments?: Record<string, unknown[]> };

/**
 * The web editor's preview (scripts/editor-preview.tsx): from now on this process renders pages
 * from these documents — the saved content with the author's unsaved draft, compiled in memory by
 * lib/editor/compiled-documents.ts in Contentlayer's shape — instead of Contentlayer's output,
 * and every view derived from the former documents is computed again.
 */
export function renderFromDocuments(documents: Record<string, unknown[]>): void {
  (globalThis as PreviewStore).__rolloutPreviewDocuments = documents;
  forgetComputedViews();
}

/** Which compilation of the content this process reads: values derived from it are keyed by it. */
export const contentVersion: string = compiled.compiledAt;

/** A problem of the content as the preview tells it, in each language (file, field, message, fix). */
export type PreviewProblem = Record<Locale, string>;

/**
 * The content's problems while `npm run dev` runs and the content does not pass the check: the
 * preview writes them into the compile stamp (scripts/dev.ts), so that the open page reloads and
 * says so. A build's stamp has none.
 */
export function previewProblems(): PreviewProblem[] {
  return (compiled as { problems?: PreviewProblem[] }).problems ?? [];
}

/**
 * French text as the site publishes it (lib/i18n/french-typography.ts), applied once here so that
 * pages, feeds, calendars and open data all carry it: every French text of a French file, and
 * the French half of every { en, fr } pair of the language-neutral files. Slugs and addresses
 * are not text.
 */
const notText = new Set(['slug', 'slugs', 'url', 'href']);

function frenchText<T>(value: T, key?: string): T {
  if (typeof value === 'string') return (key && notText.has(key) ? value : frenchTypography(value)) as T;
  if (Array.isArray(value)) return value.map((item) => frenchText(item)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frenchText(v, k)])) as T;
  return value;
}

function frenchHalves<T>(value: T, key?: string): T {
  if (Array.isArray(value)) return value.map((item) => frenchHalves(item)) as T;
  if (!value || typeof value !== 'object' || (key && notText.has(key))) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, k === 'fr' && typeof v === 'string' && 'en' in value ? frenchTypography(v) : frenchHalves(v, k)]);
  return Object.fromEntries(entries) as T;
}

const inLanguage = <T extends { locale: Locale }>(text: T): T => (text.locale === 'fr' ? { ...frenchText(text), html: (text as { html?: string }).html } : text);

/** A reference's title written as one string keeps its language: French typography when it is French. */
const referenceText = <T extends { title?: unknown; language?: Locale }>(reference: T): T => {
  const halves = frenchHalves(reference);
  return typeof halves.title === 'string' && halves.language === 'fr' ? { ...halves, title: frenchTypography(halves.title) } : halves;
};

/** Everything Contentlayer compiled, scheduled items included: what `npm run dev` previews. */
const compiledCorpus = oncePerProcess('compiled-corpus', contentVersion, () => ({
  memos: readGenerated<Memo>('Memo').map((doc) => frenchHalves({ id: doc.docId, ...parse(memoYamlSchema, doc) })),
  memoTexts: readGenerated<GeneratedMemoText>('MemoText').map((doc): Text<typeof memoTextSchema> => inLanguage({ id: doc.docId, locale: localeOf(doc), html: bodyLinksWithBasePath(doc.body.html), ...parse(memoTextSchema, doc) })),
  pages: readGenerated<Page>('Page').map((doc): Text<typeof pageTextSchema> => inLanguage({ id: doc.docId, locale: localeOf(doc), html: bodyLinksWithBasePath(doc.body.html), ...parse(pageTextSchema, doc) })),
  regions: readGenerated<Region>('Region').map((doc) => frenchHalves({ id: doc.docId, ...parse(regionYamlSchema, doc) })),
  references: readGenerated<Reference>('Reference').map((doc) => referenceText({ id: doc.docId, ...parse(referenceYamlSchema, doc) })),
  senders: readGenerated<Sender>('Sender').map((doc) => frenchHalves({ id: doc.docId, ...parse(senderYamlSchema, doc) })),
}));

/**
 * A publication time as the outputs use it: its day. The time only decides whether the item is
 * published yet; "What's new", feeds and "Date modified" date by the day.
 */
const byDay = <T extends { publishedOnSite: string }>(item: T): T => ({ ...item, publishedOnSite: dayOf(item.publishedOnSite) });

/**
 * The content as of the build's now (lib/content/publication.ts): a memo, a reference or a change
 * note whose publishedOnSite has not come is left out here, so no page, feed, calendar, open data
 * row, search entry or timeline can show it. `npm run dev` keeps them, for authors to preview.
 */
export const corpus = oncePerProcess('corpus', contentVersion, () => {
  const all = compiledCorpus();
  const preview = previewsScheduled();
  const now = rolloutNow();
  const published = (publishedOnSite: string) => preview || isPublishedAt(publishedOnSite, now);
  const changes = <T extends { changes: ChangeNote[] }>(item: T): T => ({ ...item, changes: item.changes.filter((change) => published(changePublication(change))) });
  const memos = all.memos.filter((memo) => published(memo.publishedOnSite)).map((memo) => byDay(changes(memo)));
  const memoIds = new Set(memos.map((memo) => memo.id));
  const references = all.references.filter((reference) => published(reference.publishedOnSite)).map(byDay);
  const referenceIds = new Set(references.map((reference) => reference.id));
  const regions = all.regions.map((region) => {
    const places = region.places && {
      ...region.places,
      censusDivisions: { ...region.places.censusDivisions, sources: region.places.censusDivisions.sources.filter((id) => referenceIds.has(id)) },
      ...(region.places.urbanCentres ? { urbanCentres: { ...region.places.urbanCentres, sources: region.places.urbanCentres.sources.filter((id) => referenceIds.has(id)) } } : {}),
    };
    return changes({ ...region, places });
  });
  return { ...all, memos, memoTexts: all.memoTexts.filter((text) => memoIds.has(text.id)), references, regions };
});

/**
 * Items the preview shows before their time: their publication time (Toronto), by id; empty
 * outside `npm run dev`. The memo page marks them "scheduled".
 */
export const scheduledMemos = oncePerProcess('scheduled-memos', contentVersion, (): Map<string, string> => {
  if (!previewsScheduled()) return new Map();
  const now = rolloutNow();
  return new Map(compiledCorpus().memos.filter((memo) => !isPublishedAt(memo.publishedOnSite, now)).map((memo) => [memo.id, memo.publishedOnSite]));
});

export type Corpus = ReturnType<typeof corpus>;
export type MemoText = Corpus['memoTexts'][number];

/** The language files of each bilingual document, by document id. */
export const textsOf = oncePerProcess('texts-of', contentVersion, (): Map<string, MemoText[]> => groupBy(corpus().memoTexts, (text) => text.id));

/** A document's slug in every language. */
export function slugsOf(texts: { locale: Locale; slug: string }[]): LocalizedSlugs {
  const slugs = Object.fromEntries(texts.map((t) => [t.locale, t.slug]));
  for (const locale of locales) {
    if (!slugs[locale]) throw new Error(`Missing ${locale} version (validated content should never get here)`);
  }
  return slugs as LocalizedSlugs;
}
