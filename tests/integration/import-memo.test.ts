import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '@/lib/check';
import { memoDocx } from '../fixtures/docx-builder';
import { authorEnv, copyProject } from './project-copy';

/**
 * npm run import:memo (issue 38) in a copy of the project: the 22 September 2022 memo, made into
 * Word files in the test from the published French and English texts, becomes a memo folder;
 * what is still missing is said in French; bad files and an existing folder end in a message with
 * nothing written; once its statements (and slugs and summaries) are added it passes the check,
 * and it builds to pages whose body is the published memo's.
 */
let project = '';
const published = 'content/memos/2022-09-22-catchment-phasing-update';
const folder = 'content/memos/2022-09-22-importee';

function front(locale: 'fr' | 'en') {
  const text = fs.readFileSync(path.join(project, published, `index.${locale}.md`), 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(yaml!) as Record<string, never>, yaml: yaml!, body: body!.trim() };
}

const importMemo = (args: string[]) =>
  spawnSync(path.join(project, 'node_modules/.bin/tsx'), ['scripts/import-memo.ts', ...args], { cwd: project, env: authorEnv(project, { LANG: 'fr_CA.UTF-8' }), encoding: 'utf8' });

const memos = () => fs.readdirSync(path.join(project, 'content/memos')).sort();

beforeAll(async () => {
  project = copyProject('import-memo');
  for (const locale of ['fr', 'en'] as const) {
    const { data, body } = front(locale);
    const labels = data.headerLabels as Record<string, string>;
    const docx = await memoDocx({
      heading: data.heading,
      headerAs: locale === 'fr' ? 'table' : 'paragraphs',
      header: [
        [labels.to!, data.recipients],
        [labels.from!, data.from],
        [labels.date!, data.printedDate],
        [labels.subject!, data.title],
      ],
      body,
      cc: { label: locale === 'fr' ? 'c. c. :' : 'c:', people: data.cc },
    });
    fs.writeFileSync(path.join(project, `memo-${locale}.docx`), docx);
  }
  fs.writeFileSync(path.join(project, 'notes.docx'), 'Madame, Monsieur,\nun texte renommé en .docx.\n');
  fs.writeFileSync(path.join(project, 'vide.docx'), await memoDocx({ headerAs: 'paragraphs', header: [], body: '' }));
  fs.writeFileSync(path.join(project, 'logo.docx'), await memoDocx({ headerAs: 'table', header: [['Objet :', 'x']], body: 'Texte.', image: true }));
}, 60_000);

describe('npm run import:memo', () => {
  it('refuses what is not a memo’s Word file, in the author’s language, writing nothing', () => {
    const before = memos();
    for (const [file, message] of [
      ['notes.docx', 'notes.docx n’est pas un document Word (.docx).'],
      ['vide.docx', 'vide.docx ne contient aucun texte.'],
      ['logo.docx', 'logo.docx contient 1 image\u00a0: les pages des notes n’en publient aucune.'],
      ['absent.docx', 'absent.docx\u00a0: ce fichier n’existe pas.'],
    ] as const) {
      const run = importMemo([file]);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('Rien n’a été écrit.');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(memos()).toEqual(before);
  }, 60_000);

  it('makes the memo folder from the French and English files, and says what is still to fill in', () => {
    const run = importMemo(['memo-fr.docx', 'memo-en.docx', '--name', 'importee']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Écrit\u00a0: content/memos/2022-09-22-importee/');
    expect(run.stdout).toMatch(/À remplir avant de pouvoir publier \(3\)\u00a0:/);
    expect(run.stdout).toContain('index.fr.md:3 — fin de l’adresse (slug)');
    expect(run.stdout).toContain('Ajoutez ensuite les énoncés de la note');
    const french = parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(project, folder, 'index.fr.md'), 'utf8'))![1]!);
    const original = front('fr').data;
    expect(french).toMatchObject({ title: original.title, recipients: original.recipients, heading: original.heading, headerLabels: original.headerLabels, from: original.from, printedDate: original.printedDate, cc: original.cc, date: '2022-09-22', sender: 'jody-young', translatedForSite: [] });
    expect(parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(project, folder, 'index.en.md'), 'utf8'))![1]!)).toMatchObject({ title: front('en').data.title, slug: 'importee', headerLabels: front('en').data.headerLabels });
  }, 60_000);

  it('never writes over an existing memo', () => {
    const before = fs.readFileSync(path.join(project, folder, 'index.fr.md'), 'utf8');
    const run = importMemo(['memo-fr.docx', '--name', 'importee']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/memos/2022-09-22-importee existe déjà.');
    expect(fs.readFileSync(path.join(project, folder, 'index.fr.md'), 'utf8')).toBe(before);
  }, 60_000);

  it('once its statements are added, passes the check and builds to pages whose body is the published memo’s', () => {
    // What the author adds: the slugs, the summaries, and the facts of the published memo (its statements).
    const facts = front('fr').yaml.slice(front('fr').yaml.indexOf('\nregions:') + 1);
    for (const [locale, slug] of [
      ['fr', 'copie-importee'],
      ['en', 'imported-copy'],
    ] as const) {
      const file = path.join(project, folder, `index.${locale}.md`);
      let text = fs.readFileSync(file, 'utf8').replace(/^slug: .*$/m, `slug: ${slug}`).replace(/^summary: ""$/m, `summary: "${front(locale).data.summary}"`);
      if (locale === 'fr') text = text.replace(/^regions: \[\]\n[\s\S]*?\n---\n/m, `${facts}\n---\n`);
      fs.writeFileSync(file, text);
    }
    expect(checkContent(path.join(project, 'content'))).toEqual([]);
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: project, env: authorEnv(project, { ROLLOUT_AS_OF: '2026-12-07' }), encoding: 'utf8', timeout: 280_000 });
    expect(build.status, `${build.stdout}${build.stderr}`.slice(-3000)).toBe(0);
    const prose = (file: string) => /<div class="prose[^"]*"[^>]*>[\s\S]*?<\/div>/.exec(fs.readFileSync(path.join(project, 'out', file), 'utf8'))?.[0];
    expect(prose('fr/notes-de-service/copie-importee/index.html')).toBeDefined();
    expect(prose('fr/notes-de-service/copie-importee/index.html')).toBe(prose('fr/notes-de-service/renouvellement-services-emploi-septembre-2022/index.html'));
    // The English text as the site writes it: its few straight apostrophes become typographic.
    const english = (file: string) => prose(file)?.replace(/'/g, '’');
    expect(english('en/memos/imported-copy/index.html')).toBe(english('en/memos/employment-services-transformation-update-september-2022/index.html'));
  }, 300_000);
});
