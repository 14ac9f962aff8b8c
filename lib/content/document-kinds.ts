import type { z } from 'zod';
import { memoTextSchema, memoYamlSchema } from './schemas/memo';
import { pageTextSchema } from './schemas/page';
import { referenceYamlSchema } from './schemas/reference';
import { regionYamlSchema } from './schemas/region';
import { senderYamlSchema } from './schemas/sender';
import { type Locale, locales } from '../i18n/locales';

/**
 * Every kind of document under content/, declared once: where its files live, how its id is
 * written, and the schema of each file. Contentlayer's document types, the JSON Schemas, the
 * editor settings and the content check's folder walk all derive from this registry.
 */

/** Ids become addresses and file names: long ones break builds (ENAMETOOLONG) and nobody can read them. */
export const maxIdLength = 80;

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** One file of a document: region.yaml, or one Markdown file per language (index.en.md, index.fr.md). */
export type DocumentFile = {
  /** The Contentlayer document type (and the generated collection all<Type>s). */
  type: string;
  /** A fixed file name, or one file per language. */
  name: string | 'per-language';
  /**
   * Fields with no file of their own: authors write them in the front matter of the language
   * file of this locale (a memo's facts, in index.fr.md, where the web editor writes the fields
   * both languages share). `name` is then the file Contentlayer compiles them from, which the
   * build writes into its copy of the content (lib/check/compile-source.ts).
   */
  heldIn?: Locale;
  format: 'yaml' | 'markdown';
  schema: ObjectSchema;
  jsonSchema: { file: string; title: string };
};

export type DocumentKind = {
  /** The folder under content/. */
  folder: string;
  /** folder: content/<folder>/<id>/<files>; file: content/<folder>/<id>.yaml. */
  layout: 'folder' | 'file';
  idPattern: RegExp;
  /** How to name an id, for messages: "YYYY-MM-DD-short-english-name, e.g. …". */
  idHint: string;
  files: DocumentFile[];
};

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const documentKinds = {
  memo: {
    folder: 'memos',
    layout: 'folder',
    idPattern: /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/,
    idHint: 'YYYY-MM-DD-short-english-name, e.g. 2022-09-22-catchment-phasing-update',
    files: [
      {
        type: 'Memo',
        name: 'memo.yaml',
        // French: the ministry issues its memos in French first, and the editor's default locale
        // (the side it shows first) is the one whose file holds the fields both share.
        heldIn: 'fr',
        format: 'yaml',
        schema: memoYamlSchema,
        jsonSchema: { file: 'memo.schema.json', title: 'Memo facts (the end of the front matter of content/memos/<id>/index.fr.md)' },
      },
      { type: 'MemoText', name: 'per-language', format: 'markdown', schema: memoTextSchema, jsonSchema: { file: 'memo-text.schema.json', title: 'Memo front matter (content/memos/<id>/index.en.md, index.fr.md)' } },
    ],
  },
  region: {
    folder: 'regions',
    layout: 'folder',
    idPattern: kebab,
    idHint: 'the region’s English name in lowercase with hyphens, e.g. kingston-pembroke',
    files: [{ type: 'Region', name: 'region.yaml', format: 'yaml', schema: regionYamlSchema, jsonSchema: { file: 'region.schema.json', title: 'Designated region (content/regions/<id>/region.yaml)' } }],
  },
  reference: {
    folder: 'references',
    layout: 'file',
    idPattern: kebab,
    idHint: 'lowercase words joined by hyphens, e.g. maytree-toronto-north-rfi',
    files: [{ type: 'Reference', name: '<id>.yaml', format: 'yaml', schema: referenceYamlSchema, jsonSchema: { file: 'reference.schema.json', title: 'External source (content/references/<id>.yaml)' } }],
  },
  sender: {
    folder: 'senders',
    layout: 'file',
    idPattern: kebab,
    idHint: 'the sender’s name in lowercase with hyphens, e.g. jody-young',
    files: [{ type: 'Sender', name: '<id>.yaml', format: 'yaml', schema: senderYamlSchema, jsonSchema: { file: 'sender.schema.json', title: 'Memo sender (content/senders/<id>.yaml)' } }],
  },
  page: {
    folder: 'pages',
    layout: 'folder',
    idPattern: kebab,
    idHint: 'lowercase English words joined by hyphens, e.g. accessibility',
    files: [{ type: 'Page', name: 'per-language', format: 'markdown', schema: pageTextSchema, jsonSchema: { file: 'page-text.schema.json', title: 'Page front matter (content/pages/<id>/index.en.md, index.fr.md)' } }],
  },
} as const satisfies Record<string, DocumentKind>;

export type DocumentKindName = keyof typeof documentKinds;
export const documentKindNames = Object.keys(documentKinds) as DocumentKindName[];

/**
 * A bilingual document's file in one language: index.fr.md, index.en.md — the names the web
 * editor (Decap CMS, i18n multiple_files) writes for one entry in two languages.
 */
export const languageFileName = (locale: string): string => `index.${locale}.md`;

/** The language a file name is for (index.fr.md → fr), or undefined. */
export const languageOfFileName = (name: string): string | undefined => /^index\.([a-z]{2}(?:-[a-z]+)?)\.md$/i.exec(name)?.[1];

/** The language files of a bilingual document: index.en.md, index.fr.md. */
export const languageFileNames = locales.map(languageFileName);

/** The file names a document of this kind holds (for a file layout, the one file's extension); none for fields held in another file. */
export function fileNames(file: DocumentFile): string[] {
  if (file.heldIn) return [];
  return file.name === 'per-language' ? languageFileNames : [file.name];
}

/** The fields of a kind held in the front matter of its language file in `locale` (a memo's facts in index.fr.md), if any. */
export function heldFieldsIn(kind: DocumentKind, locale: string | undefined): DocumentFile | undefined {
  return kind.files.find((file) => file.heldIn !== undefined && file.heldIn === locale);
}

/** The glob of a file under content/: memos/*\/memo.yaml, memos/*\/{<languages>}.md, references/*.yaml. */
export function filePattern(kind: DocumentKind, file: DocumentFile): string {
  if (kind.layout === 'file') return `${kind.folder}/*.yaml`;
  return `${kind.folder}/*/${file.name === 'per-language' ? `index.{${locales.join(',')}}.md` : file.name}`;
}

/** Every file of every kind, with its kind. */
export const allDocumentFiles = documentKindNames.flatMap((name) => documentKinds[name].files.map((file: DocumentFile) => ({ kind: documentKinds[name] as DocumentKind, kindName: name, file })));

/** The document file a path under content/ is (memos/x/index.en.md → MemoText), or undefined. */
export function documentFileAt(relative: string): (typeof allDocumentFiles)[number] | undefined {
  const posix = relative.split('\\').join('/');
  return allDocumentFiles.find(({ kind, file }) => {
    const pattern = filePattern(kind, file)
      .replace(/[.]/g, '\\.')
      .replace(/\*/g, '[^/]+')
      .replace(/\{([^}]+)\}/g, (_, list: string) => `(?:${list.split(',').join('|')})`);
    return new RegExp(`^${pattern}$`).test(posix);
  });
}
