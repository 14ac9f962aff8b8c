import { defineDocumentType, type FieldDefs, makeSource } from 'contentlayer2/source-files';
import type { Processor } from 'unified';
import type { z } from 'zod';
import { allDocumentFiles, type DocumentFile, type DocumentKind, filePattern, languageFileName, languageOfFileName } from './lib/content/document-kinds';
import { configureMarkdown } from './lib/content/markdown';

/**
 * Contentlayer compiles content/ into .contentlayer/generated. Its document types are derived
 * from the one content model (lib/content/document-kinds.ts and the zod schemas of lib/content/schemas/):
 * every field is carried as JSON, exactly as the author wrote it, and lib/content/corpus.ts parses it
 * with the same schemas the content check uses (run first by `npm run build`). Contentlayer
 * still fails on a missing or extra field.
 */

/** One JSON field per schema field, required unless the schema lets it be left out. */
function fieldsOf(file: DocumentFile): FieldDefs {
  return Object.fromEntries(
    Object.entries(file.schema.shape).map(([name, field]) => [name, { type: 'json', required: !(field as z.ZodType).safeParse(undefined).success }]),
  ) as FieldDefs;
}

/** The document's id (its folder, or its file name) and, for per-language files, its language. */
function documentType(kind: DocumentKind, file: DocumentFile) {
  return defineDocumentType(() => ({
    name: file.type,
    filePathPattern: filePattern(kind, file),
    contentType: file.format === 'markdown' ? 'markdown' : 'data',
    fields: fieldsOf(file),
    computedFields: {
      docId: {
        type: 'string',
        resolve: (doc) => (kind.layout === 'file' ? doc._raw.sourceFileName.replace(/\.yaml$/, '') : (doc._raw.sourceFileDir.split('/').pop() ?? '')),
      },
      ...(file.name === 'per-language' ? { locale: { type: 'string', resolve: (doc) => languageOfFileName(doc._raw.sourceFileName) ?? '' } } : {}),
    },
  }));
}

/** One Contentlayer document type per file of each document kind. */
export const documentTypes = allDocumentFiles.map(({ kind, file }) => documentType(kind, file));

export default makeSource({
  // The checked copy of the content that `npm run content` writes (scripts/content.ts).
  contentDirPath: '.content',
  documentTypes,
  date: { timezone: 'UTC' },
  markdown: (builder) =>
    configureMarkdown(builder as unknown as Processor, {
      isFrench: (file) => (file.data as { rawDocumentData?: { sourceFileName?: string } }).rawDocumentData?.sourceFileName === languageFileName('fr'),
    }),
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
