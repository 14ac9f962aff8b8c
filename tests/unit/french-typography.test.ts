import { describe, expect, it } from 'vitest';
import { frenchTypography } from '@/lib/i18n/french-typography';

describe('frenchTypography', () => {
  it('puts a non-breaking space before a colon and a narrow one before ; ! ?, in place of a plain one', () => {
    expect(frenchTypography('c. c. : voir ; vraiment ? oui !')).toBe('c. c.\u00a0: voir\u202f; vraiment\u202f? oui\u202f!');
  });
  it('adds the space where none was typed', () => {
    expect(frenchTypography('Objet: la note; vraiment? oui!')).toBe('Objet\u00a0: la note\u202f; vraiment\u202f? oui\u202f!');
    expect(frenchTypography('« Nipissing seulement: »')).toBe('«\u00a0Nipissing seulement\u00a0:\u00a0»');
  });
  it('spaces the inside of « » and turns a straight apostrophe between letters into ’', () => {
    expect(frenchTypography("«l'original»")).toBe('«\u00a0l’original\u00a0»');
  });
  it('leaves web addresses, times, queries and quotation marks that are not apostrophes alone', () => {
    expect(frenchTypography('https://example.org/?p=4957 à 10:30')).toBe('https://example.org/?p=4957 à 10:30');
    expect(frenchTypography("'cité'")).toBe("'cité'");
  });
  it('changes nothing twice: typeset text stays as it is', () => {
    const once = frenchTypography("Date : l'été ; oui ! « non »");
    expect(frenchTypography(once)).toBe(once);
  });
});
