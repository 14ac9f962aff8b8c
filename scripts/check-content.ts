/**
 * npm run check:content — validates all content without building the site.
 * CONTENT_DIR points it at another folder (tests use fixtures this way). npm run build
 * (scripts/build.ts) reports the check the same way, through reportCheck.
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/check';

/** Prints the check's outcome: every problem with its file, field and fix, or that the content is valid. Returns whether it is. */
export function reportCheck(problems: ReturnType<typeof checkContent>, contentDir: string, seconds?: number): boolean {
  if (problems.length > 0) {
    console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was built.\n`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}\n`);
    return false;
  }
  const took = seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`;
  console.log(`✔ content is valid (${path.relative(process.cwd(), contentDir) || '.'})${took}`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
  if (!reportCheck(checkContent(contentDir), contentDir)) process.exit(1);
}
