/**
 * npm run dev — live preview for authors at http://localhost:3000.
 * Watches content/: every save is checked first; valid content is recompiled and the open page
 * reloads within seconds; content with problems is not compiled, the problems are printed here,
 * and the preview keeps its last good version. `--lang fr` (or a French terminal) tells problems
 * in French; other arguments go to `next dev` (e.g. --port).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import { checkContent, formatProblem } from '../lib/check';
import { authorLanguage } from '../lib/i18n/author-language';
import { locales } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';
import { reportScheduled } from './check-content';
import { compileContent, compiledStamp } from './content';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const t = translator(authorLanguage(), 'ContentCheck');
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const generated = path.resolve('.contentlayer/generated');

/**
 * Tells the open pages about the content's problems: they go into the compile stamp the pages
 * import (lib/content/corpus.ts, previewProblems), in both languages, so next dev reloads the
 * page and components/PreviewProblems.tsx lists them. The content itself is not recompiled: the
 * pages keep the last good version.
 */
function showProblemsInPages(problems: ReturnType<typeof checkContent>) {
  if (!fs.existsSync(compiledStamp)) return;
  const stamp = JSON.parse(fs.readFileSync(compiledStamp, 'utf8')) as { compiledAt: string };
  const shown = problems.map((problem) => Object.fromEntries(locales.map((locale) => [locale, formatProblem(problem, locale)])));
  fs.writeFileSync(compiledStamp, `${JSON.stringify({ compiledAt: stamp.compiledAt, problems: shown })}\n`);
}

/** Checks the content and, when it is valid, compiles it. Returns whether the preview was updated. */
async function refresh(reason: string): Promise<boolean> {
  const problems = checkContent(contentDir);
  if (problems.length > 0) {
    console.error(`\n✖ ${t('dev.problems', { reason, count: problems.length })}\n`);
    for (const problem of problems) console.error(`  ${formatProblem(problem, authorLanguage())}\n`);
    showProblemsInPages(problems);
    return false;
  }
  const build = await compileContent(contentDir);
  if (build.status !== 0) {
    console.error(`\n✖ ${t('dev.notCompiled', { reason })}\n${build.output}`);
    return false;
  }
  console.log(`✔ ${t('dev.compiled', { reason })}`);
  // What the preview shows before the public site will: each scheduled item with its time.
  reportScheduled(contentDir);
  return true;
}

async function main() {
  if (!(await refresh(t('dev.start'))) && !fs.existsSync(generated)) {
    console.error(t('dev.nothingToShow', { command: 'npm run dev' }));
    process.exit(1);
  }
  startPreview();
}

function startPreview() {
  // --lang is ours (the language problems are told in); the rest goes to next dev.
  const nextArgs = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--lang') && all[i - 1] !== '--lang');
  // The preview shows scheduled memos and sources, marked, so that authors see them before their time.
  const next = spawn(bin('next'), ['dev', ...nextArgs], { stdio: 'inherit', env: { ...process.env, ROLLOUT_PREVIEW_SCHEDULED: '1' } });
  next.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));

  // chokidar watches each folder, not each file: an editor that saves by writing a new file and
  // renaming it over the old one (an "atomic" save) is seen every time, which Node 20's recursive
  // fs.watch missed after the first such save. Editors save in bursts (temporary files,
  // renames): wait for quiet before checking. One refresh at a time: a save during a
  // compilation is checked once that compilation is done.
  let timer: NodeJS.Timeout | undefined;
  let refreshing: Promise<unknown> = Promise.resolve();
  const schemas = path.join(contentDir, 'schemas');
  // Links are never followed (the check refuses them): a section linked to /etc is not watched.
  watch(contentDir, { ignoreInitial: true, followSymlinks: false, ignored: (file) => file === schemas || file.startsWith(`${schemas}${path.sep}`) }).on('all', (_event, file) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      refreshing = refreshing.then(() => refresh(t('dev.saved', { file: path.relative(process.cwd(), file) })));
    }, 300);
  });
}

main();
