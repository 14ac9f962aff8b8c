import { describe, expect, it } from 'vitest';
import { Memo, MemoText, Page, Reference, Region, Sender } from '@/contentlayer.config';
import { memoTextSchema, memoYamlSchema, pageTextSchema, referenceYamlSchema, regionYamlSchema, senderYamlSchema } from '@/lib/content-schema';

/** Contentlayer's field definitions and the validator's schema must describe the same files. */
describe('Contentlayer document types', () => {
  it.each([
    ['Memo (memo.yaml)', Memo, memoYamlSchema],
    ['MemoText (en.md, fr.md)', MemoText, memoTextSchema],
    ['Page (pages/*/en.md, fr.md)', Page, pageTextSchema],
    ['Sender (senders/*.yaml)', Sender, senderYamlSchema],
    ['Region (regions/*/region.yaml)', Region, regionYamlSchema],
    ['Reference (references/*.yaml)', Reference, referenceYamlSchema],
  ])('%s has exactly the fields the validator checks', (_name, type, schema) => {
    const fields = Object.keys(type.def().fields ?? {}).sort();
    expect(fields).toEqual(Object.keys(schema.shape).sort());
  });
});
