import fs from 'node:fs';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { characters, fonts, subsets, targetDir, toTrueType } from '../../scripts/subset-fonts.mjs';

// The committed font subsets (app/fonts/, written by `npm run fonts`) must be what the script
// makes from the Design System's fonts today, hold every character the site shows, and set text
// exactly as the full fonts do (same glyphs, advances, ligatures; the kern table kept).

const root = path.resolve(__dirname, '../..');

function files(dir: string, keep: (file: string) => boolean): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .filter(keep);
}

/** Every text the site shows: messages, content (not the authors' guides or schemas), and the text written in components. */
function siteText(): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const messages = files('messages', (f) => f.endsWith('.json')).flatMap((f) => strings(JSON.parse(fs.readFileSync(f, 'utf8'))));
  const content = files('content', (f) => /\.(md|ya?ml)$/.test(f) && !/content\/(README|LISEZMOI)\.md$|content\/schemas\//.test(f)).map((f) =>
    fs.readFileSync(f, 'utf8'),
  );
  // Components' own words (the breadcrumb's ›, dashes) and the browser scripts' (public/*.js):
  // their source without comments.
  const components = files('app', (f) => f.endsWith('.tsx'))
    .concat(files('components', (f) => f.endsWith('.tsx')))
    .concat(files('public', (f) => f.endsWith('.js')))
    .map((f) =>
      fs
        .readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, ''),
    );
  return [...messages, ...content, ...components].flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');
}

type Shaped = { g: number; cl: number; ax: number; dx: number; dy: number }[];

function shaper(ttf: Buffer) {
  const font = new hb.Font(new hb.Face(new hb.Blob(ttf)));
  return (text: string): Shaped => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const infos = buffer.getGlyphInfos();
    return buffer.getGlyphPositions().map((p, i) => ({ g: infos[i].codepoint, cl: infos[i].cluster, ax: p.xAdvance, dx: p.xOffset, dy: p.yOffset }));
  };
}

const lines = siteText();
let made: Awaited<ReturnType<typeof subsets>>;

beforeAll(async () => {
  made = await subsets();
});

describe('font subsets (app/fonts/)', () => {
  it('are up to date: npm run fonts makes the same files from the Design System package', () => {
    for (const { target, bytes } of made) {
      const committed = fs.readFileSync(path.join(targetDir, target));
      expect(committed.equals(bytes), `app/fonts/${target} is out of date: run npm run fonts`).toBe(true);
    }
    expect(fs.readdirSync(targetDir).filter((f) => f.endsWith('.woff2')).sort()).toEqual(fonts.map((f) => f.target).sort());
  });

  it('keep every character of the messages, the content and the components', () => {
    const kept = new Set(characters);
    const missing = new Set([...lines.join('')].filter((c) => c >= ' ' && !kept.has(c)));
    expect([...missing].map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`), 'add these to ranges in scripts/subset-fonts.mjs, then npm run fonts').toEqual([]);
  });

  it.each(fonts.map((f) => f.target))('%s maps every kept character the full font has', async (target) => {
    const { original } = made.find((f) => f.target === target)!;
    const unicodes = async (ttf: Buffer) => new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes());
    const full = await unicodes(await toTrueType(original));
    const sub = await unicodes(await toTrueType(fs.readFileSync(path.join(targetDir, target))));
    // What the Design System's font lacks (e.g. U+202F in Open Sans) the browser takes from elsewhere, as before.
    expect([...characters].filter((c) => full.has(c.codePointAt(0)!) && !sub.has(c.codePointAt(0)!))).toEqual([]);
  });

  it.each(fonts.map((f) => f.target))('%s sets the site text exactly as the full font does (glyphs, advances, ligatures)', async (target) => {
    const { original } = made.find((f) => f.target === target)!;
    const full = shaper(await toTrueType(original));
    const sub = shaper(await toTrueType(fs.readFileSync(path.join(targetDir, target))));
    const differing = lines.filter((line) => JSON.stringify(full(line)) !== JSON.stringify(sub(line)));
    expect(differing.slice(0, 3)).toEqual([]);
  });

  // harfbuzzjs is built without the legacy `kern` table (browsers' HarfBuzz applies it), so the
  // shaping above cannot see Open Sans's kerning: check the table is kept as it is instead, with
  // the glyph ids it refers to.
  it.each(['open-sans-400.woff2', 'open-sans-600.woff2'])('%s keeps the kerning of the full font', async (target) => {
    const { original } = made.find((f) => f.target === target)!;
    const face = async (font: Buffer) => new hb.Face(new hb.Blob(await toTrueType(font)));
    const [full, sub] = [await face(original), await face(fs.readFileSync(path.join(targetDir, target)))];
    const glyphCount = (f: hb.Face) => Buffer.from(f.referenceTable('maxp')!).readUInt16BE(4);
    expect(sub.referenceTable('kern')?.length).toBeGreaterThan(1000);
    expect(Buffer.from(sub.referenceTable('kern')!).equals(Buffer.from(full.referenceTable('kern')!))).toBe(true);
    expect(glyphCount(sub)).toBe(glyphCount(full));
  });
});
