/**
 * npm run import:uploads — the web editor's import from Word on the git host (issue 38), where no
 * process runs beside the editor: a Word file uploaded through the editor's media library lands
 * in imports/ on main; the import-memo workflow then runs this. Each memo's files — `<name>.docx`
 * or `<name>.fr.docx` (French), and `<name>.en.docx` (English) — become a draft of the editor: a
 * branch cms/memos/<folder>/index with the memo's folder, and a pull request labelled as Decap
 * labels its drafts, for the author to open in the editor, complete, and send to review. The Word
 * files are then removed from imports/. A file that cannot be imported stays, and the run's
 * summary says why, in the author's language (LANG).
 *
 * Needs GITHUB_TOKEN and GITHUB_REPOSITORY (set by GitHub Actions; GITHUB_API_URL points elsewhere
 * for a test). IMPORTS_DIR and CONTENT_DIR point at other folders.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { authorLanguage } from '../lib/i18n/author-language';
import type { Locale } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';
import { importMemo } from './import-memo';

const importsDir = path.resolve(process.env.IMPORTS_DIR ?? 'imports');
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const language = authorLanguage();
const t = translator(language, 'ContentCheck');

const git = (...args: string[]) => {
  const run = spawnSync('git', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr.trim()}`);
  return run.stdout.trim();
};

/** The uploaded Word files by memo: `phase-3.fr.docx` and `phase-3.en.docx` are one memo; a file without a language is French. */
export function uploadedMemos(files: string[]): { name: string; files: Partial<Record<Locale, string>> }[] {
  const memos = new Map<string, Partial<Record<Locale, string>>>();
  for (const file of files.filter((f) => /\.docx$/i.test(f)).sort()) {
    const match = /^(.*?)(?:[._-](fr|en))?\.docx$/i.exec(file)!;
    const locale = (match[2]?.toLowerCase() ?? 'fr') as Locale;
    const memo = memos.get(match[1]!) ?? {};
    memo[locale] = file;
    memos.set(match[1]!, memo);
  }
  return [...memos].map(([name, files]) => ({ name, files }));
}

async function github(pathname: string, body: unknown) {
  const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const response = await fetch(`${api}/repos/${process.env.GITHUB_REPOSITORY}${pathname}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`GitHub ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { number: number };
}

async function main() {
  const base = git('rev-parse', '--abbrev-ref', 'HEAD');
  const summary: string[] = [];
  const done: string[] = [];
  const uploads = fs.existsSync(importsDir) ? fs.readdirSync(importsDir) : [];
  for (const memo of uploadedMemos(uploads)) {
    const word = Object.fromEntries(Object.entries(memo.files).map(([locale, file]) => [locale, { name: file, bytes: fs.readFileSync(path.join(importsDir, file)) }]));
    const result = await importMemo(language, contentDir, word);
    if ('problems' in result) {
      summary.push(`✖ ${result.problems.join(' ')}`);
      continue;
    }
    const slug = `${result.folder}/index`;
    const branch = `cms/memos/${slug}`;
    git('switch', '--create', branch, base);
    const folder = path.join(contentDir, 'memos', result.folder);
    fs.mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(result.files)) fs.writeFileSync(path.join(folder, name), text);
    git('add', folder);
    git('commit', '--quiet', '-m', `Create Memo “${slug}” (imported from Word)`);
    git('push', '--quiet', 'origin', branch);
    git('switch', '--quiet', base);
    // As Decap opens a draft: a pull request from the entry's branch, labelled as a draft.
    const pull = await github('/pulls', { title: `Create Memo “${slug}”`, head: branch, base, body: [t('importMemo.statements'), ...result.notes].join('\n\n') });
    await github(`/issues/${pull.number}/labels`, { labels: ['decap-cms/draft'] });
    summary.push(`✔ ${t('importMemo.written', { folder: result.folder })}`, ...result.notes.map((note) => `• ${note}`));
    done.push(...Object.values(memo.files).map((file) => path.join(importsDir, file)));
  }
  if (done.length > 0) {
    git('rm', '--quiet', ...done);
    git('commit', '--quiet', '-m', 'Word files imported as drafts of the web editor');
    git('push', '--quiet', 'origin', base);
  }
  const text = `${summary.join('\n\n')}\n`;
  process.stdout.write(text);
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, text);
  if (summary.some((line) => line.startsWith('✖'))) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.message : error)}\n`);
    process.exit(1);
  });
}
