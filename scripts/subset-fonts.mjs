/**
 * npm run fonts — subsets the Ontario Design System's fonts to the characters French and English
 * need and writes them to app/fonts/. Those files are generated (do not edit them) and committed,
 * so that the build fetches and computes nothing; a unit test (tests/unit/fonts.test.ts) fails
 * when they are out of date or miss a character the site shows.
 *
 * Three files: Open Sans 400 (text), Open Sans 600 (labels, links in the header; it also serves
 * 700, see app/fonts.ts) and the Design System's Raleway 700 (headings). Open Sans 400 italic is
 * not shipped: nothing on the site is set in italic, and a browser slants the upright face if an
 * author ever writes *emphasis*.
 *
 * HarfBuzz's own subsetter (harfbuzzjs, wasm) with glyph ids kept, so that Open Sans keeps its
 * legacy `kern` table (its only kerning: its GPOS table is empty) — HarfBuzz cannot subset that
 * table and drops it by default, which would change the spacing of body text. Every OpenType
 * layout feature is kept (ligatures such as fi and fl stay). The woff2 encoder is Google's,
 * compiled to wasm (fontverter → wawoff2). Output is deterministic.
 *
 * Plain JavaScript so that both `node` and the unit test (Vitest) import it as is.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fontverter from 'fontverter';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sourceDir = path.join(root, 'node_modules/@ongov/ontario-design-system-global-styles/dist/fonts');
export const targetDir = path.join(root, 'app/fonts');

/**
 * Every character the subsets keep: what French and English text needs, and nothing more (142).
 *
 * - Basic Latin, whole: English, and what French shares with it.
 * - Every letter of the French alphabet with its diacritics, both cases (à â æ ç é è ê ë î ï ô œ
 *   ù û ü ÿ, À Â Æ Ç É È Ê Ë Î Ï Ô Œ Ù Û Ü Ÿ), whether a page shows it today or not, so that
 *   any French word an author writes, any place name and any month Intl writes (août) is set.
 * - The punctuation and spaces French and English typography uses: the no-break spaces (U+00A0,
 *   U+202F: French writes them before : ; ! ? and inside « », Intl in French numbers),
 *   « » and ‹ › (the breadcrumb's separator), ‘ ’ “ ”, – —, …, •, and ° (n°, °C).
 *
 * Not kept, although the Design System's fonts have them: the rest of Latin-1 Supplement, letters
 * of other languages (á ã ä å ì í ñ ò ó õ ö ø ú ý ß ð þ, their capitals) and signs (¡ ¢ £ ¤ ¥ ¦
 * § ¨ © ª ¬ soft hyphen ® ¯ ± ² ³ ´ µ ¶ · ¸ ¹ º ¼ ½ ¾ ¿ × ÷), and €; nor ′ ″, which they lack.
 * None of them is in the messages, the content or the components, nor on any built page
 * (tests/unit/fonts.test.ts and npm run check:output fail if one appears). What the Design
 * System's fonts lack (U+202F; Ÿ in Open Sans; … in Raleway) browsers take from the fallback
 * font, as they did before.
 */
export const ranges = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00a0], // no-break space
  [0x00ab, 0x00ab], // «
  [0x00b0, 0x00b0], // °
  [0x00bb, 0x00bb], // »
  [0x00c0, 0x00c0], // À
  [0x00c2, 0x00c2], // Â
  [0x00c6, 0x00cb], // Æ Ç È É Ê Ë
  [0x00ce, 0x00cf], // Î Ï
  [0x00d4, 0x00d4], // Ô
  [0x00d9, 0x00d9], // Ù
  [0x00db, 0x00dc], // Û Ü
  [0x00e0, 0x00e0], // à
  [0x00e2, 0x00e2], // â
  [0x00e6, 0x00eb], // æ ç è é ê ë
  [0x00ee, 0x00ef], // î ï
  [0x00f4, 0x00f4], // ô
  [0x00f9, 0x00f9], // ù
  [0x00fb, 0x00fc], // û ü
  [0x00ff, 0x00ff], // ÿ
  [0x0152, 0x0153], // Œ œ
  [0x0178, 0x0178], // Ÿ
  [0x2013, 0x2014], // – —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x202f, 0x202f], // narrow no-break space (French spacing before ; ! ?)
  [0x2039, 0x203a], // ‹ › (the breadcrumb separator)
];

