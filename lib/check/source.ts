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
  /** Every link anywhere under the content, by path inside it; none is ever followed. */
  links(): string[];
}

const entryType = (d: fs.Dirent): EntryType => (d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'directory' : d.isFile() ? 'file' : 'other');

/** True when the path, or a folder on the way to it, is a link: what lies behind it is not content. */
function throughLink(dir: string, relative: string): boolean {
  let at = dir;
  for (const part of relative.split('/').filter(Boolean)) {
    at = path.join(at, part);
    try {
      if (fs.lstatSync(at).isSymbolicLink()) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** The largest number of entries the link walk looks at: content is a few hundred files. */
const maxWalkedEntries = 100_000;

/** Content on disk, shown relative to the working directory. */
export function folderSource(dir: string): ContentSource {
  const label = (path.relative(process.cwd(), dir) || '.').split(path.sep).join('/');
  return {
    label,
    list(relative) {
      const full = path.join(dir, relative);
      // A section folder that is a link (content/pages → elsewhere) is never listed: it is reported once by links().
      if (throughLink(dir, relative) || !fs.existsSync(full) || !fs.statSync(full).isDirectory()) return [];
      return fs
        .readdirSync(full, { withFileTypes: true })
        .map((d): SourceEntry => ({ name: d.name, type: entryType(d) }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    read(relative) {
      if (throughLink(dir, relative)) throw new Error(`${relative} is reached through a link`);
      return fs.readFileSync(path.join(dir, relative));
    },
    links() {
      const found: string[] = [];
      const folders = [''];
      let walked = 0;
      while (folders.length > 0 && walked < maxWalkedEntries) {
        const relative = folders.shift()!;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true });
        } catch {
          continue;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
          walked += 1;
          const inside = relative ? `${relative}/${entry.name}` : entry.name;
          if (entry.isSymbolicLink()) found.push(inside);
          else if (entry.isDirectory()) folders.push(inside);
        }
      }
      return found;
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
    links: () => [],
  };
}
