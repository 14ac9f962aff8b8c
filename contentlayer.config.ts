import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import type { Processor } from 'unified';
import { configureMarkdown } from './lib/markdown';

/**
 * Contentlayer compiles content/ into typed data in .contentlayer/generated. The site's own
 * validator (lib/validate.ts, run first by `npm run build`) holds the authoritative rules;
 * these definitions give the generated types and fail on anything the validator let through.
 */

const locales = ['en', 'fr'];

const LocalizedText = defineNestedType(() => ({
  name: 'LocalizedText',
  fields: {
    en: { type: 'string', required: true },
    fr: { type: 'string', required: true },
  },
}));

const OriginalDocument = defineNestedType(() => ({
  name: 'OriginalDocument',
  fields: {
    language: { type: 'enum', options: locales, required: true },
    url: { type: 'string', required: true },
  },
}));

const PrintedAddress = defineNestedType(() => ({
  name: 'PrintedAddress',
  fields: {
    url: { type: 'string', required: true },
    page: { type: 'number', required: true },
    position: { type: 'enum', options: ['top', 'text', 'foot'], required: true },
  },
}));

const MemoHeaderLabels = defineNestedType(() => ({
  name: 'MemoHeaderLabels',
  fields: {
    to: { type: 'string', required: true },
    from: { type: 'string', required: true },
    date: { type: 'string', required: true },
    subject: { type: 'string', required: true },
  },
}));

/** memo.yaml: the language-neutral facts of a memo. */
export const Memo = defineDocumentType(() => ({
  name: 'Memo',
  filePathPattern: 'memos/*/memo.yaml',
  contentType: 'data',
  fields: {
    date: { type: 'date', required: true },
    sender: { type: 'string', required: true },
    originalLanguage: { type: 'enum', options: locales, required: true },
    translatedForSite: { type: 'list', of: { type: 'enum', options: locales }, default: [] },
    // The memo's own original, when its address is known; addresses printed inside it go below.
    originalDocuments: { type: 'list', of: OriginalDocument, default: [] },
    printedAddresses: { type: 'list', of: PrintedAddress, default: [] },
    regions: { type: 'list', of: { type: 'string' }, default: [] },
    // Statements are checked in full by lib/validate.ts; Contentlayer carries them as JSON.
    statements: { type: 'json', default: [] },
    changes: { type: 'json', default: [] },
  },
  computedFields: {
    memoId: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/').pop() ?? '' },
  },
}));

/** en.md / fr.md of a memo: its text in one language. */
export const MemoText = defineDocumentType(() => ({
  name: 'MemoText',
  filePathPattern: 'memos/*/{en,fr}.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    slug: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    recipients: { type: 'string', required: true },
    // The heading and header rows as printed in this language version (lib/content-schema.ts).
    heading: { type: 'string', required: true },
    headerLabels: { type: 'nested', of: MemoHeaderLabels, required: true },
    from: { type: 'string', required: true },
    printedDate: { type: 'string', required: true },
    cc: { type: 'list', of: { type: 'string' }, default: [] },
  },
  computedFields: {
    memoId: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/').pop() ?? '' },
    locale: { type: 'enum', options: locales, resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
  },
}));

/** content/pages/<id>/{en,fr}.md: about, accessibility … */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*/{en,fr}.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    slug: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    updated: { type: 'date', required: true },
  },
  computedFields: {
    pageId: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/').pop() ?? '' },
    locale: { type: 'enum', options: locales, resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
  },
}));

/** content/regions/<id>/region.yaml: a designated region (catchment area). */
export const Region = defineDocumentType(() => ({
  name: 'Region',
  filePathPattern: 'regions/*/region.yaml',
  contentType: 'data',
  fields: {
    names: { type: 'nested', of: LocalizedText, required: true },
    inSentence: { type: 'nested', of: LocalizedText },
    slugs: { type: 'nested', of: LocalizedText, required: true },
    phase: { type: 'enum', options: ['prototype', 'phase-1', 'phase-2', 'phase-3'], required: true },
    order: { type: 'number', required: true },
    changes: { type: 'json', default: [] },
  },
  computedFields: {
    regionId: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/').pop() ?? '' },
  },
}));

/** content/references/<id>.yaml: an external public source and the statements it supports. */
export const Reference = defineDocumentType(() => ({
  name: 'Reference',
  filePathPattern: 'references/*.yaml',
  contentType: 'data',
  fields: {
    // The title as published (one string, or en and fr); the validator checks its shape.
    title: { type: 'json' },
    language: { type: 'enum', options: locales },
    description: { type: 'nested', of: LocalizedText },
    publisher: { type: 'nested', of: LocalizedText, required: true },
    url: { type: 'json', required: true },
    // As precise as the source shows it (YYYY, YYYY-MM or YYYY-MM-DD), so not a full date.
    published: { type: 'json' },
    consulted: { type: 'date' },
    statements: { type: 'json', required: true },
  },
  computedFields: {
    referenceId: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') },
  },
}));

/** content/senders/<id>.yaml: who signs memos. */
export const Sender = defineDocumentType(() => ({
  name: 'Sender',
  filePathPattern: 'senders/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'nested', of: LocalizedText, required: true },
    division: { type: 'nested', of: LocalizedText, required: true },
  },
  computedFields: {
    senderId: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirExclude: ['README.md', 'LISEZMOI.md', 'schemas'],
  documentTypes: [Memo, MemoText, Page, Sender, Region, Reference],
  date: { timezone: 'UTC' },
  markdown: (builder) =>
    configureMarkdown(builder as unknown as Processor, {
      isFrench: (file) => (file.data as { rawDocumentData?: { sourceFileName?: string } }).rawDocumentData?.sourceFileName === 'fr.md',
    }),
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
