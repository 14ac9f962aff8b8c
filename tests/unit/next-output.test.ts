import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderBytes, type MemoryFolder, memoryFolder, withProjectModules } from '@/lib/build/memory-folder';
import { nextOutputRoomMargin, nextOutputRoomPerContentByte, placeNextOutput, removeStaleNextOutput, settleNextOutput } from '@/lib/build/next-output';

let scratch: string;
let project: string;
let shm: string;
const write = (file: string, text = 'x') => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const isLink = (file: string) => fs.lstatSync(file).isSymbolicLink();
const exists = (file: string) => {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
};
const plenty: MemoryFolder['freeBytes'] = 24 * 1024 ** 3;

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'next-output-'));
  project = path.join(scratch, 'project');
  shm = path.join(scratch, 'shm');
  fs.mkdirSync(path.join(project, 'node_modules', 'next'), { recursive: true });
  fs.mkdirSync(shm);
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('memoryFolder', () => {
  const statfs = () => ({ bavail: 1000, bsize: 4096 });

  it('names a folder in memory after the project (and its purpose), with the room left there', () => {
    const folder = memoryFolder(project, 'next', { env: {}, shm, statfs });
    expect(folder?.freeBytes).toBe(4_096_000);
    expect(folder?.path).toMatch(new RegExp(`^${shm}/est-rollout-[0-9a-f]{12}-next$`));
    expect(memoryFolder(project, 'next', { env: {}, shm, statfs })?.path).toBe(folder?.path);
    expect(memoryFolder(project, undefined, { env: {}, shm, statfs })?.path).toBe(folder?.path.replace(/-next$/, ''));
    expect(memoryFolder(path.join(scratch, 'other'), 'next', { env: {}, shm, statfs })?.path).not.toBe(folder?.path);
  });

  it('is none where there is no such file system, or when BUILD_IN_MEMORY=0', () => {
    const missing = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(memoryFolder(project, 'next', { env: {}, shm, statfs: missing })).toBeUndefined();
    expect(memoryFolder(project, 'next', { env: { BUILD_IN_MEMORY: '0' }, shm, statfs })).toBeUndefined();
  });
});

describe('withProjectModules and folderBytes', () => {
  it('links the project’s node_modules into the folder, once', () => {
    const folder = path.join(shm, 'est-rollout-x');
    expect(withProjectModules(folder, project)).toBe(true);
    expect(withProjectModules(folder, project)).toBe(true);
    expect(fs.realpathSync(path.join(folder, 'node_modules', 'next'))).toBe(fs.realpathSync(path.join(project, 'node_modules', 'next')));
  });

  it('reports a folder it cannot create', () => {
    write(path.join(scratch, 'a-file'));
    expect(withProjectModules(path.join(scratch, 'a-file', 'inside'), project)).toBe(false);
  });

  it('counts each file as at least a 4 KB block, in nested folders, not through links', () => {
    const folder = path.join(scratch, 'sized');
    write(path.join(folder, 'small.txt'), 'abc');
    write(path.join(folder, 'deep', 'er', 'large.txt'), 'x'.repeat(10_000));
    fs.symlinkSync(project, path.join(folder, 'link'));
    expect(folderBytes(folder)).toBe(4096 + 10_000);
    expect(folderBytes(path.join(scratch, 'not-there'))).toBe(0);
  });
});

