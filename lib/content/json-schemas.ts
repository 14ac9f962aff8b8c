import { z } from 'zod';
import { allDocumentFiles, filePattern } from './document-kinds';

/**
 * JSON Schemas of the content files, generated from the same zod schemas the content check
 * uses (one per file of lib/content/document-kinds.ts), so editors complete fields and flag mistakes while
 * staff type. They describe each file's shape; rules across files (known regions, unique slugs)
 * and real calendar dates are checked by `npm run check:content` only.
 */

/** Refinements zod cannot express in JSON Schema, written in JSON Schema words. */
const refinements: Record<string, object> = {
  // A title (or a description when it is unknown), and a consulted day unless the source gives
  // its own full date.
  'reference.schema.json': {
    allOf: [
      { anyOf: [{ required: ['title'] }, { required: ['description'] }] },
      { anyOf: [{ required: ['consulted'] }, { required: ['published'], properties: { published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } }] },
    ],
  },
};

export type SchemaFile = string;

/** File name → JSON Schema (draft 2020-12) of what staff write (the input side of each schema). */
export function contentJsonSchemas(): Record<SchemaFile, object> {
  return Object.fromEntries(
    allDocumentFiles.map(({ file }) => [
      file.jsonSchema.file,
      { ...z.toJSONSchema(file.schema, { io: 'input', unrepresentable: 'any' }), title: file.jsonSchema.title, ...refinements[file.jsonSchema.file] },
    ]),
  );
}

/**
 * .vscode/settings.json: the YAML language server maps each YAML content file to its schema
 * (front matter of Markdown files is not validated by it; the content check does that).
 */
export function editorSettings(): object {
  const yamlSchemas = Object.fromEntries(
    // A memo's facts have no file of their own: they are front matter, which the content check validates.
    allDocumentFiles.filter(({ file }) => file.format === 'yaml' && !file.heldIn).map(({ kind, file }) => [`./content/schemas/${file.jsonSchema.file}`, `content/${filePattern(kind, file)}`]),
  );
  return { 'yaml.schemas': yamlSchemas, 'yaml.customTags': [], 'files.associations': { '*.md': 'markdown' } };
}
