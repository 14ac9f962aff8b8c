/**
 * npm run check:content [-- --lang fr] — validates all content without building the site, and
 * answers in the author's language (--lang, else the terminal's: lib/i18n/author-language.ts).
 * CONTENT_DIR points it at another folder (tests use fixtures this way). npm run build
 * (scripts/build.ts) reports the check the same way, through reportCheck.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, folderSource, formatProblem } from '../lib/check';
import { type CheckedCorpus, readCorpus, skippedDocuments } from '../lib/check/read';
import { todayInToronto } from '../lib/core/dates';
import { recordChanges } from '../lib/review/record-changes';
import { authorLanguage } from '../lib/i18n/author-language';
import type { Locale } from '../lib/i18n/locales';
import { translator } from '../lib/i18n/messages';

/** Prints the check's outcome: every problem with its file, field and fix, or that the content is valid. Returns whether it is. */
export function reportCheck(problems: ReturnType<typeof checkContent>, contentDir: string, seconds?: number, locale: Locale = authorLanguage()): boolean {
  const t = translator(locale, 'ContentCheck');
  if (problems.length > 0) {
    console.error(`\n✖ ${t('report.problems', { count: problems.length })}\n`);
    for (const problem of problems) console.error(`  ${formatProblem(problem, locale)}\n`);
    return false;
  }
  const valid = t('report.valid', { folder: path.relative(process.cwd(), contentDir) || '.' });
  console.log(`✔ ${seconds === undefined ? valid : t('report.took', { text: valid, seconds: seconds.toFixed(1) })}`);
  return true;
}

/** The content as the last commit has it; undefined outside a git checkout or for content git does not hold. */
function committedCorpus(contentDir: string): CheckedCorpus | undefined {
  const quiet = { stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'] };
  let dir: string | undefined;
  try {
    const top = execFileSync('git', ['-C', contentDir, 'rev-parse', '--show-toplevel'], { ...quiet, encoding: 'utf8' }).trim();
    const relative = path.relative(top, contentDir);
    if (relative.startsWith('..')) return undefined;
    const tar = execFileSync('git', ['-C', top, 'archive', '--format=tar', 'HEAD', '--', relative || '.'], { ...quiet, maxBuffer: 1024 ** 3 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'committed-content-'));
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return readCorpus(folderSource(path.join(dir, relative)));
  } catch {
    return undefined;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Notices, not errors: what valid content changes in what the region pages already say, against
 * the last commit (lib/review/record-changes.ts), so that an author sees a new statement rewrite
 * a date, a service system manager or a stage.
 */
export function reportRecordChanges(contentDir: string, locale: Locale = authorLanguage()): void {
  const before = committedCorpus(contentDir);
  if (!before) return;
  const asOf = process.env.ROLLOUT_AS_OF ?? todayInToronto();
  const notices = recordChanges(before, readCorpus(folderSource(contentDir)), asOf, locale);
  if (notices.length === 0) return;
  const t = translator(locale, 'ContentCheck');
  console.log(`\nℹ ${t('notices.title', { base: t('notices.lastCommit') })}`);
  for (const notice of notices) for (const line of notice.lines) console.log(`  ${t('notices.region', { region: notice.region, change: line })}`);
}

/** Notices of documents that are not read because of their name (a hidden folder, a backup copy). */
export function reportSkipped(contentDir: string, locale: Locale = authorLanguage()): void {
  const t = translator(locale, 'ContentCheck');
  for (const skipped of skippedDocuments(folderSource(contentDir))) {
    console.log(`ℹ ${t(skipped.reason === 'hidden' ? 'notices.skippedHidden' : 'notices.skippedBackup', { path: skipped.path })}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  reportSkipped(contentDir);
  if (!reportCheck(checkContent(contentDir), contentDir)) process.exit(1);
  reportRecordChanges(contentDir);
}