export const characters = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/** The subsets: source file in the Design System's package → file in app/fonts/. */
export const fonts = [
  { source: 'open-sans-400/open-sans-400.woff2', target: 'open-sans-400.woff2' },
  { source: 'open-sans-600/open-sans-600.woff2', target: 'open-sans-600.woff2' },
  { source: 'raleway-modified-700/raleway-modified-700.woff2', target: 'raleway-modified-700.woff2' },
];

/** Name records kept: copyright, family and style names, version, PostScript name, license and its URL. */
const nameIds = [0, 1, 2, 3, 4, 5, 6, 13, 14];

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED = 0x20;
const tag = (s) => [...s].reduce((n, c) => ((n << 8) | c.charCodeAt(0)) >>> 0, 0);

let harfbuzz;
async function subsetter() {
  if (!harfbuzz) {
    const wasm = fs.readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    harfbuzz = (await WebAssembly.instantiate(wasm)).instance.exports;
    harfbuzz._initialize();
  }
  return harfbuzz;
}

/** Subsets one font (woff2 or TrueType) to `text`; returns woff2. */
export async function subset(font, text = characters) {
  const hb = await subsetter();
  const ttf = await fontverter.convert(font, 'truetype');
  const data = hb.malloc(ttf.byteLength);
  new Uint8Array(hb.memory.buffer).set(ttf, data);
  const blob = hb.hb_blob_create(data, ttf.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('hb_subset_input_create_or_fail failed');
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features); // every layout feature
    hb.hb_set_del(hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG), tag('kern'));
    const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
    for (const id of nameIds) hb.hb_set_add(names, id);
    // HarfBuzz cannot subset `kern`: it is copied as it is, which stays right because glyph ids are kept.
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of text) hb.hb_set_add(unicodes, c.codePointAt(0));
    const result = hb.hb_subset_or_fail(face, input);
    if (!result) throw new Error('hb_subset_or_fail failed: is the font corrupt?');
    const out = hb.hb_face_reference_blob(result);
    const start = hb.hb_blob_get_data(out, 0);
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer).subarray(start, start + hb.hb_blob_get_length(out)));
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(result);
    return Buffer.from(await fontverter.convert(bytes, 'woff2', 'truetype'));
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}

/** A woff2 font as TrueType (sfnt), which HarfBuzz reads. */
export async function toTrueType(font) {
  return Buffer.from(await fontverter.convert(font, 'truetype'));
}

/** The subsets as they should be, in memory. */
export async function subsets() {
  const result = [];
  for (const font of fonts) {
    const original = fs.readFileSync(path.join(sourceDir, font.source));
    result.push({ ...font, original, bytes: await subset(original) });
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(targetDir, { recursive: true });
  let before = 0;
  let after = 0;
  const hb = await import('harfbuzzjs');
  for (const { source, target, original, bytes } of await subsets()) {
    fs.writeFileSync(path.join(targetDir, target), bytes);
    before += original.length;
    after += bytes.length;
    const mapped = new Set(new hb.Face(new hb.Blob(await toTrueType(bytes))).collectUnicodes());
    const lacking = [...characters].filter((c) => !mapped.has(c.codePointAt(0))).map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    console.log(`${source} (${original.length} B) → app/fonts/${target} (${bytes.length} B)${lacking.length ? `; the font has no ${lacking.join(' ')}` : ''}`);
  }
  console.log(`✔ ${fonts.length} fonts, ${characters.length} characters each: ${before} B → ${after} B.`);
}
