import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '@/lib/content/markdown';
import { needsHydration, publishedPage, withoutFrameworkScripts } from '@/lib/web/static-html';

const page = [
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script></head><body><main>Text</main>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '<script>self.__next_f.push([1,"x"])</script><script type="module" src="/search.js" async=""></script></body></html>',
].join('');

describe('withoutFrameworkScripts', () => {
  it("removes the framework's scripts, inline payloads and script preloads", () => {
    const html = withoutFrameworkScripts(page);
    expect(html).not.toContain('/_next/static/chunks/');
    expect(html).not.toContain('__next_f');
  });
  it("keeps the page's content, its JSON-LD and the site's own scripts", () => {
    const html = withoutFrameworkScripts(page);
    expect(html).toContain('<main>Text</main>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
    expect(html).toContain('<script type="module" src="/search.js" async=""></script>');
  });
  it('leaves a page that needs hydration untouched', () => {
    const needing = page.replace('<main>', '<main data-needs-hydration="">');
    expect(withoutFrameworkScripts(needing)).toBe(needing);
  });

  it('removes them when data-needs-hydration is only words: text, an attribute value, a script or a comment', async () => {
    const pretending = [
      '<main><p>Authors may type data-needs-hydration in a body</p></main>',
      '<main><p>&lt;div data-needs-hydration&gt;</p></main>',
      '<main><a href="/x" title="x data-needs-hydration y">x</a></main>',
      '<main><!-- <div data-needs-hydration> --></main>',
      '<main><script type="application/ld+json">{"a":"<p data-needs-hydration>"}</script></main>',
      `<main>${await markdownToSafeHtml('<div data-needs-hydration="">body</div>\n\n`<p data-needs-hydration>`\n\n[x](/x "data-needs-hydration")')}</main>`,
    ];
    for (const main of pretending) {
      const html = page.replace('<main>Text</main>', main);
      expect(needsHydration(html), main).toBe(false);
      expect(withoutFrameworkScripts(html), main).not.toContain('/_next/static/chunks/');
    }
  });
});

describe('publishedPage', () => {
  it('removes control and direction-override characters from the page, whatever field they came from', () => {
    const html = publishedPage(page.replace('<main>Text</main>', '<title>Memo\u000b title\u202e</title><main>Kings\u0000ton\u000c–Pembroke\u2066</main>'));
    expect(html).toContain('<title>Memo title</title><main>Kingston–Pembroke</main>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
  });
  it("leaves the scripts it keeps as they are, and keeps French spacing's no-break spaces", () => {
    const html = publishedPage(page.replace('<main>Text</main>', '<main>Objet\u00a0: mise à jour\u202f!</main>'));
    expect(html).toContain('<main>Objet\u00a0: mise à jour\u202f!</main>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
  });
});
