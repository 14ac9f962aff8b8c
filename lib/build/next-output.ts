import fs from 'node:fs';
import path from 'node:path';
import { folderBytes, hasRoom, type MemoryFolder, withProjectModules } from './memory-folder';

/**
 * Where `next build` writes (.next/). It creates about seven files per memo there (the
 * prerendered pages and their manifests, 6,800 files at 1000 memos), read once by the export
 * (scripts/export.ts). During `npm run build`, .next is a link to a folder in memory when the
 * machine has room (lib/build/memory-folder.ts); once out/ is written, .next becomes a folder of the
 * project again, holding what outlives the build: the route types next-env.d.ts imports, and
 * the link to Turbopack's cache. The cache stays on disk, in .next-cache/: with it, a second
 * build compiles the app several times faster.
 */

/** Room Next.js's output takes: 206 MiB for 8.8 MiB of content at 1000 memos (about 23×), with margin. */
export const nextOutputRoomPerContentByte = 32;
export const nextOutputRoomMargin = 256 * 1024 * 1024;

const distName = '.next';
const cacheName = '.next-cache';
/** What of .next outlives the build: next-env.d.ts imports its route types. */
const kept = ['types'];

function lstat(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Prepares .next for `next build`: a link to <memory>/dist (emptied) when the memory folder has
 * room for content of this size, else the project's own folder (a link left there by an
 * interrupted build is removed). Returns where the output goes.
 */
export function placeNextOutput(project: string, memory: MemoryFolder | undefined, contentBytes: number): 'memory' | 'project' {
  const dist = path.join(project, distName);
  const cache = path.join(project, cacheName);
  const found = lstat(dist);
  if (!hasRoom(memory, contentBytes, nextOutputRoomPerContentByte, nextOutputRoomMargin) || !withProjectModules(memory.path, project)) {
    if (found?.isSymbolicLink()) fs.rmSync(dist, { force: true });
    return 'project';
  }
  const target = path.join(memory.path, 'dist');
  fs.rmSync(target, { recursive: true, force: true });
  // Turbopack's cache in a .next the project already had (from `next dev` or an older build) is kept.
  if (found?.isDirectory() && lstat(path.join(dist, 'cache'))?.isDirectory() && !lstat(cache)) fs.renameSync(path.join(dist, 'cache'), cache);
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.mkdirSync(cache, { recursive: true });
  // Next.js empties .next at the start of a build except for its cache folder (and a link to one).
  fs.symlinkSync(cache, path.join(target, 'cache'), 'junction');
  fs.symlinkSync(target, dist, 'junction');
  return 'memory';
}

/**
 * After the build: a .next that links to memory becomes a folder of the project holding what
 * outlives the build, and the memory folder is removed (it would hold the memory until the
 * machine restarts). Returns the bytes the output took in memory, or undefined when .next was
 * not in memory.
 */
export function settleNextOutput(project: string, memory: MemoryFolder | undefined): number | undefined {
  const dist = path.join(project, distName);
  if (!memory || !lstat(dist)?.isSymbolicLink()) return undefined;
  const target = path.resolve(project, fs.readlinkSync(dist));
  // A link someone made to another folder is theirs.
  if (!target.startsWith(memory.path + path.sep)) return undefined;
  // Measured before it goes: the room the output took (README, Measurements); the cache is a link, not counted.
  const bytes = folderBytes(target);
  fs.rmSync(dist, { force: true });
  fs.mkdirSync(dist);
  for (const name of kept) {
    const from = path.join(target, name);
    if (lstat(from)) fs.cpSync(from, path.join(dist, name), { recursive: true });
  }
  if (lstat(path.join(project, cacheName))) fs.symlinkSync(path.join(project, cacheName), path.join(dist, 'cache'), 'junction');
  fs.rmSync(memory.path, { recursive: true, force: true });
  return bytes;
}

/**
 * A .next that links to a folder no longer there (memory is emptied when the machine restarts,
 * and a build stopped halfway leaves its link) is removed, with the next-env.d.ts that imports
 * from it: `next dev` and `next build` write both again, and `tsc` needs neither. Returns whether
 * it removed them.
 */
export function removeStaleNextOutput(project: string): boolean {
  const dist = path.join(project, distName);
  if (!lstat(dist)?.isSymbolicLink() || fs.existsSync(dist)) return false;
  fs.rmSync(dist, { force: true });
  fs.rmSync(path.join(project, 'next-env.d.ts'), { force: true });
  return true;
}
