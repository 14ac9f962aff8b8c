import { describe, expect, it } from 'vitest';
import { checkContent, memorySource, render } from '@/lib/check';
import { memoTextSchema } from '@/lib/content/schemas/memo';
import { regionYamlSchema } from '@/lib/content/schemas/region';
import { comparableName } from '@/lib/core/names';
import { memo, memoFacts, patch, validFiles } from '../fixtures/content-builder';

/** Issue 35, Unicode: text is published composed (NFC), and names are unique as a reader sees them. */

const decomposed = 'Trois-Rivie\u0300res';
const composed = 'Trois-Rivières';

describe('comparableName', () => {
  it('makes composed and decomposed accents, and any case, the same name', () => {
    expect(decomposed).not.toBe(composed);
    expect(comparableName(decomposed)).toBe(comparableName(composed));
    expect(comparableName('TROIS-RIVIÈRES')).toBe(comparableName(composed));
    expect(comparableName('Straße')).toBe(comparableName('STRASSE'));
  });

  it('keeps different names apart', () => {
    expect(comparableName('Trois-Rivières')).not.toBe(comparableName('Trois-Rivieres'));
    expect(comparableName('York')).not.toBe(comparableName('Yorke'));
  });
});

describe('plain-text fields', () => {
  it('are published composed, whatever the author typed', () => {
    const region = regionYamlSchema.parse({ names: { en: decomposed, fr: decomposed }, slugs: { en: 'x', fr: 'x' }, order: 1 });
    expect(region.names.en).toBe(composed);
    const title = memoTextSchema.shape.title.parse(`  Note de ${decomposed} `);
    expect(title).toBe(`Note de ${composed}`);
  });

  it('count their length once composed: a decomposed title at the limit is accepted', () => {
    const letters = 'é'.repeat(300);
    expect(memoTextSchema.shape.title.safeParse(letters.normalize('NFD')).success).toBe(true);
    expect(memoTextSchema.shape.title.safeParse(`${letters}é`.normalize('NFD')).success).toBe(false);
  });

  it('a title typed decomposed in one language file passes the check as any other title', () => {
    const files = validFiles();
    files[`${memo}/index.fr.md`] = files[`${memo}/index.fr.md`].replace(/^title: .*$/m, `title: "Note à ${decomposed}"`);
    expect(checkContent(memorySource(files))).toEqual([]);
  });
});

describe('two regions with one name', () => {
  const york = 'names:\n  en: York\n  fr: York\nslugs:\n  en: york\n  fr: york\norder: 1\n';
  const withRegions = (other: string) => {
    const files = validFiles();
    patch.appendFrontMatter(files, memoFacts, 'statements:\n  - milestone: phase-assigned\n    phase: phase-1\n    regions: [york, halton]\n    status: confirmed\n');
    files['regions/york/region.yaml'] = york;
    files['regions/halton/region.yaml'] = other;
    return checkContent(memorySource(files)).filter((p) => p.rule === 'unique-region-names');
  };

  it('are refused in French too, when only the French names match once composed and folded', () => {
    const problems = withRegions(`names:\n  en: Halton\n  fr: "YORK"\nslugs:\n  en: halton\n  fr: halton\norder: 2\n`);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/regions/halton/region.yaml', 'names.fr'],
      ['content/regions/york/region.yaml', 'names.fr'],
    ]);
    expect(render(problems[0]!.message, 'fr')).toMatch(/^le nom «\sYORK\s» est aussi celui de la région de content\/regions\/york\/region\.yaml/);
    expect(render(problems[0]!.fix!, 'fr')).toMatch(/^donnez à chaque région son propre nom/);
  });

  it('are accepted when the names differ', () => {
    expect(withRegions('names:\n  en: Halton\n  fr: Halton\nslugs:\n  en: halton\n  fr: halton\norder: 2\n')).toEqual([]);
  });
});
