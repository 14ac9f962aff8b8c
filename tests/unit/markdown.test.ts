import { describe, expect, it } from 'vitest';
import { frenchSpacing, markdownToSafeHtml } from '@/lib/markdown';

describe('markdownToSafeHtml', () => {
  it('keeps the superscript of French ordinals', async () => {
    expect(await markdownToSafeHtml('le 1<sup>er</sup> octobre')).toBe('<p>le 1<sup>er</sup> octobre</p>');
  });
  it('removes scripts, event handlers and javascript: links', async () => {
    const html = await markdownToSafeHtml('<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(1)">\n\n[x](javascript:alert(1))');
    expect(html).not.toMatch(/script|onerror|javascript:/);
  });
  it('turns a body h1 into h2, so the page title stays the only h1', async () => {
    expect(await markdownToSafeHtml('# Section')).toBe('<h2>Section</h2>');
  });
  it('applies French spacing to French bodies only', async () => {
    expect(await markdownToSafeHtml('Objet : mise à jour', { french: true })).toBe('<p>Objet\u00a0: mise à jour</p>');
    expect(await markdownToSafeHtml('Subject : update')).toBe('<p>Subject : update</p>');
  });
});

describe('frenchSpacing', () => {
  it('puts a non-breaking space before a colon and a narrow one before ; ! ?', () => {
    expect(frenchSpacing('c. c. : voir ; vraiment ? oui !')).toBe('c. c.\u00a0: voir\u202f; vraiment\u202f? oui\u202f!');
  });
  it('leaves URLs and times without a space alone', () => {
    expect(frenchSpacing('https://example.org 10:30')).toBe('https://example.org 10:30');
  });
});
