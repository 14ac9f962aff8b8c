import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { documentTypes } from '@/contentlayer.config';
import { allDocumentFiles, filePattern } from '@/lib/content/document-kinds';

/** Contentlayer's document types are derived from the one content model: same fields, same requirements, same files. */
describe('Contentlayer document types', () => {
  it.each(allDocumentFiles.map((entry, index) => [entry.file.type, entry, documentTypes[index]] as const))(
    '%s has exactly the fields the validator checks, required exactly when the schema requires them',
    (type, { kind, file }, documentType) => {
      const def = documentType.def();
      expect(def.name).toBe(type);
      expect(def.filePathPattern).toBe(filePattern(kind, file));
      const fields = def.fields as Record<string, { required?: boolean }>;
      expect(Object.keys(fields).sort()).toEqual(Object.keys(file.schema.shape).sort());
      for (const [name, field] of Object.entries(file.schema.shape)) {
        expect(fields[name].required, name).toBe(!(field as z.ZodType).safeParse(undefined).success);
      }
    },
  );

  it('covers every file of every document kind: memos, their texts, pages, regions, references, senders', () => {
    expect(documentTypes.map((t) => t.def().name).sort()).toEqual(['Memo', 'MemoText', 'Page', 'Reference', 'Region', 'Sender']);
  });
});
