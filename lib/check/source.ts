import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the content check reads files from: a folder on disk, or (in tests) a map of paths to
 * texts. Entries are listed with what they are, so a folder where a file belongs, a link or
 * a special file is reported rather than read.
 */

export type EntryType = 'file' | 'directory' | 'symlink' | 'other';
export type SourceEntry = { name: string; type: EntryType };

export interface ContentSource {
  /** How paths are shown in messages: content, tests/fixtures/content/x … */
  label: string;
  list(dir: string): SourceEntry[];
  read(file: string): Buffer;
}

/** Content on disk, shown relative to the working directory. */
export function folderSource(dir: string): ContentSource {
  const label = (path.relative(process.cwd(), dir) || '.').split(path.sep).join('/');
  return {
    label,
    list(relative) {
      const full = path.join(dir, relative);
      if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) return [];
      return fs
        .readdirSync(full, { withFileTypes: true })
        .map((d): SourceEntry => ({ name: d.name, type: d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other' }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    read(relative) {
      return fs.readFileSync(path.join(dir, relative));
    },
  };
}

/** Content held in memory: { 'memos/x/memo.yaml': '…' }; a path ending in "/" is an empty folder. */
export function memorySource(files: Record<string, string | Buffer>, label = 'content'): ContentSource {
  const paths = Object.keys(files);
  return {
    label,
    list(relative) {
      const prefix = relative ? `${relative.replace(/\/$/, '')}/` : '';
      const seen = new Map<string, EntryType>();
      for (const p of paths) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const [name, ...deeper] = rest.split('/');
        if (!name) continue;
        seen.set(name, deeper.length > 0 ? 'directory' : 'file');
      }
      return [...seen].map(([name, type]) => ({ name, type })).sort((a, b) => a.name.localeCompare(b.name));
    },
    read(relative) {
      const text = files[relative];
      if (text === undefined) throw new Error(`no file ${relative}`);
      return Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
    },
  };
}
