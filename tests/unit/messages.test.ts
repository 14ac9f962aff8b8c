import { describe, expect, it } from 'vitest';
import { frenchTypography } from '@/lib/i18n/french-typography';
import { translator } from '@/lib/i18n/messages';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [name]: value } : { ...all, ...flatten(value, name) };
  }, {});
}

// A region's name forms ({region}, {regionThe}, {regionOf}) are one value in the grammatical
// form each language needs (lib/i18n/region-names.ts), so they count as one placeholder.
const nameForm = (name: string) => (/^region(The|Of)?$/.test(name) ? 'region*' : name);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[,}]|<(\w+)>/g)].map((m) => (m[1] ? nameForm(m[1]) : `<${m[2]}>`)).sort();

describe('UI messages', () => {
  const enFlat = flatten(en);
  const frFlat = flatten(fr);

  it('have the same keys in English and French', () => {
    expect(Object.keys(frFlat).sort()).toEqual(Object.keys(enFlat).sort());
  });

  it('are never empty', () => {
    for (const [key, value] of Object.entries({ ...enFlat, ...frFlat })) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(enFlat)) expect(placeholders(frFlat[key]), key).toEqual(placeholders(enFlat[key]));
  });

  it('put a non-breaking space, never a plain one, before a colon in French', () => {
    for (const [key, value] of Object.entries(frFlat)) expect(value, key).not.toMatch(/ :/);
  });

  it('are set in French typography in French: a space that cannot break before : ; ! ? (never a plain one, never none), inside « », and ’ for the apostrophe', () => {
    for (const [key, value] of Object.entries(frFlat)) {
      expect(frenchTypography(value), key).toBe(value);
      expect(value, key).not.toMatch(/\p{L}'\p{L}/u);
    }
  });
});

describe('translator', () => {
  it('is made once per language and namespace, and speaks that language', () => {
    expect(translator('fr', 'DatePhrases')).toBe(translator('fr', 'DatePhrases'));
    expect(translator('fr', 'DatePhrases')).not.toBe(translator('en', 'DatePhrases'));
    expect(translator('fr')).not.toBe(translator('fr', 'DatePhrases'));
    expect(translator('fr', 'DatePhrases')('notGiven')).toBe(fr.DatePhrases.notGiven);
    expect(translator('en', 'DatePhrases')('endOfMonth', { month: 'March 2026' })).toBe('end of March 2026');
    expect(translator('en')('DatePhrases.notGiven')).toBe(en.DatePhrases.notGiven);
  });
});
