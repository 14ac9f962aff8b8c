import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '@/lib/content/markdown';

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
  it('gives French bodies the typographic apostrophe and missing spaces, but leaves code as written', async () => {
    expect(await markdownToSafeHtml("Aujourd'hui; voir `l'option:` ici", { french: true })).toBe('<p>Aujourd’hui\u202f; voir <code>l\'option:</code> ici</p>');
  });
});

describe('GitHub-flavoured Markdown', () => {
  const table = '## Calendar\n\n| Region | Start |\n|:--|--:|\n| York | 2022 |\n';

  it('renders a table as a table, not a paragraph of pipes, and keeps its cells and alignment', async () => {
    const html = await markdownToSafeHtml(table);
    expect(html).not.toContain('|');
    expect(html).toContain('<th class="text-left">Region</th>');
    expect(html).toContain('<td class="text-right">2022</td>');
    expect(html).not.toContain('align=');
  });

  it('puts each table in a focusable region named after its heading, which scrolls instead of the page', async () => {
    const html = await markdownToSafeHtml(table);
    expect(html).toContain('<div role="region" aria-label="Calendar" tabindex="0" class="overflow-x-auto"><table>');
    expect(await markdownToSafeHtml('| a |\n|---|\n| b |\n\n| c |\n|---|\n| d |', { french: true })).toMatch(/aria-label="Tableau 1"[\s\S]*aria-label="Tableau 2"/);
  });

  it('keeps strikethrough and turns bare web addresses into links', async () => {
    expect(await markdownToSafeHtml('~~old~~ see www.ontario.ca')).toBe('<p><del>old</del> see <a href="http://www.ontario.ca">www.ontario.ca</a></p>');
  });

  it('labels a task-list checkbox with its item', async () => {
    expect(await markdownToSafeHtml('- [x] done')).toContain('<li class="task-list-item"><label><input type="checkbox" checked disabled> done</label></li>');
  });

  it('gives footnotes one id prefix, links that reach them, and a French heading in French bodies', async () => {
    const html = await markdownToSafeHtml('Text[^1]\n\n[^1]: A note.', { french: true });
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<a href="#user-content-fnref-1"');
    expect(html).toContain('id="user-content-footnote-label">Notes</h2>');
    expect(html).not.toContain('user-content-user-content');
  });
});

describe('what a body cannot do to its page', () => {
  it("prefixes a body's ids and names, so they never collide with the page's (#main)", async () => {
    const html = await markdownToSafeHtml('<h2 id="main">Main</h2>\n\n<a name="top"></a>');
    expect(html).toContain('<h2 id="user-content-main">Main</h2>');
    expect(html).toContain('name="user-content-top"');
    expect(html).not.toMatch(/id="main"/);
  });

  it('points in-page links at the prefixed ids, and leaves other links as written', async () => {
    const html = await markdownToSafeHtml('<h2 id="steps">Steps</h2>\n\n[see the steps](#steps), [elsewhere](#nowhere), [a page](/en/memos/)');
    expect(html).toContain('<a href="#user-content-steps">see the steps</a>');
    expect(html).toContain('<a href="#nowhere">elsewhere</a>');
    expect(html).toContain('<a href="/en/memos/">a page</a>');
  });

  it('publishes no image, remote or not', async () => {
    const html = await markdownToSafeHtml('![pixel](https://tracker.example/p.png)\n\n<img src="https://tracker.example/q.png" alt="q">\n\n<picture><source srcset="https://tracker.example/r.png"><img src="/s.png"></picture>');
    expect(html).not.toMatch(/<img|<picture|<source|tracker/);
  });

  it('lets no data-* attribute through but the footnotes’ own, so a body cannot opt its page into scripts', async () => {
    const html = await markdownToSafeHtml('<div data-needs-hydration="" data-x="1">text</div>\n\n<p data-needs-hydration>more</p>');
    expect(html).toBe('<div>text</div>\n<p>more</p>');
  });

  it('sets no text direction, focus order or access key', async () => {
    expect(await markdownToSafeHtml('<p dir="rtl" tabindex="1" accesskey="s">text</p>')).toBe('<p>text</p>');
  });

  it('removes control characters and direction overrides, typed or written as character references', async () => {
    const html = await markdownToSafeHtml('Line\u000bbreak\u0000 and\u000c form\u0007 feed \u202egnp.exe\n\n<p title="a&#11;b">&#11;x&#x202E;y&#8238;z&#7;</p>');
    expect(html).toBe('<p>Linebreak and form feed gnp.exe</p>\n<p title="ab">xyz</p>');
  });
});
