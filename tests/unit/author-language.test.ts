import { describe, expect, it } from 'vitest';
import { authorLanguage } from '@/lib/i18n/author-language';

describe('authorLanguage', () => {
  it('takes --lang when given, in either form', () => {
    expect(authorLanguage(['node', 'x', '--lang', 'fr'], { LANG: 'en_CA.UTF-8' })).toBe('fr');
    expect(authorLanguage(['node', 'x', '--lang=fr'], {})).toBe('fr');
    expect(authorLanguage(['node', 'x', '--lang', 'en'], { LANG: 'fr_CA.UTF-8' })).toBe('en');
  });
  it('else reads the terminal locale: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(authorLanguage([], { LANG: 'fr_CA.UTF-8' })).toBe('fr');
    expect(authorLanguage([], { LANG: 'fr' })).toBe('fr');
    expect(authorLanguage([], { LC_ALL: 'en_CA.UTF-8', LANG: 'fr_CA.UTF-8' })).toBe('en');
    expect(authorLanguage([], { LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(authorLanguage([], { LC_ALL: '', LANG: 'fr_CA.UTF-8' })).toBe('fr');
  });
  it('else answers in English, and never takes a word that merely starts with fr', () => {
    expect(authorLanguage([], {})).toBe('en');
    expect(authorLanguage([], { LANG: 'C.UTF-8' })).toBe('en');
    expect(authorLanguage([], { LANG: 'fry_NL' })).toBe('en');
  });
});
