import fs from 'node:fs';
import path from 'node:path';
import { editorText, listDocuments, maxFileBytes } from './read';
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
    fs.writeFileSync(to, plain ? bytes : editorText(bytes.toString('utf8')));
    written += 1;
  }
  return written;
}
