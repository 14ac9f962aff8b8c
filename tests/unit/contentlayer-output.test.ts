import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '@/lib/content/corpus';
import { documentFileAt, heldFieldsIn, languageFileName, languageOfFileName } from '@/lib/content/document-kinds';

/**
 * lib/content/corpus.ts reads Contentlayer's output by its layout, not through an API:
 * .contentlayer/generated/<Type>/_index.json, each document with its docId and body.html
 * (docs/decisions/0033-read-compiled-content-at-run-time.md). An upgrade of contentlayer2 that
 * moves or renames any of these fails here, on the real content, before any page is built.
 */
const contentRoot = path.resolve(__dirname, '../../content');

const sourceFilesByType = () => {
  const counts = new Map<string, number>();
  for (const entry of fs.readdirSync(contentRoot, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const found = documentFileAt(path.relative(contentRoot, path.join(entry.parentPath, entry.name)));
    if (!found) continue;
    counts.set(found.file.type, (counts.get(found.file.type) ?? 0) + 1);
    // A memo's facts, held in its French text, are a document of their own for Contentlayer.
    const held = heldFieldsIn(found.kind, languageOfFileName(entry.name));
    if (held) counts.set(held.type, (counts.get(held.type) ?? 0) + 1);
  }
  return counts;
};

describe("Contentlayer's output, as lib/content/corpus.ts reads it", () => {
  const collections = corpus();
  const sources = sourceFilesByType();

  it('holds one document per source file of each kind', () => {
    expect({
      Memo: collections.memos.length,
      MemoText: collections.memoTexts.length,
      Page: collections.pages.length,
      Region: collections.regions.length,
      Reference: collections.references.length,
      Sender: collections.senders.length,
    }).toEqual(Object.fromEntries(['Memo', 'MemoText', 'Page', 'Region', 'Reference', 'Sender'].map((type) => [type, sources.get(type) ?? 0])));
    expect(collections.regions).toHaveLength(15);
  });

  it('gives each document the id of its folder or file, and each text its language and body HTML', () => {
    for (const memo of collections.memos) expect(fs.existsSync(path.join(contentRoot, 'memos', memo.id, languageFileName('fr')))).toBe(true);
    for (const reference of collections.references) expect(fs.existsSync(path.join(contentRoot, 'references', `${reference.id}.yaml`))).toBe(true);
    const texts = [...collections.memoTexts.map((text) => ({ folder: 'memos', text })), ...collections.pages.map((text) => ({ folder: 'pages', text }))];
    for (const { folder, text } of texts) {
      expect(fs.existsSync(path.join(contentRoot, folder, text.id, languageFileName(text.locale)))).toBe(true);
      expect(text.html).toMatch(/<(p|h2|ul|ol|table)\b/);
    }
  });
});
