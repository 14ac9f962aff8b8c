import fs from 'node:fs';
import path from 'node:path';
import { readCorpus } from './read';
import { folderSource } from './source';

/**
 * What Contentlayer compiles: a copy of the checked content (.content/) holding only the files of
 * the document registry, as the content check read them — byte-order mark removed, Windows and
 * old Mac line endings made "\n". Contentlayer's front-matter reader stops on "\r\n", and files it
 * does not know (.DS_Store, an author's notes) never reach it.
 */
export function writeCompileSource(contentDir: string, target: string): number {
  const corpus = readCorpus(folderSource(contentDir));
  fs.rmSync(target, { recursive: true, force: true });
  const files = corpus.documents.flatMap((doc) => Object.values(doc.files));
  for (const file of files) {
    const text = fs.readFileSync(path.join(contentDir, file.relative), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    fs.mkdirSync(path.dirname(path.join(target, file.relative)), { recursive: true });
    fs.writeFileSync(path.join(target, file.relative), text);
  }
  return files.length;
}
