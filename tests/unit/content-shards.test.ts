import { describe, expect, it } from 'vitest';
import { compileRoomMargin, compileRoomPerContentByte, compileRoot, documentsPerShard, mergeCollections, partitionDocuments, shardCount, shardOf } from '@/lib/build/content-shards';

describe('shardCount', () => {
  it('runs one Contentlayer process for small content, and at most one per core', () => {
    expect(shardCount(46, 2)).toBe(1);
    expect(shardCount(documentsPerShard * 2 - 1, 2)).toBe(1);
    expect(shardCount(documentsPerShard * 2, 2)).toBe(2);
    expect(shardCount(3046, 2)).toBe(2);
    expect(shardCount(3046, 8)).toBe(6);
    expect(shardCount(100_000, 1)).toBe(1);
    expect(shardCount(0, 4)).toBe(1);
  });
});

describe('shardOf and partitionDocuments', () => {
  const memos = Array.from({ length: 1000 }, (_, i) => ({ path: `memos/2015-01-01-synthetic-${i}`, files: [`memos/2015-01-01-synthetic-${i}/memo.yaml`, `memos/2015-01-01-synthetic-${i}/en.md`, `memos/2015-01-01-synthetic-${i}/fr.md`] }));

  it('gives a document the same shard whatever else the content holds', () => {
    const before = memos.map((m) => shardOf(m.path, 2));
    const after = [{ path: 'memos/2026-11-24-new' }, ...memos].slice(1).map((m) => shardOf(m.path, 2));
    expect(after).toEqual(before);
    expect(new Set(memos.map((m) => shardOf(m.path, 3)))).toEqual(new Set([0, 1, 2]));
  });

  it('puts every file in exactly one shard, a document’s files together, in shards of similar size', () => {
    const parts = partitionDocuments(memos, 2);
    expect(parts.flat().sort()).toEqual(memos.flatMap((m) => m.files).sort());
    for (const memo of memos) {
      const holders = parts.filter((part) => memo.files.some((f) => part.includes(f)));
      expect(holders).toHaveLength(1);
      expect(memo.files.every((f) => holders[0].includes(f))).toBe(true);
    }
    for (const part of parts) expect(part.length / 3).toBeGreaterThan(400);
  });

  it('splits memos named by consecutive days evenly (the halves differ by at most 5 %)', () => {
    // As npm run bench names them; FNV-1a alone split these 553 / 449.
    const dated = Array.from({ length: 1000 }, (_, i) => `memos/${new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)}-synthetic-${i}`);
    const sizes = [0, 1].map((shard) => dated.filter((p) => shardOf(p, 2) === shard).length);
    for (const size of sizes) expect(Math.abs(size - 500)).toBeLessThanOrEqual(25);
  });

  it('puts everything in the one shard when there is one', () => {
    expect(partitionDocuments(memos.slice(0, 3), 1)).toEqual([memos.slice(0, 3).flatMap((m) => m.files)]);
  });
});

describe('mergeCollections', () => {
  it('merges the shards’ parts in source-path order, whatever order each part came in', () => {
    const merged = mergeCollections([[{ _id: 'memos/b/fr.md' }, { _id: 'memos/a/en.md' }], [], [{ _id: 'memos/a/fr.md', title: 'x' }]]);
    expect(merged.map((d) => d._id)).toEqual(['memos/a/en.md', 'memos/a/fr.md', 'memos/b/fr.md']);
    expect(merged[1]).toEqual({ _id: 'memos/a/fr.md', title: 'x' });
  });

  it('refuses a document compiled by two shards rather than publish it twice', () => {
    expect(() => mergeCollections([[{ _id: 'memos/a/en.md' }], [{ _id: 'memos/a/en.md' }]])).toThrow(/memos\/a\/en\.md was compiled by two shards/);
  });
});

describe('compileRoot', () => {
  const project = '/site/.contentlayer/shards';
  const memory = (freeBytes: number) => ({ path: '/dev/shm/est-rollout-x', freeBytes });
  const content = 10 * 1024 * 1024;
  const room = content * compileRoomPerContentByte + compileRoomMargin;

  it('compiles in memory when the folder has room for the copy, the output and a margin', () => {
    expect(compileRoot(project, memory(room), content)).toBe('/dev/shm/est-rollout-x');
    expect(compileRoot(project, memory(24 * 1024 ** 3), 0)).toBe('/dev/shm/est-rollout-x');
  });

  it('compiles in the project when memory is short (a container’s 64 MB /dev/shm) or absent (macOS, Windows)', () => {
    expect(compileRoot(project, memory(room - 1), content)).toBe(project);
    expect(compileRoot(project, memory(64 * 1024 * 1024), content)).toBe(project);
    expect(compileRoot(project, undefined, content)).toBe(project);
  });
});
