import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDocumentFiles } from '@/lib/content/document-kinds';
import { compiledDocuments } from '@/lib/editor/compiled-documents';
import { realContentFiles } from '../fixtures/content-builder';

/**
 * The web editor's preview renders pages from documents compiled in memory
 * (lib/editor/compiled-documents.ts) rather than by Contentlayer, which is too slow to follow
 * typing. Compiled from the real content, they must equal what Contentlayer wrote into
 * .contentlayer/generated (npm test compiles it first): the same documents, ids, languages,
 * fields and body HTML. A change to the Markdown pipeline, the file layout or Contentlayer's
 * reading that the preview does not follow fails here.
 */
const root = path.resolve(__dirname, '../..');

/** Contentlayer's documents without what it keeps for itself (_raw, type, the body's Markdown). */
function generated(type: string): Record<string, unknown>[] {
  const documents = JSON.parse(fs.readFileSync(path.join(root, '.contentlayer/generated', type, '_index.json'), 'utf8')) as Record<string, unknown>[];
  return documents
    .map((document) => {
      const fields: Record<string, unknown> = Object.fromEntries(Object.entries(document).filter(([key]) => key !== '_raw' && key !== 'type' && key !== 'body'));
      const body = document.body as { html: string } | undefined;
      return body ? { ...fields, body: { html: body.html } } : fields;
    })
    .sort((a, b) => String(a._id).localeCompare(String(b._id)));
}

describe("the editor preview's documents, compiled in memory", () => {
  it('equal what Contentlayer compiles from the same content, document by document', async () => {
    const compiled = await compiledDocuments(realContentFiles());
    const types = [...new Set(allDocumentFiles.map(({ file }) => file.type))];
    expect(Object.keys(compiled).sort()).toEqual(types.filter((type) => generated(type).length > 0).sort());
    for (const type of types) {
      const mine = [...(compiled[type] ?? [])].sort((a, b) => a._id.localeCompare(b._id));
      expect(mine.map((d) => d._id), type).toEqual(generated(type).map((d) => d._id));
      expect(mine, type).toEqual(generated(type));
    }
  });

  it('take a changed body into account at once, in the language of its file', async () => {
    const files = realContentFiles();
    const memo = Object.keys(files).find((file) => file.startsWith('memos/') && file.endsWith('/index.fr.md'))!;
    const text = files[memo]!;
    const changed = { ...files, [memo]: `${text}\nUne phrase ajoutée : « nouvelle ».\n` };
    const texts = (await compiledDocuments(changed)).MemoText!;
    const html = texts.find((d) => d._id === memo)!.body!.html;
    // French typography from the site's pipeline: no-break spaces before the colon and inside the guillemets.
    expect(html).toContain('Une phrase ajoutée\u00a0: «\u00a0nouvelle\u00a0».');
  });
});