describe('placeNextOutput', () => {
  const memory = (freeBytes = plenty): MemoryFolder => ({ path: path.join(shm, 'est-rollout-x-next'), freeBytes });

  it('links .next to an empty folder in memory, with Turbopack’s cache on disk and the project’s packages in reach', () => {
    write(path.join(project, '.next', 'server', 'old.html'));
    write(path.join(project, '.next', 'cache', 'turbopack', 'db'), 'cached');
    expect(placeNextOutput(project, memory(), 1024)).toBe('memory');
    expect(isLink(path.join(project, '.next'))).toBe(true);
    expect(fs.realpathSync(path.join(project, '.next'))).toBe(fs.realpathSync(path.join(memory().path, 'dist')));
    expect(fs.readdirSync(path.join(project, '.next'))).toEqual(['cache']);
    // The cache the project had moved to .next-cache/, which the link in .next points to.
    expect(fs.readFileSync(path.join(project, '.next-cache', 'turbopack', 'db'), 'utf8')).toBe('cached');
    expect(fs.readFileSync(path.join(project, '.next', 'cache', 'turbopack', 'db'), 'utf8')).toBe('cached');
    expect(exists(path.join(memory().path, 'node_modules', 'next'))).toBe(true);
  });

  it('empties what an earlier build left in memory', () => {
    placeNextOutput(project, memory(), 1024);
    write(path.join(project, '.next', 'server', 'page.html'));
    placeNextOutput(project, memory(), 1024);
    expect(fs.readdirSync(path.join(project, '.next'))).toEqual(['cache']);
  });

  it('keeps the project’s folder when memory has no room for content of this size, and removes a link left there', () => {
    const content = 10 * 1024 * 1024;
    const room = content * nextOutputRoomPerContentByte + nextOutputRoomMargin;
    expect(placeNextOutput(project, memory(room - 1), content)).toBe('project');
    expect(exists(path.join(project, '.next'))).toBe(false);
    fs.symlinkSync(path.join(shm, 'gone'), path.join(project, '.next'));
    expect(placeNextOutput(project, undefined, content)).toBe('project');
    expect(exists(path.join(project, '.next'))).toBe(false);
    write(path.join(project, '.next', 'server', 'page.html'));
    expect(placeNextOutput(project, memory(room - 1), content)).toBe('project');
    expect(exists(path.join(project, '.next', 'server', 'page.html'))).toBe(true);
    expect(placeNextOutput(project, memory(room), content)).toBe('memory');
  });
});

describe('settleNextOutput', () => {
  const memory: () => MemoryFolder = () => ({ path: path.join(shm, 'est-rollout-x-next'), freeBytes: plenty });

  it('makes .next a folder of the project again, with the route types and the cache, and frees the memory', () => {
    placeNextOutput(project, memory(), 1024);
    write(path.join(project, '.next', 'types', 'routes.d.ts'), 'export {};');
    write(path.join(project, '.next', 'server', 'app', 'en.html'), 'x'.repeat(5000));
    write(path.join(project, '.next', 'cache', 'turbopack', 'db'), 'cached');
    expect(settleNextOutput(project, memory())).toBe(4096 + 5000);
    expect(isLink(path.join(project, '.next'))).toBe(false);
    expect(fs.readdirSync(path.join(project, '.next')).sort()).toEqual(['cache', 'types']);
    expect(fs.readFileSync(path.join(project, '.next', 'types', 'routes.d.ts'), 'utf8')).toBe('export {};');
    expect(fs.readFileSync(path.join(project, '.next', 'cache', 'turbopack', 'db'), 'utf8')).toBe('cached');
    expect(exists(memory().path)).toBe(false);
    // The project's packages were linked, not copied: they are still there.
    expect(exists(path.join(project, 'node_modules', 'next'))).toBe(true);
  });

  it('leaves a .next of the project, or a link to another folder, as it is', () => {
    write(path.join(project, '.next', 'server', 'page.html'));
    expect(settleNextOutput(project, memory())).toBeUndefined();
    expect(exists(path.join(project, '.next', 'server', 'page.html'))).toBe(true);
    fs.rmSync(path.join(project, '.next'), { recursive: true });
    write(path.join(scratch, 'elsewhere', 'types', 'routes.d.ts'));
    fs.symlinkSync(path.join(scratch, 'elsewhere'), path.join(project, '.next'));
    expect(settleNextOutput(project, memory())).toBeUndefined();
    expect(isLink(path.join(project, '.next'))).toBe(true);
    expect(settleNextOutput(project, undefined)).toBeUndefined();
  });
});

describe('removeStaleNextOutput', () => {
  it('removes a .next linking to memory that is gone, and the next-env.d.ts that imports from it', () => {
    fs.symlinkSync(path.join(shm, 'est-rollout-gone-next', 'dist'), path.join(project, '.next'));
    write(path.join(project, 'next-env.d.ts'), 'import "./.next/types/routes.d.ts";');
    expect(removeStaleNextOutput(project)).toBe(true);
    expect(exists(path.join(project, '.next'))).toBe(false);
    expect(exists(path.join(project, 'next-env.d.ts'))).toBe(false);
  });

  it('leaves a .next that is there', () => {
    write(path.join(project, 'next-env.d.ts'));
    write(path.join(project, '.next', 'types', 'routes.d.ts'));
    expect(removeStaleNextOutput(project)).toBe(false);
    fs.renameSync(path.join(project, '.next'), path.join(scratch, 'live'));
    fs.symlinkSync(path.join(scratch, 'live'), path.join(project, '.next'));
    expect(removeStaleNextOutput(project)).toBe(false);
    expect(exists(path.join(project, 'next-env.d.ts'))).toBe(true);
  });
});
