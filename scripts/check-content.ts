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
import { annotation, summaryTable } from '../lib/check/annotations';
import { type CheckedCorpus, readCorpus, skippedDocuments } from '../lib/check/read';
import { scheduledItems } from '../lib/check/scheduled';
import { rolloutDay, rolloutNow } from '../lib/content/publication';
import { dayOf } from '../lib/core/toronto-time';
import { formatClockTime, formatLongDate } from '../lib/i18n/date-format';
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
    // On a git host's workflow, also on the pull request's lines and in the run's summary.
    if (process.env.GITHUB_ACTIONS === 'true') {
      for (const problem of problems) console.log(annotation(problem, locale));
      if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summaryTable(problems, locale));
    }
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
  const asOf = rolloutDay();
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

/** Items scheduled after the build's now: the author sees when each goes live, in words. */
export function reportScheduled(contentDir: string, locale: Locale = authorLanguage()): void {
  const now = rolloutNow();
  const items = scheduledItems(readCorpus(folderSource(contentDir)), now);
  if (items.length === 0) return;
  const t = translator(locale, 'ContentCheck');
  console.log(`\nℹ ${t('notices.scheduledTitle', { now: `${formatLongDate(dayOf(now), locale).text}, ${formatClockTime(now, locale)}`, command: 'npm run dev' })}`);
  for (const item of items) {
    const what = t(`notices.kind.${item.kind}`);
    const file = item.line ? `${item.file}:${item.line}` : item.file;
    const date = formatLongDate(dayOf(item.publishedOnSite), locale).text;
    console.log(
      `  ${item.publishedOnSite.length > 10 ? t('notices.scheduledAt', { what, file, date, time: formatClockTime(item.publishedOnSite, locale) }) : t('notices.scheduledDay', { what, file, date })}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  reportSkipped(contentDir);
  if (!reportCheck(checkContent(contentDir), contentDir)) process.exit(1);
  reportScheduled(contentDir);
  reportRecordChanges(contentDir);
}
