import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeBuildLock } from '@/lib/build/build-lock';

const lockFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'build-lock-')), '.build.lock');
/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();

describe('the build lock (lib/build/build-lock.ts)', () => {
  it('is taken by one build, refused to another while the first runs, and free again once released', () => {
    const file = lockFile();
    const first = takeBuildLock(file, process.pid);
    expect('release' in first).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    // Another build (another pid) finds it held by this live process.
    expect(takeBuildLock(file, 999_999_999)).toEqual({ heldBy: process.pid });
    (first as { release: () => void }).release();
    expect(fs.existsSync(file)).toBe(false);
    expect('release' in takeBuildLock(file, 999_999_999)).toBe(true);
  });

  it('is taken over from a build that was killed', () => {
    const file = lockFile();
    fs.writeFileSync(file, `${deadPid()}\n`);
    const lock = takeBuildLock(file, process.pid);
    expect('release' in lock).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
  });
});
