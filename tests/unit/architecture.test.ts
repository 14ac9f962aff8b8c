import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { milestones } from '@/lib/milestones';

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

  it('has no import cycle in lib/', () => {
    const files = codeFiles('lib');
    const imports = new Map(
      files.map((file) => {
        const targets = [...read(file).matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => {
          const base = path.join(path.dirname(file), m[1]);
          return [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => files.includes(candidate)) ?? base;
        });
        return [file, targets];
      }),
    );
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (trail.includes(file)) return cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      for (const next of imports.get(file) ?? []) visit(next, [...trail, file]);
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('declares the list of languages once (lib/i18n/locales.ts)', () => {
    const literal = /\[\s*['"]en['"]\s*,\s*['"]fr['"]\s*\]|\{en,fr\}/;
    expect(siteCode.filter((f) => f !== 'lib/i18n/locales.ts' && literal.test(read(f)))).toEqual([]);
  });

  it('spells each milestone id in one code file only (lib/milestones.ts)', () => {
    const spelled = milestones.flatMap((m) => siteCode.filter((f) => f !== 'lib/milestones.ts' && read(f).includes(`'${m}'`)).map((f) => `${m} in ${f}`));
    expect(spelled).toEqual([]);
  });

  it('makes translators in one module only (lib/i18n/messages.ts, once per language and namespace), never per page', () => {
    expect(siteCode.filter((f) => /\bcreateTranslator\(/.test(read(f)))).toEqual(['lib/i18n/messages.ts']);
    expect(siteCode.filter((f) => /\bgetTranslations\(/.test(read(f)))).toEqual([]);
  });

  it('reads contentlayer/generated in one module only (lib/corpus.ts)', () => {
    expect(siteCode.filter((f) => read(f).includes("from 'contentlayer/generated'"))).toEqual(['lib/corpus.ts']);
  });
});
