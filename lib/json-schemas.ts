import { z } from 'zod';
import { memoTextSchema, memoYamlSchema, pageTextSchema, referenceYamlSchema, regionYamlSchema, senderYamlSchema } from './content-schema';

/**
 * JSON Schemas of the content files, generated from the same zod schemas the content check
 * uses, so editors complete fields and flag mistakes while staff type. They describe each
 * file's shape; rules across files (known regions, unique slugs) and real calendar dates are
 * checked by `npm run check:content` only.
 */
const schemas = {
  'memo.schema.json': { schema: memoYamlSchema, title: 'Memo facts (content/memos/<id>/memo.yaml)' },
  'memo-text.schema.json': { schema: memoTextSchema, title: 'Memo front matter (content/memos/<id>/en.md, fr.md)' },
  'region.schema.json': { schema: regionYamlSchema, title: 'Designated region (content/regions/<id>/region.yaml)' },
  'reference.schema.json': {
    schema: referenceYamlSchema,
    title: 'External source (content/references/<id>.yaml)',
    // The schema's refinements in JSON Schema words: a title (or a description when it is
    // unknown), and a consulted day unless the source gives its own full date.
    extra: {
      allOf: [
        { anyOf: [{ required: ['title'] }, { required: ['description'] }] },
        { anyOf: [{ required: ['consulted'] }, { required: ['published'], properties: { published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } }] },
      ],
    },
  },
  'sender.schema.json': { schema: senderYamlSchema, title: 'Memo sender (content/senders/<id>.yaml)' },
  'page-text.schema.json': { schema: pageTextSchema, title: 'Page front matter (content/pages/<id>/en.md, fr.md)' },
} as const;

export type SchemaFile = keyof typeof schemas;

/** File name → JSON Schema (draft 2020-12) of what staff write (the input side of each schema). */
export function contentJsonSchemas(): Record<SchemaFile, object> {
  return Object.fromEntries(
    Object.entries(schemas).map(([file, entry]) => [
      file,
      { ...z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' }), title: entry.title, ...('extra' in entry ? entry.extra : {}) },
    ]),
  ) as Record<SchemaFile, object>;
}

/** Which schema applies to which content files (for editor settings and tests). */
export const schemaGlobs: Record<SchemaFile, string> = {
  'memo.schema.json': 'content/memos/*/memo.yaml',
  'memo-text.schema.json': 'content/memos/*/{en,fr}.md',
  'region.schema.json': 'content/regions/*/region.yaml',
  'reference.schema.json': 'content/references/*.yaml',
  'sender.schema.json': 'content/senders/*.yaml',
  'page-text.schema.json': 'content/pages/*/{en,fr}.md',
};
