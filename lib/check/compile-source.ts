import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isScalar, parseDocument, type Pair, YAMLMap } from 'yaml';
import { documentFileAt, heldFieldsIn, languageOfFileName } from '../content/document-kinds';
import { editorText, listDocuments, maxFileBytes, splitFrontMatter } from './read';
import { folderSource } from './source';

/**
 * What Contentlayer compiles: a copy of the content (.content/) holding only the files of the
 * document registry, found by the content check's own folder walk — byte-order mark removed,
 * Windows and old Mac line endings made "\n". Contentlayer's front-matter reader stops on
 * "\r\n", and files it does not know (.DS_Store, an author's notes) never reach it. The copy is
 * made without parsing, so Contentlayer starts while the check reads the same files; the build
 * publishes nothing unless the check passes.
 */

/** The registry's files under a content folder, by document (paths inside the folder). */
export function compileSourceDocuments(contentDir: string): { path: string; files: string[] }[] {
  const source = folderSource(contentDir);
  return listDocuments(source)
    .filter((doc) => doc.files.length > 0)
    .map((doc) => ({ path: doc.path.slice(source.label.length + 1), files: doc.files.map((f) => f.relative) }));
}

/**
 * Writes the files into target as the check reads them: a copy, never a link, so that what
 * Contentlayer compiles is the content as it was when copied, whatever an editor saves into
 * content/ meanwhile (an editor that writes a file in place would change a linked copy too).
 * A file the check refuses before parsing (too large, unreadable) is left out: the check reports
 * it and the build stops.
 */
export function writeCompileSource(contentDir: string, target: string, files: string[]): number {
  fs.rmSync(target, { recursive: true, force: true });
  // Made even when it stays empty: content without documents still compiles (to nothing).
  fs.mkdirSync(target, { recursive: true });
  const folders = new Set<string>();
  let written = 0;
  for (const relative of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(contentDir, relative));
    } catch {
      continue;
    }
    if (bytes.length > maxFileBytes) continue;
    const to = path.join(target, relative);
    if (!folders.has(path.dirname(to))) fs.mkdirSync(path.dirname(to), { recursive: true });
    folders.add(path.dirname(to));
    const plain = !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) && !bytes.includes(0x0d);
    const entry = documentFileAt(relative);
    const held = entry && heldFieldsIn(entry.kind, languageOfFileName(path.basename(relative)));
    const parts = held ? heldFieldsAsFile(editorText(bytes.toString('utf8')), Object.keys(held.schema.shape)) : undefined;
    if (held && parts) {
      fs.writeFileSync(to, parts.file);
      if (parts.held) fs.writeFileSync(path.join(path.dirname(to), held.name), parts.held);
    } else fs.writeFileSync(to, plain ? bytes : editorText(bytes.toString('utf8')));
    written += 1;
  }
  return written;
}

/**
 * A language file that holds fields of its document (a memo's facts in index.fr.md) as
 * Contentlayer compiles it: the file with its own fields, and the held fields as YAML of their
 * own (memo.yaml). Each top-level field of a block front matter is moved as the author wrote it,
 * from its key to the next key, so Contentlayer reads the very same values; a flow front matter
 * ({ … }) is written out again. Undefined when the front matter cannot be read: the check reports
 * it and the build stops.
 */
export function heldFieldsAsFile(text: string, heldKeys: string[]): { file: string; held: string } | undefined {
  const parts = splitFrontMatter(text);
  if (!parts) return undefined;
  const doc = parseDocument(parts.yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const items = doc.contents.items as Pair[];
  const isHeld = (pair: Pair) => heldKeys.includes(isScalar(pair.key) ? String(pair.key.value) : '');
  // The closing line as the author wrote it: "---\n", or "---" at the end of the file.
  const closing = text.slice('---\n'.length + parts.yaml.length + 1, text.length - parts.body.length);
  if (doc.contents.flow) {
    const map = (held: boolean) => {
      const out = new Document(new YAMLMap());
      (out.contents as YAMLMap).items = items.filter((pair) => isHeld(pair) === held);
      return String(out);
    };
    return { file: `---\n${map(false)}${closing}${parts.body}`, held: map(true) };
  }
  // Where each top-level field starts in the front matter: its key's first character.
  const starts = items.map((pair) => (isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0));
  const own: string[] = [parts.yaml.slice(0, starts[0] ?? parts.yaml.length)];
  const held: string[] = [];
  items.forEach((pair, i) => {
    const chunk = parts.yaml.slice(starts[i], starts[i + 1] ?? parts.yaml.length);
    (isHeld(pair) ? held : own).push(chunk.endsWith('\n') ? chunk : `${chunk}\n`);
  });
  return { file: `---\n${own.join('')}${closing}${parts.body}`, held: held.join('') };
}
