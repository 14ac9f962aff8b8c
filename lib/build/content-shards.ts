/**
 * Contentlayer compiles on one core, a few milliseconds per document (README, Measurements).
 * On large content the build splits the documents into shards, compiles each in its own
 * Contentlayer process, one per core, and merges their collections into one output: each
 * document is compiled on its own (no field refers to another through Contentlayer), so the
 * merged collections hold exactly what one process would have written.
 */
import { hasRoom, type MemoryFolder } from './memory-folder';

/** Below this many documents per shard, a second process costs more than it saves. */
export const documentsPerShard = 500;

/** How many Contentlayer processes to run for this many documents on this many cores. */
export function shardCount(documents: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(documents / documentsPerShard)));
}

/**
 * The shard of a document, from a hash of its path (FNV-1a, then MurmurHash3's finalizer):
 * adding or removing a memo moves no other document to another shard, so each shard's
 * Contentlayer cache stays valid. The finalizer mixes every bit into the low ones: FNV-1a's
 * lowest bit is only the parity of the path's characters, which split 1000 memos 552 / 448 and
 * kept the build waiting on the larger shard.
 */
export function shardOf(documentPath: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < documentPath.length; i += 1) {
    hash ^= documentPath.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % shards;
}

/** Splits documents (each a list of files) into shards of files, keeping a document's files together. */
export function partitionDocuments(documents: { path: string; files: string[] }[], shards: number): string[][] {
  const parts: string[][] = Array.from({ length: shards }, () => []);
  for (const doc of documents) parts[shardOf(doc.path, shards)].push(...doc.files);
  return parts;
}

type CompiledDocument = { _id: string };

/**
 * One collection from the shards' parts, ordered by source path. One Contentlayer process
 * lists documents in the order their files finished compiling, which varies from run to run;
 * the merged order does not.
 */
export function mergeCollections<T extends CompiledDocument>(parts: T[][]): T[] {
  const merged = parts.flat();
  const seen = new Set<string>();
  for (const doc of merged) {
    if (seen.has(doc._id)) throw new Error(`${doc._id} was compiled by two shards: each document belongs to one (lib/build/content-shards.ts)`);
    seen.add(doc._id);
  }
  return merged.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

/** Room a compilation takes beside the content: its copy, Contentlayer's output and cache (about 4× at 1000 memos), with margin. */
export const compileRoomPerContentByte = 8;
export const compileRoomMargin = 64 * 1024 * 1024;

/**
 * Where the shards compile. Every file of a compilation (the copy of the content, Contentlayer's
 * output and cache, several files per document) is created anew and read once, so a folder in
 * memory (Linux's /dev/shm) is used when there is one with room: on the bench machine's disk,
 * creating a file took about 0.6 ms, and 3000 of them 2–3 s (README, Measurements). Otherwise,
 * and where there is no such folder, the project's own .contentlayer/shards/.
 */
export function compileRoot(project: string, memory: MemoryFolder | undefined, contentBytes: number): string {
  return hasRoom(memory, contentBytes, compileRoomPerContentByte, compileRoomMargin) ? memory.path : project;
}
