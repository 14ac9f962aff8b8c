import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previousFolder, publishStaged, recoverInterruptedBuild, stagingFolder } from '@/lib/build/published-folder';

const site = (dir: string, page: string) => {
  fs.mkdirSync(path.join(dir, 'en'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'en/index.html'), page);
};
const page = (dir: string) => fs.readFileSync(path.join(dir, 'en/index.html'), 'utf8');
const fresh = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'published-')), 'out');

describe('the published folder (lib/build/published-folder.ts)', () => {
  it('puts the finished site in place of out/, and leaves nothing beside it', () => {
    const out = fresh();
    site(out, 'old');
    site(stagingFolder(out), 'new');
    publishStaged(out);
    expect(page(out)).toBe('new');
    expect(fs.existsSync(stagingFolder(out))).toBe(false);
    expect(fs.existsSync(previousFolder(out))).toBe(false);
  });

  it('publishes the first site when there was no out/ yet', () => {
    const out = fresh();
    site(stagingFolder(out), 'first');
    publishStaged(out);
    expect(page(out)).toBe('first');
  });

  it('clears what a build stopped while writing left, and keeps out/ as it was', () => {
    const out = fresh();
    site(out, 'old');
    site(stagingFolder(out), 'half');
    expect(recoverInterruptedBuild(out)).toBe('cleared');
    expect(page(out)).toBe('old');
    expect(fs.existsSync(stagingFolder(out))).toBe(false);
  });

  it('puts the previous site back when a build was killed between the two renames', () => {
    const out = fresh();
    site(previousFolder(out), 'old');
    site(stagingFolder(out), 'new');
    expect(recoverInterruptedBuild(out)).toBe('restored');
    expect(page(out)).toBe('old');
    expect(fs.existsSync(previousFolder(out))).toBe(false);
    expect(fs.existsSync(stagingFolder(out))).toBe(false);
  });

  it('does nothing when the last build finished', () => {
    const out = fresh();
    site(out, 'old');
    expect(recoverInterruptedBuild(out)).toBe('nothing');
    expect(page(out)).toBe('old');
  });
});
