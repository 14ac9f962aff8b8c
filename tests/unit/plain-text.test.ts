import { describe, expect, it } from 'vitest';
import { getMemos } from '@/lib/content/documents';
import { httpUrl, plainText, plainTextDeep } from '@/lib/core/plain-text';
import { breadcrumbData, jsonLdText, memoStructuredData } from '@/lib/outputs/structured-data';

describe('plainText', () => {
  it('removes C0 control characters but tab, line feed and carriage return', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    expect(plainText(`a${controls}b`)).toBe('a\t\n\rb');
  });

  it("removes Word's vertical tab, DEL and the C1 controls", () => {
    expect(plainText('Kingston\u000b–Pembroke\u007f\u0085\u009f')).toBe('Kingston–Pembroke');
  });

  it('removes direction embeddings, overrides and isolates, which could make a title read backwards', () => {
    expect(plainText('\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069')).toBe('abcdefgh');
  });

  it('removes lone surrogates and the non-characters U+FFFE and U+FFFF, and keeps characters beyond U+FFFF', () => {
    expect(plainText('a\ud800b\udc00c\ufffe\uffffd 😀 𝔸')).toBe('abcd 😀 𝔸');
  });

  it("keeps French typography's spaces, accents, quotes and dashes", () => {
    const french = 'Objet\u00a0: « mise à jour »\u202f! Kingston–Pembroke — l’été';
    expect(plainText(french)).toBe(french);
  });

  it('cleans every string of a JSON value, keys included', () => {
    expect(plainTextDeep({ 'a\u000b': ['b\u0000', { c: 'd\u202e' }], n: 1, t: true })).toEqual({ a: ['b', { c: 'd' }], n: 1, t: true });
  });
});

describe('httpUrl', () => {
  it('accepts http(s) addresses, with quotes, spaces and angle brackets percent-encoded', () => {
    expect(httpUrl('https://example.org/a b"c<d>')).toBe('https://example.org/a%20b%22c%3Cd%3E');
    expect(httpUrl('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme, protocol-relative and relative addresses, and text that is not a URL', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'vbscript:x', '//evil.example/', 'page.html', 'not a url', '']) {
      expect(httpUrl(href), href).toBeUndefined();
    }
  });

  it("makes a path on this site absolute only when given the site's address", () => {
    expect(httpUrl('/en/memos/', 'https://example.org')).toBe('https://example.org/en/memos/');
    expect(httpUrl('/en/memos/')).toBeUndefined();
    expect(httpUrl('//evil.example/', 'https://example.org')).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it("carries a memo's title as typed, without control characters, and cannot close its script", () => {
    const memo = { ...getMemos('en')[0], title: 'Update\u000b </script><script>alert(1)</script>\u202e', summary: 'A\u0000B' };
    const text = jsonLdText(memoStructuredData(memo, memo.date, breadcrumbData([], 'en')));
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/\\u000b|\\u0000|\u202e/);
    expect(JSON.parse(text)).toMatchObject({ headline: 'Update </script><script>alert(1)</script>', description: 'AB' });
  });
});
