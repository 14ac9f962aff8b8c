/**
 * npm run check:content [-- --lang fr] — validates all content without building the site, and
 * answers in the author's language (--lang, else the terminal's: lib/i18n/author-language.ts).
 * CONTENT_DIR points it at another folder (tests use fixtures this way). npm run build
 * (scripts/build.ts) reports the check the same way, through reportCheck.
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/check';
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

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  if (!reportCheck(checkContent(contentDir), contentDir)) process.exit(1);
}
