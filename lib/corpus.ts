import fs from 'node:fs';
import path from 'node:path';
import type { Memo, MemoText as GeneratedMemoText, Page, Reference, Region, Sender } from 'contentlayer/generated';
import compiled from '@/.contentlayer/compiled.json';
import type { z } from 'zod';
import { memoTextSchema, memoYamlSchema, pageTextSchema, referenceYamlSchema, regionYamlSchema, senderYamlSchema } from './content-schema';
import { groupBy } from './group';
import { isLocale, type Locale, locales } from './i18n/locales';
import { oncePerProcess } from './once';
import type { LocalizedSlugs } from './routes';

/**
 * The compiled content, typed by the one content model: the only module that reads
 * Contentlayer's output (its types from contentlayer/generated, its data from the JSON files). Contentlayer carries every field as the author wrote it; each document
 * is parsed here with the same zod schema the content check used, so pages get exactly what
 * the schema says (defaults applied, dates as written).
 */

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

function parse<S extends ObjectSchema>(schema: S, doc: Record<string, unknown>): z.output<S> {
  const fields = Object.fromEntries(Object.keys(schema.shape).filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]]));
  return schema.parse(fields) as z.output<S>;
}

function localeOf(doc: { locale: string; docId: string }): Locale {
  if (!isLocale(doc.locale)) throw new Error(`${doc.docId}: ${doc.locale} is not a language of the site (validated content should never get here)`);
  return doc.locale;
}

type Text<S extends ObjectSchema> = z.output<S> & { id: string; locale: Locale; html: string };

/**
 * One document type as Contentlayer compiled it, read from its output at run time rather than
 * imported: bundled, the whole content was copied into every server chunk that reaches this
 * module and parsed again in each (six copies per prerender worker; README, Measurements).
 * `compiled` is the stamp `npm run content` writes after each compilation: importing it is
 * what makes `npm run dev` reload pages when content changes.
 */
function readGenerated<T>(type: string): T[] {
  const file = path.join(process.cwd(), '.contentlayer', 'generated', type, '_index.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T[];
  } catch (error) {
    throw new Error(`Cannot read the content compiled at ${compiled.compiledAt} from ${file}: run npm run content. (${String(error)})`);
  }
}

/** Which compilation of the content this process reads: values derived from it are keyed by it. */
export const contentVersion: string = compiled.compiledAt;

export const corpus = oncePerProcess('corpus', contentVersion, () => ({
  memos: readGenerated<Memo>('Memo').map((doc) => ({ id: doc.docId, ...parse(memoYamlSchema, doc) })),
  memoTexts: readGenerated<GeneratedMemoText>('MemoText').map((doc): Text<typeof memoTextSchema> => ({ id: doc.docId, locale: localeOf(doc), html: doc.body.html, ...parse(memoTextSchema, doc) })),
  pages: readGenerated<Page>('Page').map((doc): Text<typeof pageTextSchema> => ({ id: doc.docId, locale: localeOf(doc), html: doc.body.html, ...parse(pageTextSchema, doc) })),
  regions: readGenerated<Region>('Region').map((doc) => ({ id: doc.docId, ...parse(regionYamlSchema, doc) })),
  references: readGenerated<Reference>('Reference').map((doc) => ({ id: doc.docId, ...parse(referenceYamlSchema, doc) })),
  senders: readGenerated<Sender>('Sender').map((doc) => ({ id: doc.docId, ...parse(senderYamlSchema, doc) })),
}));

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
