import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOut } from '../../scripts/compare-out';

/** scripts/compare-out.ts: what "byte-identical, build ids aside" means. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-out-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('compareOut', () => {
  it('finds two builds identical when only the build id differs, in paths and in bytes', () => {
    const a = site({ 'index.html': '<p>x</p>', '_next/static/aaaaBUILD1/_buildManifest.js': 'self.id="aaaaBUILD1"', '_next/static/media/f.woff2': 'font' });
    const b = site({ 'index.html': '<p>x</p>', '_next/static/bbbbBUILD2/_buildManifest.js': 'self.id="bbbbBUILD2"', '_next/static/media/f.woff2': 'font' });
    expect(compareOut(a, b)).toEqual({ added: [], removed: [], changed: [], same: 3 });
  });

  it('names every file added, removed or changed, down to one byte', () => {
    const a = site({ 'en/index.html': '<p>Stage</p>', 'fr/index.html': '<p>Étape</p>', 'old.txt': 'x' });
    const b = site({ 'en/index.html': '<p>Stage</p>', 'fr/index.html': '<p>Étape </p>', 'new.txt': 'x' });
    expect(compareOut(a, b)).toEqual({ added: ['new.txt'], removed: ['old.txt'], changed: ['fr/index.html'], same: 1 });
  });
});
