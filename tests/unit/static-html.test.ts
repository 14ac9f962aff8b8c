import { describe, expect, it } from 'vitest';
import { withoutFrameworkScripts } from '@/lib/static-html';

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
});
