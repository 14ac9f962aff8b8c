import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The build's intermediate files — Contentlayer's shards (scripts/content.ts) and Next.js's
 * output (lib/build/next-output.ts) — are created anew by every build and read once, thousands of
 * them: on the bench machine's disk creating a file took about 0.6 ms, in memory a few
 * microseconds (README, Measurements). So they go to a folder in memory (Linux's /dev/shm) when
 * the machine has one with room, and stay in the project where it has not. BUILD_IN_MEMORY=0
 * keeps them in the project (the publish integration test builds that way).
 */

export type MemoryFolder = { path: string; freeBytes: number };

/** The free space of a file system, as fs.statfsSync reports it. */
type StatFs = (folder: string) => { bavail: number; bsize: number };

/**
 * /dev/shm/est-rollout-<project>[-purpose], named after the project's folder so that two
 * checkouts never share one, with the room left there; undefined where there is no such file
 * system or BUILD_IN_MEMORY=0.
 */
export function memoryFolder(
  project: string,
  purpose?: string,
  options: { env?: Record<string, string | undefined>; shm?: string; statfs?: StatFs } = {},
): MemoryFolder | undefined {
  const { env = process.env, shm = '/dev/shm', statfs = fs.statfsSync } = options;
  if (env.BUILD_IN_MEMORY === '0') return undefined;
  try {
    const { bavail, bsize } = statfs(shm);
    const name = createHash('sha256').update(path.resolve(project)).digest('hex').slice(0, 12);
    return { path: path.join(shm, `est-rollout-${name}${purpose ? `-${purpose}` : ''}`), freeBytes: bavail * bsize };
  } catch {
    return undefined;
  }
}

/** Whether the memory folder has room for a build's files: so many times the content, plus a margin. */
export function hasRoom(memory: MemoryFolder | undefined, contentBytes: number, perContentByte: number, margin: number): memory is MemoryFolder {
  return memory !== undefined && memory.freeBytes >= contentBytes * perContentByte + margin;
}

/**
 * Creates the folder with a link to the project's node_modules in it: code that runs from there
 * (Contentlayer's compiled config, Next.js's server chunks) finds the project's packages the way
 * Node looks for them, in the parent folders. False when the folder cannot be written.
 */
export function withProjectModules(folder: string, project: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true });
    const modules = path.join(folder, 'node_modules');
    if (!fs.existsSync(modules)) fs.symlinkSync(path.resolve(project, 'node_modules'), modules, 'junction');
    return true;
  } catch {
    return false;
  }
}

/** The bytes a folder's files take, each counted as at least a 4 KB block (its room in memory). */
export function folderBytes(folder: string): number {
  let bytes = 0;
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) bytes += Math.max(4096, fs.statSync(full).size);
    }
  };
  try {
    visit(folder);
  } catch {
    // A folder that is not there (or not readable) takes no room.
  }
  return bytes;
}
