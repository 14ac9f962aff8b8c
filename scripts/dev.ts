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
import { checkContent, formatProblem } from '../lib/check';
import { authorLanguage } from '../lib/i18n/author-language';
import { compileContent } from './content';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const locale = authorLanguage();
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const generated = path.resolve('.contentlayer/generated');

/** Checks the content and, when it is valid, compiles it. Returns whether the preview was updated. */
async function refresh(reason: string): Promise<boolean> {
  const problems = checkContent(contentDir);
  if (problems.length > 0) {
    console.error(`\n✖ ${reason}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; the preview keeps its last good version.\n`);
    for (const problem of problems) console.error(`  ${formatProblem(problem, locale)}\n`);
    return false;
  }
  const build = await compileContent(contentDir);
  if (build.status !== 0) {
    console.error(`\n✖ ${reason}: Contentlayer could not compile the content; the preview keeps its last good version.\n${build.output}`);
    return false;
  }
  console.log(`✔ ${reason}: content checked and compiled; the open page reloads.`);
  return true;
}

async function main() {
  if (!(await refresh('Start')) && !fs.existsSync(generated)) {
    console.error('Fix the problems above, then run npm run dev again (there is no earlier version to show).');
    process.exit(1);
  }
  startPreview();
}

function startPreview() {
  // --lang is ours (the language problems are told in); the rest goes to next dev.
  const nextArgs = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--lang') && all[i - 1] !== '--lang');
  const next = spawn(bin('next'), ['dev', ...nextArgs], { stdio: 'inherit' });
  next.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));

  // Editors save in bursts (temporary files, renames): wait for quiet before checking.
  // One refresh at a time: a save during a compilation is checked once that compilation is done.
  let timer: NodeJS.Timeout | undefined;
  let refreshing: Promise<unknown> = Promise.resolve();
  fs.watch(contentDir, { recursive: true }, (_event, file) => {
    if (!file || file.startsWith('schemas')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      refreshing = refreshing.then(() => refresh(`Saved ${path.join(path.relative(process.cwd(), contentDir), file)}`));
    }, 300);
  });
}

main();
