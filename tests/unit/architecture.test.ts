import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { milestones } from '@/lib/content/milestones';

/**
 * The shape of the code that keeps it easy to change (issue 10): small lib modules, no import
 * cycle, each list declared once.
 */

const root = path.join(__dirname, '../..');
const codeFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(ts|tsx|mjs)$/.test(d.name))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
const siteCode = ['app', 'components', 'lib', 'scripts'].flatMap(codeFiles).concat('contentlayer.config.ts', 'next.config.mjs');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the code base', () => {
  it('keeps every module of lib/ under 300 lines', () => {
    const long = codeFiles('lib').filter((f) => read(f).split('\n').length > 300);
    expect(long).toEqual([]);
  });

  // Import cycles and the direction of imports: .dependency-cruiser.cjs (npm run lint:deps,
  // tests/unit/dependency-rules.test.ts).

  it('keeps every folder of lib/ to at most 12 modules', () => {
    const folders = new Map<string, number>();
    for (const file of codeFiles('lib')) folders.set(path.dirname(file), (folders.get(path.dirname(file)) ?? 0) + 1);
    expect([...folders].filter(([, count]) => count > 12)).toEqual([]);
  });

  it('gives each folder of lib/ a layer in .dependency-cruiser.cjs and a two-line README saying what lives there and what it may import', () => {
    const { layers } = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { layers: Record<string, string[]> };
    const folders = fs.readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.sort()).toEqual(Object.keys(layers).sort());
    for (const folder of folders) {
      const lines = read(`lib/${folder}/README.md`).trim().split('\n');
      expect(lines, folder).toHaveLength(2);
      const below = layers[folder].map((l) => `lib/${l}/`);
      expect(lines[1], folder).toBe(below.length === 0 ? 'Imports nothing else in lib/.' : `Imports ${below.length === 1 ? `${below[0]} only` : `${below.slice(0, -1).join(', ')} and ${below.at(-1)}`}.`);
    }
  });

  it('declares the list of languages once (lib/i18n/routing.ts)', () => {
    const literal = /\[\s*['"]en['"]\s*,\s*['"]fr['"]\s*\]|\{en,fr\}/;
    expect(siteCode.filter((f) => f !== 'lib/i18n/routing.ts' && literal.test(read(f)))).toEqual([]);
  });

  it('spells each milestone id in one code file only (lib/content/milestones.ts)', () => {
    const spelled = milestones.flatMap((m) => siteCode.filter((f) => f !== 'lib/content/milestones.ts' && read(f).includes(`'${m}'`)).map((f) => `${m} in ${f}`));
    expect(spelled).toEqual([]);
  });

  it('makes translators in one module only (lib/i18n/messages.ts, once per language and namespace), never per page', () => {
    expect(siteCode.filter((f) => /\bcreateTranslator\(/.test(read(f)))).toEqual(['lib/i18n/messages.ts']);
    expect(siteCode.filter((f) => /\bgetTranslations\(/.test(read(f)))).toEqual([]);
  });

  it('reads contentlayer/generated in one module only (lib/content/corpus.ts)', () => {
    expect(siteCode.filter((f) => read(f).includes("from 'contentlayer/generated'"))).toEqual(['lib/content/corpus.ts']);
  });
});
