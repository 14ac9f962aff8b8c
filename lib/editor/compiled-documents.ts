import { parse } from 'yaml';
import { documentKinds, type DocumentFile, heldFieldsIn, languageOfFileName } from '../content/document-kinds';
import { markdownToSafeHtml } from '../content/markdown';
import { listDocuments } from '../check/read';
import { editorText, splitFrontMatter } from '../check/read';
import { memorySource } from '../check/source';

/**
 * The content as Contentlayer compiles it, in memory: what the web editor's preview renders the
 * site's pages from, with the author's unsaved draft among the saved files (issue 37, item 7).
 * Contentlayer takes seconds to compile the whole content; the preview must follow the author's
 * typing, so the same documents are made here from the same pieces — the registry's files
 * (listDocuments), YAML read by the same parser, a memo's facts taken out of index.fr.md as the
 * build's copy does (lib/check/compile-source.ts), bodies through the site's one Markdown
 * pipeline — and tests/unit/editor-compiled-documents.test.ts holds them equal to Contentlayer's
 * output for the whole content.
 */

/** One document as Contentlayer writes it into .contentlayer/generated/<Type>/_index.json (the fields the site reads). */
export type CompiledDocument = Record<string, unknown> & { _id: string; docId: string; locale?: string; body?: { html: string } };

/** Bodies already rendered, by language and text: only what the author changed is rendered again. */
const renderedBodies = new Map<string, Promise<string>>();
const maxRemembered = 2000;

function bodyHtml(markdown: string, french: boolean): Promise<string> {
  const key = `${french ? 'fr' : 'en'}\u0000${markdown}`;
  let html = renderedBodies.get(key);
  if (!html) {
    if (renderedBodies.size >= maxRemembered) renderedBodies.clear();
    html = markdownToSafeHtml(markdown, { french });
    renderedBodies.set(key, html);
  }
  return html;
}

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * The compiled documents of the files given (paths inside content/), by Contentlayer type. Call
 * it with content that passes the check: a file that cannot be read is left out, as the check
 * would have refused it.
 */
export async function compiledDocuments(files: Record<string, string | Buffer>): Promise<Record<string, CompiledDocument[]>> {
  const source = memorySource(files);
  const byType: Record<string, CompiledDocument[]> = {};
  const add = (file: DocumentFile, document: CompiledDocument) => (byType[file.type] ??= []).push(document);
  for (const listed of listDocuments(source)) {
    const kind = documentKinds[listed.kind];
    for (const { relative, name, file } of listed.files) {
      const bytes = source.read(relative);
      const text = editorText(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
      if (file.format === 'yaml') {
        add(file, { ...asObject(parse(text)), _id: relative, docId: listed.id });
        continue;
      }
      const parts = splitFrontMatter(text);
      if (!parts) continue;
      const locale = languageOfFileName(name);
      const fields = asObject(parse(parts.yaml));
      // A memo's facts are written at the end of index.fr.md and compiled as a document of their own.
      const held = heldFieldsIn(kind, locale);
      const heldKeys = held ? Object.keys(held.schema.shape) : [];
      if (held) {
        const folder = relative.slice(0, relative.lastIndexOf('/'));
        add(held, { ...Object.fromEntries(Object.entries(fields).filter(([key]) => heldKeys.includes(key))), _id: `${folder}/${held.name}`, docId: listed.id });
      }
      const own = Object.fromEntries(Object.entries(fields).filter(([key]) => !heldKeys.includes(key)));
      add(file, { ...own, body: { html: await bodyHtml(parts.body, locale === 'fr') }, _id: relative, docId: listed.id, ...(locale ? { locale } : {}) });
    }
  }
  return byType;
}
