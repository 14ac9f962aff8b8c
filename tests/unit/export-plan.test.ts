import { describe, expect, it } from 'vitest';
import { planExport } from '@/lib/build/export-plan';

// The shapes Next.js writes: every route file of app/ → its route, and each prerendered URL →
// the route that made it.
const appRoutes = {
  '/page': '/',
  '/_not-found/page': '/_not-found',
  '/_global-error/page': '/_global-error',
  '/[locale]/memos/[slug]/page': '/[locale]/memos/[slug]',
  '/[locale]/feed.xml/route': '/[locale]/feed.xml',
};
const routes = {
  '/': { srcRoute: '/' },
  '/_not-found': { srcRoute: '/_not-found' },
  '/_global-error': { srcRoute: '/_global-error' },
  '/en/memos/a-memo': { srcRoute: '/[locale]/memos/[slug]' },
  '/fr/notes/une-note': { srcRoute: '/[locale]/memos/[slug]' },
  '/en/feed.xml': { srcRoute: '/[locale]/feed.xml' },
};
const written = new Set(['index.html', '_not-found.html', '_global-error.html', 'en/memos/a-memo.html', 'fr/notes/une-note.html', 'en/feed.xml.body']);
const has = (file: string) => written.has(file);

describe('the export plan (lib/build/export-plan.ts)', () => {
  it('publishes each page at its trailing-slash URL and each route handler at its own', () => {
    const { files, problems } = planExport({ routes }, appRoutes, has);
    expect(problems).toEqual([]);
    const where = Object.fromEntries(files.map((f) => [f.from, f.to]));
    expect(where).toEqual({
      'index.html': ['index.html'],
      '_not-found.html': ['404.html', '404/index.html', '_not-found/index.html'],
      'en/memos/a-memo.html': ['en/memos/a-memo/index.html'],
      'fr/notes/une-note.html': ['fr/notes/une-note/index.html'],
      'en/feed.xml.body': ['en/feed.xml'],
    });
    expect(files.filter((f) => f.kind === 'page')).toHaveLength(4);
  });

  it('never publishes the payload files of the client router, nor the render-error page', () => {
    const { files } = planExport({ routes }, appRoutes, (file) => has(file) || file.endsWith('.rsc'));
    const targets = files.flatMap((f) => f.to);
    expect(targets.some((t) => /\.(rsc|txt|meta)$/.test(t) || t.includes('_global-error'))).toBe(false);
  });

  it('fails a route Next.js did not prerender, naming its file and what makes it static', () => {
    const withDynamic = { ...appRoutes, '/[locale]/search-results/page': '/[locale]/search-results' };
    const { problems } = planExport({ routes }, withDynamic, has);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^app\/\[locale\]\/search-results\/page: Next\.js did not prerender \/\[locale\]\/search-results/);
    expect(problems[0]).toMatch(/generateStaticParams/);
  });

  it('fails a prerendered route whose file is missing instead of publishing a site without it', () => {
    const { problems } = planExport({ routes }, appRoutes, (file) => has(file) && file !== 'en/memos/a-memo.html');
    expect(problems).toEqual([expect.stringMatching(/^\.next\/server\/app\/en\/memos\/a-memo\.html: .*neither en\/memos\/a-memo\.html nor en\/memos\/a-memo\.body/)]);
  });
});
