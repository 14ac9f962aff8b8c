import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem, folderSource, render } from '@/lib/check';
import { listDocuments } from '@/lib/check/read';
import { memo, materialize, validFiles } from '../fixtures/content-builder';
import { authorEnv, copyProject, root } from './project-copy';

/**
 * Files as authors' tools save them (issue 11): a memo written on Windows, with a byte-order
 * mark, a table and a code block that shows <script>, builds and renders right in both
 * languages; links and odd folder entries get a message, never a stack trace; `npm run new:memo`
 * copes with a broken memo and refuses what it cannot scaffold.
 */

describe('folder entries that are not plain files', () => {
  const shownIn = (dir: string, locale: 'en' | 'fr') => (p: ContentProblem) => `${path.relative(dir, path.resolve(p.file))}: ${render(p.message, locale)}`;

  it('reports a link to a file outside the content, a dangling link and a folder where a file belongs, each once', () => {
    const dir = materialize('links', validFiles());
    const memoDir = path.join(dir, memo);
    fs.renameSync(path.join(memoDir, 'index.en.md'), path.join(root, '.integration/fixtures/outside-en.md'));
    fs.symlinkSync(path.join(root, '.integration/fixtures/outside-en.md'), path.join(memoDir, 'index.en.md'));
    fs.symlinkSync(path.join(dir, 'does-not-exist.yaml'), path.join(dir, 'senders/ghost.yaml'));
    fs.mkdirSync(path.join(dir, 'pages/about/index.fr.md.d'));
    fs.writeFileSync(path.join(memoDir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
    const problems = checkContent(dir);
    expect(problems.map(shownIn(dir, 'en')).sort()).toEqual(
      [
        `${memo}/index.en.md: is a link (a shortcut to a file or folder elsewhere): the check follows no link, so nothing behind it is read or published`,
        'pages/about/index.fr.md.d: is not a file this folder may contain',
        'senders/ghost.yaml: is a link (a shortcut to a file or folder elsewhere): the check follows no link, so nothing behind it is read or published',
      ].sort(),
    );
  });

  it('refuses a section folder linked outside the repository, or to /etc, in one message each, and reads nothing behind it', () => {
    const dir = materialize('linked-sections', validFiles());
    const outside = path.join(root, '.integration/fixtures/outside-pages');
    fs.rmSync(outside, { recursive: true, force: true });
    fs.renameSync(path.join(dir, 'pages'), outside);
    fs.symlinkSync(outside, path.join(dir, 'pages'));
    fs.rmSync(path.join(dir, 'senders'), { recursive: true });
    fs.symlinkSync('/etc', path.join(dir, 'senders'));
    const problems = checkContent(dir);
    expect(problems.map((p) => path.relative(dir, path.resolve(p.file)))).toEqual(['pages', 'senders']);
    expect(problems.map((p) => render(p.message, 'fr').replace(/\u202f|\u00a0/g, ' '))).toEqual(
      Array(2).fill('est un lien (un raccourci vers un fichier ou un dossier ailleurs) : la vérification ne suit aucun lien, donc rien de ce qu’il désigne n’est lu ni publié'),
    );
    expect(render(problems[0]!.fix!, 'en')).toBe('put the file or folder itself here (copy it in), then delete the link.');
    // What the build copies for Contentlayer comes from the same walk: nothing behind a link.
    expect(listDocuments(folderSource(dir)).filter((d) => d.kind === 'page' || d.kind === 'sender')).toEqual([]);
  });
});

describe('a memo saved on Windows, with a table and code', () => {
  const project = path.join(root, '.integration/authors-files');
  const memoFolder = path.join(project, 'content/memos/2026-11-20-windows-memo');
  const env = authorEnv(project, { ROLLOUT_AS_OF: '2026-12-07' });
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8', timeout: 280_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');
  const bom = '\uFEFF';
  const body = (greeting: string, cell: string) =>
    `${greeting}\n\n| Région | Date |\n|---|---|\n| ${cell} | 2027-01 |\n\n\`\`\`html\n<script>alert("not run")</script>\n\`\`\`\n\nSans JavaScript : tout fonctionne.\n`;
  let build: { status: number | null; output: string };
  let newMemo: { status: number | null; output: string };
  let tooLong: { status: number | null; output: string };

  beforeAll(() => {
    copyProject('authors-files');
    fs.mkdirSync(memoFolder, { recursive: true });
    const source = path.join(project, 'content/memos/2022-09-22-catchment-phasing-update');
    // The memo's facts, at the end of the French text's front matter (in place of the source memo's).
    const facts = 'date: 2026-11-20\npublishedOnSite: 2026-11-20\nsender: jody-young\noriginalLanguage: fr\ntranslatedForSite: [en]';
    for (const [locale, slug, greeting, cell] of [
      ['fr', 'note-windows', 'Madame, Monsieur,', 'Toronto'],
      ['en', 'windows-memo', 'Dear Sir or Madam:', 'Toronto'],
    ] as const) {
      const frontMatter = fs
        .readFileSync(path.join(source, `index.${locale}.md`), 'utf8')
        .split('\n---\n')[0]
        .replace(/^slug: .*$/m, `slug: ${slug}`)
        .replace(/^title: .*$/m, `title: "${locale === 'fr' ? 'Note écrite sous Windows' : 'Memo written on Windows'}"`)
        .replace(/\n# The memo's facts[\s\S]*$/, locale === 'fr' ? `\n${facts}` : '');
      fs.writeFileSync(path.join(memoFolder, `index.${locale}.md`), `${bom}${crlf(`${frontMatter}\n---\n\n${body(greeting, cell)}`)}`);
    }
    fs.writeFileSync(path.join(memoFolder, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    build = run('npm', ['run', 'build', '--silent']);
    // new:memo with the newest memo broken, then with a name too long and an unknown sender.
    fs.writeFileSync(path.join(memoFolder, 'index.fr.md'), fs.readFileSync(path.join(memoFolder, 'index.fr.md'), 'utf8').replace('date: 2026-11-20', 'date: [2026-11-20'));
    newMemo = run('npm', ['run', 'new:memo', '--silent', '--', '--date', '2026-11-21', '--name', 'next-update']);
    tooLong = run('npm', ['run', 'new:memo', '--silent', '--', '--date', '2026-11-21', '--name', 'a'.repeat(90), '--sender', 'nobody']);
  }, 300_000);

  it('builds, and the page shows the table as a table and the code as text, in both languages', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const page of ['fr/notes-de-service/note-windows', 'en/memos/windows-memo']) {
      const html = fs.readFileSync(path.join(project, 'out', page, 'index.html'), 'utf8');
      expect(html).toMatch(/<table[\s\S]*<th[^>]*>Région<\/th>[\s\S]*<td[^>]*>Toronto<\/td>/);
      // Shown as text (the escaped "<"), never as a script element.
      expect(html).toMatch(/<code class="language-html">(&lt;|&#x3C;)script(&gt;|>)alert\("not run"\)/);
      expect(html).not.toContain('<script>alert("not run")');
      expect(html).not.toContain('\r');
      expect(html).not.toContain('\uFEFF');
    }
  });

  it('scaffolds a new memo even when the newest memo cannot be read', () => {
    expect(newMemo.status, newMemo.output).toBe(0);
    expect(fs.existsSync(path.join(project, 'content/memos/2026-11-21-next-update/index.fr.md'))).toBe(true);
  });

  it('refuses a name too long for a folder and a sender without its file, with messages', () => {
    expect(tooLong.status).toBe(1);
    expect(tooLong.output).toContain('the folder name may have at most 80');
    expect(tooLong.output).toContain('--sender "nobody" has no file content/senders/nobody.yaml');
    expect(tooLong.output).not.toMatch(/\n\s+at /);
  });
});
